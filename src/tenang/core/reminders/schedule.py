"""When is the next reminder? A pure function of the rules, the state and "now".

The GUI arms one timer for ``next_due(...).at`` and, when it fires, asks again with the new
now; it never counts ticks, so sleep, a stalled event loop or a clock change cannot make
reminders drift, pile up or vanish.

The rules, in order:

1. Paused until resumed: nothing is due. Paused until T: occurrences before T are skipped.
2. A snoozed reminder comes back at its time *instead of* anything due before then.
3. Occurrences at or before ``state.handled_through`` were dealt with; occurrences of a rule
   on its skipped day are skipped.
4. Missed occurrences (the machine slept, the app was closed, the timer fired late) are never
   stacked: of those still *relevant now*, only the latest fires, once, at ``now``. Relevant
   means: an interval rule's active hours contain now (same day), a fixed time is at most
   :data:`~tenang.core.reminders.rules.MISSED_GRACE` old, a snooze counts as its rule does.
   Firing it marks every earlier occurrence handled.
5. Otherwise the earliest future occurrence. Ties at one instant are one reminder: a snooze
   beats a fixed time, which beats an interval slot (fixed times were chosen deliberately).

Wall times become instants through :func:`~tenang.core.reminders.walltime.resolve_wall`
(spring-forward gaps fire when the gap ends, fall-back folds fire on the first pass).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from typing import Final

from tenang.core.reminders.rules import MISSED_GRACE, Action, FixedRule, IntervalRule, Rule
from tenang.core.reminders.state import ReminderState, to_utc
from tenang.core.reminders.walltime import resolve_wall

LOOKBACK: Final = timedelta(days=2)
"""Missed occurrences older than this cannot be relevant now (see rule 4), so a state last
saved months ago costs no more to schedule from than yesterday's."""
LOOKAHEAD_DAYS: Final = 8
"""A rule fires at least once a week (it has at least one weekday), skips last one day."""


class DueKind(Enum):
    ON_TIME = "on-time"
    MISSED = "missed"
    """Late: its time passed while the app could not show it; shown once on wake."""
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class Due:
    """The next reminder: which rule, what to offer, and when to show it.

    ``at`` is when to show it (local, aware; ``now`` itself when it is overdue), ``scheduled``
    the occurrence it stands for (differs from ``at`` when missed or snoozed).
    """

    rule_id: str
    action: Action
    at: datetime
    scheduled: datetime
    kind: DueKind


@dataclass(frozen=True)
class _Candidate:
    instant: datetime  # UTC
    rule: Rule
    snoozed: bool
    order: int

    @property
    def rank(self) -> int:
        """Which wins a tie at one instant: a snooze, then a fixed time, then an interval."""
        return 0 if self.snoozed else 1 if isinstance(self.rule, FixedRule) else 2

    def sort_key(self) -> tuple[datetime, int, int]:
        return (self.instant, self.rank, self.order)


_OFFSET_SLACK: Final = timedelta(hours=3)
"""More than any difference between two UTC offsets of one zone a few hours apart."""


def occurrences(
    rule: Rule, tz: tzinfo, first_day: date, last_day: date, after: datetime | None = None
) -> Iterator[datetime]:
    """The rule's instants (UTC, ascending, no repeats) for local days ``first_day..last_day``.

    Wall times that fall in one gap resolve to one instant and are yielded once. With
    ``after`` (UTC), wall times clearly before it are not resolved at all (only a speed-up:
    callers still filter), which keeps a 5-minute interval rule cheap to schedule.
    """
    skip_before = (
        after.astimezone(tz).replace(tzinfo=None) - _OFFSET_SLACK if after is not None else None
    )
    previous: datetime | None = None
    day = first_day
    while day <= last_day:
        if day.weekday() in rule.weekdays:
            walls = rule.wall_times
            if skip_before is not None and day <= skip_before.date():
                walls = tuple(w for w in walls if datetime.combine(day, w) >= skip_before)
            for instant in sorted({resolve_wall(day, wall, tz) for wall in walls}):
                if previous is None or instant > previous:
                    previous = instant
                    yield instant
        day += timedelta(days=1)


def _relevant(candidate: _Candidate, now: datetime, now_utc: datetime, tz: tzinfo) -> bool:
    """Whether a missed occurrence may still fire at ``now`` (rule 4)."""
    rule = candidate.rule
    if isinstance(rule, IntervalRule):
        same_day = candidate.instant.astimezone(tz).date() == now.date()
        return same_day and rule.within_hours(now)
    return now_utc - candidate.instant <= MISSED_GRACE


def next_due(rules: Sequence[Rule], state: ReminderState, now: datetime) -> Due | None:
    """The next reminder to show at or after ``now`` (aware, in the user's local zone).

    ``None`` when paused until resumed or when no rule is enabled. ``at`` is never before
    ``now``.
    """
    tz = now.tzinfo
    now_utc = to_utc(now)
    assert tz is not None  # to_utc refused naive datetimes
    floor = to_utc(state.handled_through) if state.handled_through is not None else None
    pause_end: datetime | None = None
    if state.paused is not None:
        if state.paused.until is None:
            return None
        pause_end = to_utc(state.paused.until)
    active = [(order, rule) for order, rule in enumerate(rules) if rule.enabled]
    by_id = {rule.id: (order, rule) for order, rule in active}

    def allowed(instant: datetime, rule: Rule) -> bool:
        if pause_end is not None and instant < pause_end:
            return False
        skipped = state.skipped.get(rule.id)
        return skipped is None or instant.astimezone(tz).date() != skipped

    candidates: list[_Candidate] = []
    snooze_end: datetime | None = None
    if state.snoozed is not None and state.snoozed.rule_id in by_id:
        order, rule = by_id[state.snoozed.rule_id]
        snooze_end = to_utc(state.snoozed.until)
        if allowed(snooze_end, rule):
            candidates.append(_Candidate(snooze_end, rule, True, order))

    # Occurrences after the handled mark (or from now on, on a first run) and after a snooze
    # (it replaces them); none older than LOOKBACK can be relevant.
    handled = floor if floor is not None else now_utc - timedelta(microseconds=1)
    lower = max(x for x in (handled, snooze_end, now_utc - LOOKBACK) if x is not None)
    first_day = lower.astimezone(tz).date() - timedelta(days=1)
    horizon = max(now_utc, lower, pause_end or now_utc)
    last_day = horizon.astimezone(tz).date() + timedelta(days=LOOKAHEAD_DAYS)
    for order, rule in active:
        for instant in occurrences(rule, tz, first_day, last_day, lower):
            if instant <= lower or not allowed(instant, rule):
                continue
            candidates.append(_Candidate(instant, rule, False, order))
            if instant > now_utc:
                break  # the rule's first future occurrence is all rule 5 needs

    overdue = [c for c in candidates if c.instant <= now_utc and _relevant(c, now, now_utc, tz)]
    if overdue:
        chosen = max(overdue, key=lambda c: (c.instant, -c.rank, -c.order))
        at = now_utc
    else:
        future = [c for c in candidates if c.instant > now_utc]
        if not future:
            return None
        chosen = min(future, key=_Candidate.sort_key)
        at = chosen.instant
    if chosen.snoozed:
        kind = DueKind.SNOOZED
    elif chosen.instant < now_utc:
        kind = DueKind.MISSED
    else:
        kind = DueKind.ON_TIME
    return Due(
        rule_id=chosen.rule.id,
        action=chosen.rule.action,
        at=at.astimezone(tz),
        scheduled=chosen.instant.astimezone(tz),
        kind=kind,
    )
