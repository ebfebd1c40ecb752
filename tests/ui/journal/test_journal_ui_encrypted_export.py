"""Encrypted exports in the app: writing one, importing one, and every way a file is refused.

The dialogs run synchronously here (``SyncRunner``) with cheap Argon2id, except one test that
runs the app's ``WorkerRunner`` on a real thread and waits for its signal.
"""

from __future__ import annotations

import hashlib
import json
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import PASSPHRASE, SMALL_KDF, JournalApp, add, lock_journal_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from test_accessibility import _unnamed

from tenang.core.journal import Journal
from tenang.core.journal.sealed_export import (
    CHECKSUM_BYTES,
    MAGIC,
    MAX_MEMORY_KIB,
    PREFIX_BYTES,
    encrypt_export,
    export_encrypted,
    read_encrypted,
)
from tenang.ui.journal.data_page import DataPage, PlainExportWarning
from tenang.ui.journal.export_dialogs import EncryptedExportDialog, EncryptedImportDialog
from tenang.ui.journal.lock_dialogs import UnlockDialog
from tenang.ui.journal.lock_guard import WorkerRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EXPORT_PASS = "a long walk by the sea"
TOO_SHORT = (
    "A passphrase needs at least 8 characters (not counting spaces at the ends). A few words "
    "you will remember are best."
)
DIFFER = "The two passphrases differ. Type the same passphrase in both fields."


def _page(app: JournalApp) -> DataPage:
    window = app.controller.show_journal(2)
    QApplication.processEvents()
    return window.data


def _export_dialog(app: JournalApp, target: Path) -> EncryptedExportDialog:
    app.files.answers.append(target)
    _page(app).export_encrypted.click()
    dialog = app.controller.export_dialog
    assert isinstance(dialog, EncryptedExportDialog) and dialog.isVisible()
    return dialog


def _exported_file(tmp_path: Path, notes: tuple[str, ...] = ("from the export",)) -> Path:
    """An encrypted export of another journal holding ``notes`` (cheap Argon2id)."""
    with Journal.open(tmp_path / "elsewhere" / "journal.sqlite3") as other:
        for note in notes:
            other.add_entry(4, note=note, tags=["walk"])
        data = export_encrypted(other, EXPORT_PASS, params=SMALL_KDF)
    path = tmp_path / "journal.tenang-export"
    path.write_bytes(data)
    return path


def _import(app: JournalApp, path: Path) -> EncryptedImportDialog | None:
    app.files.answers.append(path)
    _page(app).import_json.click()
    dialog = app.controller.import_dialog
    return dialog if dialog is not None and dialog.isVisible() else None


# -- exporting ------------------------------------------------------------------------------


def test_export_encrypted_asks_a_passphrase_twice_and_writes_a_sealed_file(
    journal_app: Any, tmp_path: Path
) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 4, note="by the river", tags=["walk"])
    target = tmp_path / "mine.tenang-export"
    dialog = _export_dialog(app, target)
    assert app.files.asked == [("Export encrypted", "Encrypted Tenang export (*.tenang-export)")]
    assert app.files.suggested == [
        Path.home() / f"tenang-journal-{date.today().isoformat()}.tenang-export"
    ]
    assert app.controller.export_warning is None  # sealed: no warning about clear text
    assert "may differ from your journal's passphrase" in dialog.intro.text()
    assert "there is no recovery code for an export" in dialog.intro.text()
    assert dialog.target.text() == f"File: {target}"
    assert dialog.new.first_label.text() == "Export &passphrase:"
    for field in (dialog.new.first, dialog.new.again):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.export_button.isEnabled()
    dialog.new.first.setText("short")
    dialog.new.again.setText("short")
    dialog.export_button.click()
    assert dialog.error.text() == TOO_SHORT  # the journal's rule, the terminal's rule
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS + "!")
    dialog.export_button.click()
    assert dialog.error.text() == DIFFER
    assert not target.exists()
    dialog.new.again.setText(EXPORT_PASS)
    dialog.export_button.click()
    assert not dialog.isVisible()
    data = target.read_bytes()
    assert data.startswith(MAGIC)
    assert b"by the river" not in data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    plain = json.loads(read_encrypted(data, EXPORT_PASS, source=str(target)))
    assert [e["note"] for e in plain["entries"]] == ["by the river"]
    message = app.controller.last_message
    assert message is not None
    assert message.text() == (
        f"The journal was exported, encrypted, to {target}. Keep its passphrase safe: "
        "without it nobody can open the file."
    )


