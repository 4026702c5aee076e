"""The fact model: one typed candidate fact, whichever proposer (rules or a model) emitted it.

A candidate is only a claim. It carries the verbatim quote(s) it rests on; the verifier
(kg.load.verify) locates each quote in the stored article text and re-derives every value from
it before the fact may reach the graph. ``Fact.model_json_schema()`` is the structured-output
schema a model proposer sends with its request.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Polarity = Literal["asserted", "denied", "rumoured", "hypothetical"]
Bound = Literal["Exact", "Approximately", "UpTo", "AtLeast", "MoreThan", "LessThan"]


class Party(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="The party as the quote names it / 参与方在引文中的名称")
    role: str = Field(min_length=1, description="Role property local name, e.g. buyer, seller, lender")


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


class Fact(BaseModel):
    """One candidate fact and the verbatim quote(s) it rests on."""

    model_config = ConfigDict(extra="forbid")

    type: str = Field(min_length=1, description="Ontology class local name (an agreement kind, PriceMove, Metric, Post)")
    parties: list[Party] = Field(default_factory=list)
    slots: Slots = Field(default_factory=Slots)
    polarity: Polarity = "asserted"
    binding: bool | None = None
    collateral: list[str] = Field(default_factory=list)
    quotes: list[str] = Field(min_length=1, description="Verbatim text copied from the article / 原文逐字引用")


class Proposal(BaseModel):
    """What a proposer returns for one article (or one chunk of it)."""

    model_config = ConfigDict(extra="forbid")

    facts: list[Fact] = Field(default_factory=list)


def proposal_schema() -> dict:
    """The JSON Schema of a proposal (the model's response_format)."""
    return Proposal.model_json_schema()
