"""Issue 10, seventeenth pass: a pledged deal named back by a kind word the earlier kinds did not
cover — a framework agreement (上述/前述框架协议, "the framework agreement"), a power purchase
agreement (上述购电协议) or a lease told as 租约 (这份租约) — is the borrower's deal of the families
the kind may mean; among several, the one whose own sentences (or the sentence just before it)
use the same kind words wins over a later deal of another kind. A kind named after a negation
(未以上述框架协议作担保) secures nothing, and a framework agreement the borrower is no party to is
not taken."""
from __future__ import annotations

from tests.load.helpers import financings, run


def _pledged(ents, out):
    fin = financings(out)
    assert fin, out.frames
    return [(c.family, sorted(ents.names.get(i, i) for i in c.parties()))
            for f in fin for c in f.collateral if not isinstance(c, tuple)]


def test_framework_agreement_named_back_wins_over_a_later_purchase(tmp_path):
    ents, out = run(tmp_path, (
        "岚汐算力与雁栖智能签订《智能算力租用框架协议》。根据协议，岚汐算力将在四年内向雁栖智能"
        "提供0.3吉瓦算力，总额约31亿元人民币（约合4.4亿美元）。\n\n"
        "为履行合同，岚汐算力向墨岩微电子采购服务器，采购金额9亿元人民币。\n\n"
        "岚汐算力另获得沐川银行12亿元人民币（约合1.7亿美元）贷款，期限四年，担保方式为以前述框架协议的"
        "收益权提供质押。"))
    pledged = _pledged(ents, out)
    assert any(f == "Cloud" and "雁栖智能" in p for f, p in pledged), pledged
    assert not any("墨岩微电子" in p for _, p in pledged), pledged


def test_power_purchase_agreement_named_back(tmp_path):
    ents, out = run(tmp_path, (
        "汀澜科技与青梧能源签署长期购电协议，由青梧能源在十二年内向汀澜科技供应0.2吉瓦风电。\n\n"
        "汀澜科技随后从沐川银行获得8亿元人民币（约合1.1亿美元）项目贷款，"
        "以上述购电协议项下权益和机房设备作抵押。"))
    pledged = _pledged(ents, out)
    assert any(f == "Supply" and "青梧能源" in p for f, p in pledged), pledged


def test_lease_told_as_zuyue_named_back(tmp_path):
    ents, out = run(tmp_path, (
        "雁栖智能将向岚汐算力租用其位于张家口的数据中心园区，租期10年，总租金约2亿美元。\n\n"
        "岚汐算力随后以这份十年期租约为抵押，向沐川银行借入1.5亿美元贷款。"))
    pledged = _pledged(ents, out)
    assert any(f == "Lease" and "雁栖智能" in p for f, p in pledged), pledged


def test_framework_agreement_denied_as_security_is_no_collateral(tmp_path):
    ents, out = run(tmp_path, (
        "岚汐算力与雁栖智能签订《智能算力租用框架协议》，总额约31亿元人民币（约合4.4亿美元）。\n\n"
        "岚汐算力同期获得沐川银行12亿元人民币（约合1.7亿美元）授信，该授信为信用方式，"
        "并未以上述框架协议作担保。"))
    assert _pledged(ents, out) == []


def test_framework_agreement_of_other_firms_is_not_taken(tmp_path):
    ents, out = run(tmp_path, (
        "雁栖智能与墨岩微电子签订《芯片采购框架协议》，总额约9亿元人民币。\n\n"
        "岚汐算力科技有限公司同期获得沐川银行5亿元人民币（约合0.7亿美元）贷款，期限三年，"
        "以上述框架协议项下的应收账款作质押。"))
    assert not any("墨岩微电子" in p for _, p in _pledged(ents, out))


def test_english_framework_agreement_of_the_borrower(tmp_path):
    ents, out = run(tmp_path, (
        "Orvelle Compute signed a framework agreement with Tamsark Labs to supply 150 megawatts "
        "of cloud capacity over six years.\n\n"
        "Orvelle later bought servers from Brixmoor Devices for $90 million.\n\n"
        "Orvelle also took a $400 million loan from Quenby Bank, secured by the framework "
        "agreement and its data centre."))
    pledged = _pledged(ents, out)
    assert not any("Brixmoor Devices" in p for _, p in pledged), pledged
