"""What the user asked to be reminded of, and when: frozen values, checked on construction.

Two kinds of rule cover what people ask break-reminder apps for: *every N minutes* inside
active hours (a breath each hour at work) and *fixed times of day* (a morning breath, an evening
check-in). Both name local wall-clock times, never instants: "08:00" must stay 08:00 when the
clocks change, so turning wall times into instants is left to :mod:`.schedule`, which knows the
day and the time zone.

Invalid values raise ``ValueError`` here, because they are programming errors at this level;
the settings file reports the same problems with file, line and key in :mod:`.persist`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Final

WEEKDAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday keys in ``date.weekday()`` order (Monday is 0)."""
ALL_WEEKDAYS: Final = frozenset(range(7))
SNOOZE_MINUTES: Final = (5, 10, 30)
"""The snooze lengths offered; a short fixed list keeps the notification's buttons few."""
MIN_EVERY_MINUTES: Final = 5
MAX_EVERY_MINUTES: Final = 24 * 60
MAX_FIXED_TIMES: Final = 24
MISSED_GRACE: Final = timedelta(hours=1)
"""How late a missed fixed-time reminder may still fire on wake: a morning breath shown at
lunch would be noise, one shown twenty minutes late is still the morning breath."""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class SuggestRoutine:
    """Offer to start one routine (by its id; the GUI looks it up when the reminder fires)."""

    routine_id: str

    def __post_init__(self) -> None:
        if not _ID.match(self.routine_id):
            raise ValueError(f"routine id must look like 'box-breathing' (got {self.routine_id!r})")


@dataclass(frozen=True)
class OpenCheckIn:
    """Offer a mood check-in."""


Action = SuggestRoutine | OpenCheckIn


def _check_common(rule_id: str, weekdays: frozenset[int]) -> None:
    if not _ID.match(rule_id):
        raise ValueError(f"rule id must look like 'morning-breath' (got {rule_id!r})")
    if not weekdays or not weekdays <= ALL_WEEKDAYS:
        raise ValueError(f"weekdays must be a non-empty subset of 0..6 (got {sorted(weekdays)})")


def _check_wall(name: str, value: time) -> None:
    """Wall times are naive and whole minutes: what a person types, nothing finer."""
    if value.tzinfo is not None:
        raise ValueError(f"{name} must be a local wall time without a time zone")
    if value.second or value.microsecond:
        raise ValueError(f"{name} must be a whole minute (got {value.isoformat()})")


def minutes_of(value: time) -> int:
    """Minutes since midnight of a wall time."""
    return value.hour * 60 + value.minute


@dataclass(frozen=True)
class IntervalRule:
    """Every ``every_minutes`` within ``[start, end)`` on the chosen weekdays.

    The slots are anchored to ``start`` (09:00, 09:45, 10:30, ...), not to the last reminder,
    so they are predictable, survive restarts and sleep unchanged, and a snooze does not shift
    the rest of the day. ``end`` is exclusive: hours 09:00-17:00 every 60 minutes ends at 16:00.
    Active hours lie within one day (``start < end``).
    """

    id: str
    every_minutes: int
    start: time
    end: time
    action: Action
    weekdays: frozenset[int] = ALL_WEEKDAYS
    enabled: bool = True
    wall_times: tuple[time, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_common(self.id, self.weekdays)
        _check_wall("start", self.start)
        _check_wall("end", self.end)
        if isinstance(self.every_minutes, bool) or not (
            MIN_EVERY_MINUTES <= self.every_minutes <= MAX_EVERY_MINUTES
        ):
            raise ValueError(
                f"every_minutes must be from {MIN_EVERY_MINUTES} to {MAX_EVERY_MINUTES} "
                f"(got {self.every_minutes!r})"
            )
        if not self.start < self.end:
            raise ValueError(f"start ({self.start}) must be before end ({self.end})")
        first, last = minutes_of(self.start), minutes_of(self.end)
        walls = tuple(time(m // 60, m % 60) for m in range(first, last, self.every_minutes))
        object.__setattr__(self, "wall_times", walls)

    def within_hours(self, local: datetime) -> bool:
        """Whether a local moment lies in the active hours of an active weekday."""
        return local.weekday() in self.weekdays and self.start <= local.time() < self.end


@dataclass(frozen=True)
class FixedRule:
    """At each of ``times`` (local wall times) on the chosen weekdays."""

    id: str
    times: tuple[time, ...]
    action: Action
    weekdays: frozenset[int] = ALL_WEEKDAYS
    enabled: bool = True

    def __post_init__(self) -> None:
        _check_common(self.id, self.weekdays)
        if not 1 <= len(self.times) <= MAX_FIXED_TIMES:
            raise ValueError(
                f"times must list 1 to {MAX_FIXED_TIMES} times (got {len(self.times)})"
            )
        for value in self.times:
            _check_wall("times", value)
        if len(set(self.times)) != len(self.times):
            raise ValueError("times must not repeat")
        object.__setattr__(self, "times", tuple(sorted(self.times)))

    @property
    def wall_times(self) -> tuple[time, ...]:
        return self.times


Rule = IntervalRule | FixedRule
