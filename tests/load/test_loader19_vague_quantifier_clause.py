"""Issue 10, nineteenth pass: a vague quantifier ("several", "some of", 部分, 一些) keeps a
letter-of-intent cue from naming a deal only when it shares the cue's clause ("some of the
deals are only memoranda"). One in another clause quantifies something else ("…under a term
sheet, and it leaves X with orders from several suppliers"), and 不少于 ("no less than") bounds a
figure: the cue still makes its deal non-binding.

It does not make a deal non-binding when the vague word sits in the cue's own clause (the
sentence is then about some deals, not this one)."""
from tests.load.helpers import run


def _binding(out, family):
    return [f.binding for f in out.frames if f.family == family]


def test_several_in_a_later_clause(tmp_path):
    _, out = run(tmp_path, "Ostravel Robotics agreed to invest $740 million in Quindle Systems "
                           "under a memorandum of understanding, while Quindle still buys parts "
                           "from several vendors in Asia.")
    assert _binding(out, "Investment") == [False]


def test_no_less_than_bounds_a_figure(tmp_path):
    _, out = run(tmp_path, "邈川数据与知岚科技签署算力合作备忘录，知岚科技计划在未来四年内向邈川数据"
                           "租用不少于0.35吉瓦的算力。")
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
