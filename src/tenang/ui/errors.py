"""Problems the user should see, calmly: broken routines, notices, unexpected exceptions.

* :class:`RoutineErrorsPanel` lists the user's routines that failed to load, one located
  message per line (``FILE:LINE:COL: key: message``), so a typo is found without a terminal.
* :class:`NoticeBar` carries one-off notices (settings moved aside, sound unavailable) that
  stay until dismissed instead of interrupting with a modal box.
* :func:`install_exception_hook` turns an unexpected exception into :class:`ExceptionDialog`
  with copyable details; the app keeps running, and the traceback also goes to stderr.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tenang.ui.i18n import ButtonBox, name_widget, translate, translate_buttons


class RoutineErrorsPanel(QFrame):
    """The list of user routines that failed to load; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._heading = QLabel(self)
        self._heading.setObjectName("errorHeading")
        self._heading.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setWordWrap(True)
        self._list.setAlternatingRowColors(False)
        self._list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._list.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._heading)
        layout.addWidget(self._list)
        self._problems: tuple[str, ...] = ()
        self.setVisible(False)
        self.retranslate()

    @property
    def list_widget(self) -> QListWidget:
        return self._list

    def problems(self) -> tuple[str, ...]:
        return self._problems

    def set_problems(self, problems: tuple[str, ...]) -> None:
        self._problems = problems
        self._list.clear()
        for problem in problems:
            item = QListWidgetItem(problem, self._list)
            item.setToolTip(problem)
        self._fit_height()
        self.setVisible(bool(problems))
        self.retranslate()

    def _fit_height(self) -> None:
        """As tall as the messages, up to about five of them; then it scrolls."""
        rows = sum(self._list.sizeHintForRow(i) for i in range(min(self._list.count(), 5)))
        self._list.setMaximumHeight(max(rows, 24) + 2 * self._list.frameWidth() + 4)

    def retranslate(self) -> None:
        count = len(self._problems)
        if count == 1:
            heading = translate(
                "RoutineErrorsPanel",
                "1 problem in your routines. Fix the file and save: this list updates by itself.",
            )
        else:
            heading = translate(
                "RoutineErrorsPanel",
                "%1 problems in your routines. Fix the files and save: this list updates by "
                "itself.",
            ).replace("%1", QLocale().toString(count))
        self._heading.setText(heading)
        name_widget(
            self._list,
            translate("RoutineErrorsPanel", "Routine problems"),
            translate(
                "RoutineErrorsPanel",
                "Each line names the file, the line, the setting and what is wrong.",
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoticeBar(QFrame):
    """A calm, dismissible notice at the top of the library page."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._dismiss = QPushButton(self)
        self._dismiss.clicked.connect(self._on_dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._factories: list[Callable[[], str]] = []
        self.setVisible(False)
        self.retranslate()

    def show_notice(self, text_factory: Callable[[], str]) -> None:
        """Add a notice (several stack up); the factory is called again on a language switch."""
        self._factories.append(text_factory)
        self.retranslate()
        self.setVisible(True)

    def text(self) -> str:
        return self._label.text()

    def _on_dismiss(self) -> None:
        self.setVisible(False)
        self._factories.clear()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self._dismiss.setText(translate("NoticeBar", "Dismiss"))
        name_widget(
            self._dismiss,
            translate("NoticeBar", "Dismiss notice"),
            translate("NoticeBar", "Hide this notice"),
        )
        self._label.setAccessibleName(translate("NoticeBar", "Notice"))
        text = "\n\n".join(factory() for factory in self._factories)
        self._label.setText(text)
        self._label.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def format_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(kind, value, tb))


class ExceptionDialog(QDialog):
    """Something unexpected happened: say so calmly, offer the details to copy, carry on."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._details = QPlainTextEdit(self)
        self._details.setReadOnly(True)
        self._details.setPlainText(details)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._copy = QPushButton(self)
        self._copy.clicked.connect(self.copy_details)
        self._buttons = ButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._details, 1)
        layout.addWidget(self._buttons)
        self.resize(620, 380)
        self.retranslate()

    def details(self) -> str:
        return self._details.toPlainText()

    def append(self, details: str) -> None:
        """A later exception while this dialog is open joins it instead of stacking dialogs."""
        self._details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details())
        self._copy.setText(translate("ExceptionDialog", "Copied"))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ExceptionDialog", "Something went wrong"))
        self._intro.setText(
            translate(
                "ExceptionDialog",
                "Tenang ran into an unexpected problem. It is still running, and you can carry "
                "on. If this keeps happening, please copy the details below into a bug report.",
            )
        )
        name_widget(
            self._details,
            translate("ExceptionDialog", "Error details"),
            translate("ExceptionDialog", "Technical details of the problem, for a bug report"),
        )
        self._copy.setText(translate("ExceptionDialog", "Copy details"))
        name_widget(
            self._copy,
            translate("ExceptionDialog", "Copy details"),
            translate("ExceptionDialog", "Copy the error details to the clipboard"),
        )
        translate_buttons(self._buttons)
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(translate("ExceptionDialog", "Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ExceptionHandler:
    """The ``sys.excepthook`` replacement; keeps at most one dialog open."""

    def __init__(self, parent_getter: Callable[[], QWidget | None]) -> None:
        self._parent_getter = parent_getter
        self.dialog: ExceptionDialog | None = None
        self._previous: ExceptHook | None = None

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        details = format_exception(kind, value, tb)
        sys.stderr.write(details)
        if issubclass(kind, KeyboardInterrupt):
            return
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.append(details)
                return
            self.dialog = ExceptionDialog(details, self._parent_getter())
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.show()
        except Exception:  # The dialog itself failed: stderr already has the details.
            sys.stderr.write("Tenang could not show the error dialog:\n")
            sys.stderr.write(traceback.format_exc())

    def _forget(self) -> None:
        self.dialog = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None


def install_exception_hook(parent_getter: Callable[[], QWidget | None]) -> ExceptionHandler:
    handler = ExceptionHandler(parent_getter)
    handler.install()
    return handler
