"""One single-shot timer for the next reminder; nothing polls.

The scheduler keeps no timing state of its own: every time it wakes (the timer, a user choice,
a rule edit, a wake from sleep, a time-zone change) it asks
:func:`~tenang.core.reminders.next_due` with the current local time and arms one timer for the
answer. The delay is capped at :data:`MAX_SLEEP_MS` (one minute) because most platforms do not
tell an app that the wall clock jumped or the zone changed; a capped wake that finds nothing due
only re-arms. So the app wakes at most once a minute for reminders, and never before the
reminder is due when it is due sooner than that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, Signal

from tenang.core.reminders import (
    CatchUp,
    Decision,
    Due,
    Fired,
    Pause,
    PauseLength,
    Probes,
    ReminderAction,
    ReminderState,
    RespectPolicy,
    Resume,
    Rule,
    SkipToday,
    Snooze,
    Withheld,
    apply,
    is_paused,
    next_due,
    should_remind,
)
from tenang.core.reminders.persist import ReminderSettings, save_reminder_state
from tenang.ui.timers import SingleShotFactory, qt_single_shot

MAX_SLEEP_MS: Final = 60_000
"""The longest the timer sleeps: a clock or zone change is noticed within a minute."""


def local_zone() -> tzinfo:
    """The system's named zone (so DST rules apply), else the current fixed offset."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


def local_now() -> datetime:
    """Aware local now, re-reading the zone each time so a zone change is picked up."""
    return datetime.now(local_zone())


class ReminderScheduler(QObject):
    """Arms one timer for the next reminder, applies the user's choices, saves the state.

    ``show`` is called with a due reminder the respect rules allow; it must not take focus
    (:mod:`tenang.ui.reminders.notify`). ``state_file`` is ``None`` when the state must not be
    written (tests, or a damaged file that could not be moved aside).
    """

    nextDueChanged = Signal()
    reminderShown = Signal(object)
    reminderWithheld = Signal(object, object)

    def __init__(
        self,
        settings: ReminderSettings,
        state: ReminderState,
        probes: Probes,
        show: Callable[[Due], None],
        *,
        now: Callable[[], datetime] = local_now,
        timer_factory: SingleShotFactory = (qt_single_shot),
        state_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._state = state
        self._probes = probes
        self._show = show
        self._now = now
        self._state_file = state_file
        self.save_problem: str | None = None
        self.timer = timer_factory(self._wake, self)
        self.next: Due | None = None
        self.current: Due | None = None
        """The reminder last shown: what Snooze and Skip in the notification refer to."""
        self.last_decision: Decision | None = None
        if state.handled_through is None:
            # A fresh state means "from now on"; a timer landing late must still find its due.
            self._apply(CatchUp())
        self.rearm()

    # -- reading ----------------------------------------------------------------------------

    @property
    def state(self) -> ReminderState:
        return self._state

    @property
    def settings(self) -> ReminderSettings:
        return self._settings

    @property
    def rules(self) -> Sequence[Rule]:
        return self._settings.rules

    def paused(self) -> bool:
        return is_paused(self._state, self._now())

    def now_date(self) -> date:
        return self._now().date()

    # -- the timer --------------------------------------------------------------------------

    def rearm(self) -> None:
        """Ask what is due next and arm the one timer for it (capped at a minute)."""
        now = self._now()
        self.timer.stop()
        self.next = next_due(self._settings.rules, self._state, now)
        if self.next is not None:
            delay_ms = max(0, int((self.next.at - now).total_seconds() * 1000 + 0.999))
            self.timer.start(min(delay_ms, MAX_SLEEP_MS))
        # None (paused until resumed, or no rules): no timer at all, so no wake-ups.
        self.nextDueChanged.emit()

    def _wake(self) -> None:
        now = self._now()
        due = next_due(self._settings.rules, self._state, now)
        if due is not None and due.at <= now:
            decision = should_remind(self._probes, self._settings.respect)
            self.last_decision = decision
            if decision.allowed:
                self._apply(Fired(due), now)
                self.current = due
                self._show(due)
                self.reminderShown.emit(due)
            else:
                self._apply(Withheld(due), now)
                self.reminderWithheld.emit(due, decision)
        self.rearm()

    def notice_clock_change(self) -> None:
        """Wake from sleep, zone or clock change: the next due time may have moved."""
        self.rearm()

    # -- the user's choices ----------------------------------------------------------------

    def _apply(self, action: ReminderAction, now: datetime | None = None) -> None:
        self._state = apply(self._state, action, now if now is not None else self._now())
        if self._state_file is None:
            return
        if not self._settings.rules and not self._state_file.exists():
            return  # no reminders yet: no reason to write a state file at every start
        try:
            save_reminder_state(self._state_file, self._state)
            self.save_problem = None
        except OSError as error:
            self.save_problem = f"{self._state_file}: {error.strerror or error}"

    def snooze(self, minutes: int, due: Due | None = None) -> None:
        target = due or self.current
        if target is None:
            return
        self._apply(Snooze(target, minutes))
        self.rearm()

    def skip_today(self, due: Due | None = None) -> None:
        target = due or self.current
        if target is None:
            return
        self._apply(SkipToday(target.rule_id))
        self.rearm()

    def pause(self, length: PauseLength) -> None:
        self._apply(Pause(length))
        self.rearm()

    def resume(self) -> None:
        self._apply(Resume())
        self.rearm()

    def set_settings(self, settings: ReminderSettings) -> None:
        """New rules: what is already past counts as handled, so an edit never fires at once."""
        self._settings = settings
        self._apply(CatchUp())
        self.rearm()

    @property
    def respect(self) -> RespectPolicy:
        return self._settings.respect
