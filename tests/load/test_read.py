"""Reading files: formats, encodings, metadata, language, and clear errors for bad files."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import LoadError
from kg.load import read as read_mod
from kg.load.read import read_article, to_plain


def test_markdown_front_matter_and_plain_text(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: T\nurl: https://x.test/a\npublished: 2025-10-06\nlanguage: en\n"
                 "publisher: Wire\n---\n\n# Head\n\nA **bold**\nsoft wrap.\n", encoding="utf-8")
    a = read_article(p)
    assert (a.title, a.url, a.published, a.language, a.publisher) == (
        "T", "https://x.test/a", dt.date(2025, 10, 6), "en", "Wire")
    assert a.text == "Head\n\nA bold soft wrap."


def test_key_from_url_is_stable_and_text_key_otherwise(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\nurl: https://x.test/a\n---\nOne text.\n", encoding="utf-8")
    q = tmp_path / "b.md"
    q.write_text("---\nurl: https://x.test/a\n---\nAnother text.\n", encoding="utf-8")
    assert read_article(p).key == read_article(q).key
    t = tmp_path / "c.txt"
    t.write_text("英伟达投资OpenAI。", encoding="utf-8")
    assert read_article(t).key != read_article(p).key


def test_gb18030_input_and_chinese_detected(tmp_path):
    p = tmp_path / "zh.txt"
    p.write_bytes("甲骨文股价暴涨39%。英伟达向OpenAI投资。".encode("gb18030"))
    a = read_article(p)
    assert a.text.startswith("甲骨文股价暴涨39%")
    assert a.language == "zh"


def test_english_detected_without_front_matter(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("Nvidia said on Tuesday that it would invest in OpenAI.", encoding="utf-8")
    assert read_article(p).language == "en"


def test_html_main_text_without_page_furniture(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Deal</title><link rel='canonical' href='https://x.test/d'>"
                 "</head><body><nav><a href='/'>Home</a><a href='/m'>Markets</a></nav><article>"
                 "<h1>OpenAI signs cloud deal</h1><p>OpenAI has agreed to buy $38 billion of cloud "
                 "computing from Amazon Web Services over seven years, the companies said.</p>"
                 "<p>Amazon shares rose about 5% on the news, and analysts welcomed it.</p>"
                 "</article><footer>Copyright Example</footer></body></html>", encoding="utf-8")
    a = read_article(p)
    assert "Amazon Web Services over seven years" in a.text
    assert "Markets" not in a.text and "Copyright" not in a.text


def test_markdown_cleanup():
    assert to_plain("![]()\n\n**粗体**\n中文") == "粗体中文"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    ("英伟达".encode("utf-8")[:-1], "truncated"),
    (b"---\ntitle: x\nno end of front matter\n", "not closed"),
])
def test_bad_files_name_file_and_reason(tmp_path, content, reason):
    p = tmp_path / "bad.md"
    p.write_bytes(content)
    with pytest.raises(LoadError) as info:
        read_article(p)
    assert "bad.md" in str(info.value) and reason in str(info.value)


def test_enormous_file_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(read_mod, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("x" * 500, encoding="utf-8")
    with pytest.raises(LoadError, match="too large"):
        read_article(p)


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "a.pdf"
    p.write_bytes(b"%PDF")
    with pytest.raises(LoadError, match="unsupported"):
        read_article(p)
