"""Importing a routine someone sent: check it, show what it is, then (and only then) keep it.

The file (a ``.toml`` or a ``.tenang.zip`` pack) is read into a scratch folder and validated
before anything else happens. A refused pack or a routine with problems shows why, with the
same messages as ``tenang sessions validate``, and nothing is written. A good one is shown as
a preview: title, steps, total time, its caution, a warning when it is intense (long holds,
fast breathing) and a mark when nobody vouches for it (no source, no caution). Only "Import"
writes, through :func:`tenang.core.routine_store.install_routine`; an id that is already
taken asks first: rename, replace (only a user's own routine), or cancel.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import weakref
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from PySide6.QtCore import QEvent, QLocale, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tenang.core.model import Session
from tenang.core.packs import (
    PACK_SUFFIX,
    PackError,
    PackRefusal,
    custom_sounds,
    export_routine,
    read_routine,
)
from tenang.core.routine_store import (
    Incoming,
    InvalidRoutineError,
    RoutineExistsError,
    StoreError,
    install_routine,
    suggest_free_id,
    taken_file_ids,
)
from tenang.core.safety import intensity, unknown_author
from tenang.core.sessions import Problem, load_session_file
from tenang.core.sessions.writer import session_to_toml
from tenang.ui.detail import describe_step
from tenang.ui.i18n import (
    ButtonBox,
    current_language,
    format_number,
    format_total,
    name_widget,
    translate,
    translate_buttons,
)
from tenang.ui.library import planned_total

if TYPE_CHECKING:
    from tenang.ui.builder import RoutineBuilder  # imported when first opened
from tenang.ui.theme import caution_box


class LibraryItem(Protocol):
    """What the dialog needs to know about a routine already in the library."""

    @property
    def session(self) -> Session: ...

    @property
    def user(self) -> bool: ...

    @property
    def path(self) -> object: ...


class Clash(Enum):
    RENAME = "rename"
    REPLACE = "replace"
    CANCEL = "cancel"


def refusal_text(error: PackError) -> str:
    """Why a pack was refused, in the UI language."""
    texts = {
        PackRefusal.NOT_A_ZIP: translate("ImportRoutine", "It is not a zip file."),
        PackRefusal.DAMAGED: translate("ImportRoutine", "It is damaged (%1)."),
        PackRefusal.TOO_MANY_ENTRIES: translate(
            "ImportRoutine", "It holds %1 files; a pack may hold at most %2."
        ),
        PackRefusal.ABSOLUTE_PATH: translate(
            "ImportRoutine", "The file %1 has an absolute path, which a pack may not use."
        ),
        PackRefusal.PARENT_PATH: translate(
            "ImportRoutine", "The file %1 uses '..' to lead out of the pack's folder."
        ),
        PackRefusal.BAD_NAME: translate("ImportRoutine", "The file name %1 is not allowed."),
        PackRefusal.OUTSIDE_TARGET: translate(
            "ImportRoutine", "The file %1 would land outside the routines folder."
        ),
        PackRefusal.SYMLINK: translate("ImportRoutine", "The entry %1 is a symbolic link."),
        PackRefusal.ENCRYPTED: translate("ImportRoutine", "The file %1 is encrypted."),
        PackRefusal.DUPLICATE: translate("ImportRoutine", "The file %1 appears twice."),
        PackRefusal.FILE_TYPE: translate(
            "ImportRoutine",
            "The file %1 is not a routine or a sound: only .toml, .wav and .ogg files are allowed.",
        ),
        PackRefusal.FILE_TOO_LARGE: translate("ImportRoutine", "The file %1 is larger than %2 MB."),
        PackRefusal.TOTAL_TOO_LARGE: translate(
            "ImportRoutine", "Its files add up to more than %2 MB."
        ),
        PackRefusal.NO_ROUTINE: translate("ImportRoutine", "It holds no routine (.toml) file."),
        PackRefusal.SEVERAL_ROUTINES: translate(
            "ImportRoutine", "It holds more than one routine: %1."
        ),
        PackRefusal.UNUSED_FILE: translate(
            "ImportRoutine", "The file %1 is not a sound the routine uses."
        ),
        PackRefusal.UNREADABLE: translate("ImportRoutine", "It cannot be read (%1)."),
    }
    limit = QLocale().toString(error.limit)
    text = texts[error.reason].replace("%1", error.detail).replace("%2", limit)
    return text


def ask_id_clash(parent: QWidget, session_id: str, *, replaceable: bool, suggestion: str) -> Clash:
    """Ask what to do with an id already in the library. Patched in tests."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ImportRoutine", "This id is already used"))
    if replaceable:
        text = translate(
            "ImportRoutine",
            "You already have a routine with the id %1. Import this one under the new id %2, "
            "or replace yours with it?",
        )
    else:
        text = translate(
            "ImportRoutine",
            "A routine included with Tenang has the id %1. Import this one under the new id %2?",
        )
    box.setText(text.replace("%1", session_id).replace("%2", suggestion))
    rename = box.addButton(
        translate("ImportRoutine", "Import as %1").replace("%1", suggestion),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace = None
    if replaceable:
        replace = box.addButton(
            translate("ImportRoutine", "Replace mine"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    translate_buttons(box)
    box.setDefaultButton(rename)
    box.exec()
    clicked = box.clickedButton()
    if clicked is rename:
        return Clash.RENAME
    if replace is not None and clicked is replace:
        return Clash.REPLACE
    return Clash.CANCEL


def intensity_text(session: Session) -> str:
    """What makes the routine intense, in words; empty when it is not."""
    found = intensity(session)
    parts = []
    if found.longest_hold is not None:
        parts.append(
            translate("ImportRoutine", "It holds the breath for up to %1 seconds.").replace(
                "%1", format_number(found.longest_hold)
            )
        )
    if found.fastest_breath is not None:
        per_minute = 60.0 / found.fastest_breath
        parts.append(
            translate("ImportRoutine", "It breathes fast, up to %1 breaths a minute.").replace(
                "%1", format_number(per_minute)
            )
        )
    if not parts:
        return ""
    head = translate("ImportRoutine", "This is an intense routine.")
    return " ".join([head, *parts])


class ImportDialog(QDialog):
    """Shows a routine from ``source`` and imports it into ``folder`` when accepted.

    Signals:
        imported(Path): the routine's file in the routines folder.
    """

    imported = Signal(object)

    def __init__(
        self,
        source: Path,
        folder: Path,
        *,
        library: Iterable[LibraryItem] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.source = source
        self.folder = folder
        self.library = list(library)
        self.incoming: Incoming | None = None
        self.problems: tuple[Problem, ...] = ()
        self.refusal: PackError | None = None
        self.written: Path | None = None
        self._scratch = Path(tempfile.mkdtemp(prefix="tenang-import-"))
        # Removed on close, and in any case when the dialog goes away.
        weakref.finalize(self, shutil.rmtree, self._scratch, ignore_errors=True)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setObjectName("muted")
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.caution_box, self.caution = caution_box(self)
        self.author = QLabel(self)
        self.author.setWordWrap(True)
        self.author.setObjectName("muted")
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.meta,
            self.steps,
            self.caution_box,
            self.author,
            self.problem_list,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self._read()
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------

    def _read(self) -> None:
        try:
            self.incoming = read_routine(self.source, self._scratch)
        except PackError as error:
            self.refusal = error
        except InvalidRoutineError as error:
            self.problems = error.problems

    @property
    def ok(self) -> bool:
        return self.incoming is not None

    def messages(self) -> list[str]:
        """What the problems list shows (the refusal's reason, or the loader's messages)."""
        return [self.problem_list.item(i).text() for i in range(self.problem_list.count())]

    # -- showing -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ImportRoutine", "Import routine"))
        self.import_button.setText(translate("ImportRoutine", "&Import"))
        name_widget(
            self.import_button,
            translate("ImportRoutine", "Import"),
            translate("ImportRoutine", "Copy this routine into your routines folder"),
        )
        translate_buttons(self.buttons)
        name_widget(
            self.problem_list,
            translate("ImportRoutine", "Problems"),
            translate("ImportRoutine", "Why this file cannot be imported"),
        )
        self.caution_box.setAccessibleName(translate("ImportRoutine", "Caution"))
        self.problem_list.clear()
        incoming = self.incoming
        self.import_button.setEnabled(incoming is not None)
        if incoming is None:
            self.heading.setText(
                translate("ImportRoutine", "%1 cannot be imported").replace("%1", self.source.name)
            )
            if self.refusal is not None:
                self.meta.setText(
                    translate("ImportRoutine", "This pack was refused to keep your computer safe.")
                )
                self.problem_list.addItem(refusal_text(self.refusal))
            else:
                self.meta.setText(
                    translate(
                        "ImportRoutine",
                        "The routine has problems. Nothing was imported. Ask its author to fix "
                        "them, or fix them yourself:",
                    )
                )
                for problem in self.problems:
                    self.problem_list.addItem(str(problem))
            for widget in (self.steps, self.caution_box, self.author):
                widget.setVisible(False)
            self.problem_list.setVisible(True)
            return
        session = incoming.session
        language = current_language()
        self.problem_list.setVisible(False)
        self.heading.setText(session.title.get(language))
        total = format_total(planned_total(session))
        meta = [translate("ImportRoutine", "Total %1").replace("%1", total)]
        if session.summary is not None:
            meta.append(session.summary.get(language))
        self.meta.setText(" · ".join(meta))
        lines = [
            translate("ImportRoutine", "%1. %2")
            .replace("%1", QLocale().toString(number))
            .replace("%2", describe_step(step))
            for number, step in enumerate(session.steps, start=1)
        ]
        self.steps.setText("\n".join(lines))
        self.steps.setVisible(True)
        warnings = [intensity_text(session)]
        if session.caution is not None:
            warnings.append(session.caution.get(language))
        warning = "\n\n".join(part for part in warnings if part)
        self.caution.setText(warning)
        self.caution_box.setVisible(bool(warning))
        if unknown_author(session):
            self.author.setText(
                translate(
                    "ImportRoutine",
                    "Unknown author: this routine names no source and no caution. Nobody "
                    "vouches for it; try it gently.",
                )
            )
        elif session.source:
            self.author.setText(
                translate("ImportRoutine", "Source: %1").replace("%1", session.source)
            )
        else:
            self.author.setText("")
        self.author.setVisible(bool(self.author.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- importing ---------------------------------------------------------------------------

    def do_import(self) -> Path | None:
        """Install the routine, asking first when its id is taken. Returns the file written."""
        incoming = self.incoming
        if incoming is None:
            return None
        session_id = incoming.session.id
        owner = next((item for item in self.library if item.session.id == session_id), None)
        new_id: str | None = None
        replace_path: Path | None = None
        if owner is not None:
            taken = {item.session.id for item in self.library} | taken_file_ids(self.folder)
            suggestion = suggest_free_id(session_id, taken, word="")
            owner_path = owner.path if isinstance(owner.path, Path) else None
            replaceable = owner.user and owner_path is not None
            answer = ask_id_clash(self, session_id, replaceable=replaceable, suggestion=suggestion)
            if answer is Clash.CANCEL:
                return None
            if answer is Clash.RENAME:
                new_id = suggestion
            else:
                replace_path = owner_path
        try:
            written = install_routine(
                self.folder, incoming, new_id=new_id, replace_path=replace_path
            )
        except RoutineExistsError as error:
            self._show_error(
                translate(
                    "ImportRoutine",
                    "%1 already exists in your routines folder with other content; nothing "
                    "was imported. Rename or move that file, then try again.",
                ).replace("%1", error.path.name)
            )
            return None
        except (StoreError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self._show_error(
                translate("ImportRoutine", "The routine could not be imported: %1").replace(
                    "%1", reason or str(error)
                )
            )
            return None
        self.written = written
        self.imported.emit(written)
        self.accept()
        return written

    def _show_error(self, text: str) -> None:
        self.problem_list.clear()
        self.problem_list.addItem(text)
        self.problem_list.setVisible(True)

    def done(self, result: int) -> None:
        shutil.rmtree(self._scratch, ignore_errors=True)
        super().done(result)


# -- the window's authoring actions -----------------------------------------------------------

ROUTINE_SUFFIXES: Final = (".toml", PACK_SUFFIX)


def _choose(parent: QWidget, save: bool, title: str, start: Path) -> Path | None:
    pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    name, _ = pick(
        parent, title, str(start), translate("ImportRoutine", "Routines (*.toml *.tenang.zip)")
    )
    return Path(name) if name else None


def choose_import_path(parent: QWidget) -> Path | None:
    """Ask for a routine file or pack to import. Patched in tests."""
    return _choose(parent, False, translate("ImportRoutine", "Import routine"), Path.home())


def choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to export a routine. Patched in tests."""
    title = translate("ImportRoutine", "Export routine")
    return _choose(parent, True, title, Path.home() / suggested)


def routine_files(mime: QMimeData) -> list[Path]:
    """The local ``.toml`` and ``.tenang.zip`` files in a drag."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in files if path.name.lower().endswith(ROUTINE_SUFFIXES)]


class RoutineAuthoring(QObject):
    """New, duplicate, edit, import (menu or drop) and export, for the main window.

    Kept out of ``main_window`` so the window gains these with one line: this object adds
    its actions to the File menu, listens to the detail pane's buttons, and takes drops.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.builder: RoutineBuilder | None = None
        self.import_dialog: ImportDialog | None = None
        self.new_action = QAction(window)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_routine)
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_current)
        menu = window.file_menu
        actions = menu.actions()
        first = actions[0] if actions else None
        menu.insertActions(first, [self.new_action, self.import_action, self.export_action])
        menu.insertSeparator(first)
        detail = window.detail
        for signal, slot in (
            ("duplicateRequested", self.duplicate),
            ("editRequested", self.edit),
        ):
            if hasattr(detail, signal):
                getattr(detail, signal).connect(slot)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(translate("ImportRoutine", "&New routine…"))
        self.import_action.setText(translate("ImportRoutine", "&Import routine…"))
        self.export_action.setText(translate("ImportRoutine", "&Export routine…"))

    # -- where things are --------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return Path(self.window.services.paths.sessions_dir)

    def items(self) -> list[Any]:
        return list(self.window.model.items())

    def taken_ids(self) -> set[str]:
        return {item.session.id for item in self.items()} | taken_file_ids(self.folder)

    # -- the builder -------------------------------------------------------------------------

    def open_builder(self, **kwargs: Any) -> RoutineBuilder:
        from tenang.ui.builder import RoutineBuilder

        builder = RoutineBuilder(
            self.folder,
            taken_ids=self.taken_ids(),
            visual_style=self.window.settings.visual_style,
            parent=self.window,
            **kwargs,
        )
        builder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        builder.saved.connect(self._saved)
        builder.destroyed.connect(self._builder_gone)
        self.builder = builder
        builder.open()
        return builder

    def _builder_gone(self) -> None:
        self.builder = None

    def new_routine(self) -> RoutineBuilder:
        return self.open_builder()

    def duplicate(self, item: Any) -> RoutineBuilder:
        """A copy of ``item`` under a free id, opened in the builder (saved only on Save)."""
        session: Session = item.session
        copy = dataclasses.replace(session, id=suggest_free_id(session.id, self.taken_ids()))
        return self.open_builder(session=copy)

    def edit(self, item: Any) -> RoutineBuilder | None:
        """Edit one of the user's own files in place."""
        path = item.path
        if not item.user or not isinstance(path, Path):
            return self.duplicate(item)
        try:
            text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeDecodeError) as error:
            reason = str(error)
            self.window.show_notice(
                lambda: (
                    translate("ImportRoutine", "%1 cannot be opened: %2")
                    .replace("%1", str(path))
                    .replace("%2", reason)
                )
            )
            return None
        return self.open_builder(session=item.session, path=path, original_text=text)

    def _saved(self, path: Path) -> None:
        self.window.refresh_library()
        result = load_session_file(path)
        if result.session is not None:
            self.window.select_routine(result.session.id)

    # -- import and export -------------------------------------------------------------------

    def choose_import(self) -> ImportDialog | None:
        path = choose_import_path(self.window)
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(path, self.folder, library=self.items(), parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._saved)
        dialog.destroyed.connect(self._import_gone)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _import_gone(self) -> None:
        self.import_dialog = None

    def export_current(self) -> Path | None:
        item = self.window.current_item()
        if item is None:
            return None
        session: Session = item.session
        suggested = f"{session.id}{PACK_SUFFIX if custom_sounds(session) else '.toml'}"
        destination = choose_export_path(self.window, suggested)
        if destination is None:
            return None
        source = item.path
        try:
            text = (
                source.read_bytes().decode("utf-8").removeprefix("\ufeff")
                if source is not None
                else session_to_toml(session)
            )
            folder = source.parent if isinstance(source, Path) else None
            written = export_routine(text, session, folder, destination)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) else None
            message = reason or str(error)
            self.window.show_notice(
                lambda: translate("ImportRoutine", "The routine could not be exported: %1").replace(
                    "%1", message
                )
            )
            return None
        self.window.show_notice(
            lambda: translate("ImportRoutine", "Exported to %1").replace("%1", str(written))
        )
        return written

    # -- drops and language ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag = event  # a QDragEnterEvent / QDragMoveEvent
            if routine_files(drag.mimeData()):  # type: ignore[attr-defined]
                drag.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            files = routine_files(event.mimeData())  # type: ignore[attr-defined]
            if files and self.window.player is None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_file(files[0])
                return True
        return super().eventFilter(watched, event)
