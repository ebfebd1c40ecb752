"""Fixtures for the reminder GUI tests (the fakes themselves live in ``reminder_fakes``)."""

from reminder_fakes import make_harness

__all__ = ["make_harness"]
