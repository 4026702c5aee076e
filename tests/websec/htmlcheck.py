"""An HTML checker for the security tests: which tags, attributes and links a page really has
(parsed as a browser would tokenise it, not grepped)."""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "background", "cite", "srcset", "ping"}
SAFE_SCHEMES = ("http:", "https:")


@dataclass
class Page:
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    scripts: list[tuple[dict[str, str | None], str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._script: dict | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.page.tags.append((tag, attributes))
        if tag == "script":
            self._script, self._script_text = attributes, []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.page.scripts.append((self._script, "".join(self._script_text)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)
        else:
            self.page.text.append(data)


def parse(markup: str) -> Page:
    parser = _Parser()
    parser.feed(markup)
    parser.close()
    return parser.page


def scheme_of(url: str) -> str | None:
    """The scheme a browser would see (entities decoded, control characters and spaces removed)."""
    cleaned = "".join(c for c in html.unescape(url) if c > " " and c != "\x7f").lower()
    head = cleaned.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return head.split(":", 1)[0] + ":" if ":" in head else None


def problems(markup: str, *, origin: str = "") -> list[str]:
    """Everything in a page that could run script: event-handler attributes, script/iframe/
    object/embed/base elements, links to non-http(s) schemes, inline scripts."""
    page = parse(markup)
    found = []
    for tag, attrs in page.tags:
        if tag in ("iframe", "object", "embed", "base", "frame", "applet", "svg", "math", "img"):
            found.append(f"<{tag}> element: {attrs}")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"event handler {name}= on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = scheme_of(value)
                if scheme is not None and scheme not in SAFE_SCHEMES:
                    found.append(f"{name}={value!r} on <{tag}> (scheme {scheme})")
            if name == "style" and value and ("expression(" in value or "url(" in value):
                found.append(f"style={value!r} on <{tag}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            found.append(f"meta refresh: {attrs}")
    for attrs, body in page.scripts:
        src = attrs.get("src")
        if (attrs.get("type") or "").lower() == "application/json":
            if "</" in body or "<!--" in body:
                found.append(f"JSON script block with markup: {body[:80]!r}")
            continue
        if not src:
            found.append(f"inline script: {body[:80]!r}")
        elif not (src.startswith("/") and not src.startswith("//")) and not src.startswith(origin or "\0"):
            found.append(f"script from another origin: {src}")
        elif body.strip():
            found.append(f"script with src and a body: {body[:80]!r}")
    return found
