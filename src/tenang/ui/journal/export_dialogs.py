"""Encrypted exports in the app: choose a passphrase to write one, type it to import one.

The file format and its rules are the core's (:mod:`tenang.core.journal.sealed_export`,
docs/export-format.md); these dialogs ask for the passphrase and run the slow part the way the
lock dialogs do (:meth:`~tenang.ui.journal.lock_dialogs.LockDialog.start`): the journal is read
(export) or written (import) on this thread, while Argon2id and AES-GCM run on the runner, so
the window keeps painting. The export passphrase follows the journal's rule (at least 8
characters, typed twice, no echo) and is said to be separate from the journal's: there is no
recovery code for an export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from tenang.core.atomic import write_atomic
from tenang.core.journal import Journal, JournalError, JournalWriteError
from tenang.core.journal.crypto import DEFAULT_KDF, KdfParams
from tenang.core.journal.exchange import ImportReport, JournalImportError, export_json
from tenang.core.journal.sealed_export import (
    EncryptedExport,
    ExportDamaged,
    ExportTooCostly,
    ExportVersionUnknown,
    ExportWrongPassphrase,
    encrypt_export,
)
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.lock_dialogs import (
    ActionDialog,
    NewPassphrase,
    Runner,
    SecretDialog,
    text_label,
)

SUFFIX = ".tenang-export"
"""The one file name ending for encrypted exports (the terminal's docs use it too)."""


def unreadable_text(error: JournalImportError, path: Path) -> str:
    """Why an encrypted export cannot be opened, in the user's language (the core's exact
    words, which name the field, go under *Show Details*)."""
    if isinstance(error, ExportVersionUnknown):
        text = translate(
            "EncryptedImport",
            "%1 was made by a newer version of Tenang, which encrypts exports in a way this "
            "version cannot read. Update Tenang, then import it again. Nothing was imported.",
        )
    elif isinstance(error, ExportTooCostly):
        text = translate(
            "EncryptedImport",
            "%1 asks for far more memory or time to open than an export made by Tenang ever "
            "does, so Tenang did not try to open it. Nothing was imported.",
        )
    elif isinstance(error, ExportDamaged):
        text = translate(
            "EncryptedImport",
            "%1 is damaged or incomplete: it was changed or cut short after it was written, "
            "so it cannot be opened. Nothing was imported. If you have another copy, try that "
            "one.",
        )
    else:
        text = translate(
            "JournalFiles", "Nothing was imported from %1, because of the problems below."
        )
    return text.replace("%1", str(path))


class EncryptedExportDialog(ActionDialog):
    """A new export passphrase, twice; then the whole journal is written sealed to ``path``.

    The Tenang JSON is read from the journal on this thread, sealed (Argon2id, AES-GCM) on
    the runner, and written back here, so a Cancel while it is sealed writes nothing.
    :attr:`exported` carries the file written.
    """

    exported = Signal(object)

    def __init__(
        self,
        journal: Journal,
        path: Path,
        runner: Runner,
        *,
        params: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        target = text_label(None, "muted")
        target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        new = NewPassphrase(export=True)
        super().__init__(runner, parent, [target, new])
        self.setObjectName("EncryptedExportDialog")
        self.journal = journal
        self.path = Path(path)
        self.params = params
        self.target = target
        self.new = new
        self.export_button = self.action_button
        new.changed.connect(self.refresh_buttons)
        self.setMinimumWidth(560)
        self.ready_up(new)

    def inputs(self) -> list[QWidget]:
        return [self.new, self.export_button]

    def ready(self) -> bool:
        return self.new.filled()

    def submit(self) -> None:
        if not self.export_button.isEnabled():
            return
        if self.refuse_new(self.new):
            return
        try:  # the journal's part: on this thread, before anything slow
            plain = export_json(self.journal)
        except JournalError as error:
            self.failed(error)
            return
        passphrase, params, path = self.new.value(), self.params, self.path
        source = str(self.journal.path)

        def write(data: bytes) -> Path:  # here, so a Cancel meanwhile writes nothing
            try:
                write_atomic(path, data)
            except OSError as error:
                raise JournalWriteError(
                    f"Could not write {path}: {error.strerror or error}. Nothing was written."
                ) from None
            return path

        def done(written: Path) -> None:
            self.new.first.clear()
            self.new.again.clear()
            self.accept()
            self.exported.emit(written)

        self.start(
            translate("EncryptedExport", "Encrypting the export… This takes a moment."),
            lambda: encrypt_export(plain, passphrase, params=params, source=source),
            write,
            done,
        )

    def failed(self, error: JournalError) -> None:
        self.show_error(
            translate("EncryptedExport", "The export was not written: %1").replace("%1", str(error))
        )

    def retranslate(self) -> None:
        self.setWindowTitle(translate("EncryptedExport", "Export encrypted"))
        self.heading.setText(translate("EncryptedExport", "Choose a passphrase for this export"))
        self.intro.setText(
            translate(
                "EncryptedExport",
                "Tenang writes everything (your entries, sessions and own tags) as Tenang "
                "JSON, encrypted with the passphrase you choose now. It may differ from your "
                "journal's passphrase. Without it nobody can open the file, not even you: "
                "there is no recovery code for an export.",
            )
        )
        self.target.setText(translate("EncryptedExport", "File: %1").replace("%1", str(self.path)))
        name_widget(
            self.target,
            translate("EncryptedExport", "File"),
            str(self.path),
        )
        self.name_buttons(
            (
                translate("EncryptedExport", "Cancel"),
                translate("EncryptedExport", "Write nothing"),
            ),
            (
                translate("EncryptedExport", "&Export"),
                translate("EncryptedExport", "Encrypt every entry with this passphrase and save"),
            ),
        )
        self.error.setAccessibleName(translate("EncryptedExport", "Problem"))


class EncryptedImportDialog(SecretDialog):
    """The passphrase of an encrypted export; then its entries are imported.

    The header was checked before this dialog opened (a damaged, too costly or too new file
    never asks for a passphrase). A wrong passphrase is said here and may be typed again;
    anything else ends the dialog with :attr:`refused` (the controller says why), and a
    finished import with :attr:`imported`.
    """

    imported = Signal(object)
    refused = Signal(object)

    def __init__(
        self,
        sealed: EncryptedExport,
        path: Path,
        importer: Callable[[bytes], ImportReport],
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent, allow_code=False, export=True)
        self.setObjectName("EncryptedImportDialog")
        self.sealed = sealed
        self.path = Path(path)
        self.importer = importer
        self.import_button = self.action_button
        self.ready_up()

    def submit(self) -> None:
        if not self.ready() or self.busy:
            return
        sealed, passphrase = self.sealed, self.entry.secret()

        def add(plain: bytes) -> ImportReport:
            self.busy_label.setText(translate("EncryptedImport", "Importing the entries…"))
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return self.importer(plain)

        def done(report: ImportReport) -> None:
            self.entry.field.clear()
            self.accept()
            self.imported.emit(report)

        self.start(
            translate("EncryptedImport", "Opening the export… This takes a moment."),
            lambda: sealed.decrypt(passphrase),
            add,
            done,
        )

    def failed(self, error: JournalError) -> None:
        if isinstance(error, ExportWrongPassphrase):
            self.retry_secret(
                translate(
                    "EncryptedImport",
                    "That passphrase does not open this export. It is the passphrase chosen "
                    "when the export was made, which may differ from your journal's. Nothing "
                    "was imported.",
                )
            )
        elif isinstance(error, JournalImportError):
            self.entry.field.clear()
            self.reject()
            self.refused.emit(error)
        else:
            super().failed(error)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("EncryptedImport", "Import an encrypted export"))
        self.heading.setText(translate("EncryptedImport", "This export is encrypted"))
        self.intro.setText(
            translate(
                "EncryptedImport",
                "%1 is an encrypted Tenang export. Enter the passphrase chosen when it was "
                "made; it may differ from your journal's passphrase. Entries already in your "
                "journal are not added twice.",
            ).replace("%1", self.path.name)
        )
        self.name_buttons(
            (
                translate("EncryptedImport", "Cancel"),
                translate("EncryptedImport", "Import nothing"),
            ),
            (
                translate("EncryptedImport", "&Import"),
                translate("EncryptedImport", "Open the export with this passphrase and import it"),
            ),
        )
        self.error.setAccessibleName(translate("EncryptedImport", "Problem"))
