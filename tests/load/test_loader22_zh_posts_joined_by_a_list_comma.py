"""Issue 10, twenty-second pass: posts one person holds, told before the name and joined by a
list comma (联合创始人、首席执行官X) or by a chain of joining words (创始人、董事长兼首席执行官X),
are all held: ``_joint_posts`` in rules/observations.py reads the chain back post by post, the
joining words being ``joint_post_links`` in lexicon/core.yaml. Two people listed with their posts
(董事长A、首席执行官B) share no post: the word before 、 is a name there, not a post. All sentences
invented."""
from __future__ import annotations

from tests.load.helpers import run


def _posts(tmp_path, body) -> set[tuple[str, str]]:
    _, out = run(tmp_path, body, language="zh")
    return {(p.person_name, p.role) for p in out.posts}


def test_two_posts_joined_by_a_list_comma(tmp_path):
    posts = _posts(tmp_path, "上周完成融资后，记者专访了澜汀科技联合创始人、首席执行官梁叙白。")
    assert posts >= {("梁叙白", "Founder"), ("梁叙白", "CEO")}, posts


def test_three_posts_in_a_chain(tmp_path):
    posts = _posts(tmp_path, "澜汀科技创始人、董事长兼首席执行官宋问渠表示，资金将用于扩建机房。")
    assert posts >= {("宋问渠", "Founder"), ("宋问渠", "Chairman"), ("宋问渠", "CEO")}, posts


def test_two_people_listed_share_no_post(tmp_path):
    posts = _posts(tmp_path, "出席签约的有澜汀科技董事长蒋一帆、首席执行官梁叙白。")
    assert ("梁叙白", "Chairman") not in posts and ("蒋一帆", "CEO") not in posts, posts


def test_a_deputy_or_former_post_joined_before_is_not_held(tmp_path):
    """Review of 0d13c02: 副董事长、首席执行官X is the CEO and a vice-chairman, no chairman."""
    posts = _posts(tmp_path, "澜汀科技副总裁、首席财务官贺知远表示，新一轮融资已经到账。")
    assert ("贺知远", "CFO") in posts and ("贺知远", "President") not in posts, posts
    posts = _posts(tmp_path, "澜汀科技原董事长、首席执行官贺知远上月已经离职。")
    assert ("贺知远", "Chairman") not in posts, posts
