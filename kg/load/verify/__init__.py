"""The one verifier both proposers' candidate facts pass through (see docs/loader.md)."""
from kg.load.verify.locate import locate
from kg.load.verify.check import Verdict, verify_fact

__all__ = ["locate", "Verdict", "verify_fact"]
