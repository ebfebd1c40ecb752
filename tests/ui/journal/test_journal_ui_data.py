"""About your data, exports, imports (Daylio too), backup and restore, and delete-all."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import JournalApp, add
from PySide6.QtWidgets import QApplication

from tenang.core.journal.exchange import export_json
from tenang.ui.journal.data_page import DataPage, DeleteAllDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DAYLIO = Path(__file__).resolve().parents[2] / "fixtures" / "daylio_sample.csv"


def _data(app: JournalApp) -> DataPage:
    window = app.controller.show_journal(2)
    QApplication.processEvents()
    return window.data


def test_about_your_data_names_the_real_files(journal_app: Any, data_dir: Path) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3)
    page = _data(app)
    text = page.where.text()
    assert f"Journal: {data_dir / 'journal.sqlite3'}" in text
    assert f"{data_dir / 'journal.sqlite3'}-wal" in text
    assert f"Data folder: {data_dir}" in text
    assert "Entries: 1. Sessions: 0." in text
    assert "is ever written to a log" in page.what.text()
    assert page.fresh.isHidden()  # only for a damaged journal
    assert page.delete_all.isEnabled()


def test_delete_all_requires_the_word(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3, note="private")
    dialog = app.controller.ask_delete_all()
    assert isinstance(dialog, DeleteAllDialog)
    assert not dialog.delete_button.isEnabled()
    dialog.word.setText("yes")
    assert not dialog.delete_button.isEnabled()
    dialog.accept()  # Enter with the wrong word does nothing
    assert app.journal.count_entries() == 1
    dialog.word.setText("  Delete ")
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    assert app.journal.count_entries() == 0
    assert app.controller.last_message is not None
    assert "was deleted" in app.controller.last_message.text()


def test_the_word_is_hapus_in_indonesian(journal_app: Any, ui_reset: Any) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3)
    ui_reset.apply("id")
    dialog = app.controller.ask_delete_all()
    assert "hapus" in dialog.prompt.text()
    dialog.word.setText("delete")
    assert not dialog.delete_button.isEnabled()
    dialog.word.setText("hapus")
    assert dialog.delete_button.isEnabled()
    dialog.cancel_button.click()
    assert app.journal.count_entries() == 1


def test_export_json_writes_a_private_file(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 4, note="exported", tags=["walk"])
    target = tmp_path / "out.json"
    app.files.answers.append(target)
    page = _data(app)
    page.export_json.click()
    assert json.loads(target.read_bytes())["entries"][0]["note"] == "exported"
    assert (
        json.loads(target.read_bytes())["entries"]
        == json.loads(export_json(app.journal))["entries"]
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in app.controller.last_message.text()


@pytest.mark.parametrize(("button", "marker"), [("export_csv", "mood"), ("export_md", "#")])
def test_export_csv_and_markdown(
    journal_app: Any, tmp_path: Path, button: str, marker: str
) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 4, note="a day")
    target = tmp_path / f"out.{button}"
    app.files.answers.append(target)
    getattr(_data(app), button).click()
    assert marker in target.read_text(encoding="utf-8")
    assert "a day" in target.read_text(encoding="utf-8")


def test_cancelled_file_dialog_does_nothing(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.files.answers.append(None)
    assert app.controller.export("json") is None
    assert app.controller.last_message is None


def test_export_to_an_unwritable_place_says_why(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    app.files.answers.append(tmp_path / "missing-folder" / "out.json")
    assert app.controller.export("json") is None
    message = app.controller.last_message
    assert message is not None
    assert "The export did not work" in message.text()


def test_daylio_import_reports_imported_and_skipped(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.files.answers.append(DAYLIO)
    _data(app).import_daylio.click()
    message = app.controller.last_message
    assert message is not None
    assert message.text().startswith("5 imported, 0 already present, 2 skipped.")
    assert "unknown mood 'ecstatic'" in message.detailedText()
    assert "daylio_sample.csv:" in message.detailedText()
    assert app.journal.count_entries() == 5
    app.files.answers.append(DAYLIO)
    app.controller.import_file("daylio")  # the same file again: nothing new
    assert app.controller.last_message.text().startswith("0 imported, 5 already present")
    assert app.journal.count_entries() == 5


def test_a_broken_import_imports_nothing_and_lists_why(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    app.files.answers.append(bad)
    app.controller.import_file("tenang")
    message = app.controller.last_message
    assert message is not None
    assert message.text() == f"Nothing was imported from {bad}, because of the problems below."
    assert "bad.json" in message.detailedText()
    assert app.journal.count_entries() == 0


def test_json_round_trip_through_the_gui(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 2, note="one", tags=["own tag"])
    exported = tmp_path / "j.json"
    app.files.answers.append(exported)
    app.controller.export("json")
    app.journal.delete_all()
    app.files.answers.append(exported)
    app.controller.import_file("tenang")
    assert app.controller.last_message.text().startswith("1 imported, 0 already present")
    (entry,) = app.journal.list_entries()
    assert (entry.note, entry.tags) == ("one", ("own tag",))


def test_backup_then_restore(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    kept = add(app.journal, 5, note="before the backup")
    backup = tmp_path / "b.sqlite3"
    app.files.answers.append(backup)
    _data(app).backup.click()
    assert backup.is_file()
    assert str(backup) in app.controller.last_message.text()
    add(app.journal, 1, note="after the backup")
    app.files.answers.append(backup)
    _data(app).restore.click()
    assert [e.id for e in app.journal.list_entries()] == [kept.id]
    assert "previous journal was kept as" in app.controller.last_message.text()


def test_restoring_something_else_is_refused(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    app.files.answers.append(junk)
    assert app.controller.restore() is None
    assert "Restoring did not work" in app.controller.last_message.text()
    assert app.journal.count_entries() == 1
