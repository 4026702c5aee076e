"""Issue 10, thirteenth pass (bindingness on deals the loader found): a pair's definitive agreement
told as a whole binds the pair's deals its next sentences tell; a deal told "as part of the
transaction" (作为交易的一部分) takes the transaction's bindingness; a binding contract told "unlike
the letter of intent" (与前述意向书不同) is the deal told just before, not the letter; a lease that
"cannot be cancelled" is binding, not terminated; "share purchase"/认购协议 names a stake, and a
letter cue naming a purchase agreement never lands on a stake; "both documents"/两份文件 reach two
deals; 正式的…合同 is a definitive contract. Invented text and firms."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _by_family(out, family):
    return [f for f in out.frames if f.family == family]


@pytest.mark.parametrize("body", [
    "Talvik Systems, a software group, and Morrow Labs, an AI lab, have signed a new definitive agreement "
    "that reshapes their partnership. Talvik Systems will hold about 20% of Morrow Labs.",
    "Morrow Labs, an AI lab, said on Monday it had entered into a final agreement with Talvik Systems, "
    "a software group, closing a year of talks. Under the new structure Talvik Systems will hold "
    "roughly 20% of Morrow Labs.",
    "软件公司塔维克科技与大模型公司墨罗智能签署最终协议，双方合作进入新阶段。重组完成后，塔维克科技将持有墨罗智能约20%的股份。",
    "10月5日，墨罗智能宣布与凯恒科技达成一份新的正式协议。根据安排，凯恒科技将持有墨罗智能约20%的股权，价值约80亿美元。",
])
def test_definitive_agreement_binds_the_pairs_deals_told_next(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = _by_family(out, "Stake")
    assert stakes and all(f.binding is True for f in stakes)


@pytest.mark.parametrize("body", [
    # a definitive agreement naming its goods is no umbrella for another kind of deal
    "Talvik Systems, a chipmaker, and Morrow Labs, an AI lab, signed a definitive agreement to supply "
    "accelerators. Talvik Systems will also hold about 20% of Morrow Labs.",
    # a deal told three sentences on is not one of its parts
    "Talvik Systems, a software group, and Morrow Labs, an AI lab, signed a definitive agreement. "
    "The talks took a year. Analysts welcomed it. Talvik Systems will hold about 20% of Morrow Labs.",
    # the agreement still to be signed binds nothing
    "Talvik Systems, a software group, and Morrow Labs, an AI lab, expect to sign a definitive agreement "
    "next quarter. Talvik Systems will hold about 20% of Morrow Labs.",
])
def test_no_umbrella_when_the_agreement_names_goods_is_far_or_unsigned(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = _by_family(out, "Stake")
    assert stakes and all(f.binding is not True for f in stakes)


@pytest.mark.parametrize("body", [
    "芯片厂商启岚芯片与大模型公司墨罗智能签署最终协议，约定向其供应价值30亿美元的加速卡。"
    "作为交易的一部分，启岚芯片向墨罗智能发行认股权证，可认购最多1000万股启岚芯片股票。",
    "芯片厂商启岚芯片与大模型公司墨罗智能签订供货合同，该合同具有法律约束力，金额约30亿美元。"
    "作为该协议的一部分，启岚芯片向墨罗智能授予认股权证，可认购最多1000万股。",
    "Qiland Chips, a chipmaker, signed a binding agreement with Morrow Labs, an AI lab, to supply $3 billion "
    "of accelerators. As part of the transaction, Qiland Chips issued Morrow Labs a warrant to buy up to "
    "10 million Qiland shares.",
])
def test_deal_told_as_part_of_the_transaction_takes_its_bindingness(tmp_path, body):
    ents, out = run(tmp_path, body)
    warrants = _by_family(out, "Warrant")
    assert warrants and all(f.binding is True for f in warrants)


@pytest.mark.parametrize("body", [
    "3月：芯片公司启岚芯片向大模型公司墨罗智能投资最多20亿美元。不过双方签署的只是投资意向书。"
    "5月：这家大模型公司与云服务商霁川云签订为期5年、总价约60亿美元的云服务合同。"
    "与前述意向书不同，这是一份正式合同，对双方具有约束力。",
    "芯片公司启岚芯片宣布向大模型公司墨罗智能投资最多20亿美元，双方签署的是投资意向书。随后，墨罗智能与云服务商霁川云签订约60亿美元的算力服务合同。"
    "与此前的意向书不同，该合同已经正式签署，具有法律约束力。",
    "Qiland Chips, a chipmaker, signed a letter of intent to invest up to $2 billion in Morrow Labs, an AI lab. "
    "Morrow Labs then signed a $6 billion cloud contract with Jichuan Cloud, a cloud provider. "
    "Unlike the letter of intent, this is a binding contract.",
])
def test_binding_contract_told_unlike_the_letter_is_the_deal_told_before(tmp_path, body):
    ents, out = run(tmp_path, body)
    clouds = _by_family(out, "Cloud")
    invest = _by_family(out, "Investment")
    assert clouds and all(f.binding is True for f in clouds)
    assert invest and all(f.binding is not True for f in invest)


@pytest.mark.parametrize("body", [
    "In June Pellstone Data, a data-centre developer, signed a 10-year lease with Harrow AI, an AI lab, "
    "for 300 megawatts. The lease is binding and cannot be cancelled for convenience.",
    "Harrow AI, an AI lab, signed a ten-year lease with Pellstone Data, a data-centre developer, for 300 "
    "megawatts. "
    "The lease cannot be terminated early and is binding on both sides.",
    "Pellstone Data, a data-centre developer, signed a 10-year lease with Harrow AI, an AI lab. "
    "The lease, which may not be cancelled, is legally binding.",
])
def test_lease_that_cannot_be_cancelled_is_binding_not_terminated(tmp_path, body):
    ents, out = run(tmp_path, body)
    leases = _by_family(out, "Lease")
    assert leases and all(f.binding is True and f.status != "Terminated" for f in leases)


@pytest.mark.parametrize("body", [
    "Harrow AI, an AI lab, said Velmont Systems would buy $2 billion of newly issued Harrow AI stock, equal "
    "to about 6% of its shares. "
    "The share purchase agreement is definitive.",
    "Velmont Systems, a software group, bought $2 billion of newly issued Harrow AI stock, equal to 6%. "
    "The stock purchase agreement is binding, the filing said.",
    "软件公司维尔蒙科技以20亿美元入股大模型公司哈罗智能，持股约6%。该股份认购协议具有法律约束力。",
])
def test_share_purchase_agreement_names_the_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family in ("Stake", "Investment")]
    assert stakes and all(f.binding is True for f in stakes)


@pytest.mark.parametrize("body", [
    "Harrow AI, an AI lab, said Velmont Systems would buy $400 million of newly issued Harrow AI stock, "
    "equal to about 3% of its shares. Harrow AI said the two sides had signed a letter of intent and expect to sign a definitive "
    "purchase agreement next quarter.",
    "Harrow AI, an AI lab, said Velmont Systems would buy $400 million of newly issued Harrow AI stock, "
    "equal to about 3% of its shares. Harrow AI said the supply agreement is still only a memorandum of "
    "understanding.",
    "软件公司维尔蒙科技将以4亿美元入股芯片公司哈罗芯片，持股约3%。哈罗芯片表示，双方的供货协议目前只是一份意向书。",
])
def test_letter_cue_naming_a_purchase_deal_never_lands_on_a_stake(tmp_path, body):
    ents, out = run(tmp_path, body)
    stakes = [f for f in out.frames if f.family in ("Stake", "Investment")]
    assert stakes and all(f.binding is not False for f in stakes)


@pytest.mark.parametrize("body", [
    "芯片公司磐岭芯片承诺向大模型公司九思智能投资15亿美元。九思智能同时承诺在三年内部署磐岭芯片0.5吉瓦的加速器。"
    "但两份文件都只是意向书。",
    "芯片公司磐岭芯片宣布向大模型公司九思智能投资15亿美元；九思智能将在三年内部署磐岭芯片0.5吉瓦的加速器。"
    "需要注意，两份意向书都不具法律约束力。",
    "Panling Chips, a chipmaker, agreed to invest $1.5 billion in Jiusi AI, an AI lab. Separately, Jiusi AI "
    "agreed to buy $2 billion of Panling accelerators. Both documents are only letters of intent.",
])
def test_two_documents_reach_the_latest_two_deals(tmp_path, body):
    ents, out = run(tmp_path, body)
    invest = _by_family(out, "Investment")
    assert invest and all(f.binding is False for f in invest)


@pytest.mark.parametrize("body", [
    "芯片厂商凯岭半导体与云服务商霁川云签署正式的供货合同，金额约10亿美元。",
    "芯片厂商凯岭半导体与大模型公司维拓智能签署正式采购协议，维拓智能将在未来四年部署2吉瓦算力。",
    "云服务商霁川云与大模型公司墨罗智能签订了正式的云服务合同，金额约40亿美元。",
])
def test_formal_contract_of_a_kind_is_definitive(tmp_path, body):
    ents, out = run(tmp_path, body)
    deals = [f for f in out.frames if f.family not in ("Loan", "Facility", "Financing")]
    assert deals and all(f.binding is True for f in deals)


@pytest.mark.parametrize("body", [
    "云服务商霁川云与大模型公司墨罗智能计划在年底前签署正式的云服务合同，金额约40亿美元。",
    "云服务商霁川云与大模型公司墨罗智能正式签署合作协议，金额约40亿美元。",
    "云服务商霁川云与大模型公司墨罗智能签署框架协议，约定在年底前另行签署正式合同，金额约40亿美元。",
])
def test_formal_contract_still_to_sign_or_cooperation_is_no_definitive_cue(tmp_path, body):
    ents, out = run(tmp_path, body)
    assert all(f.binding is not True for f in out.frames)
