"""What has happened to the reminders so far, and the pure transitions the user's choices make.

The state is small and absolute: instants are stored in UTC (aware ``datetime``), so it means
the same after a restart, a time-zone change or a clock change. Comparing two aware datetimes
of the *same* zone ignores ``fold`` (Python compares their wall times), which would confuse the
two 01:30s of a fall-back night; keeping every instant in UTC avoids that class of bug.

``apply(state, action, now)`` is the only way the state changes; it never reads a clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from tenang.core.reminders.rules import SNOOZE_MINUTES
from tenang.core.reminders.walltime import resolve_wall

if TYPE_CHECKING:
    from tenang.core.reminders.schedule import Due


def to_utc(moment: datetime) -> datetime:
    """``moment`` as UTC; a naive datetime is a bug (its meaning depends on the machine)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"an aware datetime is required (got naive {moment.isoformat()})")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Snoozed:
    """One reminder put off: it returns at ``until`` in place of anything due before then."""

    rule_id: str
    until: datetime


@dataclass(frozen=True)
class Paused:
    """All reminders off until ``until`` (UTC), or until resumed when ``until`` is ``None``."""

    until: datetime | None


@dataclass(frozen=True)
class ReminderState:
    """Everything :func:`~tenang.core.reminders.schedule.next_due` needs besides rules and now.

    ``handled_through``: every occurrence at or before this instant has been dealt with (shown,
    withheld, snoozed, or swallowed as one of several missed ones). ``None`` means "from now
    on": a first start never fires reminders from before it existed.
    """

    handled_through: datetime | None = None
    last_fired: Mapping[str, datetime] = field(default_factory=dict)
    snoozed: Snoozed | None = None
    paused: Paused | None = None
    skipped: Mapping[str, date] = field(default_factory=dict)
    """Rule id -> the local date on which its remaining reminders are skipped."""


class PauseLength(Enum):
    HOUR = "hour"
    UNTIL_TOMORROW = "tomorrow"
    UNTIL_RESUMED = "resumed"


@dataclass(frozen=True)
class Fired:
    """The reminder was shown."""

    due: Due


@dataclass(frozen=True)
class Withheld:
    """The reminder was due but not shown (the respect rules said no); it is not repeated."""

    due: Due


@dataclass(frozen=True)
class Snooze:
    """Put off the reminder just shown by 5, 10 or 30 minutes."""

    due: Due
    minutes: int

    def __post_init__(self) -> None:
        if self.minutes not in SNOOZE_MINUTES:
            raise ValueError(f"snooze must be one of {SNOOZE_MINUTES} minutes (got {self.minutes})")


@dataclass(frozen=True)
class SkipToday:
    """No more reminders from this rule today (local date); other rules carry on."""

    rule_id: str


@dataclass(frozen=True)
class Pause:
    length: PauseLength


@dataclass(frozen=True)
class Resume:
    """End a pause. What fell inside the pause stays skipped: it does not come back late."""


@dataclass(frozen=True)
class CatchUp:
    """Count everything up to now as handled: after editing rules, so a new 09:00 rule added
    at 09:20 does not fire at once as a "missed" reminder."""


ReminderAction = Fired | Withheld | Snooze | SkipToday | Pause | Resume | CatchUp


_TICK = timedelta(microseconds=1)


def is_paused(state: ReminderState, now: datetime) -> bool:
    """Whether a pause is in force at ``now`` (an ended pause may linger in the state)."""
    paused = state.paused
    return paused is not None and (paused.until is None or to_utc(now) < to_utc(paused.until))


def local_midnight_after(now: datetime) -> datetime:
    """The start of the next local day, in UTC (midnight itself may not exist somewhere)."""
    tz = now.tzinfo
    assert tz is not None
    return resolve_wall(now.date() + timedelta(days=1), time(0), tz)


def _handled(state: ReminderState, *moments: datetime) -> datetime:
    candidates = [to_utc(m) for m in moments]
    if state.handled_through is not None:
        candidates.append(to_utc(state.handled_through))
    return max(candidates)


def apply(state: ReminderState, action: ReminderAction, now: datetime) -> ReminderState:
    """The state after ``action`` at ``now`` (aware, in the user's local zone)."""
    now_utc = to_utc(now)
    today = now.date()
    skipped = {rule: day for rule, day in state.skipped.items() if day >= today}
    state = replace(state, skipped=skipped)
    if state.paused is not None and state.paused.until is not None:
        ended = to_utc(state.paused.until)
        if ended <= now_utc:
            # An ended pause becomes "handled up to just before its end": occurrences inside
            # it stay skipped, one exactly at its end still fires (datetimes are microseconds).
            state = replace(state, paused=None, handled_through=_handled(state, ended - _TICK))
    match action:
        case Fired(due) | Withheld(due):
            last = dict(state.last_fired)
            if isinstance(action, Fired):
                last[due.rule_id] = now_utc
            return replace(
                state,
                handled_through=_handled(state, due.at, due.scheduled, now),
                last_fired=last,
                snoozed=None,
            )
        case Snooze(due, minutes):
            return replace(
                state,
                handled_through=_handled(state, due.at, due.scheduled, now),
                snoozed=Snoozed(due.rule_id, now_utc + timedelta(minutes=minutes)),
            )
        case SkipToday(rule_id):
            snoozed = state.snoozed
            if snoozed is not None and snoozed.rule_id == rule_id:
                snoozed = None
            return replace(state, skipped={**skipped, rule_id: today}, snoozed=snoozed)
        case Pause(length):
            until: datetime | None
            if length is PauseLength.HOUR:
                until = now_utc + timedelta(hours=1)
            elif length is PauseLength.UNTIL_TOMORROW:
                until = local_midnight_after(now)
            else:
                until = None
            return replace(state, paused=Paused(until), snoozed=None)
        case Resume():
            return replace(state, paused=None, handled_through=_handled(state, now))
        case CatchUp():
            return replace(state, handled_through=_handled(state, now))
    raise TypeError(f"unknown reminder action {action!r}")  # pragma: no cover
