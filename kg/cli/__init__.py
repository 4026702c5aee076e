"""The `dealgraph` command line; see :mod:`kg.cli.main`."""
from kg.cli.main import main

__all__ = ["main"]
