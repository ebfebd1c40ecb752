"""The journal lock's dialogs: unlock, turn on, change the passphrase, a new code, turn off.

Each dialog talks to the journal itself (like the history page). Every operation comes in
three parts (see ``LockDialog.start``): a cheap read on this thread (the wrapped key), the slow,
pure part (Argon2id over 64 MiB, key wrapping) handed to a :class:`Runner`, and the journal's
part back on this thread (Python's sqlite3 refuses to use a connection from another thread).
The app's runner (:class:`~tenang.ui.journal.lock_guard.WorkerRunner`) derives on a worker
thread, so the window keeps painting and the player keeps moving; tests run it synchronously.
Cancel stays available while the key is derived: a result that arrives for a dialog that was
left is wiped (:func:`discard`), never used.

Every failure becomes a sentence in the dialog, never a traceback: a wrong passphrase keeps
the dialog open with the field selected and nothing changed; a passphrase that breaks
:func:`~tenang.core.journal.store.check_passphrase`'s rule, or two that differ, is said
before anything is written. Secrets are typed without echo and never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QEventLoop, Qt, Signal
from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from tenang.core.journal import Journal, JournalError, ValidationError
from tenang.core.journal.crypto import (
    DEFAULT_KDF,
    JournalTampered,
    KdfParams,
    LockChanged,
    WrongPassphrase,
    wipe,
)
from tenang.core.journal.store import (
    MIN_PASSPHRASE_LENGTH,
    NewLock,
    Rewrap,
    UnlockRequest,
    check_passphrase,
    make_lock,
)
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.common import integer
from tenang.ui.theme import caution_box


class Runner(Protocol):
    """Runs a pure job (no journal connection, no widget) wherever it likes, then reports
    ``done(result, error)`` on the UI thread, exactly once (exactly one of them is set)."""

    def run(
        self, job: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None: ...


class SyncRunner:
    """Runs the job at once, on this thread: tests, and screenshots."""

    def run(
        self, job: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        try:
            result = job()
        except Exception as error:  # handed to ``done``, which re-raises the unexpected
            done(None, error)
            return
        done(result, None)


def discard(result: object) -> None:
    """Wipe what a job handed back once nobody will use it: a key, or a result holding one."""
    if isinstance(result, bytearray):
        wipe(result)
    elif isinstance(result, NewLock | Rewrap):
        result.discard()


class _Ticket:
    """One job's claim on its dialog; cancelled when the user leaves before the result came."""

    __slots__ = ("cancelled",)

    def __init__(self) -> None:
        self.cancelled = False