def test_a_locked_journal_asks_for_its_passphrase_before_exporting(
    journal_app: Any, data_dir: Path, tmp_path: Path
) -> None:
    lock_journal_file(data_dir / "journal.sqlite3", notes=("sealed words",))
    app: JournalApp = journal_app()
    page = _page(app)
    first = app.controller.lock.dialog
    assert isinstance(first, UnlockDialog)
    first.reject()
    target = tmp_path / "out.tenang-export"
    app.files.answers.append(target)
    page.export_encrypted.click()
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    assert app.files.asked == []  # nothing before the journal's passphrase
    assert not isinstance(app.controller.export_warning, PlainExportWarning)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    dialog = app.controller.export_dialog
    assert isinstance(dialog, EncryptedExportDialog) and dialog.isVisible()
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS)
    dialog.export_button.click()
    assert b"sealed words" in read_encrypted(target.read_bytes(), EXPORT_PASS, source="t")


def test_a_cancelled_file_dialog_asks_nothing_more(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.files.answers.append(None)
    _page(app).export_encrypted.click()
    assert app.controller.export_dialog is None


def test_an_unwritable_place_is_said_in_the_dialog(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    target = tmp_path / "no such folder" / "x.tenang-export"
    dialog = _export_dialog(app, target)
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS)
    dialog.export_button.click()
    assert dialog.isVisible() and not dialog.busy
    assert dialog.error.text().startswith(f"The export was not written: Could not write {target}")
    assert dialog.error.text().endswith("Nothing was written.")
    assert dialog.export_button.isEnabled()  # try again, elsewhere or after fixing it


def test_enter_exports_and_tab_goes_from_the_fields_to_the_buttons(
    journal_app: Any, tmp_path: Path, qtbot: Any
) -> None:
    app: JournalApp = journal_app()
    target = tmp_path / "keys.tenang-export"
    dialog = _export_dialog(app, target)
    assert dialog.focusWidget() is dialog.new.first
    order, widget = [dialog.new.first], dialog.new.first
    while len(order) < 4:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            order.append(widget)
    assert order == [dialog.new.first, dialog.new.again, dialog.cancel_button, dialog.export_button]
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS)
    qtbot.keyClick(dialog.new.again, Qt.Key.Key_Return)
    assert target.exists()


def test_the_export_runs_on_the_worker_and_cancel_writes_nothing(
    journal_app: Any, tmp_path: Path, qtbot: Any
) -> None:
    runner = WorkerRunner()
    app: JournalApp = journal_app(runner=runner)
    add(app.journal, 3, note="x")
    target = tmp_path / "threaded.tenang-export"
    dialog = _export_dialog(app, target)
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS)
    with qtbot.waitSignal(runner.delivered, timeout=10_000):
        dialog.export_button.click()
        assert dialog.busy
        assert dialog.busy_label.text() == "Encrypting the export… This takes a moment."
        dialog.cancel_button.click()
        assert not dialog.isVisible()
    assert not target.exists()  # the sealed bytes arrived after Cancel and were dropped
    second = tmp_path / "second.tenang-export"
    dialog = _export_dialog(app, second)
    dialog.new.first.setText(EXPORT_PASS)
    dialog.new.again.setText(EXPORT_PASS)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    assert read_encrypted(second.read_bytes(), EXPORT_PASS, source="s").count(b'"note"') == 1


# -- importing ------------------------------------------------------------------------------


