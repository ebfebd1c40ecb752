"""Regression guard for the PySide6 6.12.0 ``None`` refcount bug (DESIGN.md).

On Python 3.11, PySide6 6.12.0 lowers ``None``'s reference count on every call of a method that
returns nothing; after about 5,000 such calls (seconds of painting at 60 Hz) the interpreter
aborts with ``Fatal Python error: none_dealloc``. The visual calls such methods on every frame,
so a release with this bug must fail here rather than crash someone's session.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 20_000


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to leak"
)
def test_void_qt_methods_do_not_drain_nones_refcount(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for index in range(CALLS):
        widget.update()  # returns void
        widget.setObjectName("w" if index % 2 else "v")  # returns void too
    after = sys.getrefcount(None)
    # Small ups and downs from the interpreter itself are fine; a leak of one per call is not.
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} calls"
