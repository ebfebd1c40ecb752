"""The journal lock while the app runs: ask for the passphrase when needed, forget it when idle.

- :meth:`LockGuard.ensure_unlocked` is called at the moment the journal's content is needed
  (opening the journal window, editing an entry, exporting, importing); never at start-up,
  and never for a check-in, which the journal seals without the key.
- The key is forgotten after ``journal_lock_minutes`` without a key press or mouse input in
  Tenang, when the main window is hidden (to the tray, or closed), and on *Lock now*.

Where the work runs: Argon2id over 64 MiB takes from a third of a second to more than a
second, and Python's ``sqlite3`` refuses to use a connection from any thread but the one that
opened it. So the dialogs split every lock operation (``LockDialog.start``): the journal reads
and writes stay on this thread, and only the pure part (deriving and wrapping keys, sealing an
export) goes to :class:`WorkerRunner`, which runs it on a ``QThreadPool`` thread and hands the
result back through a queued signal. The window keeps painting meanwhile. Tests inject
:class:`~tenang.ui.journal.lock_dialogs.SyncRunner`.

The idle timer is one single-shot armed for "last input + N minutes" (the reminders'
:class:`~tenang.ui.timers.SingleShot`, so tests use ``FakeSingleShot``); when it
fires it either locks or re-arms for the time still left. An application event filter only
notes the time of the last input, and it is installed only while the journal is unlocked with
the lock on: with the lock off the app pays nothing.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from tenang.core.journal import Journal, JournalError
from tenang.core.journal.crypto import DEFAULT_KDF, KdfParams
from tenang.ui.timers import SingleShotFactory, qt_single_shot

if TYPE_CHECKING:  # the dialogs load on first use, not at start-up
    from tenang.ui.journal.lock_dialogs import Runner, UnlockDialog

INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
"""What counts as the user being there. Only events Qt delivers to Tenang's own windows."""


Done = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Lives on the UI thread; the worker emits :attr:`delivered` and Qt queues the call."""

    delivered = Signal(object, object)

    def __init__(self, done: Done, finished: Callable[[_Relay], None]) -> None:
        super().__init__()
        self._done = done
        self._finished = finished
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            self._done(result, error)
        finally:
            self._finished(self)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # handed to ``done`` on the UI thread
            self._relay.delivered.emit(None, error)
            return
        self._relay.delivered.emit(result, None)


class WorkerRunner(QObject):
    """The app's runner: the job on a pool thread, ``done`` on the UI thread (queued).

    A job here is pure (Argon2id releases the GIL, so the UI thread keeps running Python
    too). :attr:`delivered` fires after each ``done``: what a test waits for.
    """

    delivered = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()  # alive until their result is delivered

    def run(self, job: Callable[[], Any], done: Done) -> None:
        relay = _Relay(done, self._finished)
        self._relays.add(relay)
        self.pool.start(_Job(job, relay))

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self.delivered.emit()

    def busy(self) -> bool:
        """A job is running or its result not yet delivered."""
        return bool(self._relays)


@dataclass(frozen=True)
class LockOptions:
    """What tests replace: the runner, the clock, the timer, and Argon2id's cost for new keys."""

    runner: Runner = field(default_factory=WorkerRunner)
    now: Callable[[], float] = time.monotonic
    timer_factory: SingleShotFactory = qt_single_shot
    kdf: KdfParams = DEFAULT_KDF