def test_import_recognises_an_encrypted_export_and_asks_its_passphrase(
    journal_app: Any, tmp_path: Path
) -> None:
    path = _exported_file(tmp_path)
    app: JournalApp = journal_app()
    dialog = _import(app, path)
    assert isinstance(dialog, EncryptedImportDialog)
    assert app.files.asked == [
        ("Import a Tenang export", "Tenang exports, plain or encrypted (*.json *.tenang-export)")
    ]
    assert dialog.heading.text() == "This export is encrypted"
    assert dialog.intro.text().startswith("journal.tenang-export is an encrypted Tenang export.")
    assert dialog.entry.label.text() == "Export &passphrase:"
    assert dialog.entry.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.entry.use_code.isHidden()  # an export has no recovery code
    dialog.entry.field.setText("not the export passphrase")
    dialog.import_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "That passphrase does not open this export. It is the passphrase chosen when the "
        "export was made, which may differ from your journal's. Nothing was imported."
    )
    assert dialog.entry.field.selectedText() == "not the export passphrase"
    assert app.journal.count_entries() == 0
    dialog.entry.field.setText(EXPORT_PASS)
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert [e.note for e in app.journal.list_entries()] == ["from the export"]
    assert app.controller.last_message.text() == "1 imported, 0 already present, 0 skipped."
    again = _import(app, path)
    assert again is not None
    again.entry.field.setText(EXPORT_PASS)
    again.import_button.click()
    assert app.controller.last_message.text() == "0 imported, 1 already present, 0 skipped."


def test_importing_into_a_locked_journal_asks_the_journal_first(
    journal_app: Any, data_dir: Path, tmp_path: Path
) -> None:
    path = _exported_file(tmp_path, ("new one",))
    lock_journal_file(data_dir / "journal.sqlite3", notes=("old one",))
    app: JournalApp = journal_app()
    app.files.answers.append(path)
    app.controller.import_file("tenang")
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    dialog = app.controller.import_dialog
    assert isinstance(dialog, EncryptedImportDialog)
    dialog.entry.field.setText(EXPORT_PASS)
    dialog.import_button.click()
    assert sorted(e.note for e in app.journal.list_entries()) == ["new one", "old one"]
    app.journal.lock()
    assert app.journal.locked  # what came in is sealed like the rest


def _reframe(data: bytes, change: Any) -> bytes:
    """The file with its header changed by ``change`` and a correct checksum (a forger)."""
    size = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    header = json.loads(data[PREFIX_BYTES : PREFIX_BYTES + size])
    change(header)
    text = json.dumps(header).encode()
    head = data[: len(MAGIC) + 1] + len(text).to_bytes(4, "big") + text
    return head + hashlib.sha256(head).digest() + data[PREFIX_BYTES + size + CHECKSUM_BYTES :]


def _newer(data: bytes) -> bytes:
    return data[: len(MAGIC)] + bytes((2,)) + data[len(MAGIC) + 1 :]


def _costly(data: bytes) -> bytes:
    return _reframe(data, lambda h: h["kdf"].update(memory_kib=MAX_MEMORY_KIB * 4))


def _cut(data: bytes) -> bytes:
    return data[:-10]


def _header_flipped(data: bytes) -> bytes:
    return data[:40] + bytes((data[40] ^ 1,)) + data[41:]


@pytest.mark.parametrize(
    ("spoil", "text", "detail"),
    [
        (
            _newer,
            "was made by a newer version of Tenang, which encrypts exports in a way this "
            "version cannot read. Update Tenang, then import it again. Nothing was imported.",
            "format version 2: this Tenang reads encrypted exports of version 1 only",
        ),
        (
            _costly,
            "asks for far more memory or time to open than an export made by Tenang ever does, "
            "so Tenang did not try to open it. Nothing was imported.",
            "header.kdf.memory_kib: asks for 4194304 KiB",
        ),
        (
            _cut,
            "is damaged or incomplete: it was changed or cut short after it was written, so it "
            "cannot be opened. Nothing was imported. If you have another copy, try that one.",
            "truncated: the header announces",
        ),
        (
            _header_flipped,
            "is damaged or incomplete: it was changed or cut short after it was written, so it "
            "cannot be opened. Nothing was imported. If you have another copy, try that one.",
            "damaged: the header does not match its checksum",
        ),
    ],
    ids=["newer", "too-costly", "truncated", "damaged-header"],
)
def test_an_unreadable_export_is_refused_before_any_passphrase(
    journal_app: Any, tmp_path: Path, spoil: Any, text: str, detail: str
) -> None:
    path = _exported_file(tmp_path)
    path.write_bytes(spoil(path.read_bytes()))
    app: JournalApp = journal_app()
    assert _import(app, path) is None  # no passphrase asked
    message = app.controller.last_message
    assert message is not None
    assert message.windowTitle() == "Nothing was imported"
    assert message.text() == f"{path} {text}"
    assert detail in message.detailedText()
    assert str(path) in message.detailedText()
    assert app.journal.count_entries() == 0


