"""Issue 10: a `.txt` article's headline line is its title; `dg:sourceFile` never stores the
absolute path of the machine that loaded it."""
from __future__ import annotations

from kg.load.pipeline import collect_named
from kg.load.read import read_article, text_headline


def test_txt_headline_line_becomes_title(tmp_path):
    p = tmp_path / "wire.txt"
    p.write_text("Pellwood signs cloud pact with Marrow AI\n\nPellwood said on Monday it "
                 "would rent capacity to Marrow AI.\n", encoding="utf-8")
    a = read_article(p)
    assert a.title == "Pellwood signs cloud pact with Marrow AI"
    assert a.text.startswith("Pellwood signs cloud pact")


def test_txt_first_sentence_is_not_a_title(tmp_path):
    p = tmp_path / "wire.txt"
    p.write_text("星图科技与云舟签署算力协议。\n\n双方未披露金额。\n", encoding="utf-8")
    assert read_article(p).title is None
    assert text_headline("Only one paragraph") is None
    assert text_headline("星图科技获融资 云舟领投\n\n正文。") == "星图科技获融资 云舟领投"


def test_source_file_is_relative_to_the_folder_loaded(tmp_path):
    sub = tmp_path / "wire" / "2025"
    sub.mkdir(parents=True)
    (sub / "one.txt").write_text("Pellwood rents chips.\n", encoding="utf-8")
    single = tmp_path / "two.txt"
    single.write_text("Marrow AI rents chips.\n", encoding="utf-8")
    named = dict((p.name, n) for p, n in collect_named([tmp_path / "wire", single]))
    assert named == {"one.txt": "2025/one.txt", "two.txt": "two.txt"}
    assert read_article(single).path == "two.txt"
    assert str(tmp_path) not in read_article(sub / "one.txt", name="2025/one.txt").path