def heading_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def text_label(parent: QWidget | None, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def secret_edit(parent: QWidget) -> QLineEdit:
    """A field for a passphrase: no echo, no undo history, never remembered by Qt."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


def passphrase_problem(new: str, again: str) -> str | None:
    """Why a new passphrase cannot be used, in the current language; None when it can.

    The rule itself is :func:`check_passphrase`'s, asked first so the app and the terminal
    never disagree; a rule the app does not know yet is shown in the core's own words.
    """
    try:
        check_passphrase(new)
    except ValidationError as error:
        if len(new.strip()) < MIN_PASSPHRASE_LENGTH:
            return translate(
                "LockDialog",
                "A passphrase needs at least %1 characters (not counting spaces at the ends). "
                "A few words you will remember are best.",
            ).replace("%1", integer(MIN_PASSPHRASE_LENGTH))
        return str(error)
    if new != again:
        return translate(
            "LockDialog", "The two passphrases differ. Type the same passphrase in both fields."
        )
    return None


class Retranslating:
    """Mixin (before the Qt class): ``retranslate()`` again when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class SecretEntry(Retranslating, QWidget):
    """The passphrase field with a switch to type the recovery code instead.

    The recovery code is shown as typed (it is copied from paper, eight groups of four, and
    easy to mistype blind); the passphrase never is.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_code: bool = True,
        current: bool = False,
        export: bool = False,
    ) -> None:
        super().__init__(parent)
        self.current = current
        """Asks for the *current* passphrase (beside a new one) rather than just "the" one."""
        self.export = export
        """Asks for an encrypted export's passphrase, not the journal's."""
        self.label = QLabel(self)
        self.field = secret_edit(self)
        self.label.setBuddy(self.field)
        self.use_code = QCheckBox(self)
        self.use_code.setVisible(allow_code)
        self.use_code.toggled.connect(self._switched)
        self.field.textChanged.connect(lambda _text: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.use_code)
        self.setFocusProxy(self.field)
        self.retranslate()

    def uses_code(self) -> bool:
        return self.use_code.isChecked()

    def secret(self) -> str:
        return self.field.text()

    def arguments(self) -> dict[str, str | None]:
        """``passphrase``/``recovery_code`` keyword values for ``unlock``/``turn_lock_off``."""
        if self.uses_code():
            return {"passphrase": None, "recovery_code": self.secret()}
        return {"passphrase": self.secret(), "recovery_code": None}

    def _switched(self, code: bool) -> None:
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        font = self.field.font()
        font.setFamily(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
            if code
            else self.font().family()
        )
        self.field.setFont(font)
        self.retranslate()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def wrong(self, message: str) -> None:
        """Say why the secret did not work; select it so typing replaces it."""
        self.field.setAccessibleDescription(message)
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        code = self.uses_code()
        if code:
            self.label.setText(translate("LockDialog", "Recovery &code:"))
        elif self.current:
            self.label.setText(translate("LockDialog", "C&urrent passphrase:"))
        elif self.export:
            self.label.setText(translate("LockDialog", "Export &passphrase:"))
        else:
            self.label.setText(translate("LockDialog", "&Passphrase:"))
        self.field.setPlaceholderText(
            translate("LockDialog", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX") if code else ""
        )
        name_widget(
            self.field,
            translate("LockDialog", "Recovery code")
            if code
            else translate("LockDialog", "Export passphrase")
            if self.export
            else translate("LockDialog", "Passphrase"),
            translate(
                "LockDialog",
                "The eight groups of letters and digits you saved; case and dashes do not matter",
            )
            if code
            else translate("LockDialog", "Typed without showing it on screen"),
        )
        self.use_code.setText(translate("LockDialog", "&Use the recovery code instead"))
        name_widget(
            self.use_code,
            translate("LockDialog", "Use the recovery code instead"),
            translate("LockDialog", "For a lost passphrase: type the recovery code you saved"),
        )


class NewPassphrase(Retranslating, QWidget):
    """A new passphrase typed twice, with the rule written under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, export: bool = False) -> None:
        super().__init__(parent)
        self.export = export
        """For an encrypted export's passphrase: the labels say so."""
        self.first_label = QLabel(self)
        self.first = secret_edit(self)
        self.first_label.setBuddy(self.first)
        self.again_label = QLabel(self)
        self.again = secret_edit(self)
        self.again_label.setBuddy(self.again)
        self.rule = text_label(self, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_label, self.first, self.again_label, self.again, self.rule):
            layout.addWidget(widget)
        for edit in (self.first, self.again):
            edit.textChanged.connect(lambda _text: self.changed.emit())
        self.setFocusProxy(self.first)
        self.retranslate()

    def filled(self) -> bool:
        return bool(self.first.text() and self.again.text())

    def problem(self) -> str | None:
        return passphrase_problem(self.first.text(), self.again.text())

    def value(self) -> str:
        return self.first.text()

    def wrong(self, message: str) -> None:
        self.first.setAccessibleDescription(message)
        self.again.clear()
        self.first.selectAll()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        if self.export:
            self.first_label.setText(translate("LockDialog", "Export &passphrase:"))
            self.again_label.setText(translate("LockDialog", "&Repeat the export passphrase:"))
            first = translate("LockDialog", "Export passphrase")
            again = translate("LockDialog", "Repeat the export passphrase")
        else:
            self.first_label.setText(translate("LockDialog", "&New passphrase:"))
            self.again_label.setText(translate("LockDialog", "&Repeat the new passphrase:"))
            first = translate("LockDialog", "New passphrase")
            again = translate("LockDialog", "Repeat the new passphrase")
        rule = translate(
            "LockDialog",
            "At least %1 characters. A few words you will remember are best. Tenang cannot "
            "show it to you again or reset it.",
        ).replace("%1", integer(MIN_PASSPHRASE_LENGTH))
        self.rule.setText(rule)
        name_widget(self.first, first, rule)
        name_widget(
            self.again,
            again,
            translate("LockDialog", "The same passphrase again, to catch a typing mistake"),
        )


class RecoveryCodeView(Retranslating, QWidget):
    """The recovery code shown once: large, monospace, selectable, with Copy and a tick box."""

    savedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = text_label(self)
        self.frame = QFrame(self)
        self.frame.setObjectName("notice")
        self.code_label = QLabel(self.frame)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.7)
        font.setBold(True)
        self.code_label.setFont(font)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.code_label)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        self.copied = text_label(self, "muted")
        self.saved = QCheckBox(self)
        self.saved.toggled.connect(self.savedChanged)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.frame)
        layout.addLayout(copy_row)
        layout.addWidget(self.saved)
        self.code = ""
        self.retranslate()

    def set_code(self, code: str) -> None:
        """Show ``code`` in two lines of four groups (selection and Copy keep the dashes)."""
        self.code = code
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code_label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))
        self.saved.setChecked(False)
        self.copied.clear()
        self.retranslate()

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.code)
        self.copied.setText(
            translate(
                "RecoveryCode",
                "Copied. Paste it somewhere safe, then clear it from the clipboard.",
            )
        )

    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "RecoveryCode",
                "This is your recovery code. It opens the journal if you forget the passphrase, "
                "and it is shown only now. Write it on paper or keep it in a password manager, "
                "away from this computer.",
            )
        )
        name_widget(
            self.code_label,
            translate("RecoveryCode", "Recovery code"),
            " ".join(self.code.split("-")),
        )
        self.copy_button.setText(translate("RecoveryCode", "&Copy the code"))
        name_widget(
            self.copy_button,
            translate("RecoveryCode", "Copy the code"),
            translate("RecoveryCode", "Put the recovery code on the clipboard"),
        )
        self.saved.setText(
            translate("RecoveryCode", "I have &saved the recovery code somewhere safe")
        )
        name_widget(
            self.saved,
            translate("RecoveryCode", "I have saved the recovery code"),
            translate("RecoveryCode", "Tick this once the code is written down; then Finish"),
        )


