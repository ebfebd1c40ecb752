"""Start-up: a damaged journal becomes a calm notice, the app keeps running, never overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tenang.app import build_main_window, prepare_application
from tenang.audio import NullAudio
from tenang.core.journal import Journal, JournalWriteError
from tenang.core.paths import resolve_paths
from tenang.ui.journal.controller import JournalController

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

GARBAGE = b"this is not an SQLite database, just some bytes\n" * 200


def _build(qtbot: Any, data_dir: Path) -> Any:
    window = build_main_window(prepare_application(), resolve_paths(data_dir), audio=NullAudio())
    qtbot.addWidget(window)
    controller = window.journal_controller
    assert isinstance(controller, JournalController)
    return window, controller


def test_a_healthy_journal_is_checked_once_the_window_is_idle(
    qtbot: Any, data_dir: Path, ui_reset: Any
) -> None:
    Journal.open(data_dir / "journal.sqlite3").close()  # an existing, healthy journal
    window, controller = _build(qtbot, data_dir)
    try:
        journal = controller.journal
        assert isinstance(journal, Journal)
        assert journal._verified is False  # deferred: start-up does not read the whole file
        QApplication.processEvents()
        assert journal._verified is False  # not even before the first paint
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: journal._verified, timeout=2000)
        assert window.notice.isHidden()
        assert [a.text() for a in window.menuBar().actions()][-2:] == ["&Journal", "&Help"]
    finally:
        controller.close()


def test_a_corrupt_journal_shows_the_notice_and_the_app_keeps_running(
    qtbot: Any, data_dir: Path, ui_reset: Any
) -> None:
    data_dir.mkdir(parents=True)
    journal_file = data_dir / "journal.sqlite3"
    journal_file.write_bytes(GARBAGE)
    window, controller = _build(qtbot, data_dir)
    try:
        copies = list(data_dir.glob("journal.sqlite3.corrupt-*"))
        assert len(copies) == 1
        assert journal_file.read_bytes() == GARBAGE  # never written to
        assert not window.notice.isHidden()
        assert f"A copy was saved as {copies[0]}" in window.notice.text()
        assert not controller.writable()
        # The app carries on: routines are listed and a check-in says it cannot be saved.
        assert window.visible_ids()
        dialog = controller.open_check_in()
        dialog.form.mood.buttons[3].click()
        dialog.form.note.setPlainText("typed anyway")
        dialog.save_button.click()
        assert dialog.isVisible()
        assert dialog.form.note.toPlainText() == "typed anyway"
        dialog.reject()
        # The notice follows a language switch.
        ui_reset.apply("id")
        assert f"Salinannya disimpan sebagai {copies[0]}" in window.notice.text()
        ui_reset.apply("en")
        # A fresh journal only when asked, and nothing is deleted.
        assert controller.fresh_action.isVisible()
        page = controller.show_journal(2).data
        QApplication.processEvents()
        assert not page.fresh.isHidden()
        assert "A copy was saved as" in page.status.text()
        page.fresh.click()
        assert controller.writable()
        kept = list(data_dir.glob("journal.sqlite3.set-aside-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == GARBAGE
        assert copies[0].read_bytes() == GARBAGE
        assert not controller.fresh_action.isVisible()
        controller.journal.add_entry(4)
        assert controller.journal.count_entries() == 1
    finally:
        controller.close()


def test_an_unwritable_journal_gets_a_clear_message(
    qtbot: Any, data_dir: Path, ui_reset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = Journal.open

    def refuse(path: Path, **kwargs: Any) -> Journal:
        if kwargs.get("read_only"):
            return real_open(path, **kwargs)
        raise JournalWriteError(f"Cannot create the journal {path}: Read-only file system.")

    monkeypatch.setattr(Journal, "open", staticmethod(refuse))
    window, controller = _build(qtbot, data_dir)
    try:
        assert controller.journal is None  # there was no journal yet to read
        assert "cannot be written" in window.notice.text()
        assert "Read-only file system" in window.notice.text()
        assert not controller.fresh_action.isVisible()
        assert not controller.prompts_enabled()
    finally:
        controller.close()


def test_damage_found_by_the_deferred_check_turns_the_journal_read_only(
    qtbot: Any, data_dir: Path, ui_reset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import JournalUnavailable

    window, controller = _build(qtbot, data_dir)
    try:
        journal = controller.journal
        assert journal is not None

        def damaged() -> None:
            journal.read_only = True
            raise JournalUnavailable(
                "damaged", path=str(journal.path), copy_path="/data/journal.sqlite3.corrupt-X"
            )

        monkeypatch.setattr(journal, "verify", damaged)
        window.show()  # the check runs after the first paint
        qtbot.waitUntil(lambda: not window.notice.isHidden(), timeout=2000)
        assert "/data/journal.sqlite3.corrupt-X" in window.notice.text()
        assert not controller.writable()
        assert controller.fresh_action.isVisible()
    finally:
        controller.close()
