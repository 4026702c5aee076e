"""Check the gold files in this folder against the schema in README.md.

Usage: python articles/gold/check_gold.py   (exit status 0 when every file passes)

Checks, per gold file: it parses as YAML; `article:` names an existing article whose stem matches
the gold file's name (the seed's gold names a file in ../shared/seeds/); `language` matches the
article's front matter where it has one; kinds, roles, statuses, bounds and metric names come from
the fixed vocabularies; figures are numbers; collateral indices point at another agreement; and
every firm named in people, agreements, denied, moves, metrics and cycles is in `firms:`; firm
types are dg:Firm subclasses; a reference firm is named by its English label, not an alias
(when ontology/reference/firms.ttl is there).
Also: every article in articles/ has a gold file.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

GOLD_DIR = Path(__file__).resolve().parent
ARTICLES_DIR = GOLD_DIR.parent
SEEDS_DIR = ARTICLES_DIR.parent.parent / "shared" / "seeds"
ARTICLE_SUFFIXES = {".md", ".txt", ".html"}

KINDS = {
    "LetterOfIntent", "ComputeCommitment", "CloudServiceAgreement", "InvestmentCommitment",
    "EquityWarrant", "EquityStake", "SupplyAgreement", "Financing", "Loan", "BondIssue",
    "CreditFacility",
    # further subject classes of ontology/dealgraph.ttl
    "JointVenture", "LeaseAgreement",
}
ROLES = {
    "investor", "investee", "issuer", "holder", "provider", "customer", "supplier", "buyer",
    "lender", "borrower", "arranger", "lessor", "lessee",
}
STATUSES = {"announced", "definitive", "denied", "rumoured", "terminated"}
BOUNDS = {"upTo", "atLeast", "approximately", "moreThan"}
METRICS = {
    "revenue", "grossMargin", "grossProfit", "operatingIncome", "netIncome", "cashBurn",
    "annualizedRevenue", "tokensPerMonth", "users", "bookings",
}
METRIC_KINDS = {"FinancialMetric", "UsageMetric"}
POSTS = {"CEO", "CFO", "Chair", "President", "Founder"}  # dg:Role individuals
FIRM_TYPES = {  # dg:Firm and its subclasses in ontology/dealgraph.ttl
    "Firm", "ChipMaker", "CloudProvider", "ModelDeveloper", "Financier", "Bank",
    "PrivateCreditFund", "SovereignWealthFund", "AssetManager", "Publisher",
}
REFERENCE_FIRMS = ARTICLES_DIR.parent / "ontology" / "reference" / "firms.ttl"
FIGURES = {"amountUSD", "capacityGW", "termYears", "shareCount", "stakePercent"}

TOP_KEYS = {"article", "language", "firms", "people", "agreements", "denied", "moves",
            "metrics", "cycles"}
AGREEMENT_KEYS = {"kind", "binding", "status", "parties", "amountBound", "collateral",
                  "collateralAsset"} | FIGURES
DENIED_KEYS = {"kind", "parties", "status"} | AGREEMENT_KEYS
MOVE_KEYS = {"firm", "percentChange", "bound"}
METRIC_KEYS = {"firm", "kind", "metric", "value", "unit"}
PERSON_KEYS = {"name", "firm", "role"}
FIRM_KEYS = {"name", "types"}


def reference_names() -> dict[str, str]:
    """Every name (label or alias, casefolded) of a reference firm -> its English rdfs:label."""
    if not REFERENCE_FIRMS.is_file():
        return {}
    text = REFERENCE_FIRMS.read_text(encoding="utf-8")
    names: dict[str, str] = {}
    # one entity block per "firm:<slug> a ..." up to the terminating " ." line
    for block in re.findall(r"^firm:\S+ a .*?\s\.\s*$", text, flags=re.M | re.S):
        label = re.search(r'rdfs:label\s+"([^"]+)"@en', block)
        if not label:
            continue
        for alias in re.findall(r'"([^"]+)"@(?:en|zh)', block):
            names[alias.casefold()] = label.group(1)
    return names


REFERENCE_NAMES = reference_names()


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    encoding = "gb18030" if "gb18030" in path.name else "utf-8"
    return raw.decode(encoding)


def front_matter(text: str) -> dict | None:
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    if end < 0:
        return None
    data = yaml.safe_load(text[4:end])
    return data if isinstance(data, dict) else None


class Checker:
    def __init__(self, path: Path):
        self.path = path
        self.errors: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.path.name}: {msg}")

    def keys(self, where: str, obj, allowed: set[str]) -> bool:
        if not isinstance(obj, dict):
            self.err(f"{where}: expected a mapping, got {type(obj).__name__}")
            return False
        extra = set(obj) - allowed
        if extra:
            self.err(f"{where}: unknown keys {sorted(extra)}")
        return True

    def firm(self, where: str, name, firms: set[str]) -> None:
        if name not in firms:
            self.err(f"{where}: firm {name!r} is not in firms:")

    def kinds(self, where: str, kind) -> None:
        if not isinstance(kind, list) or not kind:
            self.err(f"{where}: kind must be a non-empty list")
            return
        for k in kind:
            if k not in KINDS:
                self.err(f"{where}: unknown kind {k!r}")

    def parties(self, where: str, parties, firms: set[str]) -> None:
        if not isinstance(parties, dict) or not parties:
            self.err(f"{where}: parties must be a non-empty mapping")
            return
        for role, names in parties.items():
            if role not in ROLES:
                self.err(f"{where}: unknown role {role!r}")
            if not isinstance(names, list) or not names:
                self.err(f"{where}: parties.{role} must be a non-empty list")
                continue
            for n in names:
                self.firm(f"{where}.parties.{role}", n, firms)

    def agreement(self, where: str, a: dict, firms: set[str], count: int, index: int | None):
        self.kinds(where, a.get("kind"))
        self.parties(where, a.get("parties"), firms)
        if "binding" in a and a["binding"] not in (True, False, None):
            self.err(f"{where}: binding must be true, false or null")
        if "status" in a and a["status"] not in STATUSES:
            self.err(f"{where}: unknown status {a['status']!r}")
        if "amountBound" in a and a["amountBound"] not in BOUNDS:
            self.err(f"{where}: unknown amountBound {a['amountBound']!r}")
        for f in FIGURES & set(a):
            if not is_number(a[f]):
                self.err(f"{where}: {f} must be a number, got {a[f]!r}")
        if "collateral" in a:
            col = a["collateral"]
            if not isinstance(col, list) or not col:
                self.err(f"{where}: collateral must be a non-empty list of indices")
            else:
                for i in col:
                    if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < count:
                        self.err(f"{where}: collateral index {i!r} out of range")
                    elif i == index:
                        self.err(f"{where}: an agreement cannot be its own collateral")
        if "collateralAsset" in a and not isinstance(a["collateralAsset"], str):
            self.err(f"{where}: collateralAsset must be a string")

    def article_path(self, name: str) -> Path | None:
        """The article file the gold names, or None when it cannot be looked for (no seeds dir)."""
        if self.path.stem.startswith("seed-"):
            if Path(name).stem != self.path.stem[len("seed-"):]:
                self.err(f"article {name!r} does not match the gold file name")
            if not SEEDS_DIR.is_dir():
                return None
            return SEEDS_DIR / name
        if Path(name).stem != self.path.stem:
            self.err(f"article {name!r} does not match the gold file name")
        return ARTICLES_DIR / name

    def run(self) -> list[str]:
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            self.err(f"YAML error: {exc}")
            return self.errors
        if not self.keys("top level", data, TOP_KEYS):
            return self.errors
        for required in ("article", "language", "firms"):
            if required not in data:
                self.err(f"missing {required}:")

        name = data.get("article")
        language = data.get("language")
        if language not in ("en", "zh"):
            self.err(f"language must be en or zh, got {language!r}")
        if isinstance(name, str):
            apath = self.article_path(name)
            if apath is not None:
                if not apath.is_file():
                    self.err(f"article file {name!r} does not exist")
                else:
                    fm = front_matter(read_text(apath)) if apath.suffix == ".md" else None
                    if fm is not None and fm.get("language") != language:
                        self.err(f"language {language!r} differs from front matter "
                                 f"{fm.get('language')!r}")
        else:
            self.err("article must be a file name")

        firms: set[str] = set()
        for i, f in enumerate(data.get("firms") or []):
            where = f"firms[{i}]"
            if not self.keys(where, f, FIRM_KEYS):
                continue
            n = f.get("name")
            if not isinstance(n, str) or not n:
                self.err(f"{where}: name must be a non-empty string")
                continue
            if n in firms:
                self.err(f"{where}: duplicate firm {n!r}")
            firms.add(n)
            label = REFERENCE_NAMES.get(n.casefold())
            if label is not None and label != n:
                self.err(f"{where}: {n!r} is a reference firm; use its label {label!r}")
            if not isinstance(f.get("types"), list):
                self.err(f"{where}: types must be a list (may be empty)")
            else:
                for t in f["types"]:
                    if t not in FIRM_TYPES:
                        self.err(f"{where}: unknown firm type {t!r}")

        for i, p in enumerate(data.get("people") or []):
            where = f"people[{i}]"
            if self.keys(where, p, PERSON_KEYS):
                self.firm(where, p.get("firm"), firms)
                if not p.get("name"):
                    self.err(f"{where}: name is required")
                if p.get("role") not in POSTS:
                    self.err(f"{where}: role must be one of {sorted(POSTS)}")

        agreements = data.get("agreements") or []
        for i, a in enumerate(agreements):
            where = f"agreements[{i}]"
            if self.keys(where, a, AGREEMENT_KEYS):
                self.agreement(where, a, firms, len(agreements), i)

        for i, d in enumerate(data.get("denied") or []):
            where = f"denied[{i}]"
            if self.keys(where, d, DENIED_KEYS):
                self.kinds(where, d.get("kind"))
                self.parties(where, d.get("parties"), firms)
                if d.get("status") not in ("denied", "rumoured"):
                    self.err(f"{where}: status must be denied or rumoured")

        for i, m in enumerate(data.get("moves") or []):
            where = f"moves[{i}]"
            if self.keys(where, m, MOVE_KEYS):
                self.firm(where, m.get("firm"), firms)
                if not is_number(m.get("percentChange")):
                    self.err(f"{where}: percentChange must be a number")
                if "bound" in m and m["bound"] not in BOUNDS:
                    self.err(f"{where}: unknown bound {m['bound']!r}")

        for i, m in enumerate(data.get("metrics") or []):
            where = f"metrics[{i}]"
            if self.keys(where, m, METRIC_KEYS):
                self.firm(where, m.get("firm"), firms)
                if m.get("kind") not in METRIC_KINDS:
                    self.err(f"{where}: unknown metric kind {m.get('kind')!r}")
                if m.get("metric") not in METRICS:
                    self.err(f"{where}: unknown metric {m.get('metric')!r}")
                if not is_number(m.get("value")):
                    self.err(f"{where}: value must be a number, got {m.get('value')!r}")

        for i, c in enumerate(data.get("cycles") or []):
            where = f"cycles[{i}]"
            if not isinstance(c, list) or len(c) < 2:
                self.err(f"{where}: a cycle is a list of at least two firms")
                continue
            for n in c:
                self.firm(where, n, firms)
        return self.errors


def main() -> int:
    golds = sorted(GOLD_DIR.glob("*.yaml"))
    errors: list[str] = []
    for g in golds:
        errors += Checker(g).run()
    gold_stems = {g.stem for g in golds}
    for a in sorted(ARTICLES_DIR.iterdir()):
        if a.is_file() and a.suffix in ARTICLE_SUFFIXES and a.name != "README.md":
            if a.stem not in gold_stems:
                errors.append(f"{a.name}: no gold file {a.stem}.yaml")
    if not SEEDS_DIR.is_dir():
        print(f"note: {SEEDS_DIR} not found; seed gold files checked without their article")
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