class LockDialog(Retranslating, QDialog):
    """What every lock dialog shares: a heading, an error line, a busy line, running jobs.

    While a job runs its controls are disabled and the busy line says what is happening,
    with a progress bar when the journal reports progress. While the key is derived (on the
    runner) Cancel and Esc still work and the result is wiped when it arrives; the journal's
    part that follows (one transaction on this thread) cannot be left half-way.
    """

    cancel_button: QPushButton
    """Made by subclasses (after their fields, for the Tab order): the one control that stays
    enabled while the key is derived."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        self._ticket: _Ticket | None = None
        self.heading = heading_label(self)
        self.error = text_label(self, "errorText")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.busy_label = text_label(self, "muted")
        self.busy_label.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        self.setMinimumWidth(520)

    def add_status(self, layout: QVBoxLayout) -> None:
        for widget in (self.error, self.busy_label, self.progress):
            layout.addWidget(widget)

    def fit_height(self) -> None:
        """Grow when an error, the busy line or a taller page appears.

        The dialog has a minimum width of its own, so Qt does not raise its minimum height
        with the layout: without this the fields would be squashed to make room.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = self.sizeHint().height()
        if self.hasHeightForWidth():
            needed = max(needed, self.heightForWidth(self.width()))
        if needed > self.height():
            self.resize(self.width(), needed)

    def inputs(self) -> list[QWidget]:
        """The controls disabled while a job runs."""
        return []

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in self.inputs():
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(True)  # leaving while the key is derived is safe
        if busy:
            self.cancel_button.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            self.cancel_button.unsetCursor()
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)  # this dialog only: the rest answers
        else:
            self.unsetCursor()
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        self.progress.setRange(0, 0)  # a moving bar: the window repaints while keys derive
        self.progress.setVisible(busy)
        self.progress.setAccessibleName(text)
        if busy:
            self.error.setVisible(False)
            self.fit_height()
        else:
            self.refresh_buttons()

    def refresh_buttons(self) -> None:
        """Enable what the current input allows (subclasses)."""

    def show_progress(self, stage: str, done: int, total: int) -> None:
        """``Progress`` for the core: sealing entries, scrubbing the file, moving the
        check-ins saved while locked into the journal."""
        if stage == "scrub":
            self.busy_label.setText(
                translate("LockDialog", "Removing the unencrypted copies from the file…")
            )
            self.progress.setRange(0, 0)
        elif stage == "drain":
            self.busy_label.setText(
                translate("LockDialog", "Adding the check-ins saved while locked: %1 of %2")
                .replace("%1", integer(done))
                .replace("%2", integer(total))
            )
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        else:
            self.busy_label.setText(
                translate("LockDialog", "Encrypting your entries: %1 of %2")
                .replace("%1", integer(done))
                .replace("%2", integer(total))
            )
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        if not self.progress.isVisible():
            self.progress.setVisible(True)
            self.fit_height()
        # The work runs on this thread: let the bar paint between batches (no input, so
        # nothing can close the dialog or start a second job meanwhile).
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def refuse_new(self, new: NewPassphrase) -> bool:
        """Say why a new passphrase cannot be used, before anything is derived (True then)."""
        problem = new.problem()
        if problem is not None:
            self.show_error(problem)
            new.wrong(problem)
        return problem is not None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.setVisible(True)
        self.fit_height()

    def failed_text(self, error: BaseException) -> str:
        return translate("LockDialog", "That did not work, and nothing was changed: %1").replace(
            "%1", str(error)
        )

    def wrong_secret(self, error: WrongPassphrase) -> None:
        """A wrong passphrase or code (subclasses say which field)."""
        self.show_error(self.failed_text(error))

    def retry_secret(self, text: str) -> None:
        """Say ``text`` and let the secret be typed again (subclasses select the field)."""
        self.show_error(text)

    def failed(self, error: JournalError) -> None:
        """Say what went wrong; the dialog stays open so the user can try again."""
        if isinstance(error, WrongPassphrase):
            self.wrong_secret(error)
        elif isinstance(error, LockChanged):
            self.retry_secret(
                translate(
                    "LockDialog",
                    "Another Tenang changed the lock while this was being checked, so nothing "
                    "was changed. Enter the passphrase again.",
                )
            )
        else:
            self.show_error(self.failed_text(error))

    def start(
        self,
        busy_text: str,
        work: Callable[[], Any],
        adopt: Callable[[Any], Any],
        then: Callable[[Any], None],
    ) -> None:
        """Show the busy state; run ``work`` on the runner; ``adopt`` its result here; then
        ``then(adopted)`` once the busy state is gone. A :class:`JournalError` from any of
        them is said in the dialog (:meth:`failed`).

        ``work`` must be pure (Argon2id, AES: never the journal or a widget), because the
        app's runner calls it on a worker thread. ``adopt`` is the journal's part, on this
        thread, under a wait cursor for the whole app (the window cannot answer during it);
        ``work``'s result is wiped after it, or as soon as it arrives if the dialog was left.
        """
        if self.busy:
            return
        self.set_busy(True, busy_text)
        ticket = _Ticket()
        self._ticket = ticket

        def done(result: Any, error: BaseException | None) -> None:
            if ticket.cancelled or not isValid(self):
                discard(result)
                return
            self._ticket = None
            self._adopt(result, error, adopt, then)

        self.runner.run(work, done)

    def _adopt(
        self,
        result: Any,
        error: BaseException | None,
        adopt: Callable[[Any], Any],
        then: Callable[[Any], None],
    ) -> None:
        self.cancel_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        problem: JournalError | None = None
        adopted: Any = None
        try:
            if error is not None:
                raise error
            adopted = adopt(result)
        except JournalError as failure:
            problem = failure
        finally:
            discard(result)
            QApplication.restoreOverrideCursor()
            self.set_busy(False)
        if problem is not None:
            self.failed(problem)
        else:
            then(adopted)

    def cancellable(self) -> bool:
        """Not during the journal's part of a job (nothing else is running then)."""
        return not self.busy or self._ticket is not None

    def drop_job(self) -> None:
        """Leave a job whose key is still being derived: its result is wiped on arrival."""
        if self._ticket is not None:
            self._ticket.cancelled = True
            self._ticket = None
            self.set_busy(False)

    def reject(self) -> None:
        if self.cancellable():
            self.drop_job()
            super().reject()


