"""Read one article file (plain text, Markdown with YAML front matter, HTML) into an ArticleSource.

The article's *plain text* is what every offset refers to: paragraphs separated by a blank line,
soft line breaks inside a paragraph joined (with a space between Latin words, with nothing
between Chinese characters), Markdown markup (headings, emphasis, images, links) removed.

>>> to_plain("# Title\\n\\nA soft\\nwrap.\\n\\n![]()\\n\\n中文\\n换行")
'Title\\n\\nA soft wrap.\\n\\n中文换行'
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kg.errors import LoadError
from kg.load.vocab import read_yaml

#: Files bigger than this are refused (a news article is a few KB).
MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html"}

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


@dataclass(frozen=True)
class ArticleSource:
    """One article as read from disk: its key, plain text and metadata."""

    key: str
    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    language: str
    publisher: str | None
    path: str


def read_article(path: Path | str, name: str | None = None) -> ArticleSource:
    """Read and normalise one file; LoadError naming the file and the reason if it cannot.

    `name` is what the article records as its source file (`dg:sourceFile`); by default the
    file name, so no graph stores the absolute path of the machine that loaded it."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise LoadError(f"unsupported file type {path.suffix!r} (use .txt, .md or .html)",
                        source=str(path))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"file is too large ({size:,} bytes; limit {MAX_BYTES:,})",
                            source=str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}", source=str(path)) from exc
    text = decode(raw, str(path), html=kind == "html")
    meta: dict = {}
    if kind == "markdown":
        meta, body = split_front_matter(text, str(path))
        plain = to_plain(body)
    elif kind == "html":
        meta, plain = _from_html(text, str(path))
    else:
        plain = to_plain(text, markdown=False)
        headline = text_headline(plain)
        if headline:
            meta["title"] = headline
    if not plain.strip():
        raise LoadError("the article has no text", source=str(path))
    return _source(path, plain, meta, name or path.name)


def decode(raw: bytes, name: str, *, html: bool = False) -> str:
    """UTF-8 (with or without BOM), else GB18030; refuse binary, empty and cut-off files."""
    if not raw.strip():
        raise LoadError("file is empty", source=name)
    if b"\x00" in raw[:65536]:
        raise LoadError("file is binary (contains NUL bytes), not an article", source=name)
    encodings = ["utf-8-sig", "gb18030"]
    if html:
        declared = _HTML_CHARSET.search(raw[:4096])
        if declared and declared.group(1).decode("ascii").lower() in ("gbk", "gb2312", "gb18030"):
            encodings = ["gb18030", "utf-8-sig"]
    try:
        return raw.decode(encodings[0])
    except UnicodeDecodeError as exc:
        if encodings[0].startswith("utf-8") and exc.reason == "unexpected end of data":
            raise LoadError("file is truncated (it ends in the middle of a UTF-8 character)",
                            source=name) from exc
        first_error = exc
    try:
        text = raw.decode(encodings[1])
    except UnicodeDecodeError as exc:
        raise LoadError(f"cannot decode as UTF-8 or GB18030 (byte {first_error.start}: "
                        f"{first_error.reason})", source=name) from exc
    if _control_ratio(text) > 0.01:
        raise LoadError("file does not look like text in UTF-8 or GB18030", source=name)
    return text


def _control_ratio(text: str) -> float:
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\r\n\t") or 0xE000 <= ord(c) < 0xF900)
    return bad / max(1, len(text))


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    """YAML front matter between ``---`` lines, and the body after it."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            header = "\n".join(lines[1:i])
            try:
                meta = read_yaml(header) or {}
            except yaml.YAMLError as exc:
                raise LoadError(f"invalid YAML front matter: {exc}".split("\n")[0],
                                source=name) from exc
            if not isinstance(meta, dict):
                raise LoadError("front matter is not a mapping of fields", source=name)
            return meta, "\n".join(lines[i + 1:])
    raise LoadError("front matter is not closed with '---' (file truncated?)", source=name)


def to_plain(text: str, *, markdown: bool = True) -> str:
    """Normalised plain text: one paragraph per block, soft line breaks joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    if "\n\n" in text.strip() or markdown:
        blocks = re.split(r"\n\s*\n", text)
    else:
        blocks = text.split("\n")
    paragraphs = []
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            item = bool(_LIST.match(line))     # a list item starts a line of its own
            if not markdown:
                line = _LIST.sub("", line)
            if markdown:
                line = _IMAGE.sub("", line)
                line = _LINK.sub(r"\1", line)
                line = _HEADING.sub("", line)
                line = _LIST.sub("", line)
                line = _EMPHASIS.sub("", line)
            else:
                line = _IMAGE.sub("", line)
            line = " ".join(line.split())
            if line:
                lines.append((line, item))
        if lines:
            paragraphs.append(_join_lines(lines))
    return "\n\n".join(paragraphs)


