"""Shared helpers for the reminder tests: zones, rule makers and a fake GUI loop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from tenang.core.reminders import (
    Due,
    Fired,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    ReminderState,
    Rule,
    SuggestRoutine,
    apply,
    next_due,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
JAKARTA = ZoneInfo("Asia/Jakarta")
ZONES = (BERLIN, NEW_YORK, JAKARTA)


def at(
    tz: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0, fold: int = 0
) -> datetime:
    """A local moment: ``at(BERLIN, 2026, 3, 29, 2, 30)``."""
    return datetime(year, month, day, hour, minute, tzinfo=tz, fold=fold)


def fixed(rule_id: str, *walls: str, routine: str | None = None) -> FixedRule:
    action = SuggestRoutine(routine) if routine else OpenCheckIn()
    return FixedRule(rule_id, tuple(time.fromisoformat(w) for w in walls), action)


def interval(
    rule_id: str, every: int, start: str, end: str, days: Sequence[int] = range(7)
) -> Rule:
    return IntervalRule(
        rule_id,
        every,
        time.fromisoformat(start),
        time.fromisoformat(end),
        SuggestRoutine("box-breathing"),
        frozenset(days),
    )


def fire_all(
    rules: Sequence[Rule], start: datetime, until: datetime, state: ReminderState | None = None
) -> list[Due]:
    """What a GUI showing every reminder the moment it is due would show in ``[start, until)``."""
    state = state if state is not None else ReminderState(handled_through=start)
    shown: list[Due] = []
    now = start
    while True:
        due = next_due(rules, state, now)
        if due is None or due.at >= until:
            return shown
        assert due.at.astimezone(UTC) >= now.astimezone(UTC)
        now = due.at
        shown.append(due)
        state = apply(state, Fired(due), now)


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
