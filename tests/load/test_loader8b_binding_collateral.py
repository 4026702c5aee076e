"""Issue 10, eighth pass: bindingness and collateral told in new words, apart from the deal
(invented text and firm names)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run


def _deal(ents, out, family, **roles):
    return next(f for f in out.frames if f.family == family
                and all(named_roles(ents, f).get(r) == v for r, v in roles.items()))


def _pledged(frame) -> list:
    return [c for c in frame.collateral if not isinstance(c, tuple)]


def _assets(frame) -> list:
    return [c for c in frame.collateral if isinstance(c, tuple)]


def test_plan_that_has_not_gone_beyond_a_letter_of_intent_is_not_binding(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud plans to buy 1 gigawatt of accelerators from "
                    "Tessaly Semiconductor over two years. That plan has not gone beyond a "
                    "letter of intent, Dunmore Cloud said.")
    assert _deal(ents, out, "Compute").binding is False


def test_order_said_to_be_no_more_than_a_letter_of_intent_is_not_binding(tmp_path):
    ents, out = run(tmp_path, "Tessaly Semiconductor will supply 400 megawatts of accelerators "
                    "to Pellow Labs. The order is still only a letter of intent.")
    assert _deal(ents, out, "Compute").binding is False


def test_binding_in_quotation_marks_is_binding(tmp_path):
    ents, out = run(tmp_path, "Pellow Labs signed a 10-year lease with Dunmore Systems for the "
                    "Fenwick campus. Ivo Tarrant, Dunmore's chief executive, said the lease was "
                    "\u201cbinding and non-cancellable\u201d.")
    assert _deal(ents, out, "Lease").binding is True


def test_lenders_security_is_the_supply_contract_and_the_chips(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud has agreed to buy 300 megawatts of accelerators "
                    "from Tessaly Semiconductor for $2.1bn. Dunmore Cloud has signed a $1.5bn "
                    "credit facility with Harth Bank. According to a filing, the lender's "
                    "security is the accelerators Dunmore Cloud buys together with the Tessaly "
                    "supply contract.")
    facility = next(f for f in out.frames if f.family in ("Facility", "Loan"))
    assert any(p.family == "Compute" for p in _pledged(facility))
    assert _assets(facility)


def test_security_is_twofold_pledges_the_contract_and_the_fleet(tmp_path):
    ents, out = run(tmp_path, "A $3bn capacity contract with Pellow Labs has helped Dunmore Cloud "
                    "borrow $1.2bn from Harth Bank. Their security is twofold: Dunmore Cloud's "
                    "fleet of GPUs and the Pellow Labs contract.")
    assert any(_assets(f) for f in out.frames if f.family == "Loan")


def test_bondholders_secured_on_a_lease(tmp_path):
    ents, out = run(tmp_path, "Pellow Labs signed a 12-year lease with Dunmore Digital for its "
                    "campus. Dunmore Digital then sold $2bn of senior secured notes. "
                    "Bondholders are secured on the Pellow Labs lease and on the campus.")
    bond = next(f for f in out.frames if f.family == "Bond")
    assert any(p.family == "Lease" for p in _pledged(bond))


def test_zh_this_agreement_binding_after_a_lenders_supply_deal_is_the_supply_deal(tmp_path):
    ents, out = run(tmp_path, "财报显示，北辰科技向算力服务商青禾云提供了8亿美元贷款。青禾云采购的GPU正来自北辰。"
                    "双方已签订长期供货协议，由北辰科技向青禾云供应价值30亿美元的GPU。"
                    "北辰科技特别强调，这份协议是具有约束力的正式合同。", language="zh")
    assert _deal(ents, out, "Supply").binding is True
    assert _deal(ents, out, "Loan").binding is not True


def test_zh_two_agreements_named_by_kind_are_both_binding(tmp_path):
    ents, out = run(tmp_path, "南岭半导体将向人工智能企业青禾智能发行认股权证，后者可认购公司股份，上限为五千万股。"
                    "根据协议，未来三年南岭半导体将向青禾智能供应合计2吉瓦的AI加速卡。"
                    "公告称，供货协议对双方具有法律约束力；权证协议也已于6月3日与之同日正式签署。",
                    language="zh")
    assert _deal(ents, out, "Warrant").binding is True
    assert _deal(ents, out, "Compute").binding is True


def test_zh_loan_term_sheet_is_the_loans_non_binding_cue(tmp_path):
    ents, out = run(tmp_path, "青禾智能正与北岸银行商谈一笔不超过10亿美元的贷款。不过，双方眼下签下的仅是一份贷款条款清单。",
                    language="zh")
    assert _deal(ents, out, "Loan").binding is False


def test_zh_purchase_contract_formally_signed_is_binding(tmp_path):
    ents, out = run(tmp_path, "云服务商澜图云获得贷款。至于那批GPU服务器，澜图云是向国产芯片厂商曜石科技采购的，双方已正式签署采购合同，"
                    "金额约二十亿元人民币。", language="zh")
    assert _deal(ents, out, "Supply").binding is True


def test_warrant_named_as_security_is_no_pledge_of_another_deal(tmp_path):
    ents, out = run(tmp_path, "Cormac AI will take 2 gigawatts of accelerators from Orrin "
                    "Semiconductor under a definitive agreement. Cormac AI has borrowed $1bn from "
                    "Tessen Partners. The lender holds the Orrin warrant as security.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert not _pledged(loan)


def test_zh_receivables_of_a_deal_told_next_and_servers_listed_beside_them(tmp_path):
    ents, out = run(tmp_path, "云服务商澜图云完成一笔5亿美元的银团贷款，由北岸银行牵头。"
                    "银团拿到的担保有两层：一是澜图云对大模型公司青禾智能的应收账款，二是澜图云新采购的GPU服务器。"
                    "应收账款的来源，是双方近日签署的一份三年期算力服务框架协议，根据协议，澜图云将向青禾智能提供训练算力。",
                    language="zh")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert any(p.family == "Cloud" for p in _pledged(loan))
    assert _assets(loan)


def test_relative_clause_before_the_collateral_cue_names_no_asset(tmp_path):
    ents, out = run(tmp_path, "Dunmore Data Centers, which runs GPU data centres, has raised a "
                    "$1bn loan that is secured by a letter of intent from Pellow Labs. Under that "
                    "letter, Dunmore would provide Pellow with 100 megawatts of capacity.")
    loan = next(f for f in out.frames if f.family == "Loan")
    assert not _assets(loan)


_TWO_FINANCINGS = ("A four-year lease under which Pellow Labs, a model developer, rents graphics "
                   "processors from Dunmore is now doing double duty. Dunmore said on Tuesday that "
                   "it had signed two financings. Harth Bank is providing a term loan of $1,200 "
                   "million. The second is a $400m credit facility from Tessen Capital, a private "
                   "credit fund. Dunmore said both agreements are legally binding. Each is backed "
                   "by the same two things: the 20,000 graphics processors that Dunmore owns, and "
                   "the Pellow lease. That lease was agreed in March. The tenant likes it. It will "
                   "cost the AI developer around $2bn over its term, and Dunmore calls it binding. "
                   "Dunmore's finance chief spoke.")


def test_both_agreements_binding_with_one_firm_named_reaches_the_two_financings(tmp_path):
    ents, out = run(tmp_path, _TWO_FINANCINGS)
    financings = [f for f in out.frames if f.family in ("Loan", "Facility")]
    assert len({f.family for f in financings}) == 2
    assert all(f.binding is True for f in financings)


def test_each_is_backed_by_secures_both_financings(tmp_path):
    ents, out = run(tmp_path, _TWO_FINANCINGS)
    for family in ("Loan", "Facility"):
        f = next(x for x in out.frames if x.family == family)
        assert _assets(f) and any(p.family == "Lease" for p in _pledged(f))


def test_firm_calls_its_deal_binding_sentences_after_it_was_told(tmp_path):
    ents, out = run(tmp_path, _TWO_FINANCINGS)
    assert _deal(ents, out, "Lease").binding is True


def test_zh_this_is_a_binding_agreement_does_not_reach_a_deal_with_another_firm_told_next(tmp_path):
    ents, out = run(tmp_path, "天穹云与模型公司知远科技签署算力合同，合同金额26亿美元。"
                    "天穹云首席财务官王禾表示，这是一份具有约束力的正式协议，知远科技须按约付费。"
                    "上月，天穹云还与人工智能企业若川智能谈妥一笔11亿美元的算力合作。"
                    "但这笔合作目前只落在一纸意向书上，正式合同尚未签订。", language="zh")
    other = _deal(ents, out, "Cloud", customer=["若川智能"])
    assert other.binding is False


def test_named_agreements_that_bind_the_customers_are_binding_and_both_pledged(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud has raised a $2bn loan from Harth Bank. Dunmore Cloud "
                    "signed a $3bn capacity contract with Pellow Labs. Dunmore Cloud also signed "
                    "a $1bn capacity contract with Orvo Labs. According to Dunmore Cloud, the "
                    "Pellow and Orvo agreements bind the customers for their full terms, and it "
                    "is those two contracts that the lenders hold as security for the loan.")
    clouds = [f for f in out.frames if f.family == "Cloud"]
    assert len(clouds) == 2 and all(f.binding is True for f in clouds)
    loan = next(f for f in out.frames if f.family == "Loan")
    assert {id(p) for p in _pledged(loan)} == {id(f) for f in clouds}


def test_agreement_that_does_not_bind_is_not_binding(tmp_path):
    ents, out = run(tmp_path, "Dunmore Cloud signed a $3bn capacity contract with Pellow Labs. "
                    "The agreement does not bind the customers, Dunmore Cloud said.")
    assert _deal(ents, out, "Cloud").binding is not True
