"""Tenang's pure-Python core: session format, planner, timer engine, journal.

Nothing under this package imports PySide6 or pygame; a test enforces it.
"""
