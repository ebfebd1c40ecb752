"""Unexpected exceptions become a calm dialog with copyable details; the app carries on."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tenang.ui.errors import ExceptionDialog, NoticeBar, install_exception_hook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _raise(message: str) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise ValueError(message)
    except ValueError:
        kind, value, tb = sys.exc_info()
        assert kind is not None and value is not None
        return kind, value, tb


def test_hook_shows_dialog_with_details_and_keeps_running(
    qtbot: Any, ui_reset: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = sys.excepthook
    handler = install_exception_hook(lambda: None)
    try:
        assert sys.excepthook is handler
        handler(*_raise("the sky fell"))
        dialog = handler.dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        assert "ValueError: the sky fell" in dialog.details()
        assert "Traceback" in dialog.details()
        assert dialog.windowTitle() == "Something went wrong"
        assert "ValueError: the sky fell" in capsys.readouterr().err
        # A second exception joins the open dialog rather than stacking another.
        handler(*_raise("and again"))
        assert handler.dialog is dialog
        assert "and again" in dialog.details()
        dialog._copy.click()
        assert QApplication.clipboard().text() == dialog.details()
        assert dialog._copy.text() == "Copied"
        assert QApplication.instance() is not None  # nothing quit
    finally:
        handler.uninstall()
    assert sys.excepthook is previous


def test_dialog_speaks_indonesian(qtbot: Any, ui_reset: Any) -> None:
    ui_reset.apply("id")
    dialog = ExceptionDialog("details")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ada yang tidak beres"
    assert dialog._buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Tutup"
    assert dialog._copy.text() == "Salin rincian"


def test_keyboard_interrupt_only_goes_to_stderr(
    ui_reset: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = install_exception_hook(lambda: None)
    try:
        handler(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler.uninstall()
    assert handler.dialog is None
    assert "KeyboardInterrupt" in capsys.readouterr().err


def test_notice_bar_shows_and_dismisses(qtbot: Any, ui_reset: Any) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()
    bar.show_notice(lambda: "Settings moved to /tmp/x")
    assert not bar.isHidden()
    assert bar.text() == "Settings moved to /tmp/x"
    with qtbot.waitSignal(bar.dismissed):
        bar._dismiss.click()
    assert bar.isHidden()
