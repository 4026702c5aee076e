"""Issue 10, thirteenth pass: a Chinese sentence whose subject is a firm and whose predicate is a
role word after a clause closed by 的 ("X是近两年崛起最快的独立算力云厂商之一"), also in an
interview turn opened by its speaker's label, types that firm (invented sentences and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


@pytest.mark.parametrize("body, firm, type_name", [
    ("*南屿周刊：澜岳智算是近两年崛起最快的独立算力云厂商之一。本报专访了澜岳智算CFO许文。*", "澜岳智算", "CloudProvider"),
    ("北屿智能是一家专注于多模态大模型的大模型公司，澜岳智算为其提供算力。北屿智能今年完成两轮融资。", "北屿智能",
     "ModelDeveloper"),
    ("赫曜半导体已成为国内出货量最大的芯片厂商之一。赫曜半导体今年营收翻倍。", "赫曜半导体", "ChipMaker"),
])
def test_role_predicate_after_a_clause_types_the_subject(tmp_path, body, firm, type_name):
    ents, _ = run(tmp_path, body, language="zh")
    iri = next(i for i, n in ents.names.items() if n == firm)
    assert type_name in ents.types.get(iri, {}), ents.types


def test_role_predicate_of_another_subject_types_no_firm(tmp_path):
    ents, _ = run(tmp_path, "据悉，澜岳智算的客户大多是近两年崛起的大模型公司。澜岳智算今年营收翻倍。",
                  language="zh")
    iri = next(i for i, n in ents.names.items() if n == "澜岳智算")
    assert "ModelDeveloper" not in ents.types.get(iri, {}), ents.types