def _join_lines(lines: list[tuple[str, bool]]) -> str:
    """Soft-wrapped lines joined; a list item ("- …", "1. …") keeps a line of its own, so items
    never run into one sentence, and a dateline ("BOSTON, Nov 3 - …") opens a paragraph, so a
    headline right above it runs neither into its sentence nor into the names after it."""
    out = lines[0][0]
    for line, item in lines[1:]:
        glue = "\n\n" if _dateline().match(line) else "\n" if item \
            else "" if _CJK.match(out[-1]) and _CJK.match(line[0]) else " "
        out += glue + line
    return out


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    """A line's dateline: a place in capitals, then a month (name or abbreviation) and a day,
    then a dash (after the agency in brackets, if any): "BOSTON, Nov 3 (Reuters) - …". A line a
    hard wrap opens on an acronym and a date ("SEC, May 12, that it had agreed …") is none."""
    from kg.load.text.dates import MONTHS
    months = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
    return re.compile(rf"[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*(?:, [A-Z][a-z]+\.?)?, "
                      rf"(?:{months})\.? \d{{1,2}}\b(?:,? \d{{4}})?(?: \([^()]{{1,30}}\))?"
                      rf"\s*[-—–]")


def _from_html(text: str, name: str) -> tuple[dict, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, include_comments=False, include_tables=False,
                                      with_metadata=True, favor_precision=True)
    if doc is None or not getattr(doc, "text", None):
        raise LoadError("no article text found in the HTML page", source=name)
    meta = {"title": doc.title, "url": doc.url, "published": doc.date,
            "publisher": getattr(doc, "sitename", None)}
    body = doc.text
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if lines and doc.title and lines[0].strip() == doc.title.strip():
        pass  # keep the headline: it is part of what the article says
    return meta, to_plain("\n\n".join(lines), markdown=False)


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


#: A plain-text first line reads as a headline when it is short and does not end a sentence.
_HEADLINE_MAX = {"en": 160, "zh": 60}
_SENTENCE_END = tuple(".。!！?？;；:：,，")


def text_headline(plain: str) -> str | None:
    """The first paragraph of a `.txt` article when it reads as a headline: other paragraphs
    follow, it is one line, short, and ends without sentence punctuation. It stays in the text
    (a headline is part of what the article says)."""
    first, sep, rest = plain.partition("\n\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or first.endswith(_SENTENCE_END):
        return None
    cjk = len(_CJK.findall(first)) > len(first) / 3
    if len(first) > _HEADLINE_MAX["zh" if cjk else "en"]:
        return None
    if not cjk and len(first.split()) < 3:
        return None
    return first


def _source(path: Path, plain: str, meta: dict, name: str) -> ArticleSource:
    url = str(meta["url"]).strip() if meta.get("url") else None
    language = str(meta.get("language") or "").lower()[:2] or detect_language(plain)
    if language not in ("en", "zh"):
        language = detect_language(plain)
    return ArticleSource(
        key=article_key(url, plain), text=plain,
        title=str(meta["title"]).strip() if meta.get("title") else None,
        url=url, published=_date(meta.get("published") or meta.get("date")),
        language=language,
        publisher=str(meta["publisher"]).strip() if meta.get("publisher") else None,
        path=name)


def article_key(url: str | None, text: str) -> str:
    """Stable key: from the URL when known, else from the text."""
    basis = ("url:" + url.strip().rstrip("/")) if url else ("text:" + text.strip())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.CHINESE).build()


def detect_language(text: str) -> str:
    """'zh' or 'en' (lingua, built once, restricted to the two languages)."""
    sample = text[:2000]
    cjk = len(_CJK.findall(sample))
    if cjk > 0.3 * len(sample):
        return "zh"
    from lingua import Language

    found = _detector().detect_language_of(sample)
    return "zh" if found == Language.CHINESE else "en"
