"""Tenang's Qt user interface: the only package that imports PySide6.

Kept free of imports so that ``import tenang.ui.timers`` (say, from a test) does not pull in
every widget module.
"""
