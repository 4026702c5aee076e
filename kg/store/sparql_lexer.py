"""SPARQL 1.1's lexical grammar, exactly: the tokens dealgraph inspects queries by.

The guard (``kg.store.guard``) decides SERVICE and LOAD on these tokens, so the lexer follows the
terminals of the SPARQL 1.1 grammar (section 19.8) rather than guessing with a pattern over the
text: a ``\\#`` inside a local name is part of the name, not a comment; ``ex:a.b`` is one
prefixed name while ``?o .SERVICE`` is a variable, a dot and a keyword; strings keep their
escapes. Text that is not a sequence of SPARQL tokens raises :class:`LexError` (a syntax error),
so nothing unreadable ever reaches the engine unchecked.

>>> [t.text for t in lex('SELECT * { ?s ?p "SERVICE" } # FROM')]
['SELECT', '*', '{', '?s', '?p', '"SERVICE"', '}']
>>> [(t.kind, t.text) for t in lex('?o .SERVICE <x>')]
[('var', '?o'), ('punct', '.'), ('word', 'SERVICE'), ('iri', '<x>')]
>>> [(t.kind, t.text) for t in lex(r'ex:a\\#b SERVICE')]
[('pname', 'ex:a\\\\#b'), ('word', 'SERVICE')]
>>> strip_noise('SELECT * { ?s ?p "SERVICE" } # FROM')
'SELECT * { ?s ?p   }  '
>>> [t for t in tokens("PREFIX g: <http://g/> SELECT * FROM g:x { }")][:4]
['PREFIX', 'g:', '<http://g/>', 'SELECT']
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import SparqlSyntaxError

# --- the grammar's terminals (SPARQL 1.1, section 19.8) ------------------------------------
_PN_CHARS_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
                  "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF"
                  "\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = (f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})"
             f"(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?")
_VARNAME = f"[{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*"
_ECHAR = r"""\\[tbnrf\\"']|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"""
_EXPONENT = r"[eE][+-]?[0-9]+"

#: (kind, pattern), tried in this order at each position; the first that matches wins, which is
#: the grammar's longest-match rule for these terminals (an IRI before ``<``, a prefixed name
#: before a keyword, a long string before a short one).
_TERMINALS = [
    ("ws", r"[ \t\r\n]+"),
    ("comment", r"#[^\r\n]*"),
    ("string", rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}))*'''"),
    ("string", rf'"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}))*"""'),
    ("string", rf"'(?:[^'\\\n\r]|{_ECHAR})*'"),
    ("string", rf'"(?:[^"\\\n\r]|{_ECHAR})*"'),
    ("iri", r"<(?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>"),
    ("bnode", f"_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"),
    ("var", f"[?$]{_VARNAME}"),
    ("pname", f"(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?"),
    ("langtag", r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"),
    ("number", rf"[0-9]+\.[0-9]*{_EXPONENT}|\.[0-9]+{_EXPONENT}|[0-9]+{_EXPONENT}"
               r"|[0-9]*\.[0-9]+|[0-9]+"),
    ("word", r"[A-Za-z][A-Za-z0-9_]*"),
    ("punct", r"\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.=<>!+\-*/^|?]"),
]
_MASTER = re.compile("|".join(f"(?P<{kind}{i}>{pattern})"
                              for i, (kind, pattern) in enumerate(_TERMINALS)))
_KINDS = {f"{kind}{i}": kind for i, (kind, _) in enumerate(_TERMINALS)}


class LexError(SparqlSyntaxError):
    """Text that is not a sequence of SPARQL tokens."""


@dataclass(frozen=True)
class Token:
    kind: str      # ws, comment, string, iri, bnode, var, pname, langtag, number, word, punct
    text: str
    start: int
    end: int


def lex(sparql: str, *, keep_noise: bool = False) -> Iterator[Token]:
    """The tokens of `sparql` in order (whitespace and comments only with `keep_noise`).

    Raises :class:`LexError` at the first position where no SPARQL token starts.
    """
    pos, size, match_at = 0, len(sparql), _MASTER.match
    while pos < size:
        found = match_at(sparql, pos)
        if found is None:
            line = sparql.count("\n", 0, pos) + 1
            column = pos - (sparql.rfind("\n", 0, pos) + 1) + 1
            raise LexError.at(f"no SPARQL token starts with {sparql[pos:pos + 12]!r}",
                              line=line, column=column)
        kind = _KINDS[found.lastgroup]
        if keep_noise or kind not in ("ws", "comment"):
            yield Token(kind, found.group(), pos, found.end())
        pos = found.end()


def strip_noise(sparql: str) -> str:
    """The text with strings, IRIs and comments replaced by a space each (tolerant: a text that
    does not lex is returned with what lexed so far stripped and the rest as it is)."""
    out, last = [], 0
    try:
        for token in lex(sparql, keep_noise=True):
            if token.kind in ("string", "iri", "comment"):
                out.append(sparql[last:token.start] + " ")
                last = token.end
    except LexError:
        pass
    out.append(sparql[last:])
    return "".join(out)


@dataclass(frozen=True)
class _Match:
    """A token with the ``re.Match`` methods callers use (``group(0)``, ``start()``, ``end()``)."""

    token: Token

    def group(self, index: int = 0) -> str:
        return self.token.text

    def start(self) -> int:
        return self.token.start

    def end(self) -> int:
        return self.token.end


def token_matches(sparql: str) -> Iterator[_Match]:
    """Like :func:`tokens` but with offsets; stops quietly where the text stops lexing (the
    engine then reports the syntax error itself)."""
    try:
        for token in lex(sparql):
            yield _Match(token)
    except LexError:
        return


def tokens(sparql: str) -> Iterator[str]:
    """Token texts outside comments, in order (see :func:`token_matches`)."""
    for match in token_matches(sparql):
        yield match.group(0)
