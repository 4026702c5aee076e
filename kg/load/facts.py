"""The fact model: one typed candidate fact, whichever proposer (rules or a model) emitted it.

A candidate is only a claim. It carries the verbatim quote(s) it rests on; the verifier
(kg.load.verify) locates each quote in the stored article text and re-derives every value from
it before the fact may reach the graph. Four families of fact share the model:

- agreements (``type`` an agreement class): parties with roles, figures in ``slots``, polarity,
  bindingness, and ``collateral`` (the ``id`` of another fact of the same answer that secures it);
- stock moves (``StockPriceMove``): party role ``firm``, ``slots.percentChange`` (signed);
- metrics (``FinancialMetric``, ``UsageMetric``): party role ``firm``, ``slots.metric`` (a metric
  name of the loader's lexicon), ``slots.value`` in ``slots.unit``;
- posts (``Membership``): parties ``member`` (the person) and ``organization`` (the firm),
  ``slots.post``.

``proposal_schema()`` is the JSON Schema pydantic generates; ``strict_proposal_schema()`` its
variant for OpenAI-style strict structured output (every property required, optional ones
nullable, no defaults, ``additionalProperties: false``), which the model client sends.
"""
from __future__ import annotations

import copy
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Polarity = Literal["asserted", "denied", "rumoured", "hypothetical"]
Bound = Literal["Exact", "Approximately", "UpTo", "AtLeast", "MoreThan", "LessThan"]
Unit = Literal["USD", "percent", "count", "tokens"]
Post = Literal["CEO", "CFO", "Chair", "President", "Founder"]

#: Fact types that are not agreements, and the roles their parties take.
MOVE, METRICS, MEMBERSHIP = "StockPriceMove", ("FinancialMetric", "UsageMetric"), "Membership"
OBSERVATION_ROLES = {MOVE: ("firm",), "FinancialMetric": ("firm",), "UsageMetric": ("firm",),
                     MEMBERSHIP: ("member", "organization")}


class Party(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="The party as the quote names it / 参与方在引文中的名称")
    role: str = Field(min_length=1, description="Role property local name, e.g. buyer, lender, firm, member")


class Slots(BaseModel):
    """Numbers in the ontology's units: USD, GW, years, shares, percent (0-100)."""

    model_config = ConfigDict(extra="forbid")

    amountUSD: Decimal | None = None
    capacityGW: Decimal | None = None
    termYears: Decimal | None = None
    shareCount: Decimal | None = None
    stakePercent: Decimal | None = None
    bound: Bound = Field(default="Exact", description="How the figures relate to the truth (dg:Bound)")
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) as the quote gives it")
    percentChange: Decimal | None = Field(default=None, description="StockPriceMove: signed percent, -3.5 = fell 3.5%")
    metric: str | None = Field(default=None, description="Metric: its name, e.g. revenue, grossMargin, users")
    value: Decimal | None = Field(default=None, description="Metric: its value in `unit`")
    unit: Unit | None = Field(default=None, description="Metric: the unit of `value`")
    post: Post | None = Field(default=None, description="Membership: the post the member holds")


class Fact(BaseModel):
    """One candidate fact and the verbatim quote(s) it rests on."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, description="A name for this fact within the answer (f1, f2, ...), "
                                                     "for `collateral` to refer to")
    type: str = Field(min_length=1, description="Ontology class local name (an agreement kind, "
                                                "StockPriceMove, FinancialMetric, UsageMetric, Membership)")
    parties: list[Party] = Field(default_factory=list)
    slots: Slots = Field(default_factory=Slots)
    polarity: Polarity = "asserted"
    binding: bool | None = None
    collateral: list[str] = Field(default_factory=list, description="ids of the facts of this answer "
                                                                    "that secure this financing")
    quotes: list[str] = Field(min_length=1, description="Verbatim text copied from the article / 原文逐字引用")


class Proposal(BaseModel):
    """What a proposer returns for one article (or one chunk of it)."""

    model_config = ConfigDict(extra="forbid")

    facts: list[Fact] = Field(default_factory=list)


def proposal_schema() -> dict:
    """The JSON Schema of a proposal, as pydantic generates it from the fact model."""
    return Proposal.model_json_schema()


#: Keywords OpenAI's strict mode rejects or ignores; the client validates them (pydantic) instead.
_NOT_STRICT = ("default", "minLength", "maxLength", "minItems", "maxItems", "pattern", "format")


def strict_proposal_schema() -> dict:
    """`proposal_schema()` made acceptable to strict structured output: every object closed and
    with all its properties required (an optional one as a nullable union), no defaults or
    length limits (checked on the client), decimals as JSON numbers.

    >>> s = strict_proposal_schema()["$defs"]["Slots"]
    >>> sorted(s["required"]) == sorted(s["properties"]) and s["additionalProperties"] is False
    True
    >>> s["properties"]["amountUSD"]["anyOf"]
    [{'type': 'number'}, {'type': 'null'}]
    """
    return _strict(copy.deepcopy(proposal_schema()))


def _strict(node):
    if isinstance(node, list):
        return [_strict(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _strict(v) for k, v in node.items() if k not in _NOT_STRICT}
    if "anyOf" in out:                       # Decimal: number | numeric string -> number
        kinds = out["anyOf"]
        if any(k.get("type") == "string" for k in kinds) and any(k.get("type") == "number" for k in kinds):
            out["anyOf"] = [k for k in kinds if k.get("type") != "string"]
        if len(out["anyOf"]) == 1:
            only = out.pop("anyOf")[0]
            out.update(only)
    if out.get("type") == "object" and "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out["properties"])
    return out
