"""Hardening tests (issue 6): each defence attacked by a test that fails without it."""
