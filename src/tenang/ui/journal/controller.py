"""The journal in the app: opening it safely, check-ins, prompts around routines, file actions.

:func:`attach_journal` opens the journal with the integrity check deferred (the check reads
the whole file, too slow for start-up at 100,000 entries) and runs it from a single-shot
timer once the window is up. A journal that cannot be used is never written to: the user
gets a calm notice naming where the copy went, the app keeps running with whatever can still
be read, and "Start a fresh journal" appears only for a damaged journal, only on request.

Around a routine: with ``checkin_prompts`` on, starting a routine first asks how the user
feels (Skip starts at once), and the run is recorded from the player's ``finished`` or
``stopped`` signal whatever the answer, linked to that before-entry; then the after prompt
appears over the summary. Nothing here logs a mood, a note or a tag.

The lock (:mod:`tenang.ui.journal.lock_guard`): whatever reads or rewrites entries goes
through ``self.lock.ensure_unlocked`` first, so the passphrase is asked for at the first
moment it is needed, never at start-up. Check-ins and runs never ask: the journal seals an
entry written while locked, and the library's journal bar says it is waiting for the unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tenang.core.atomic import write_atomic
from tenang.core.journal import (
    Entry,
    EntryKind,
    Journal,
    JournalError,
    JournalUnavailable,
    JournalWriteError,
    SessionRun,
    start_fresh,
)
from tenang.core.journal.crypto import JournalLocked
from tenang.core.journal.model import Tag
from tenang.core.journal.store import utc_stamp
from tenang.core.journal.tags import BUILTIN_TAGS
from tenang.core.paths import UserPaths
from tenang.core.runs import RunSummary
from tenang.core.settings import DEFAULTS as DEFAULT_SETTINGS
from tenang.ui.i18n import current_language, name_widget, translate, translate_buttons
from tenang.ui.journal.checkin import SKIPPED, CheckInDialog, CheckInValues, Mode
from tenang.ui.journal.common import announce, integer
from tenang.ui.journal.lock_guard import LockGuard, LockOptions

if TYPE_CHECKING:
    # Imported where first used: start-up builds none of the journal's pages, and reads and
    # writes no export, so neither is loaded before the first paint.
    from tenang.core.journal.exchange import ImportReport, JournalImportError
    from tenang.ui.journal.data_page import DeleteAllDialog, PlainExportWarning
    from tenang.ui.journal.export_dialogs import EncryptedExportDialog, EncryptedImportDialog
    from tenang.ui.journal.lock_dialogs import LockDialog, TurnOnDialog
    from tenang.ui.journal.window import JournalWindow
    from tenang.ui.main_window import MainWindow

_T = TypeVar("_T")


class FileChooser:
    """Asks for file names; tests swap in one that answers without a dialog."""

    def save(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def open(self, parent: QWidget, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return Path(name) if name else None


def open_app_journal(paths: UserPaths) -> tuple[Journal | None, JournalError | None]:
    """The journal for the app, and the problem to tell the user about (if any).

    On a problem the journal is opened read-only when it still can be, so history and
    insights keep showing what is readable.
    """
    try:
        return Journal.open(paths.journal_file, defer_check=True), None
    except (JournalUnavailable, JournalWriteError) as error:
        problem: JournalError = error
    try:
        return Journal.open(paths.journal_file, read_only=True), problem
    except JournalError:
        return None, problem


class JournalBar(QWidget):
    """The "Check in" and "Journal" buttons on the library page; retranslates the menu too.

    While the journal is locked and check-ins wait sealed, a line beside them says so.
    """

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.sealed = QLabel(self)
        self.sealed.setObjectName("muted")
        self.sealed.setWordWrap(True)
        self.sealed.setVisible(False)
        self.check_in = QPushButton(self)
        self.check_in.clicked.connect(controller.open_check_in)
        self.journal = QPushButton(self)
        self.journal.clicked.connect(lambda: controller.show_journal(0))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.sealed, 1)
        row.addStretch(0)
        row.addWidget(self.journal)
        row.addWidget(self.check_in)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.controller.retranslate()
        super().changeEvent(event)


class JournalController(QObject):
    """Owns the open journal for the main window and everything that writes to it."""

    changed = Signal()
    runRecorded = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        paths: UserPaths,
        journal: Journal | None,
        problem: JournalError | None = None,
        *,
        files: FileChooser | None = None,
        today: Callable[[], date] | None = None,
        lock: LockOptions | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.journal = journal
        self.files = files or FileChooser()
        self._today = today
        self._problem: JournalError | None = None
        self._before_entry: str | None = None
        self.last_dialog: CheckInDialog | None = None
        self.last_message: QMessageBox | None = None
        self.delete_dialog: DeleteAllDialog | None = None
        self.journal_window: JournalWindow | None = None
        self.lock_dialog: LockDialog | None = None
        self.export_warning: PlainExportWarning | None = None
        self.export_dialog: EncryptedExportDialog | None = None
        self.import_dialog: EncryptedImportDialog | None = None
        self._verify_timer: QTimer | None = None
        self._sealed_waiting = 0
        self._drain_problem = ""
        self.lock = LockGuard(lambda: self.journal, window, self.lock_minutes, lock, self)
        self.lock.stateChanged.connect(self._lock_changed)
        self.lock.problem.connect(
            lambda text: self._failed(
                translate("JournalFiles", "Adding the check-ins saved while locked"),
                JournalError(text),
            )
        )
        self._build_actions()
        self.retranslate()
        window.start_gate = self.before_routine
        window.playerStarted.connect(self._player_started)
        window.settingsApplied.connect(lambda _s: self._mark_stale())
        window.settingsApplied.connect(lambda _s: self.lock.settings_changed())
        self.changed.connect(self._mark_stale)
        if problem is not None:
            self.report_problem(problem)
        if journal is not None and problem is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(0)
            timer.timeout.connect(self.verify)
            self._verify_timer = timer
            # Not before the first paint: the check reads the whole file (0.2-0.3 s at
            # 100,000 entries), and the window need not wait for it.
            window.after_first_paint(timer.start)

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.menu = QMenu(window)
        bar = window.menuBar()
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        self.check_in_action = QAction(window)
        self.check_in_action.setShortcut(QKeySequence("Ctrl+J"))
        self.check_in_action.triggered.connect(self.open_check_in)
        self.history_action = QAction(window)
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.history_action.triggered.connect(lambda: self.show_journal(0))
        self.insights_action = QAction(window)
        self.insights_action.triggered.connect(lambda: self.show_journal(1))
        self.data_action = QAction(window)
        self.data_action.triggered.connect(lambda: self.show_journal(2))
        self.fresh_action = QAction(window)
        self.fresh_action.triggered.connect(self.start_fresh_journal)
        self.fresh_action.setVisible(False)
        self.delete_action = QAction(window)
        self.delete_action.triggered.connect(self.ask_delete_all)
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.lock_action.setEnabled(False)  # nothing to lock until this run unlocks
        for action in (self.check_in_action, self.history_action, self.insights_action):
            self.menu.addAction(action)
        self.menu.addAction(self.data_action)
        self.menu.addAction(self.lock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.fresh_action)
        self.menu.addAction(self.delete_action)
        window.addAction(self.check_in_action)  # the shortcut works with the menu bar hidden
        window.addAction(self.lock_action)
        self.bar = JournalBar(self, window.library_page)
        layout = window.library_page.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(1, self.bar)

    def retranslate(self) -> None:
        self.menu.setTitle(translate("JournalMenu", "&Journal"))
        self.check_in_action.setText(translate("JournalMenu", "&Check in…"))
        self.history_action.setText(translate("JournalMenu", "&History"))
        self.insights_action.setText(translate("JournalMenu", "&Insights"))
        self.data_action.setText(translate("JournalMenu", "About your &data"))
        self.fresh_action.setText(translate("JournalMenu", "Start a &fresh journal…"))
        self.delete_action.setText(translate("JournalMenu", "&Delete all journal data…"))
        self.lock_action.setText(translate("JournalMenu", "&Lock now"))
        self.lock_action.setToolTip(
            translate("JournalMenu", "Forget the passphrase until you unlock the journal again")
        )
        self.bar.check_in.setText(translate("JournalMenu", "Check in"))
        name_widget(
            self.bar.check_in,
            translate("JournalMenu", "Check in"),
            translate("JournalMenu", "Note how you feel now (Ctrl+J)"),
        )
        self.bar.journal.setText(translate("JournalMenu", "Journal"))
        name_widget(
            self.bar.journal,
            translate("JournalMenu", "Open the journal"),
            translate("JournalMenu", "History, insights and your data (Ctrl+Shift+J)"),
        )
        self._show_sealed()
        if self.journal_window is not None:
            self._update_data_page()

    # -- state ------------------------------------------------------------------------------

    def writable(self) -> bool:
        return self.journal is not None and not self.journal.read_only

    def prompts_enabled(self) -> bool:
        return bool(getattr(self.window.settings, "checkin_prompts", True)) and self.writable()

    def tags(self) -> list[Tag]:
        if self.journal is not None:
            try:
                return self.journal.tags()
            except JournalError:
                pass
        return list(BUILTIN_TAGS)

    def verify(self) -> None:
        """The deferred integrity check, run once the window is idle."""
        self._verify_timer = None
        if self.journal is None:
            return
        try:
            self.journal.verify()
        except JournalError as error:
            self.report_problem(error)
        self._count_sealed()  # check-ins sealed in an earlier run still wait for the unlock

    def problem_text(self) -> str:
        """The notice for the current problem, in the current language ("" if none)."""
        return self.describe(self._problem)

    @staticmethod
    def describe(error: JournalError | None) -> str:
        """What a journal problem means for the user, in the current language."""
        if error is None:
            return ""
        copy = error.copy_path if isinstance(error, JournalUnavailable) else None
        if copy is not None:
            return translate(
                "JournalNotice",
                "Your journal could not be opened safely, so Tenang has not written to it. A "
                "copy was saved as %1. You can still read what is readable. To write check-ins "
                "again, choose Journal > Start a fresh journal; nothing is deleted.",
            ).replace("%1", copy)
        if isinstance(error, JournalUnavailable):
            return translate(
                "JournalNotice",
                "Your journal cannot be used just now and Tenang has not changed it: %1",
            ).replace("%1", str(error))
        return translate(
            "JournalNotice",
            "Your journal cannot be written, so check-ins cannot be saved until this is fixed: %1",
        ).replace("%1", str(error))

    def report_problem(self, error: JournalError) -> None:
        self._problem = error
        damaged = isinstance(error, JournalUnavailable) and error.copy_path is not None
        self.fresh_action.setVisible(damaged)
        self.window.show_notice(lambda: self.describe(error))
        self._update_data_page()

    # -- check-ins --------------------------------------------------------------------------

    def _dialog(
        self,
        mode: Mode,
        saver: Callable[[CheckInValues], Entry],
        *,
        entry: Entry | None = None,
        title: str = "",
    ) -> CheckInDialog:
        if self.last_dialog is not None and not self.last_dialog.isVisible():
            self.last_dialog.deleteLater()  # one closed dialog is kept (tests read it), no more
        opened: list[CheckInDialog] = []

        def save(values: CheckInValues) -> Entry:
            try:
                return saver(values)
            except JournalLocked:
                # Rare: a lock from an older Tenang has no inbox key yet, or another Tenang
                # changed the lock. Ask for the passphrase; the dialog saves again after it.
                self.lock.sync()
                if opened and self.lock.needs_unlock():
                    self.lock.ensure_unlocked(opened[0].save, parent=opened[0])
                raise

        dialog = CheckInDialog(
            mode, self.tags(), save, entry=entry, routine_title=title, parent=self.window
        )
        opened.append(dialog)
        dialog.set_sealed(mode is not Mode.EDIT and self.lock.is_locked())
        dialog.saved.connect(lambda _entry: self.changed.emit())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _add(self, kind: EntryKind, run_id: str | None = None) -> Callable[[CheckInValues], Entry]:
        def save(values: CheckInValues) -> Entry:
            journal = self.journal_or_fail()
            sealed = self.lock.is_locked()  # the journal seals it; no passphrase asked
            entry = journal.add_entry(**values.fields(), kind=kind, run_id=run_id)
            if sealed:
                self._saved_sealed()
            return entry

        return save

    def open_check_in(self) -> CheckInDialog:
        if self.last_dialog is not None and self.last_dialog.isVisible():
            self.last_dialog.raise_()
            return self.last_dialog
        return self._dialog(Mode.CHECK_IN, self._add(EntryKind.CHECK_IN))

    def edit_entry(self, entry: Entry) -> CheckInDialog | None:
        """The edit dialog (``None`` while the passphrase is being asked for)."""

        def save(values: CheckInValues) -> Entry:
            return self.journal_or_fail().update_entry(entry.id, **values.fields())

        opened: list[CheckInDialog] = []
        self.lock.ensure_unlocked(
            lambda: opened.append(self._dialog(Mode.EDIT, save, entry=entry)),
            parent=self._parent(),
        )
        return opened[0] if opened else None

    # -- around a routine -------------------------------------------------------------------

    def before_routine(self, item: Any) -> bool:
        """The main window's start gate: True when the before prompt takes over the start."""
        self._before_entry = None
        if not self.prompts_enabled():
            return False
        title = item.session.title.get(current_language())
        dialog = self._dialog(Mode.BEFORE, self._add(EntryKind.BEFORE_SESSION), title=title)

        def remember(entry: Entry) -> None:
            self._before_entry = entry.id

        def carry_on(result: int) -> None:
            if result in (QDialog.DialogCode.Accepted.value, SKIPPED):
                self.window.start_routine(item)

        dialog.saved.connect(remember)
        dialog.finished.connect(carry_on)
        return True

    def _player_started(self, player: Any) -> None:
        player.finished.connect(lambda summary: self._run_ended(player, summary))
        player.stopped.connect(lambda summary: self._run_ended(player, summary))

    def _run_ended(self, player: Any, summary: RunSummary) -> None:
        """Keep the run (finished or stopped), then ask the after question over the summary."""
        before, self._before_entry = self._before_entry, None
        run: SessionRun | None = None
        if self.writable() and self.journal is not None:
            try:
                run = self.journal.record_run(summary, before_entry_id=before)
            except JournalError as error:
                reason = str(error)
                self.window.show_notice(
                    lambda: translate(
                        "JournalNotice", "This session could not be kept in the journal: %1"
                    ).replace("%1", reason)
                )
        self.runRecorded.emit(run)
        if run is not None:
            self.changed.emit()
        # A silent stop (the window closing) shows no summary: no question then.
        if run is not None and self.prompts_enabled() and player.summary is not None:
            self._dialog(
                Mode.AFTER,
                self._add(EntryKind.AFTER_SESSION, run.id),
                title=summary.title,
            )

    # -- the journal window -----------------------------------------------------------------

    def show_journal(self, tab: int = 0) -> JournalWindow:
        if self.journal_window is None:
            from tenang.ui.journal.window import JournalWindow

            window = JournalWindow(
                lambda: self.journal,
                self.paths,
                lambda: bool(getattr(self.window.settings, "streaks", False)),
                self.window,
                today=self._today,
            )
            window.checkInRequested.connect(self.open_check_in)
            window.unlockRequested.connect(lambda: self.lock.unlock(self.journal_window))
            window.history.editRequested.connect(self.edit_entry)
            window.history.changed.connect(self.changed)
            data = window.data
            data.exportRequested.connect(self.export)
            data.importRequested.connect(self.import_file)
            data.backupRequested.connect(self.backup)
            data.restoreRequested.connect(self.restore)
            data.openFolderRequested.connect(self.open_folder)
            data.deleteAllRequested.connect(self.ask_delete_all)
            data.freshRequested.connect(self.start_fresh_journal)
            data.lockActionRequested.connect(self.lock_action_requested)
            window.set_data_reloader(self._update_data_page)
            self.journal_window = window
        window = self.journal_window
        window.set_locked(self.lock.is_locked())
        window.show_tab(tab)
        # The first moment the content is needed: ask on top of the (locked) window.
        self.lock.ensure_unlocked(lambda: None, parent=window)
        return window

    def _mark_stale(self) -> None:
        if self.journal_window is not None:
            self.journal_window.mark_stale()

    def _update_data_page(self) -> None:
        if self.journal_window is None:
            return
        error = self._problem
        damaged = isinstance(error, JournalUnavailable) and error.copy_path is not None
        page = self.journal_window.data
        page.set_state(self.problem_text(), can_start_fresh=damaged, writable=self.writable())
        state = self.lock.state()
        if state == "on":
            state = "locked" if self.lock.is_locked() else "unlocked"
        page.set_lock(state, pending=self._count_sealed(), minutes=self.lock_minutes())
        if self.journal is not None:
            try:
                runs = len(self.journal.list_runs())
                page.set_counts(self.journal.count_entries(), runs)
            except JournalError:
                pass

    # -- messages ---------------------------------------------------------------------------

    def inform(self, title: str, text: str, details: str = "", *, problem: bool = False) -> None:
        parent: QWidget = self.journal_window if self.journal_window is not None else self.window
        box = QMessageBox(parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        translate_buttons(box)
        self.last_message = box
        box.open()

    def _failed(self, what: str, error: Exception) -> None:
        detail = (
            str(error)
            if isinstance(error, JournalError)
            else (getattr(error, "strerror", None) or str(error))
        )
        self.inform(
            translate("JournalFiles", "Something did not work"),
            translate("JournalFiles", "%1 did not work: %2")
            .replace("%1", what)
            .replace("%2", detail),
            problem=True,
        )

    def _attempt(self, what: str, action: Callable[[], _T]) -> _T | None:
        """Run a file action; a failure becomes one calm message and ``None``."""
        try:
            return action()
        except (OSError, JournalError) as error:
            self._failed(what, error)
            return None

    def journal_or_fail(self) -> Journal:
        if self.journal is None:
            raise JournalWriteError(self.problem_text() or "no journal")
        return self.journal

    def _parent(self) -> QWidget:
        return self.journal_window if self.journal_window is not None else self.window

    # -- files ------------------------------------------------------------------------------

    def export(self, fmt: str) -> Path | None:
        """Export to a file the user chooses; returns it when done at once.

        With the lock on, every format is an unencrypted file: the warning comes first, then
        the passphrase if the journal is locked, and only then the file dialog (the result
        is ``None`` then; the export finishes when the user has answered). ``"encrypted"``
        is the exception: :meth:`export_encrypted`.
        """
        if self.journal is None:
            return None
        if fmt == "encrypted":
            self.export_encrypted()
            return None
        if self.lock.state() == "off":
            return self._export_to_file(fmt, allow_plain=False)
        from tenang.ui.journal.data_page import PlainExportWarning

        warning = PlainExportWarning(self._parent())
        warning.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_warning = warning

        def answered(_result: int) -> None:
            if warning.agreed():
                self.lock.ensure_unlocked(
                    lambda: self._export_to_file(fmt, allow_plain=True), parent=self._parent()
                )

        warning.finished.connect(answered)
        warning.open()
        return None

    def _export_to_file(self, fmt: str, *, allow_plain: bool) -> Path | None:
        if self.journal is None:
            return None
        suffix = {"json": "json", "csv": "csv", "md": "md"}[fmt]
        filters = {
            "json": translate("JournalFiles", "Tenang JSON (*.json)"),
            "csv": translate("JournalFiles", "CSV (*.csv)"),
            "md": translate("JournalFiles", "Markdown (*.md)"),
        }[fmt]
        suggested = Path.home() / f"tenang-journal-{date.today().isoformat()}.{suffix}"
        path = self.files.save(
            self._parent(), translate("JournalFiles", "Export the journal"), suggested, filters
        )
        if path is None:
            return None
        journal = self.journal

        def write() -> bool:
            from tenang.core.journal.exchange import export_bytes

            data = export_bytes(journal, fmt, language=current_language(), allow_plain=allow_plain)
            write_atomic(path, data)
            return True

        if self._attempt(translate("JournalFiles", "The export"), write) is None:
            return None
        self.inform(
            translate("JournalFiles", "Exported"),
            translate("JournalFiles", "The journal was exported to %1.").replace("%1", str(path)),
        )
        return path

    def import_file(self, kind: str) -> None:
        """Import a file; a locked journal needs the key to seal what comes in."""
        if self.journal is None:
            return
        self.lock.ensure_unlocked(lambda: self._import_file(kind), parent=self._parent())

    def _import_file(self, kind: str) -> None:
        if self.journal is None:
            return
        if kind == "daylio":
            filters = translate("JournalFiles", "Daylio CSV export (*.csv)")
            title = translate("JournalFiles", "Import from Daylio")
        else:
            filters = translate(
                "JournalFiles", "Tenang exports, plain or encrypted (*.json *.tenang-export)"
            )
            title = translate("JournalFiles", "Import a Tenang export")
        path = self.files.open(self._parent(), title, filters)
        if path is None:
            return
        from tenang.core.journal.exchange import (
            JournalImportError,
            import_daylio_csv,
            import_tenang_json,
        )
        from tenang.core.journal.sealed_export import file_is_encrypted_export

        try:
            if kind == "daylio":
                report = import_daylio_csv(self.journal, path)
            elif file_is_encrypted_export(path):  # recognised by its first bytes
                self._import_encrypted(path)
                return
            else:
                report = import_tenang_json(self.journal, path)
        except JournalImportError as error:
            self._import_refused(path, error)
            return
        except JournalError as error:
            self._failed(translate("JournalFiles", "The import"), error)
            return
        self._import_finished(report)

    def _import_encrypted(self, path: Path) -> EncryptedImportDialog:
        """Check the file (a damaged, too costly or too new one is refused before any
        passphrase is asked), then ask for its passphrase; the import runs from the dialog.
        Raises :class:`JournalImportError` when the file cannot be used."""
        from tenang.core.journal.exchange import import_tenang_data
        from tenang.core.journal.sealed_export import load_encrypted
        from tenang.ui.journal.export_dialogs import EncryptedImportDialog

        sealed = load_encrypted(path)
        journal = self.journal_or_fail()
        dialog = EncryptedImportDialog(
            sealed,
            path,
            lambda plain: import_tenang_data(journal, plain, sealed.source),
            self.lock.options.runner,
            self._parent(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._import_finished)
        dialog.refused.connect(lambda error: self._import_refused(path, error))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _import_refused(self, path: Path, error: JournalImportError) -> None:
        """Nothing was imported: say why, the core's exact problems under Show Details."""
        from tenang.core.journal.sealed_export import EncryptedExportError

        if isinstance(error, EncryptedExportError):
            from tenang.ui.journal.export_dialogs import unreadable_text

            text = unreadable_text(error, path)
        else:
            text = translate(
                "JournalFiles", "Nothing was imported from %1, because of the problems below."
            ).replace("%1", str(path))
        self.inform(
            translate("JournalFiles", "Nothing was imported"),
            text,
            "\n".join(error.problems),
            problem=True,
        )

    def _import_finished(self, report: ImportReport) -> None:
        text = (
            translate("JournalFiles", "%1 imported, %2 already present, %3 skipped.")
            .replace("%1", integer(report.imported + report.updated))
            .replace("%2", integer(report.unchanged))
            .replace("%3", integer(len(report.skipped)))
        )
        if report.skipped:
            text += "\n" + translate(
                "JournalFiles", "Skipped rows and why are listed under Show Details."
            )
        self.inform(translate("JournalFiles", "Import finished"), text, "\n".join(report.skipped))
        self.changed.emit()

    def export_encrypted(self) -> None:
        """The whole journal as an encrypted Tenang JSON export (docs/export-format.md).

        No warning: the file is sealed. A locked journal asks for its passphrase first (the
        export reads every entry), then the file name, then the export's own passphrase.
        """
        if self.journal is None:
            return
        self.lock.ensure_unlocked(self._export_encrypted_to_file, parent=self._parent())

    def _export_encrypted_to_file(self) -> EncryptedExportDialog | None:
        from tenang.ui.journal.export_dialogs import SUFFIX, EncryptedExportDialog

        if self.journal is None:
            return None
        suggested = Path.home() / f"tenang-journal-{date.today().isoformat()}{SUFFIX}"
        path = self.files.save(
            self._parent(),
            translate("JournalFiles", "Export encrypted"),
            suggested,
            translate("JournalFiles", "Encrypted Tenang export (*.tenang-export)"),
        )
        if path is None:
            return None
        options = self.lock.options
        dialog = EncryptedExportDialog(
            self.journal, path, options.runner, params=options.kdf, parent=self._parent()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda written: self.inform(
                translate("JournalFiles", "Exported"),
                translate(
                    "JournalFiles",
                    "The journal was exported, encrypted, to %1. Keep its passphrase safe: "
                    "without it nobody can open the file.",
                ).replace("%1", str(written)),
            )
        )
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def backup(self) -> Path | None:
        if self.journal is None:
            return None
        suggested = Path.home() / f"journal-backup-{utc_stamp()}.sqlite3"
        path = self.files.save(
            self._parent(),
            translate("JournalFiles", "Back up the journal"),
            suggested,
            translate("JournalFiles", "Journal backup (*.sqlite3)"),
        )
        if path is None:
            return None
        written = self._attempt(
            translate("JournalFiles", "The backup"), lambda: self.journal_or_fail().backup(path)
        )
        if written is None:
            return None
        self.inform(
            translate("JournalFiles", "Backup saved"),
            translate("JournalFiles", "A checked copy of your journal was saved as %1.").replace(
                "%1", str(written)
            ),
        )
        return written

    def restore(self) -> Path | None:
        if self.journal is None:
            return None
        path = self.files.open(
            self._parent(),
            translate("JournalFiles", "Restore a backup"),
            translate("JournalFiles", "Journal backup (*.sqlite3)"),
        )
        if path is None:
            return None
        kept = self._attempt(
            translate("JournalFiles", "Restoring"),
            lambda: self.journal_or_fail().restore_from(path),
        )
        if kept is None:
            return None
        self.inform(
            translate("JournalFiles", "Backup restored"),
            translate(
                "JournalFiles",
                "The journal now holds the backup. Your previous journal was kept as %1.",
            ).replace("%1", str(kept)),
        )
        self.lock.sync()  # the backup brings its own lock (or none); the key was forgotten
        self._lock_changed()
        self.changed.emit()
        return kept

    def open_folder(self) -> bool:
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir))))

    def ask_delete_all(self) -> DeleteAllDialog:
        from tenang.ui.journal.data_page import DeleteAllDialog

        dialog = DeleteAllDialog(self._parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(self.delete_all)
        self.delete_dialog = dialog
        dialog.open()
        return dialog

    def delete_all(self) -> None:
        if self.journal is None:
            return
        journal = self.journal

        def delete() -> bool:
            journal.delete_all()
            return True

        if self._attempt(translate("JournalFiles", "Deleting"), delete) is None:
            return
        self.inform(
            translate("JournalFiles", "Journal data deleted"),
            translate(
                "JournalFiles",
                "Every entry, session and tag of yours was deleted from %1.",
            ).replace("%1", str(self.journal.path)),
        )
        self.changed.emit()

    def start_fresh_journal(self) -> None:
        """Only on request, and only for a damaged journal: move it aside, start empty."""
        error = self._problem
        if not (isinstance(error, JournalUnavailable) and error.copy_path is not None):
            return
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        try:
            journal, kept = start_fresh(self.paths.journal_file)
        except (OSError, JournalError) as failure:
            self._failed(translate("JournalFiles", "Starting a fresh journal"), failure)
            self.journal, _ = open_app_journal(self.paths)
            return
        self.journal = journal
        self._problem = None
        self.fresh_action.setVisible(False)
        self.inform(
            translate("JournalFiles", "Fresh journal started"),
            translate(
                "JournalFiles",
                "A new, empty journal is ready. The damaged one was kept as %1, and the copy "
                "as %2.",
            )
            .replace("%1", str(kept))
            .replace("%2", error.copy_path),
        )
        self._update_data_page()
        self.changed.emit()

    def close(self) -> None:
        self.lock.shutdown()
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    # -- the lock ---------------------------------------------------------------------------

    def lock_minutes(self) -> int:
        return int(
            getattr(
                self.window.settings,
                "journal_lock_minutes",
                DEFAULT_SETTINGS.journal_lock_minutes,
            )
        )

    def lock_now(self) -> None:
        """*Lock now* (Ctrl+Shift+L): forget the key; views drop what they showed."""
        if self.lock.is_unlocked():
            self.lock.lock_now()

    def _lock_changed(self) -> None:
        """Content became readable or unreadable: every view follows."""
        locked = self.lock.is_locked()
        self.lock_action.setEnabled(self.lock.is_unlocked())
        if locked:
            for dialog in self.window.findChildren(CheckInDialog):
                if not dialog.isVisible():
                    continue
                if dialog.mode is Mode.EDIT:
                    dialog.reject()  # it shows a decrypted entry
                else:  # the user's own typing stays; the user's own tags were decrypted
                    dialog.set_sealed(True)
                    dialog.form.tags.set_tags(list(BUILTIN_TAGS), dialog.form.tags.checked())
        if self.journal_window is not None:
            self.journal_window.set_locked(locked)
        self._update_data_page()
        self._count_sealed()
        if not locked:
            self.changed.emit()  # entries sealed while locked have just joined the journal

    def _count_sealed(self) -> int:
        """How many check-ins wait sealed for the unlock (the journal bar shows it).

        While unlocked there are none of ours; any there are were saved by another Tenang
        (or the terminal) while it was locked, and are moved in now, as the core asks.
        """
        journal = self.journal
        count = self._read_pending(journal)
        if journal is not None and count and self.lock.is_unlocked() and not journal.read_only:
            try:
                if journal.drain_inbox():
                    self.changed.emit()
            except JournalError as error:
                if str(error) != self._drain_problem:  # once, not at every refresh
                    self._drain_problem = str(error)
                    self._failed(
                        translate("JournalFiles", "Adding the check-ins saved while locked"),
                        error,
                    )
            count = self._read_pending(journal)
        self._sealed_waiting = count
        self._show_sealed()
        return count

    @staticmethod
    def _read_pending(journal: Journal | None) -> int:
        if journal is None:
            return 0
        try:
            return journal.pending_count
        except JournalError:
            return 0  # a journal that cannot be read has its own notice already

    def _show_sealed(self) -> None:
        count = self._sealed_waiting
        self.bar.sealed.setVisible(count > 0)
        text = translate(
            "JournalMenu",
            "Check-ins saved and sealed: %1. They show up in your journal after you unlock it.",
        ).replace("%1", integer(count))
        self.bar.sealed.setText(text)
        name_widget(self.bar.sealed, translate("JournalMenu", "Sealed check-ins"), text)

    def _saved_sealed(self) -> None:
        """After a check-in saved while locked: say briefly where it went."""
        self._count_sealed()
        self.bar.sealed.setVisible(True)
        if self._sealed_waiting == 0:
            self.bar.sealed.setText(
                translate(
                    "JournalMenu",
                    "Saved and sealed. It shows up in your journal after you unlock it.",
                )
            )
        announce(
            self.bar.sealed,
            translate(
                "JournalMenu", "Saved and sealed. It shows up in your journal after you unlock it."
            ),
        )
        self._update_data_page()

    def lock_action_requested(self, action: str) -> LockDialog | None:
        """A button of the Data page's lock section."""
        if self.journal is None:
            return None
        if action in ("unlock", "finish"):
            return self.lock.unlock(self._parent())
        if action == "lock_now":
            self.lock_now()
            return None
        if action == "cancel":
            self._attempt(translate("JournalFiles", "Cancelling the lock"), self._cancel_pending)
            self.lock.sync()
            self._lock_changed()
            return None
        return self._open_lock_dialog(action)

    def _cancel_pending(self) -> bool:
        self.journal_or_fail().cancel_lock()
        return True

    def _open_lock_dialog(self, action: str) -> LockDialog:
        from tenang.ui.journal.lock_dialogs import (
            ChangePassphraseDialog,
            NewRecoveryCodeDialog,
            TurnOffDialog,
            TurnOnDialog,
        )

        journal = self.journal_or_fail()
        options = self.lock.options
        parent = self._parent()
        dialog: LockDialog
        if action == "turn_on":
            turn_on = TurnOnDialog(journal, options.runner, params=options.kdf, parent=parent)
            self.lock.turning_on = True
            turn_on.lockTurnedOn.connect(self.lock.became_unlocked)
            turn_on.finished.connect(lambda _r: self._turn_on_closed(turn_on))
            dialog = turn_on
        elif action == "change":
            change = ChangePassphraseDialog(
                journal, options.runner, params=options.kdf, parent=parent
            )
            change.changedPassphrase.connect(
                lambda: self.inform(
                    translate("JournalFiles", "Passphrase changed"),
                    translate(
                        "JournalFiles",
                        "The passphrase was changed. Use the new one from now on; your "
                        "recovery code still works.",
                    ),
                )
            )
            dialog = change
        elif action == "new_code":
            dialog = NewRecoveryCodeDialog(
                journal, options.runner, params=options.kdf, parent=parent
            )
        else:
            turn_off = TurnOffDialog(journal, options.runner, parent=parent)
            turn_off.lockTurnedOff.connect(self._turned_off)
            dialog = turn_off
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lock_dialog = dialog
        dialog.open()
        return dialog

    def _turn_on_closed(self, dialog: TurnOnDialog) -> None:
        self.lock.turning_on = False
        if dialog.cancel_problem is not None:
            self._failed(
                translate("JournalFiles", "Cancelling the lock"),
                JournalWriteError(dialog.cancel_problem),
            )
        self._lock_changed()

    def _turned_off(self, count: int) -> None:
        self.lock.sync()
        self._lock_changed()
        self.inform(
            translate("JournalFiles", "The lock is off"),
            translate(
                "JournalFiles",
                "The lock is off: %1 entries were decrypted. Your journal is stored "
                "unencrypted again.",
            ).replace("%1", integer(count)),
        )


def attach_journal(
    window: MainWindow,
    paths: UserPaths,
    *,
    files: FileChooser | None = None,
    lock: LockOptions | None = None,
) -> JournalController:
    """Open the user's journal and give the window its check-ins, prompts and pages."""
    journal, problem = open_app_journal(paths)
    controller = JournalController(window, paths, journal, problem, files=files, lock=lock)
    window.journal_controller = controller
    return controller
