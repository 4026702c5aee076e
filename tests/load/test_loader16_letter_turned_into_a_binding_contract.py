"""Issue 10, sixteenth pass: a letter later turned into a binding contract is binding.
A deal first told as a letter of intent, memorandum or term sheet (non-binding) and later told
as converted into a definitive or binding contract ("converted the letter into a definitive
agreement", "has since become a binding lease", 意向书已转为正式合同) is binding: the later
definitive cue overrides the earlier non-binding reading. A conversion still to come ("aim to
convert it", "could be converted", 仍未转为) changes nothing. Invented sentences and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _bindings(tmp_path, body, **kw):
    ents, out = run(tmp_path, body, **kw)
    return [(sorted(ents.names.get(i, i) for i in f.parties()), f.binding) for f in out.frames
            if f.family not in ("Loan", "Facility", "Financing", "Bond")]


@pytest.mark.parametrize("body, pair", [
    ("In February, Renwick Labs, a model developer, signed a letter of intent to rent 300 megawatts "
     "of GPU capacity from Tallow Cloud. The letter was not binding.\n\nIn May the two companies "
     "converted the letter into a definitive cloud services agreement worth $2.2 billion over four "
     "years.", ["Renwick Labs", "Tallow Cloud"]),
    ("Ostrevin Robotics signed a non-binding memorandum with Pelling Compute in June to reserve "
     "GPU capacity for three years. That memorandum has since become a binding contract, Pelling "
     "told reporters.", ["Ostrevin Robotics", "Pelling Compute"]),
    ("Dalby Grid, a data-centre landlord, signed a term sheet to lease a 90-megawatt hall to Kerrow "
     "AI, the startup said. "
     "The term sheet is not binding. By October the parties had turned it into a signed, binding "
     "lease.", ["Dalby Grid", "Kerrow AI"]),
])
def test_letter_later_converted_is_binding(tmp_path, body, pair):
    found = _bindings(tmp_path, body)
    assert (pair, True) in found, found


@pytest.mark.parametrize("body, pair", [
    ("今年3月，大模型公司星禾模型与算力服务商云杉算力签订了一份算力租赁意向书，该意向书不具法律约束力。\n\n"
     "到了9月，上述意向书已转为正式合同，合同金额18亿元，期限三年。", ["云杉算力", "星禾模型"]),
    ("芯片厂商岚峰半导体与数据中心运营商墨川数据签订GPU采购框架协议，不具有约束力。\n\n"
     "墨川数据随后称，双方此后正式升级为具有法律约束力的采购协议。", ["墨川数据", "岚峰半导体"]),
])
def test_zh_letter_later_converted_is_binding(tmp_path, body, pair):
    found = _bindings(tmp_path, body, language="zh")
    assert (sorted(pair), True) in [(sorted(p), b) for p, b in found], found


@pytest.mark.parametrize("body, pair, language", [
    ("In February, Renwick Labs, a model developer, signed a letter of intent to rent 300 megawatts "
     "of GPU capacity from Tallow Cloud. The letter was not binding. Both sides intend to "
     "convert the letter into a definitive contract later.", ["Renwick Labs", "Tallow Cloud"], None),
    ("Ostrevin Robotics signed a non-binding memorandum with Pelling Compute in June to reserve "
     "GPU capacity. The memorandum could be converted into a binding contract next year.",
     ["Ostrevin Robotics", "Pelling Compute"], None),
    ("今年3月，大模型公司星禾模型与算力服务商云杉算力签订了一份算力租赁意向书，该意向书不具法律约束力。\n\n"
     "截至目前，上述意向书仍未转为正式合同。", ["云杉算力", "星禾模型"], "zh"),
])
def test_conversion_still_to_come_keeps_the_letter(tmp_path, body, pair, language):
    found = _bindings(tmp_path, body, language=language)
    assert (sorted(pair), False) in [(sorted(p), b) for p, b in found], found