def _import_refused_after_passphrase(app: JournalApp, path: Path) -> Any:
    """Import ``path`` with the right passphrase; the dialog closes and a message says why
    nothing was imported (returned)."""
    dialog = _import(app, path)
    assert dialog is not None
    dialog.entry.field.setText(EXPORT_PASS)
    dialog.import_button.click()
    assert not dialog.isVisible()
    message = app.controller.last_message
    assert message is not None
    assert message.windowTitle() == "Nothing was imported"
    assert app.journal.count_entries() == 0
    return message


def test_damaged_content_is_said_after_the_right_passphrase(
    journal_app: Any, tmp_path: Path
) -> None:
    path = _exported_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:-1] + bytes((data[-1] ^ 1,)))  # the content's tag
    app: JournalApp = journal_app()
    message = _import_refused_after_passphrase(app, path)
    assert message.text().startswith(f"{path} is damaged or incomplete")
    assert "the passphrase is right, but the encrypted content does not authenticate" in (
        message.detailedText()
    )
    assert app.journal.count_entries() == 0


def test_a_sealed_file_with_broken_json_inside_lists_the_problems(
    journal_app: Any, tmp_path: Path
) -> None:
    path = tmp_path / "odd.tenang-export"
    path.write_bytes(encrypt_export(b'{"format": "something else"}', EXPORT_PASS, params=SMALL_KDF))
    app: JournalApp = journal_app()
    message = _import_refused_after_passphrase(app, path)
    assert message.text() == (f"Nothing was imported from {path}, because of the problems below.")
    assert message.detailedText().startswith(str(path))


def test_a_plain_json_file_still_imports_without_a_passphrase(
    journal_app: Any, tmp_path: Path
) -> None:
    from tenang.core.journal.exchange import export_json

    with Journal.open(tmp_path / "elsewhere" / "journal.sqlite3") as other:
        other.add_entry(2, note="plain")
        data = export_json(other)
    path = tmp_path / "plain.json"
    path.write_bytes(data)
    app: JournalApp = journal_app()
    assert _import(app, path) is None
    assert app.controller.import_dialog is None
    assert [e.note for e in app.journal.list_entries()] == ["plain"]


# -- what a screen reader and a translator see ----------------------------------------------


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_export_dialogs_are_named(
    journal_app: Any, tmp_path: Path, ui_reset: Any, language: str
) -> None:
    path = _exported_file(tmp_path)
    app: JournalApp = journal_app()
    ui_reset.apply(language)
    export = _export_dialog(app, tmp_path / "x.tenang-export")
    assert _unnamed(export) == []
    for widget in (export.new.first, export.new.again, export.export_button, export.cancel_button):
        assert widget.accessibleDescription(), widget
    export.reject()
    dialog = _import(app, path)
    assert dialog is not None
    assert _unnamed(dialog) == []
    assert dialog.import_button.accessibleDescription()
    assert _page(app).export_encrypted.accessibleDescription()


def test_the_export_dialogs_follow_a_language_switch(
    journal_app: Any, tmp_path: Path, ui_reset: Any
) -> None:
    app: JournalApp = journal_app()
    export = _export_dialog(app, tmp_path / "x.tenang-export")
    export.heading.setText("stale")
    export.new.first_label.setText("stale")
    ui_reset.apply("id")
    ui_reset.apply("en")
    assert export.heading.text() == "Choose a passphrase for this export"
    assert export.new.first_label.text() == "Export &passphrase:"