def fit_text(button: QPushButton) -> None:
    """Room for the text in bold: the theme's primary buttons are bold, which Qt's size hint
    does not count, so a long label would be clipped."""
    font = button.font()
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&", "")) + 56
    button.setMinimumWidth(width)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _wrong_text(error: WrongPassphrase, code: bool) -> str:
    del error  # the core's text names the file; the user needs the sentence, translated
    if code:
        return translate(
            "LockDialog",
            "That recovery code does not open the journal. Check it against what you saved "
            "and try again. Nothing was changed.",
        )
    return translate(
        "LockDialog",
        "That passphrase does not open the journal. Check Caps Lock and the keyboard layout "
        "and try again. Nothing was changed.",
    )


class ActionDialog(LockDialog):
    """One action: an intro, some fields, the status lines, Cancel and the action button.
    Subclasses call :meth:`ready_up` once their attributes are set, and implement
    :meth:`ready`, :meth:`submit` and ``retranslate``."""

    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None,
        fields: list[QWidget],
        *,
        primary: bool = True,
    ) -> None:
        super().__init__(runner, parent)
        self.intro = text_label(self)
        self.fields = fields
        for field in fields:
            field.setParent(self)  # now, so Tab reaches them before the buttons
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.action_button = QPushButton(self)
        if primary:
            self.action_button.setObjectName("primary")
        self.action_button.setDefault(True)
        self.action_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        for field in fields:
            layout.addWidget(field)
        self.add_status(layout)
        layout.addStretch(1)
        layout.addLayout(button_row(self.cancel_button, self.action_button))

    def ready_up(self, focus: QWidget | None = None) -> None:
        """Texts, buttons, and the focus in ``focus`` (the first field by default)."""
        self.retranslate()
        self.refresh_buttons()
        (focus or self.fields[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def inputs(self) -> list[QWidget]:
        return [*self.fields, self.cancel_button, self.action_button]

    def ready(self) -> bool:
        raise NotImplementedError

    def refresh_buttons(self) -> None:
        self.action_button.setEnabled(not self.busy and self.ready())

    def submit(self) -> None:
        raise NotImplementedError

    def name_buttons(self, cancel: tuple[str, str], action: tuple[str, str]) -> None:
        """Texts, then names and descriptions for screen readers, of the two buttons."""
        for button, (text, description) in (
            (self.cancel_button, cancel),
            (self.action_button, action),
        ):
            button.setText(text)
            name_widget(button, text.replace("&", ""), description)
        fit_text(self.action_button)


class SecretDialog(ActionDialog):
    """One secret and one action: the passphrase (or code) field, maybe more fields
    (``extra``), then Cancel and the action button (see :class:`ActionDialog`)."""

    def __init__(
        self,
        runner: Runner,
        parent: QWidget | None,
        *,
        current: bool = False,
        extra: QWidget | None = None,
        primary: bool = True,
        allow_code: bool = True,
        export: bool = False,
    ) -> None:
        entry = SecretEntry(current=current, allow_code=allow_code, export=export)
        fields: list[QWidget] = [entry] if extra is None else [entry, extra]
        super().__init__(runner, parent, fields, primary=primary)
        self.entry = entry
        self.extra = extra
        self.entry.changed.connect(self.refresh_buttons)
        self.entry.use_code.toggled.connect(lambda _on: self.error.setVisible(False))

    def ready(self) -> bool:
        return bool(self.entry.secret())

    def wrong_secret(self, error: WrongPassphrase) -> None:
        self.retry_secret(_wrong_text(error, self.entry.uses_code()))

    def retry_secret(self, text: str) -> None:
        self.show_error(text)
        self.entry.wrong(text)

    def request(self, journal: Journal) -> UnlockRequest | None:
        """The journal's wrapped key for what was typed (cheap; None after saying why not)."""
        arguments = self.entry.arguments()
        try:
            return journal.unlock_request(
                arguments["passphrase"], recovery_code=arguments["recovery_code"]
            )
        except JournalError as error:
            self.failed(error)
            return None


class UnlockDialog(SecretDialog):
    """Asks for the passphrase (or the code); :attr:`unlocked` fires once the key is held.

    ``pending``: an earlier turn-on was interrupted; unlocking finishes it (the core seals
    every entry then), and Cancel reads "Not now" because the entries are still readable.

    A check-in saved while locked that does not open is reported *after* a successful
    unlock (the core keeps the row and unlocks anyway): :attr:`problem` holds what to say.
    """

    unlocked = Signal()

    def __init__(
        self,
        journal: Journal,
        runner: Runner,
        *,
        pending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("UnlockDialog")
        self.journal = journal
        self.pending = pending
        self.problem: str | None = None
        self.unlock_button = self.action_button
        self.ready_up()

    def submit(self) -> None:
        if not self.ready() or self.busy:
            return
        try:
            turned_off = self.journal.lock_state == "off"  # by another Tenang meanwhile
        except JournalError as error:
            self.failed(error)
            return
        if turned_off:
            self._done(None)
            return
        request = self.request(self.journal)
        if request is None:
            return
        text = (
            translate("UnlockDialog", "Unlocking and finishing the lock… This takes a moment.")
            if self.pending
            else translate("UnlockDialog", "Unlocking… This takes a moment.")
        )

        def adopt(key: bytearray) -> str | None:
            try:
                self.journal.adopt_key(request, key, progress=self.show_progress)
            except JournalTampered as error:  # unlocked all the same; the row is kept
                return str(error)
            return None

        self.start(text, request.derive, adopt, self._done)

    def _done(self, problem: str | None) -> None:
        self.problem = problem
        self.entry.field.clear()
        self.accept()  # first, so whatever the caller opens next gets the focus
        self.unlocked.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("UnlockDialog", "Unlock the journal"))
        if self.pending:
            self.heading.setText(translate("UnlockDialog", "Finish turning the lock on"))
            self.intro.setText(
                translate(
                    "UnlockDialog",
                    "Turning the lock on was interrupted earlier, so your entries are not "
                    "encrypted yet. Enter the passphrase you chose then to finish it.",
                )
            )
        else:
            self.heading.setText(translate("UnlockDialog", "Your journal is locked"))
            self.intro.setText(
                translate(
                    "UnlockDialog",
                    "Enter your passphrase to read and change your entries. Tenang forgets it "
                    "again after a while without use.",
                )
            )
        self.name_buttons(
            (
                translate("UnlockDialog", "Not now")
                if self.pending
                else translate("UnlockDialog", "Cancel"),
                translate("UnlockDialog", "Leave the entries encrypted and close"),
            ),
            (
                translate("UnlockDialog", "Unlock"),
                translate("UnlockDialog", "Open the journal with what you typed"),
            ),
        )
        self.error.setAccessibleName(translate("UnlockDialog", "Problem"))


class ChangePassphraseDialog(SecretDialog):
    """The current passphrase (or the code, for a lost one) and a new one, twice."""

    changedPassphrase = Signal()

    def __init__(
        self,
        journal: Journal,
        runner: Runner,
        *,
        params: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        new = NewPassphrase()
        super().__init__(runner, parent, current=True, extra=new)
        self.setObjectName("ChangePassphraseDialog")
        self.new = new
        self.journal = journal
        self.params = params
        self.current = self.entry
        self.change_button = self.action_button
        self.new.changed.connect(self.refresh_buttons)
        self.ready_up()

    def ready(self) -> bool:
        return bool(self.entry.secret()) and self.new.filled()

    def submit(self) -> None:
        if not self.change_button.isEnabled():
            return
        if self.refuse_new(self.new):
            return
        request = self.request(self.journal)
        if request is None:
            return
        new, params = self.new.value(), self.params

        def done(_result: object) -> None:
            self.changedPassphrase.emit()
            self.accept()

        self.start(
            translate("ChangePassphraseDialog", "Changing the passphrase… This takes a moment."),
            lambda: request.new_passphrase(new, params),
            self.journal.store_rewrap,
            done,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ChangePassphraseDialog", "Change the passphrase"))
        self.heading.setText(translate("ChangePassphraseDialog", "Change the passphrase"))
        self.intro.setText(
            translate(
                "ChangePassphraseDialog",
                "Your entries stay as they are; only the key that opens them gets the new "
                "passphrase. Lost the passphrase? Use the recovery code instead.",
            )
        )
        self.name_buttons(
            (
                translate("ChangePassphraseDialog", "Cancel"),
                translate("ChangePassphraseDialog", "Keep the current passphrase"),
            ),
            (
                translate("ChangePassphraseDialog", "Change passphrase"),
                translate("ChangePassphraseDialog", "Use the new passphrase from now on"),
            ),
        )
        self.error.setAccessibleName(translate("ChangePassphraseDialog", "Problem"))


class TurnOffDialog(SecretDialog):
    """Says what turning the lock off does, then decrypts every entry with the passphrase."""

    lockTurnedOff = Signal(int)

    def __init__(self, journal: Journal, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent, primary=False)
        self.setObjectName("TurnOffDialog")
        self.journal = journal
        self.off_button = self.action_button
        self.ready_up()

    def submit(self) -> None:
        if not self.off_button.isEnabled():
            return
        request = self.request(self.journal)
        if request is None:
            return

        def done(count: int) -> None:
            self.lockTurnedOff.emit(count)
            self.accept()

        self.start(
            translate("TurnOffDialog", "Decrypting your entries… This takes a moment."),
            request.derive,
            lambda key: self.journal.turn_lock_off_with_key(request, key),
            done,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TurnOffDialog", "Turn the lock off"))
        self.heading.setText(translate("TurnOffDialog", "Turn the lock off?"))
        self.intro.setText(
            translate(
                "TurnOffDialog",
                "Every entry is decrypted and the journal is stored unencrypted again, as "
                "before the lock: anyone who can read the file, or a backup you make from now "
                "on, can read your moods, tags and notes. The passphrase and the recovery code "
                "stop working.",
            )
        )
        self.name_buttons(
            (
                translate("TurnOffDialog", "Keep the lock"),
                translate("TurnOffDialog", "Close and leave the journal encrypted"),
            ),
            (
                translate("TurnOffDialog", "Turn the lock off"),
                translate("TurnOffDialog", "Decrypt every entry and remove the passphrase"),
            ),
        )
        self.error.setAccessibleName(translate("TurnOffDialog", "Problem"))


class StepDialog(LockDialog):
    """Pages one after another under one heading, with Cancel and a Next button."""

    def __init__(self, runner: Runner, parent: QWidget | None, pages: list[QWidget]) -> None:
        super().__init__(runner, parent)
        self.pages = QStackedWidget(self)
        for page in pages:
            self.pages.addWidget(page)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        self.add_status(layout)
        layout.addLayout(button_row(self.cancel_button, self.next_button))

    def step(self) -> int:
        return self.pages.currentIndex()

    def inputs(self) -> list[QWidget]:
        return [self.pages, self.cancel_button, self.next_button]

    def go(self, step: int, focus: QWidget) -> None:
        self.pages.setCurrentIndex(step)
        self.error.setVisible(False)
        self.retranslate()
        self.refresh_buttons()
        self.fit_height()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_step(self) -> None:
        raise NotImplementedError

    def name_next(self, text: str, description: str) -> None:
        self.next_button.setText(text)
        fit_text(self.next_button)
        name_widget(self.next_button, text.replace("&", ""), description)


def _page(*widgets: QWidget) -> QWidget:
    """A page of a step dialog: the widgets from the top, the rest empty."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        widget.setParent(page)
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class TurnOnDialog(StepDialog):
    """Warning, passphrase twice, the recovery code once, then every entry is sealed.

    ``prepare_lock`` runs when the passphrase is accepted (the journal is then "pending" and
    nothing is encrypted yet); Cancel or Esc before Finish calls ``cancel_lock`` so nothing
    changes; Finish (only once "I have saved it" is ticked) runs ``complete_lock``.
    """

    lockTurnedOn = Signal()
    WARNING, PASSPHRASE, CODE, DONE = range(4)

    def __init__(
        self,
        journal: Journal,
        runner: Runner,
        *,
        params: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        caution, warning_text = caution_box()
        details = QLabel()
        new = NewPassphrase()
        code = RecoveryCodeView()
        done_text = QLabel()
        super().__init__(
            runner,
            parent,
            [_page(caution, details), _page(new), code, _page(done_text)],
        )
        self.setObjectName("TurnOnDialog")
        self.journal = journal
        self.params = params
        self.prepared = False
        self.completed = False
        self.cancel_problem: str | None = None
        """Set when Cancel could not undo the prepared lock (the Data page then offers it)."""
        self.caution = caution
        self.warning_text = warning_text
        self.details = details
        self.new = new
        self.code = code
        self.done_text = done_text
        for label in (details, done_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        new.changed.connect(self.refresh_buttons)
        code.savedChanged.connect(lambda _saved: self.refresh_buttons())
        self.setMinimumWidth(600)
        self.retranslate()
        self.refresh_buttons()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_buttons(self) -> None:
        step = self.step()
        ready = {
            self.WARNING: True,
            self.PASSPHRASE: self.new.filled(),
            self.CODE: self.code.saved.isChecked(),
            self.DONE: True,
        }[step]
        self.next_button.setEnabled(not self.busy and ready)
        self.cancel_button.setVisible(step != self.DONE)

    def next_step(self) -> None:
        step = self.step()
        if step == self.WARNING:
            self.go(self.PASSPHRASE, self.new)
        elif step == self.PASSPHRASE:
            self._prepare()
        elif step == self.CODE:
            self._complete()
        else:
            self.accept()

    def _prepare(self) -> None:
        if self.refuse_new(self.new):
            return
        passphrase, params = self.new.value(), self.params

        def stored(new: NewLock) -> str:
            code = self.journal.store_lock(new)
            self.prepared = True
            return code

        def shown(code: str) -> None:
            self.new.first.clear()
            self.new.again.clear()
            self.code.set_code(code)
            self.go(self.CODE, self.code.code_label)

        self.start(
            translate("TurnOnDialog", "Preparing the lock… This takes a few seconds."),
            lambda: make_lock(passphrase, params),
            stored,
            shown,
        )

    def _complete(self) -> None:
        if not self.code.saved.isChecked():
            return

        def finished(scrubbed: bool) -> None:
            self.completed = True
            self.code.set_code("")
            count = self.journal.count_entries()
            text = translate(
                "TurnOnDialog",
                "The lock is on: %1 entries are encrypted. From now on Tenang asks for the "
                "passphrase when you open the journal, and forgets it again after a while "
                "without use.",
            ).replace("%1", integer(count))
            if not scrubbed:
                text += "\n\n" + translate(
                    "TurnOnDialog",
                    "Another Tenang has the journal open, so old unencrypted pages may stay in "
                    "the file until it closes. They are removed at the next start.",
                )
            self.done_text.setText(text)
            self.go(self.DONE, self.next_button)
            self.lockTurnedOn.emit()

        self.start(
            translate("TurnOnDialog", "Encrypting your entries…"),
            lambda: None,  # nothing slow and pure here: sealing is the journal's own work
            lambda _nothing: self.journal.complete_lock(progress=self.show_progress),
            finished,
        )

    def reject(self) -> None:
        if not self.cancellable():
            return
        self.drop_job()
        if self.prepared and not self.completed:
            try:
                self.journal.cancel_lock()
            except JournalError as error:
                self.cancel_problem = str(error)
            self.prepared = False
            self.code.set_code("")
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TurnOnDialog", "Turn the lock on"))
        headings = {
            self.WARNING: translate("TurnOnDialog", "Before you turn the lock on"),
            self.PASSPHRASE: translate("TurnOnDialog", "Choose a passphrase"),
            self.CODE: translate("TurnOnDialog", "Save your recovery code"),
            self.DONE: translate("TurnOnDialog", "The lock is on"),
        }
        self.heading.setText(headings[self.step()])
        self.warning_text.setText(
            translate(
                "TurnOnDialog",
                "There is no way around the lock. If you lose the passphrase and the recovery "
                "code, nobody can read your entries again: not you, and not the makers of "
                "Tenang.",
            )
        )
        self.details.setText(
            translate(
                "TurnOnDialog",
                "The lock encrypts each entry's mood, energy, tags and note, and your own "
                "tags, with a passphrase you choose. Next you get a recovery code, shown "
                "once, that opens the journal if you forget the passphrase.\n\n"
                "Still readable without the passphrase: when each entry was written, whether "
                "it was written before or after a routine, your routine runs (which routine, "
                "when, how long) and how many entries there are. Backups and exports you made "
                "before are not locked.",
            )
        )
        self.caution.setAccessibleName(translate("TurnOnDialog", "Warning"))
        texts = {
            self.WARNING: (
                translate("TurnOnDialog", "I understand, &continue"),
                translate("TurnOnDialog", "Go on to choose a passphrase"),
            ),
            self.PASSPHRASE: (
                translate("TurnOnDialog", "&Continue"),
                translate("TurnOnDialog", "Check the passphrase and show the code"),
            ),
            self.CODE: (
                translate("TurnOnDialog", "&Finish"),
                translate(
                    "TurnOnDialog",
                    "Encrypt every entry; enabled once you ticked that you saved the code",
                ),
            ),
            self.DONE: (
                translate("TurnOnDialog", "&Done"),
                translate("TurnOnDialog", "Close this window"),
            ),
        }
        self.name_next(*texts[self.step()])
        self.cancel_button.setText(translate("TurnOnDialog", "Cancel"))
        name_widget(
            self.cancel_button,
            translate("TurnOnDialog", "Cancel"),
            translate("TurnOnDialog", "Leave the journal as it was, unencrypted"),
        )
        self.error.setAccessibleName(translate("TurnOnDialog", "Problem"))


class NewRecoveryCodeDialog(StepDialog):
    """The passphrase, then a new recovery code shown once; the old code stops working."""

    PASSPHRASE, CODE = range(2)

    def __init__(
        self,
        journal: Journal,
        runner: Runner,
        *,
        params: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        intro = QLabel()
        entry = SecretEntry(allow_code=False)
        code = RecoveryCodeView()
        super().__init__(runner, parent, [_page(intro, entry), code])
        self.setObjectName("NewRecoveryCodeDialog")
        self.journal = journal
        self.params = params
        self.intro = intro
        intro.setWordWrap(True)
        self.entry = entry
        self.code = code
        entry.changed.connect(self.refresh_buttons)
        code.savedChanged.connect(lambda _saved: self.refresh_buttons())
        self.retranslate()
        self.refresh_buttons()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_buttons(self) -> None:
        if self.step() == self.PASSPHRASE:
            ready = bool(self.entry.secret())
        else:
            ready = self.code.saved.isChecked()
        self.next_button.setEnabled(not self.busy and ready)
        self.cancel_button.setVisible(self.step() == self.PASSPHRASE)

    def next_step(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.step() == self.CODE:
            self.code.set_code("")
            self.accept()
            return
        try:
            request = self.journal.unlock_request(self.entry.secret())
        except JournalError as error:
            self.failed(error)
            return
        params = self.params

        def stored(rewrap: Rewrap) -> str | None:
            self.journal.store_rewrap(rewrap)
            return rewrap.recovery_code

        def shown(code: str) -> None:
            self.entry.field.clear()
            self.code.set_code(code)
            self.go(self.CODE, self.code.code_label)

        self.start(
            translate("NewRecoveryCodeDialog", "Making a new recovery code… This takes a moment."),
            lambda: request.new_recovery_code(params),
            stored,
            shown,
        )

    def wrong_secret(self, error: WrongPassphrase) -> None:
        self.retry_secret(_wrong_text(error, False))

    def retry_secret(self, text: str) -> None:
        self.show_error(text)
        self.entry.wrong(text)

    def reject(self) -> None:
        # The new code replaced the old one the moment it was shown: leaving without
        # confirming would lose the only copy, so only Finish closes this page.
        if self.step() == self.CODE and not self.code.saved.isChecked():
            self.show_error(
                translate(
                    "NewRecoveryCodeDialog",
                    "The old code no longer works. Save this one, tick the box, then Finish.",
                )
            )
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("NewRecoveryCodeDialog", "New recovery code"))
        self.heading.setText(
            translate("NewRecoveryCodeDialog", "Make a new recovery code")
            if self.step() == self.PASSPHRASE
            else translate("NewRecoveryCodeDialog", "Save your new recovery code")
        )
        self.intro.setText(
            translate(
                "NewRecoveryCodeDialog",
                "A new recovery code replaces the old one, which stops working at once. Use "
                "this if the old code was lost or seen by someone else. Enter your passphrase "
                "to go on.",
            )
        )
        self.cancel_button.setText(translate("NewRecoveryCodeDialog", "Cancel"))
        name_widget(
            self.cancel_button,
            translate("NewRecoveryCodeDialog", "Cancel"),
            translate("NewRecoveryCodeDialog", "Keep the old recovery code"),
        )
        if self.step() == self.PASSPHRASE:
            self.name_next(
                translate("NewRecoveryCodeDialog", "&Continue"),
                translate("NewRecoveryCodeDialog", "Replace the code and show the new one"),
            )
        else:
            self.name_next(
                translate("NewRecoveryCodeDialog", "&Finish"),
                translate(
                    "NewRecoveryCodeDialog",
                    "Close; enabled once you ticked that you saved the code",
                ),
            )
        self.error.setAccessibleName(translate("NewRecoveryCodeDialog", "Problem"))
