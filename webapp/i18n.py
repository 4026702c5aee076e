"""The console's own words in English and Chinese, and the current language (en/zh).

The language comes from ``?lang=``, then the ``lang`` cookie (a preference, not auth), then
Accept-Language.
"""
from __future__ import annotations

from flask import request

LANGUAGES = ("en", "zh")

WORDS: dict[str, tuple[str, str]] = {
    "title": ("dealgraph console", "dealgraph 控制台"),
    "tagline": ("The money and compute behind the AI build-out", "AI 基础设施建设背后的资金与算力"),
    "query": ("Query", "查询"),
    "search": ("Search", "搜索"),
    "flows": ("Money flows", "资金流向"),
    "validation": ("Validation", "校验"),
    "ontology": ("Ontology", "本体"),
    "dataset": ("Dataset", "数据集"),
    "search_placeholder": ("Search firms, deals, articles… (e.g. 英伟 or Nvidia)",
                           "搜索企业、交易、文章……（如 英伟 或 Nvidia）"),
    "saved_queries": ("Example queries", "示例查询"),
    "bind": ("bind", "绑定"),
    "permalink": ("Permalink", "永久链接"),
    "download_csv": ("Download CSV", "下载 CSV"),
    "download_json": ("Download JSON", "下载 JSON"),
    "types": ("Types", "类型"),
    "properties": ("Properties", "属性"),
    "incoming": ("Referenced by", "被引用"),
    "date": ("Date", "日期"),
    "contents": ("Contents", "目录"),
    "class_tree": ("Class hierarchy", "类层次"),
    "property_tree": ("Property hierarchy", "属性层次"),
    "subproperty_of": ("Sub-property of", "子属性于"),
    "cat_investment": ("investment", "投资"),
    "cat_compute": ("compute", "算力"),
    "cat_cloud": ("cloud", "云服务"),
    "cat_supply": ("supply", "供货"),
    "cat_loan": ("loan", "贷款"),
    "cat_warrant": ("warrant", "认股权证"),
    "cat_lease": ("lease", "租赁"),
    "cat_other": ("other", "其他"),
    "show": ("Show", "显示"),
    "everything": ("everything", "全部"),
    "firm_and_partners": ("firm and its direct partners", "企业及其直接交易方"),
    "facts_count": ("Facts (distinct triples of the default graph)", "事实（默认图中互不相同的三元组）"),
    "quads_count": ("Quads stored in the named graphs", "命名图中存储的四元组"),
    "graph": ("Graph", "图"),
    "kind": ("Kind", "种类"),
    "graph_article": ("article", "文章"),
    "graph_ontology": ("ontology", "本体"),
    "graph_reference": ("reference entities", "参考实体"),
    "graph_derived": ("derived", "推导"),
    "graph_default": ("written to the default graph", "写入默认图的数据"),
    "graph_file": ("imported file", "导入的文件"),
    "reported_by": ("Reported by", "报道来源"),
    "value_flows": ("Value flows", "价值流向"),
    "flows_to": ("Money, equity or compute goes to", "资金、股权或算力流向"),
    "flows_from": ("Receives money, equity or compute from", "资金、股权或算力来自"),
    "agreements": ("Agreements", "协议"),
    "evidence": ("Sources", "来源"),
    "role": ("Role", "角色"),
    "counterparties": ("Counterparties", "交易对手"),
    "amount": ("Amount (USD)", "金额（美元）"),
    "binding": ("Binding", "约束力"),
    "status": ("Status", "状态"),
    "article": ("Article", "文章"),
    "articles": ("Source articles", "来源文章"),
    "facts": ("Facts", "事实"),
    "graphs": ("Named graphs", "命名图"),
    "triples": ("Triples", "三元组"),
    "classes": ("Classes", "类"),
    "instances": ("Instances", "实例"),
    "results": ("Results", "结果"),
    "no_results": ("Nothing found.", "未找到结果。"),
    "severity": ("Severity", "严重程度"),
    "shape": ("Shape", "形状"),
    "focus": ("Focus node", "焦点节点"),
    "message": ("Message", "信息"),
    "conforms": ("The data conforms to the shapes.", "数据符合所有形状约束。"),
    "does_not_conform": ("The data does not conform to the shapes", "数据不符合形状约束"),
    "Violation": ("Violation", "违规"),
    "Warning": ("Warning", "警告"),
    "Info": ("Info", "提示"),
    "Violations": ("violations", "项违规"),
    "Warnings": ("warnings", "项警告"),
    "Infos": ("info", "项提示"),
    "shape": ("Shape", "形状"),
    "path": ("Path", "路径"),
    "value": ("Value", "值"),
    "results": ("Results", "结果数"),
    "cycles": ("Circular flows", "循环资金流"),
    "filter_types": ("Agreement types", "协议类型"),
    "loi_legend": ("dashed: letter of intent (not binding)", "虚线：意向书（无约束力）"),
    "cycle_legend": ("red: on a detected cycle", "红色：位于检测到的循环上"),
    "domain": ("Domain", "定义域"),
    "range": ("Range", "值域"),
    "comment": ("Comment", "说明"),
    "label": ("Label", "标签"),
    "subclass_of": ("Subclass of", "父类"),
    "language": ("Language", "语言"),
    "title_col": ("Title", "标题"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    "validation_unavailable": ("The validator (kg.validate) is not installed in this build.",
                               "此版本未安装校验器（kg.validate）。"),
    "rdf_downloads": ("This page as RDF", "本页 RDF"),
    "properties_col": ("Properties", "属性"),
    "not_found": ("Not found", "未找到"),
    "type_col": ("Type", "类型"),
    "service": ("SPARQL endpoint", "SPARQL 端点"),
}


def current_lang() -> str:
    lang = request.args.get("lang") or request.cookies.get("lang")
    if lang in LANGUAGES:
        return lang
    best = request.accept_languages.best_match(["en", "zh", "zh-CN", "zh-TW"], default="en")
    return "zh" if best.startswith("zh") else "en"


def t(key: str, lang: str | None = None) -> str:
    en, zh = WORDS.get(key, (key, key))
    return zh if (lang or current_lang()) == "zh" else en
