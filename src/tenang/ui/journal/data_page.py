"""About your data: where the files are, what is stored, the lock, taking it away, deleting.

The page only shows and asks; the journal controller does the work (exports, imports,
backups, deleting, the lock). "Delete all journal data" asks for a typed word, translated
("delete" / "hapus"), because a click alone is too easy for something that cannot be undone.
The lock section says exactly what the lock protects and what it does not (the same as
docs/journal.md), then offers what the lock's current state allows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tenang.core.paths import UserPaths
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.common import integer, lock_minutes_text

LOCK_ACTIONS = (
    "turn_on",
    "unlock",
    "lock_now",
    "change",
    "new_code",
    "turn_off",
    "finish",
    "cancel",
)
"""What the lock section can ask for, in the order its buttons appear."""
_SHOWN_IN: dict[str, tuple[str, ...]] = {
    "off": ("turn_on",),
    "locked": ("unlock", "change", "new_code", "turn_off"),
    "unlocked": ("lock_now", "change", "new_code", "turn_off"),
    "pending": ("finish", "cancel"),
}
_NEEDS_WRITING = {"turn_on", "change", "new_code", "turn_off", "finish", "cancel"}


def confirmation_word() -> str:
    """The word to type before everything is deleted, in the current language."""
    return translate("DeleteAllDialog", "delete")


class DeleteAllDialog(QDialog):
    """Asks for the confirmation word; :attr:`confirmed` fires only when it was typed."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeleteAllDialog")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.word = QLineEdit(self)
        self.prompt.setBuddy(self.word)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.prompt)
        layout.addWidget(self.word)
        layout.addLayout(buttons)
        self.word.textChanged.connect(self._update)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update()
        self.word.setFocus()

    def word_matches(self) -> bool:
        return self.word.text().strip().casefold() == confirmation_word().casefold()

    def _update(self) -> None:
        self.delete_button.setEnabled(self.word_matches())

    def accept(self) -> None:
        if not self.word_matches():
            return
        self.confirmed.emit()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("DeleteAllDialog", "Delete all journal data"))
        self.explain.setText(
            translate(
                "DeleteAllDialog",
                "This deletes every entry, every session and your own tags from the journal, "
                "and clears the deleted text from the file. It cannot be undone. Backups and "
                "exports you saved elsewhere are not touched.",
            )
        )
        self.prompt.setText(
            translate("DeleteAllDialog", "To confirm, type &%1:").replace("%1", confirmation_word())
        )
        name_widget(
            self.word,
            translate("DeleteAllDialog", "Confirmation word"),
            translate("DeleteAllDialog", "Type %1 to allow deleting").replace(
                "%1", confirmation_word()
            ),
        )
        self.delete_button.setText(translate("DeleteAllDialog", "Delete everything"))
        name_widget(
            self.delete_button,
            translate("DeleteAllDialog", "Delete everything"),
            translate("DeleteAllDialog", "Enabled once the confirmation word is typed"),
        )
        self.cancel_button.setText(translate("DeleteAllDialog", "Keep my journal"))
        name_widget(
            self.cancel_button,
            translate("DeleteAllDialog", "Keep my journal"),
            translate("DeleteAllDialog", "Close without deleting anything"),
        )
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlainExportWarning(QMessageBox):
    """Asked before a locked journal is exported to a plain file; Cancel is the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlainExportWarning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.export_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.retranslate()

    def agreed(self) -> bool:
        clicked: QAbstractButton | None = self.clickedButton()
        return clicked is self.export_button

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ExportWarning", "Export without encryption?"))
        self.setText(translate("ExportWarning", "This export will not be encrypted."))
        # What exchange.PLAIN_EXPORT_WARNING says, in the user's language.
        self.setInformativeText(
            translate(
                "ExportWarning",
                "Your journal is locked, but an export is an ordinary unencrypted file: anyone "
                "who can read the file can read every note, mood and tag in it. Export only if "
                "you need to, keep the file somewhere private, and delete it when done.",
            )
        )
        self.export_button.setText(translate("ExportWarning", "&Export anyway"))
        name_widget(
            self.export_button,
            translate("ExportWarning", "Export anyway"),
            translate("ExportWarning", "Write an unencrypted copy of every entry"),
        )
        self.cancel_button.setText(translate("ExportWarning", "Cancel"))
        name_widget(
            self.cancel_button,
            translate("ExportWarning", "Cancel"),
            translate("ExportWarning", "Write nothing"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DataPage(QWidget):
    """The "About your data" page; each button asks the controller to act."""

    exportRequested = Signal(str)
    """"json", "csv", "md", or "encrypted" (Tenang JSON sealed with its own passphrase)."""
    importRequested = Signal(str)
    backupRequested = Signal()
    restoreRequested = Signal()
    openFolderRequested = Signal()
    deleteAllRequested = Signal()
    freshRequested = Signal()
    lockActionRequested = Signal(str)
    """One of :data:`LOCK_ACTIONS`."""

    def __init__(self, paths: UserPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("errorText")
        self.status.setVisible(False)
        self.where_box = QGroupBox(self)
        self.where = QLabel(self.where_box)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.open_folder = QPushButton(self.where_box)
        self.open_folder.clicked.connect(self.openFolderRequested)
        where_layout = QVBoxLayout(self.where_box)
        where_layout.addWidget(self.where)
        where_layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        self.what_box = QGroupBox(self)
        self.what = QLabel(self.what_box)
        self.what.setWordWrap(True)
        QVBoxLayout(self.what_box).addWidget(self.what)

        self.lock_box = QGroupBox(self)
        self.lock_about = QLabel(self.lock_box)
        self.lock_about.setWordWrap(True)
        self.lock_status = QLabel(self.lock_box)
        self.lock_status.setWordWrap(True)
        font = self.lock_status.font()
        font.setBold(True)
        self.lock_status.setFont(font)
        self.lock_pending = QLabel(self.lock_box)
        self.lock_pending.setWordWrap(True)
        self.lock_pending.setVisible(False)
        self.lock_buttons: dict[str, QPushButton] = {}
        lock_row = QHBoxLayout()
        for action in LOCK_ACTIONS:
            button = QPushButton(self.lock_box)
            button.clicked.connect(
                lambda _checked=False, a=action: self.lockActionRequested.emit(a)
            )
            self.lock_buttons[action] = button
            lock_row.addWidget(button)
        lock_row.addStretch(1)
        lock_layout = QVBoxLayout(self.lock_box)
        lock_layout.addWidget(self.lock_status)
        lock_layout.addWidget(self.lock_pending)
        lock_layout.addWidget(self.lock_about)
        lock_layout.addLayout(lock_row)

        self.take_box = QGroupBox(self)
        self.take_intro = QLabel(self.take_box)
        self.take_intro.setWordWrap(True)
        self.export_json = QPushButton(self.take_box)
        self.export_csv = QPushButton(self.take_box)
        self.export_md = QPushButton(self.take_box)
        self.export_encrypted = QPushButton(self.take_box)
        self.import_json = QPushButton(self.take_box)
        self.import_daylio = QPushButton(self.take_box)
        self.backup = QPushButton(self.take_box)
        self.restore = QPushButton(self.take_box)
        self.export_json.clicked.connect(lambda: self.exportRequested.emit("json"))
        self.export_csv.clicked.connect(lambda: self.exportRequested.emit("csv"))
        self.export_md.clicked.connect(lambda: self.exportRequested.emit("md"))
        self.export_encrypted.clicked.connect(lambda: self.exportRequested.emit("encrypted"))
        self.import_json.clicked.connect(lambda: self.importRequested.emit("tenang"))
        self.import_daylio.clicked.connect(lambda: self.importRequested.emit("daylio"))
        self.backup.clicked.connect(self.backupRequested)
        self.restore.clicked.connect(self.restoreRequested)
        grid = QGridLayout(self.take_box)
        grid.addWidget(self.take_intro, 0, 0, 1, 4)
        for row, buttons in enumerate(
            (
                (self.export_json, self.export_csv, self.export_md, self.export_encrypted),
                (self.import_json, self.import_daylio),
                (self.backup, self.restore),
            ),
            start=1,
        ):
            for column, button in enumerate(buttons):
                grid.addWidget(button, row, column)

        self.delete_box = QGroupBox(self)
        self.delete_text = QLabel(self.delete_box)
        self.delete_text.setWordWrap(True)
        self.fresh = QPushButton(self.delete_box)
        self.fresh.clicked.connect(self.freshRequested)
        self.fresh.setVisible(False)
        self.delete_all = QPushButton(self.delete_box)
        self.delete_all.clicked.connect(self.deleteAllRequested)
        delete_layout = QVBoxLayout(self.delete_box)
        delete_layout.addWidget(self.delete_text)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.fresh)
        delete_row.addWidget(self.delete_all)
        delete_row.addStretch(1)
        delete_layout.addLayout(delete_row)

        body = QWidget()
        column_layout = QVBoxLayout(body)
        column_layout.setContentsMargins(12, 8, 12, 8)
        for widget in (
            self.status,
            self.where_box,
            self.what_box,
            self.lock_box,
            self.take_box,
            self.delete_box,
        ):
            widget.setParent(body)
            column_layout.addWidget(widget)
        column_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._state = ""
        self._counts: tuple[int, int] | None = None
        self._lock: tuple[str, int, int] = ("off", 0, 5)
        self._writable = True
        self.retranslate()
        self._show_lock()

    def set_state(self, problem: str, *, can_start_fresh: bool, writable: bool) -> None:
        """Say what is wrong with the journal (if anything) and offer a fresh one if damaged."""
        self._state = problem
        self.status.setText(problem)
        self.status.setVisible(bool(problem))
        self.fresh.setVisible(can_start_fresh)
        self._writable = writable
        for button in (self.import_json, self.import_daylio, self.restore, self.delete_all):
            button.setEnabled(writable)
        self._show_lock()

    def set_lock(self, state: str, *, pending: int = 0, minutes: int = 5) -> None:
        """``state``: "off", "locked", "unlocked" or "pending" (an interrupted turn-on);
        ``pending``: check-ins saved while locked and not yet unsealed."""
        self._lock = (state, pending, minutes)
        self._show_lock()
        self._lock_texts()

    @property
    def lock_state(self) -> str:
        return self._lock[0]

    def _show_lock(self) -> None:
        shown = _SHOWN_IN.get(self._lock[0], ())
        for action, button in self.lock_buttons.items():
            button.setVisible(action in shown)
            button.setEnabled(self._writable or action not in _NEEDS_WRITING)
        self.lock_pending.setVisible(self._lock[1] > 0)

    def set_counts(self, entries: int, runs: int) -> None:
        self._counts = (entries, runs)
        self.retranslate()

    def retranslate(self) -> None:
        self.where_box.setTitle(translate("DataPage", "Where your journal is"))
        journal = self.paths.journal_file
        lines = [
            translate(
                "DataPage",
                "Your journal is one file on this computer. Tenang has no account, no sync and "
                "no network code: nothing leaves this machine unless you copy it.",
            ),
            "",
            translate("DataPage", "Journal: %1").replace("%1", str(journal)),
            translate("DataPage", "Its write-ahead log: %1-wal and %1-shm").replace(
                "%1", str(journal)
            ),
            translate("DataPage", "Data folder: %1").replace("%1", str(self.paths.data_dir)),
        ]
        if self._counts is not None:
            lines.append(
                translate("DataPage", "Entries: %1. Sessions: %2.")
                .replace("%1", integer(self._counts[0]))
                .replace("%2", integer(self._counts[1]))
            )
        self.where.setText("\n".join(lines))
        self.open_folder.setText(translate("DataPage", "Open the data folder"))
        name_widget(
            self.open_folder,
            translate("DataPage", "Open the data folder"),
            translate("DataPage", "Show the folder with your journal in the file manager"),
        )
        self.what_box.setTitle(translate("DataPage", "What is stored"))
        self.what.setText(
            translate(
                "DataPage",
                "Entries: the mood (1 awful to 5 great), the energy if you noted it, tags, your "
                "note, whether it was written before or after a routine, and when (with your "
                "clock's time zone).\nSessions: which routine, when, how long was planned and "
                "how long you practised, and whether you finished it.\nYour own tags.\n\n"
                "Nothing about your moods, notes or tags is ever written to a log.",
            )
        )
        self._lock_texts()
        self.take_box.setTitle(translate("DataPage", "Take it with you"))
        self.take_intro.setText(
            translate(
                "DataPage",
                "JSON keeps everything and can be imported again without duplicates. CSV opens "
                "in a spreadsheet; Markdown is a readable diary. These three are ordinary, "
                "unencrypted files. An encrypted export is the JSON sealed with a passphrase "
                "you choose; without it nobody can open the file. A backup is an exact copy of "
                "the journal; restoring one keeps your current journal beside it.",
            )
        )
        buttons = (
            (self.export_json, "Export as JSON…", "Save everything as a Tenang JSON file"),
            (self.export_csv, "Export as CSV…", "Save one row per entry for a spreadsheet"),
            (self.export_md, "Export as Markdown…", "Save a readable diary grouped by day"),
            (
                self.export_encrypted,
                "Export encrypted…",
                "Save everything as Tenang JSON, encrypted with a passphrase you choose",
            ),
            (
                self.import_json,
                "Import a Tenang export…",
                "Add entries from a Tenang export, plain JSON or encrypted",
            ),
            (self.import_daylio, "Import from Daylio…", "Add entries from a Daylio CSV export"),
            (self.backup, "Back up…", "Save an exact, checked copy of the journal"),
            (self.restore, "Restore a backup…", "Replace the journal with a backup"),
        )
        texts = {
            "Export as JSON…": translate("DataPage", "Export as JSON…"),
            "Export as CSV…": translate("DataPage", "Export as CSV…"),
            "Export as Markdown…": translate("DataPage", "Export as Markdown…"),
            "Export encrypted…": translate("DataPage", "Export encrypted…"),
            "Import a Tenang export…": translate("DataPage", "Import a Tenang export…"),
            "Import from Daylio…": translate("DataPage", "Import from Daylio…"),
            "Back up…": translate("DataPage", "Back up…"),
            "Restore a backup…": translate("DataPage", "Restore a backup…"),
            "Save everything as a Tenang JSON file": translate(
                "DataPage", "Save everything as a Tenang JSON file"
            ),
            "Save one row per entry for a spreadsheet": translate(
                "DataPage", "Save one row per entry for a spreadsheet"
            ),
            "Save a readable diary grouped by day": translate(
                "DataPage", "Save a readable diary grouped by day"
            ),
            "Save everything as Tenang JSON, encrypted with a passphrase you choose": translate(
                "DataPage", "Save everything as Tenang JSON, encrypted with a passphrase you choose"
            ),
            "Add entries from a Tenang export, plain JSON or encrypted": translate(
                "DataPage", "Add entries from a Tenang export, plain JSON or encrypted"
            ),
            "Add entries from a Daylio CSV export": translate(
                "DataPage", "Add entries from a Daylio CSV export"
            ),
            "Save an exact, checked copy of the journal": translate(
                "DataPage", "Save an exact, checked copy of the journal"
            ),
            "Replace the journal with a backup": translate(
                "DataPage", "Replace the journal with a backup"
            ),
        }
        for button, text, description in buttons:
            button.setText(texts[text])
            name_widget(button, texts[text].rstrip("…"), texts[description])
        self.delete_box.setTitle(translate("DataPage", "Delete it"))
        self.delete_text.setText(
            translate(
                "DataPage",
                "Delete all journal data removes every entry, session and tag of yours and "
                "scrubs the file. By hand: quit Tenang and delete the journal file and its "
                "-wal and -shm files, and any copies or backups you made.",
            )
        )
        self.delete_all.setText(translate("DataPage", "Delete all journal data…"))
        name_widget(
            self.delete_all,
            translate("DataPage", "Delete all journal data"),
            translate("DataPage", "Asks you to type a word before deleting everything"),
        )
        self.fresh.setText(translate("DataPage", "Start a fresh journal…"))
        name_widget(
            self.fresh,
            translate("DataPage", "Start a fresh journal"),
            translate(
                "DataPage",
                "Move the damaged journal aside (it is kept) and start an empty one",
            ),
        )
        name_widget(
            self.scroll_area,
            translate("DataPage", "About your data"),
            translate("DataPage", "Where the journal is, what it holds, and how to export it"),
        )

    def _lock_texts(self) -> None:
        state, pending, minutes = self._lock
        self.lock_box.setTitle(translate("DataPage", "The lock"))
        statuses = {
            "off": translate(
                "DataPage",
                "The lock is off: the journal file is not encrypted. Only your account's file "
                "permissions keep others out.",
            ),
            "locked": translate(
                "DataPage", "The lock is on, and the journal is locked: your entries are encrypted."
            ),
            "unlocked": translate(
                "DataPage",
                "The lock is on, and the journal is unlocked. It locks again after %1 without "
                "use, when Tenang is hidden or closed, or with Journal > Lock now (Ctrl+Shift+L).",
            ).replace("%1", lock_minutes_text(minutes)),
            "pending": translate(
                "DataPage",
                "Turning the lock on was interrupted, so your entries are not encrypted yet. "
                "Finish it with the passphrase you chose then, or cancel it.",
            ),
        }
        self.lock_status.setText(statuses.get(state, statuses["off"]))
        self.lock_pending.setText(
            translate(
                "DataPage",
                "Check-ins saved and sealed while the journal was locked: %1. They join your "
                "journal when you unlock it.",
            ).replace("%1", integer(pending))
        )
        self.lock_about.setText(
            translate(
                "DataPage",
                "Encrypted with the lock on: each entry's mood, energy, tags and note, and your "
                "own tags. Check-ins saved while the journal is locked are sealed too.\n"
                "Not encrypted: when each entry was written and edited, whether it was written "
                "before or after a routine, your routine runs (which routine, when, how long), "
                "how many entries there are and roughly how long each one is.\n"
                "The keys are never written to disk: Tenang holds them in memory only while the "
                "journal is unlocked. If you lose both the passphrase and the recovery code, "
                "nobody can read your entries again, including you.\n"
                "Exports are ordinary unencrypted files unless you choose an encrypted export. "
                "Backups of a locked journal stay locked.",
            )
        )
        texts = {
            "turn_on": (
                translate("DataPage", "Turn the lock on…"),
                translate("DataPage", "Encrypt your entries with a passphrase"),
            ),
            "unlock": (
                translate("DataPage", "Unlock…"),
                translate("DataPage", "Enter the passphrase to read your entries"),
            ),
            "lock_now": (
                translate("DataPage", "Lock now"),
                translate("DataPage", "Forget the passphrase until you unlock again"),
            ),
            "change": (
                translate("DataPage", "Change passphrase…"),
                translate(
                    "DataPage", "Choose a new passphrase; a lost one needs the recovery code"
                ),
            ),
            "new_code": (
                translate("DataPage", "New recovery code…"),
                translate("DataPage", "Replace the recovery code; the old one stops working"),
            ),
            "turn_off": (
                translate("DataPage", "Turn the lock off…"),
                translate("DataPage", "Decrypt every entry and store the journal unencrypted"),
            ),
            "finish": (
                translate("DataPage", "Finish turning the lock on…"),
                translate("DataPage", "Enter the passphrase chosen then to encrypt your entries"),
            ),
            "cancel": (
                translate("DataPage", "Cancel turning the lock on"),
                translate("DataPage", "Remove the unfinished lock; the entries stay unencrypted"),
            ),
        }
        for action, (text, description) in texts.items():
            button = self.lock_buttons[action]
            button.setText(text)
            name_widget(button, text.rstrip("…"), description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
