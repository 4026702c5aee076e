"""Issue 10, nineteenth pass: a vague quantifier ("several", "some of", 部分, 一些) keeps a
letter-of-intent cue from naming a deal only when it shares the cue's clause ("some of the
deals are only memoranda"). One in another clause quantifies something else ("…under a term
sheet, though its plants rely on several contractors"), and 不少于 ("no less than") bounds a
figure: the cue still makes its deal non-binding.

It does not make a deal non-binding when the vague word sits in the cue's own clause (the
sentence is then about some deals, not this one), also when a reporting insert (", the company
said,") stands between the quantifier and the rest of its clause."""
from tests.load.helpers import run


def _binding(out, family):
    return [f.binding for f in out.frames if f.family == family]


def test_several_in_a_later_clause(tmp_path):
    _, out = run(tmp_path, "Under a term sheet dated last Thursday, Thrimble Labs will put $615 "
                           "million into Oxcroft Compute, although Oxcroft's plants rely on "
                           "several contractors.")
    assert _binding(out, "Investment") == [False]


def test_no_less_than_bounds_a_figure(tmp_path):
    _, out = run(tmp_path, "溯岩数据与澹枫算力上周签订合作备忘录：未来三年澹枫算力拟从溯岩数据处"
                           "租用算力，总规模不少于0.6吉瓦。")
    assert _binding(out, "Cloud") == [False]


def test_some_of_in_a_trailing_clause(tmp_path):
    _, out = run(tmp_path, "Brantholm Cloud will rent 900 megawatts of capacity to Velisar AI "
                           "under a letter of intent signed on Monday, a pact watched closely by "
                           "some of its rivals.")
    assert _binding(out, "Cloud") == [False]


def test_vague_word_in_the_cue_clause_names_no_deal(tmp_path):
    _, out = run(tmp_path, "Velisar AI said some of its orders with Brantholm Cloud are only "
                           "letters of intent.")
    assert all(f.binding is not False for f in out.frames)


def test_zh_vague_word_in_the_cue_clause(tmp_path):
    _, out = run(tmp_path, "卓沅智算表示，与澜屿科技之间的部分订单仍只是框架协议。")
    assert all(f.binding is not False for f in out.frames)


# A reporting insert (", X said,") does not part a quantifier from its own clause.

def test_insert_keeps_a_binding_contract_binding(tmp_path):
    _, out = run(tmp_path, "Wendmoor AI has signed a binding contract to rent 740 megawatts of "
                           "capacity from Saltrigg Power, but some of its newer leases, the firm noted, are still "
                           "memoranda of understanding.")
    assert _binding(out, "Cloud") == [True]


def test_insert_after_several_of_the_contracts(tmp_path):
    _, out = run(tmp_path, "Jessamy Micro is set to lease 320 megawatts from Quarrish Grid and "
                           "Belvane Energy, but several of the contracts, an executive said, "
                           "remain letters of intent.")
    assert all(f.binding is not False for f in out.frames)


def test_insert_with_unnamed_sources(tmp_path):
    _, out = run(tmp_path, "Ardleigh Robotics plans to purchase $1.3 billion of accelerators from "
                           "Mossgrove Silicon and Halsey Devices; some of the purchase orders, "
                           "two insiders said, rest on letters of intent.")
    assert all(f.binding is not False for f in out.frames)


def test_insert_after_a_dash(tmp_path):
    _, out = run(tmp_path, "Jessamy Micro expects to lease 210 megawatts of capacity from Quarrish "
                           "Grid — several of those leases, its annual report shows, are only "
                           "memoranda of understanding so far.")
    assert all(f.binding is not False for f in out.frames)


def test_insert_after_some_of_the_money(tmp_path):
    _, out = run(tmp_path, "Oxcroft Compute is putting $275 million into Wendmoor AI, though some "
                           "of the money, both companies said, rests only on a term sheet.")
    assert all(f.binding is not False for f in out.frames)