class IdleLock(QObject):
    """Calls ``on_idle`` after ``minutes()`` without input, ``on_hidden`` when ``watch`` hides.

    Active only between :meth:`start` and :meth:`stop`.
    """

    def __init__(
        self,
        on_idle: Callable[[], None],
        minutes: Callable[[], int],
        *,
        now: Callable[[], float],
        timer_factory: SingleShotFactory,
        watch: QWidget | None = None,
        on_hidden: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self._minutes = minutes
        self._now = now
        self._watch = watch
        self._on_hidden = on_hidden or on_idle
        self.timer = timer_factory(self._wake, self)
        self.last_input = now()
        self.active = False

    def limit(self) -> float:
        return max(1, int(self._minutes())) * 60.0

    def start(self) -> None:
        self.last_input = self._now()
        if not self.active:
            self.active = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._arm()

    def stop(self) -> None:
        if self.active:
            self.active = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self.timer.stop()

    def rearm(self) -> None:
        """The idle time changed in the settings: count it from the last input again."""
        if self.active:
            self._arm()

    def _arm(self) -> None:
        left = self.last_input + self.limit() - self._now()
        self.timer.stop()
        self.timer.start(max(0, math.ceil(left * 1000)))

    def _wake(self) -> None:
        if not self.active:
            return
        if self._now() - self.last_input >= self.limit():
            self.stop()
            self._on_idle()
        else:
            self._arm()  # there was input meanwhile: sleep until the new deadline

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self.last_input = self._now()
        elif (
            kind == QEvent.Type.Hide
            and self._watch is not None
            and watched is self._watch
            and not event.spontaneous()  # a minimised window hides spontaneously: idle decides
        ):
            self.stop()
            self._on_hidden()
        return False


class LockGuard(QObject):
    """Knows whether the journal's content may be shown, asks for the passphrase, locks.

    :attr:`stateChanged` fires whenever content became readable or unreadable (unlocked,
    locked, lock turned on or off): views then drop or re-read what they show.
    """

    stateChanged = Signal()
    problem = Signal(str)
    """The unlock worked, but something in the journal needs saying (a sealed check-in that
    does not open: the core's message)."""

    def __init__(
        self,
        journal: Callable[[], Journal | None],
        window: QWidget,
        minutes: Callable[[], int],
        options: LockOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.window = window
        self.options = options or LockOptions()
        self.idle = IdleLock(
            self.lock_now,
            minutes,
            now=self.options.now,
            timer_factory=self.options.timer_factory,
            watch=window,
            parent=self,
        )
        self.dialog: UnlockDialog | None = None
        self._then: list[Callable[[], object]] = []
        self._otherwise: list[Callable[[], object]] = []
        self._unlocked = False
        self._pending_dismissed = False
        self.turning_on = False
        """Set by the controller while the turn-on dialog holds a "pending" lock of its own."""

    # -- state --------------------------------------------------------------------------------

    def state(self) -> str:
        """``off``, ``pending`` or ``on`` ("off" without a journal or when it cannot be read)."""
        journal = self._journal()
        if journal is None:
            return "off"
        try:
            return journal.lock_state
        except JournalError:
            return "off"

    def is_locked(self) -> bool:
        """The lock is on and no key is held: the content cannot be shown."""
        journal = self._journal()
        if journal is None:
            return False
        try:
            return journal.locked
        except JournalError:
            return False

    def is_unlocked(self) -> bool:
        """The lock is on and this run holds the key (what *Lock now* can undo)."""
        return self._unlocked

    def needs_unlock(self) -> bool:
        state = self.state()
        if state == "on":
            return self.is_locked()
        if state == "pending":
            return not (self._pending_dismissed or self._unlocked or self.turning_on)
        return False

    # -- asking ------------------------------------------------------------------------------

    def ensure_unlocked(
        self,
        then: Callable[[], object],
        *,
        otherwise: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> UnlockDialog | None:
        """Run ``then`` now if the content is readable, else after a successful unlock.

        Cancel runs ``otherwise`` instead (for an interrupted turn-on, "Not now" runs
        ``then``: the entries are still readable). Several requests share one dialog.
        """
        journal = self._journal()
        if journal is None or not self.needs_unlock():
            then()
            return None
        from tenang.ui.journal.lock_dialogs import UnlockDialog

        self._then.append(then)
        if otherwise is not None:
            self._otherwise.append(otherwise)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = UnlockDialog(
            journal,
            self.options.runner,
            pending=self.state() == "pending",
            parent=parent or self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._succeeded)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialog.open()
        return dialog

    def unlock(self, parent: QWidget | None = None) -> UnlockDialog | None:
        """The "Unlock…" buttons: ask now, nothing else to do afterwards."""
        return self.ensure_unlocked(lambda: None, parent=parent)

    def _succeeded(self) -> None:
        problem = self.dialog.problem if self.dialog is not None else None
        self.dialog = None
        self._otherwise.clear()
        then, self._then = self._then, []
        self.became_unlocked()
        if problem is not None:
            self.problem.emit(problem)
        for action in then:
            action()

    def _cancelled(self) -> None:
        pending = self.dialog is not None and self.dialog.pending
        self.dialog = None
        then, self._then = self._then, []
        otherwise, self._otherwise = self._otherwise, []
        if pending:
            self._pending_dismissed = True  # asked once per run; the Data page offers it
            for action in then:
                action()
        else:
            for action in otherwise:
                action()

    # -- changes -----------------------------------------------------------------------------

    def became_unlocked(self) -> None:
        """The key is held (after an unlock or turning the lock on)."""
        self._unlocked = self.state() == "on"
        if self._unlocked:
            self.idle.start()
        self.stateChanged.emit()

    def lock_now(self) -> None:
        """Forget the key and everything decrypted (idle, hidden, or *Lock now*)."""
        journal = self._journal()
        self.idle.stop()
        self._unlocked = False
        if journal is not None:
            journal.lock()
        self.stateChanged.emit()

    def sync(self) -> None:
        """Notice a change made elsewhere: the lock turned off, a restore, another Tenang."""
        if self._unlocked and (self.state() != "on" or self.is_locked()):
            self._unlocked = False
            self.idle.stop()
            self.stateChanged.emit()

    def settings_changed(self) -> None:
        self.idle.rearm()

    def shutdown(self) -> None:
        self.idle.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
