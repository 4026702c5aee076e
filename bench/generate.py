"""Seeded generators: synthetic deal graphs (N-Quads) and synthetic articles (Markdown).

Graphs use the project vocabulary (``dg:``, W3C Web Annotation for evidence) and the named-graph
layout (one graph per synthetic article, plus one graph holding the synthetic firm directory):

    python -m bench.generate graph --triples 100000 --out /tmp/g100k.nq [--seed 7]
    python -m bench.generate articles --count 1000 --out DIR [--seed 7]

The same seed always gives the same bytes. The graph holds *source* data only; the harness adds
the ontology and derives the derived graph with dealgraph's own code (:mod:`bench.data`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from pathlib import Path

DG = "https://w3id.org/dealgraph/ontology#"
ID = "https://w3id.org/dealgraph/id/"
GRAPH = "https://w3id.org/dealgraph/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: Bumped whenever the output changes, so cached files are regenerated.
GENERATOR_VERSION = "4"

# --- invented names -------------------------------------------------------------------------
_EN_STEMS = [
    "Helios", "Kestrel", "Northwind", "Calder", "Finch", "Aurora", "Basalt", "Cobalt", "Drift",
    "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Krait", "Lumen", "Meridian",
    "Nimbus", "Onyx", "Pylon", "Quarry", "Rowan", "Sable", "Tundra", "Umber", "Vesper", "Willow",
    "Xenon", "Yarrow", "Zephyr", "Atlas", "Borealis", "Cirrus", "Delta", "Equinox", "Falcon",
    "Glacier", "Halcyon", "Ironwood", "Jade", "Kite", "Lodestar", "Monarch", "Nova", "Orchid",
    "Pioneer", "Quasar", "Redwood", "Summit", "Tessera", "Vantage", "Wren", "Zenith",
]
_ZH_STEMS = [
    "磐石", "远山", "海澜", "星河", "云杉", "青岚", "赤霄", "天枢", "北辰", "鸿图", "长风", "曜石",
    "玄武", "朱雀", "苍穹", "明川", "锦程", "华岳", "凌霄", "瀚海", "启明", "松涛", "金桥", "银湾",
    "紫微", "流光", "昆仑", "峨眉", "泰岳", "衡山", "黄河", "珠江", "东篱", "南岭", "西岭", "博远",
]
#: role -> (class, English suffixes, Chinese suffixes)
ROLES = {
    "chip": ("ChipMaker", ["Semiconductor", "Silicon", "Microsystems", "Chips"], ["半导体", "芯片", "微电子"]),
    "cloud": ("CloudProvider", ["Compute", "Cloud", "Data Centers", "Hosting"], ["云", "算力", "数据中心"]),
    "model": ("ModelDeveloper", ["AI", "Labs", "Models", "Intelligence"], ["智能", "大模型", "人工智能"]),
    "bank": ("Bank", ["Bank", "Bancorp", "Trust"], ["银行", "商业银行"]),
    "credit": ("PrivateCreditFund", ["Capital", "Credit Partners", "Lending"], ["资本", "信贷基金", "资产管理"]),
}
ROLE_WEIGHTS = {"chip": 0.15, "cloud": 0.25, "model": 0.3, "bank": 0.1, "credit": 0.2}


def _lit(value: str, lang: str | None = None, dtype: str | None = None) -> str:
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if lang:
        return f'"{text}"@{lang}'
    if dtype:
        return f'"{text}"^^<{XSD}{dtype}>'
    return f'"{text}"'


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


class Firm:
    __slots__ = ("iri", "role", "cls", "en", "zh")

    def __init__(self, iri: str, role: str, en: str, zh: str):
        self.iri, self.role, self.en, self.zh = iri, role, en, zh
        self.cls = ROLES[role][0]


def make_firms(rng: random.Random, count: int, role: str | None = None, tag: str = "") -> list[Firm]:
    firms, seen = [], set()
    roles, weights = zip(*ROLE_WEIGHTS.items())
    fixed_role = role
    while len(firms) < count:
        role = fixed_role or rng.choices(roles, weights)[0]
        _, en_suffixes, zh_suffixes = ROLES[role]
        stem_en = rng.choice(_EN_STEMS) + (rng.choice(_EN_STEMS).lower() if rng.random() < 0.6 else "")
        stem_zh = rng.choice(_ZH_STEMS) + (rng.choice(_ZH_STEMS) if rng.random() < 0.6 else "")
        en = f"{stem_en} {rng.choice(en_suffixes)}"
        zh = f"{stem_zh}{rng.choice(zh_suffixes)}"
        if en in seen:
            en = f"{en} {len(firms)}"
        seen.add(en)
        if tag:
            en, zh = f"{en} {tag[4:]}", f"{zh}{tag[4:]}"
        slug = en.lower().replace(" ", "-") + (f"-{tag}" if tag else "")
        firms.append(Firm(f"{ID}firm/{slug}", role, en, zh))
    return firms


# --- deal graphs ------------------------------------------------------------------------------
#: agreement kind -> (classes, (role of first party, its firm role), (second role, firm role))
KINDS = {
    "compute": (["ComputeCommitment"], ("customer", "model"), ("provider", "cloud")),
    "cloud": (["CloudServiceAgreement"], ("customer", "model"), ("provider", "cloud")),
    "invest": (["InvestmentCommitment"], ("investor", "chip"), ("investee", "model")),
    "warrant": (["EquityWarrant"], ("issuer", "chip"), ("holder", "model")),
    "stake": (["EquityStake"], ("investor", "cloud"), ("investee", "model")),
    "supply": (["SupplyAgreement"], ("buyer", "cloud"), ("supplier", "chip")),
    "loan": (["Loan"], ("lender", "credit"), ("borrower", "cloud")),
    "bond": (["BondIssue"], ("issuer", "cloud"), ("arranger", "bank")),
    "facility": (["CreditFacility"], ("lender", "bank"), ("borrower", "model")),
}
KIND_WEIGHTS = {"compute": 3, "cloud": 2, "invest": 2, "warrant": 1, "stake": 1, "supply": 2,
                "loan": 2, "bond": 1, "facility": 1}
FINANCING = {"loan", "bond", "facility"}

_EN_VERBS = {
    "compute": "{a} agreed to buy {gw} GW of computing capacity from {b} for ${amt}bn",
    "cloud": "{a} signed a {term}-year cloud contract with {b} worth ${amt}bn",
    "invest": "{a} will invest up to ${amt}bn in {b}",
    "warrant": "{a} granted {b} a warrant for {shares} million shares, about {pct}% of the company",
    "stake": "{a} took a {pct}% stake in {b} for ${amt}bn",
    "supply": "{a} ordered ${amt}bn of accelerators from {b}",
    "loan": "{a} lent {b} ${amt}bn",
    "bond": "{a} sold ${amt}bn of bonds arranged by {b}",
    "facility": "{a} extended a ${amt}bn credit facility to {b}",
}
_ZH_VERBS = {
    "compute": "{a}同意向{b}采购{gw}吉瓦算力,金额{amt}0亿美元",
    "cloud": "{a}与{b}签署为期{term}年的云服务合同,价值{amt}0亿美元",
    "invest": "{a}将向{b}投资最多{amt}0亿美元",
    "warrant": "{a}向{b}授予{shares}00万股认股权证,约占{pct}%股份",
    "stake": "{a}以{amt}0亿美元收购{b}{pct}%的股份",
    "supply": "{a}向{b}订购价值{amt}0亿美元的加速器",
    "loan": "{a}向{b}提供{amt}0亿美元贷款",
    "bond": "{a}发行{amt}0亿美元债券,由{b}承销",
    "facility": "{a}向{b}提供{amt}0亿美元信贷额度",
}
_LOI_EN = " under a non-binding letter of intent"
_LOI_ZH = ",双方签署的是不具法律约束力的意向书"


class _Writer:
    def __init__(self, out):
        self.out = out
        self.count = 0
        self.graph = ""

    def t(self, s: str, p: str, o: str) -> None:
        self.out.write(f"<{s}> <{p}> {o} <{self.graph}> .\n")
        self.count += 1


def generate_graph(target_triples: int, out, seed: int = 7) -> dict:
    """Write about `target_triples` quads of synthetic source data as N-Quads to `out`."""
    rng = random.Random(seed)
    firms = make_firms(rng, max(40, target_triples // 300))
    by_role: dict[str, list[Firm]] = {}
    for f in firms:
        by_role.setdefault(f.role, []).append(f)
    w = _Writer(out)
    directory = GRAPH + "article/bench-firm-directory"
    rank = {f.iri: i for i, f in enumerate(firms)}

    def declare(f: Firm) -> None:  # the synthetic firm directory: each firm once, both languages
        graph, w.graph = w.graph, directory
        w.t(f.iri, RDF_TYPE, f"<{DG}{f.cls}>")
        w.t(f.iri, RDFS_LABEL, _lit(f.en, "en"))
        w.t(f.iri, RDFS_LABEL, _lit(f.zh, "zh"))
        if rng.random() < 0.3:
            w.t(f.iri, SKOS_ALT, _lit(f.en.split()[0], "en"))
        w.graph = graph

    for f in firms:
        declare(f)

    def pick(r1: str, r2: str) -> tuple[Firm, Firm]:
        # Ordinary deals flow "downhill" in a fixed firm order (first party -> second party is
        # the value flow of every kind), so the flow graph is acyclic apart from the injected
        # loops below: realistic, and the cycle count stays what the generator says.
        for _ in range(50):
            f1, f2 = rng.choice(by_role[r1]), rng.choice(by_role[r2])
            if rank[f1.iri] < rank[f2.iri]:
                return f1, f2
        return (f1, f2) if rank[f1.iri] < rank[f2.iri] else (f1, f1)

    kinds, kweights = zip(*KIND_WEIGHTS.items())
    agreements: list[tuple[str, bool, str]] = []  # (iri, binding, kind) for collateral
    stats = {"articles": 0, "agreements": 0, "lois": 0, "loi_collateral": 0, "cycles": 0,
             "firms": len(firms), "moves": 0, "metrics": 0}
    day0 = dt.date(2025, 1, 1)
    n = 0
    while w.count < target_triples:
        n += 1
        key = f"bench-{seed}-{n:07d}"
        lang = "zh" if n % 2 == 0 else "en"
        art = f"{ID}article/{key}"
        w.graph = GRAPH + "article/" + key
        date = day0 + dt.timedelta(days=rng.randrange(0, 420))
        w.t(art, RDF_TYPE, f"<{DG}Article>")
        w.t(art, f"{DCT}title", _lit(f"Synthetic report {n}" if lang == "en" else f"合成报道{n}", lang))
        w.t(art, f"{DCT}date", _lit(date.isoformat(), dtype="date"))
        w.t(art, f"{DCT}language", _lit(lang))
        w.t(art, "https://schema.org/url", _lit(f"https://bench.example.org/{key}"))
        text_pos = 0
        facts = []
        # an explicit 3-firm loop every 25 articles (invest -> pay for cloud -> buy chips), on
        # firms of their own so that loops do not multiply through the rest of the graph
        if n % 25 == 0:
            loop = [make_firms(rng, 1, role=r, tag=f"loop{n}")[0] for r in ("chip", "model", "cloud")]
            for f in loop:
                declare(f)
            chip, model, cloud = loop
            facts = [("invest", chip, model), ("cloud", model, cloud), ("supply", cloud, chip)]
            stats["cycles"] += 1
        else:
            for _ in range(rng.choice((1, 2, 2, 3))):
                kind = rng.choices(kinds, kweights)[0]
                (_, (_, r1), (_, r2)) = KINDS[kind]
                f1, f2 = pick(r1, r2)
                if f1 is f2:
                    continue
                facts.append((kind, f1, f2))
        for kind, f1, f2 in facts:
            classes, (role1, _), (role2, _) = KINDS[kind]
            a = f"{ID}agreement/{_h(key, kind, f1.iri, f2.iri, text_pos)}"
            loi = kind not in FINANCING and rng.random() < 0.25
            binding = not loi and rng.random() < 0.9
            for c in classes + (["LetterOfIntent"] if loi else []):
                w.t(a, RDF_TYPE, f"<{DG}{c}>")
            w.t(a, f"{DG}{role1}", f"<{f1.iri}>")
            w.t(a, f"{DG}{role2}", f"<{f2.iri}>")
            if kind in FINANCING and rng.random() < 0.3:  # a second lender / arranger
                w.t(a, f"{DG}arranger", f"<{rng.choice(by_role['bank']).iri}>")
            w.t(a, f"{DG}isLegallyBinding", _lit("true" if binding else "false", dtype="boolean"))
            ann = date - dt.timedelta(days=rng.randrange(0, 30))
            w.t(a, f"{DG}announcedOn", _lit(ann.isoformat(), dtype="date"))
            amt = rng.randrange(1, 400)
            gw = round(rng.uniform(0.1, 10), 1)
            term = rng.randrange(2, 11)
            shares = rng.randrange(5, 200)
            pct = round(rng.uniform(0.5, 20), 1)
            if kind not in ("warrant",):
                w.t(a, f"{DG}amountUSD", _lit(f"{amt * 1_000_000_000}", dtype="decimal"))
            if kind == "compute":
                w.t(a, f"{DG}capacityGW", _lit(f"{gw}", dtype="decimal"))
            if kind in ("compute", "cloud", "loan", "facility"):
                w.t(a, f"{DG}termYears", _lit(str(term), dtype="integer"))
            if kind == "warrant":
                w.t(a, f"{DG}shareCount", _lit(str(shares * 1_000_000), dtype="integer"))
            if kind in ("warrant", "stake"):
                w.t(a, f"{DG}stakePercent", _lit(f"{pct}", dtype="decimal"))
            if kind in FINANCING and agreements and rng.random() < 0.6:
                # collateral: prefer a letter of intent a third of the time
                lois = [x for x in agreements[-200:] if not x[1]]
                target = rng.choice(lois) if lois and rng.random() < 0.35 else rng.choice(agreements[-200:])
                w.t(a, f"{DG}collateral", f"<{target[0]}>")
                stats["loi_collateral"] += int(not target[1])
            elif kind in FINANCING and rng.random() < 0.5:
                asset = f"{ID}asset/{_h(a, 'gpus')}"
                w.t(a, f"{DG}collateral", f"<{asset}>")
                w.t(asset, RDF_TYPE, f"<{DG}Asset>")
                w.t(asset, RDFS_LABEL, _lit(f"GPUs of {f2.en}", "en"))
            w.t(a, f"{DG}sourceArticle", f"<{art}>")
            w.t(a, f"{PROV}wasDerivedFrom", f"<{art}>")
            # evidence: the quote in the article's language, offsets into its text
            verbs = _EN_VERBS if lang == "en" else _ZH_VERBS
            name = (lambda f: f.en) if lang == "en" else (lambda f: f.zh)
            quote = verbs[kind].format(a=name(f1), b=name(f2), gw=gw, amt=amt, term=term,
                                       shares=shares, pct=pct)
            if loi:
                quote += _LOI_EN if lang == "en" else _LOI_ZH
            ev = f"{ID}evidence/{_h(a, quote)}"
            w.t(a, f"{DG}evidence", f"<{ev}>")
            w.t(ev, RDF_TYPE, f"<{DG}Evidence>")
            w.t(ev, f"{DG}sourceArticle", f"<{art}>")
            w.t(ev, f"{OA}hasSelector", f"<{ev}-q>")
            w.t(ev, f"{OA}hasSelector", f"<{ev}-p>")
            w.t(f"{ev}-q", RDF_TYPE, f"<{OA}TextQuoteSelector>")
            w.t(f"{ev}-q", f"{OA}exact", _lit(quote, lang))
            w.t(f"{ev}-p", RDF_TYPE, f"<{OA}TextPositionSelector>")
            w.t(f"{ev}-p", f"{OA}start", _lit(str(text_pos), dtype="integer"))
            w.t(f"{ev}-p", f"{OA}end", _lit(str(text_pos + len(quote)), dtype="integer"))
            text_pos += len(quote) + rng.randrange(20, 200)
            agreements.append((a, binding, kind))
            stats["agreements"] += 1
            stats["lois"] += int(loi)
        if rng.random() < 0.3:  # a stock move or a metric
            f = rng.choice(firms)
            if rng.random() < 0.5:
                m = f"{ID}move/{_h(key, f.iri)}"
                w.t(m, RDF_TYPE, f"<{DG}StockPriceMove>")
                w.t(m, f"{DG}percentChange", _lit(f"{round(rng.uniform(-25, 40), 1)}", dtype="decimal"))
                stats["moves"] += 1
            else:
                m = f"{ID}metric/{_h(key, f.iri)}"
                w.t(m, RDF_TYPE, f"<{DG}{rng.choice(['FinancialMetric', 'UsageMetric'])}>")
                w.t(m, f"{DG}value", _lit(str(rng.randrange(1, 10**6) * 1000), dtype="decimal"))
                stats["metrics"] += 1
            w.t(m, f"{DG}firm", f"<{f.iri}>")
            w.t(m, f"{DG}announcedOn", _lit(date.isoformat(), dtype="date"))
            w.t(m, f"{DG}sourceArticle", f"<{art}>")
        stats["articles"] += 1
    stats["triples"] = w.count
    return stats


#: A minimal class and property hierarchy, used only when ontology/dealgraph.ttl does not exist
#: yet, so that the derived graph (superclass types, dg:party) can still be computed.
MINI_ONTOLOGY = "\n".join(
    [f"<{DG}{c}> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{DG}{s}> ." for c, s in [
        ("ChipMaker", "Firm"), ("CloudProvider", "Firm"), ("ModelDeveloper", "Firm"),
        ("Financier", "Firm"), ("Bank", "Financier"), ("PrivateCreditFund", "Financier"),
        ("LetterOfIntent", "Agreement"), ("ComputeCommitment", "Agreement"),
        ("CloudServiceAgreement", "Agreement"), ("InvestmentCommitment", "Agreement"),
        ("EquityWarrant", "Agreement"), ("EquityStake", "Agreement"),
        ("SupplyAgreement", "Agreement"), ("Financing", "Agreement"), ("Loan", "Financing"),
        ("BondIssue", "Financing"), ("CreditFacility", "Financing")]]
    + [f"<{DG}{p}> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <{DG}party> ." for p in [
        "investor", "investee", "issuer", "holder", "provider", "customer", "supplier", "buyer",
        "lender", "borrower", "arranger"]]
) + "\n"


# --- synthetic articles ------------------------------------------------------------------------
_EN_TEMPLATES = {
    "compute": [
        "{a} has agreed to buy {gw} gigawatts of computing capacity from {b} in a deal worth about ${amt} billion.",
        "Under the agreement, {b} will supply {a} with {mw} megawatts of data-centre capacity over {term} years, for roughly ${amt}bn.",
        "{a}, the AI model developer, signed a {term}-year compute contract with cloud provider {b} covering {gw} GW.",
    ],
    "invest": [
        "Chip maker {a} said it would invest up to ${amt} billion in {b}.",
        "{a} plans to put as much as ${amt}bn into model developer {b}, according to people familiar with the matter.",
    ],
    "warrant": [
        "{a} granted {b} a warrant to buy up to {shares} million of its shares, roughly {pct}% of the company.",
    ],
    "supply": [
        "{a} has ordered ${amt}bn of accelerators from chip designer {b}.",
        "Cloud provider {a} will buy ${amt} billion of GPUs from {b} over the next {term} years.",
    ],
    "loan": [
        "Private credit fund {a} lent {b} US${amt}bn, secured by the revenue of its contracts.",
        "{b} borrowed ${amt} billion from {a}; the loan is backed by GPUs.",
    ],
    "loi": [
        "The agreement is only a non-binding letter of intent, and no definitive contract has been signed.",
        "Both sides signed a memorandum of understanding, which is explicitly non-binding.",
    ],
    "move": [
        "Shares of {a} rose {pct}% on the news.",
        "{a} stock fell {pct}% in early trading.",
    ],
    "filler": [
        "Analysts have questioned whether the industry's spending on data centres can be sustained.",
        "The deal is the latest in a string of multibillion-dollar commitments across the sector.",
        "Neither company disclosed further terms.",
        "Critics describe such arrangements as circular financing, because money flows back to the investor.",
        "The first capacity is expected to come online in the second half of 2026.",
    ],
}
_ZH_TEMPLATES = {
    "compute": [
        "{a}同意向{b}采购{gw}吉瓦算力,交易金额约{amt}0亿美元。",
        "根据协议,{b}将在{term}年内向{a}提供{mw}兆瓦数据中心算力,价值约{amt}0亿美元。",
        "人工智能模型开发商{a}与云服务商{b}签署为期{term}年的算力合同,规模{gw}GW。",
    ],
    "invest": [
        "芯片制造商{a}表示将向{b}投资最多{amt}0亿美元。",
        "据知情人士透露,{a}计划向大模型公司{b}投入至多{amt}0亿美元。",
    ],
    "warrant": ["{a}向{b}授予认股权证,可认购最多{shares}00万股,约占公司{pct}%的股份。"],
    "supply": [
        "{a}向芯片设计公司{b}订购了价值{amt}0亿美元的加速器。",
        "云服务商{a}将在未来{term}年内向{b}采购{amt}0亿美元的GPU。",
    ],
    "loan": [
        "私募信贷基金{a}向{b}提供{amt}0亿美元贷款,以其合同收入作为抵押。",
        "{b}从{a}借款{amt}0亿美元,贷款以GPU作担保。",
    ],
    "loi": ["不过,双方签署的只是一份不具法律约束力的意向书,尚未签订最终协议。",
            "双方签署了谅解备忘录,该备忘录无法律约束力。"],
    "move": ["消息公布后,{a}股价上涨{pct}%。", "{a}股价早盘下跌{pct}%。"],
    "filler": [
        "分析人士质疑,行业在数据中心上的巨额支出能否持续。",
        "这是该行业一系列数十亿美元承诺中的最新一笔。",
        "双方均未披露更多条款。",
        "批评者认为,这类安排属于循环融资,资金最终流回投资方。",
        "首批算力预计将于2026年下半年投入使用。",
    ],
}
_ART_ROLES = {"compute": ("model", "cloud"), "invest": ("chip", "model"), "warrant": ("chip", "model"),
              "supply": ("cloud", "chip"), "loan": ("credit", "cloud")}


def generate_article(rng: random.Random, firms_by_role: dict[str, list[Firm]], n: int) -> tuple[str, str]:
    """One synthetic article (Markdown with YAML front matter, 1-3 KB): (file name, text)."""
    lang = "zh" if n % 2 else "en"
    tpl = _ZH_TEMPLATES if lang == "zh" else _EN_TEMPLATES
    name = (lambda f: f.zh) if lang == "zh" else (lambda f: f.en)
    date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 420))
    paragraphs = []
    title = None
    while sum(len(p.encode()) for p in paragraphs) < rng.randrange(900, 2400):
        kind = rng.choice(list(_ART_ROLES))
        r1, r2 = _ART_ROLES[kind]
        a, b = rng.choice(firms_by_role[r1]), rng.choice(firms_by_role[r2])
        vals = dict(a=name(a), b=name(b), gw=rng.randrange(1, 12), mw=rng.randrange(100, 900),
                    amt=rng.randrange(1, 300), term=rng.randrange(2, 10), shares=rng.randrange(5, 200),
                    pct=round(rng.uniform(0.5, 15), 1))
        sentences = [rng.choice(tpl[kind]).format(**vals)]
        if kind in ("compute", "invest") and rng.random() < 0.3:
            sentences.append(rng.choice(tpl["loi"]))
        if rng.random() < 0.4:
            sentences.append(rng.choice(tpl["move"]).format(a=name(a), pct=vals["pct"]))
        sentences.append(rng.choice(tpl["filler"]))
        paragraphs.append(("" if lang == "zh" else " ").join(sentences))
        title = title or sentences[0].rstrip("。.")[:80]
    front = (f"---\ntitle: \"{title}\"\nurl: https://bench.example.org/articles/{n:06d}\n"
             f"published: {date.isoformat()}\nlanguage: {lang}\npublisher: Bench Wire\n---\n\n")
    return f"{n:06d}-{lang}.md", front + f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_articles(count: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    firms = make_firms(rng, max(60, count // 4))
    by_role: dict[str, list[Firm]] = {}
    for f in firms:
        by_role.setdefault(f.role, []).append(f)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        fname, text = generate_article(rng, by_role, n)
        path = out / fname
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    g = sub.add_parser("graph", help="synthetic deal graph as N-Quads")
    g.add_argument("--triples", type=int, default=10_000)
    g.add_argument("--out", required=True)
    g.add_argument("--seed", type=int, default=7)
    a = sub.add_parser("articles", help="synthetic Markdown articles for the loader")
    a.add_argument("--count", type=int, default=100)
    a.add_argument("--out", required=True)
    a.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.what == "graph":
        with open(args.out, "w", encoding="utf-8") as handle:
            stats = generate_graph(args.triples, handle, args.seed)
        print(stats)
    else:
        paths = generate_articles(args.count, Path(args.out), args.seed)
        print(f"wrote {len(paths)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
