"""Gentle reminders, the pure part: rules, schedule, state, respect rules and their file.

Nothing here reads a clock or asks the desktop anything: "now" and the platform probes are
passed in, so every decision is a function the tests can call with any instant and any fake.
The GUI (tray, notifications, real probes) is built on top; see docs/reminders.md.
"""

from tenang.core.reminders.respect import Decision, Probes, RespectPolicy, should_remind
from tenang.core.reminders.rules import (
    ALL_WEEKDAYS,
    SNOOZE_MINUTES,
    Action,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    Rule,
    SuggestRoutine,
)
from tenang.core.reminders.schedule import Due, DueKind, next_due
from tenang.core.reminders.state import (
    CatchUp,
    Fired,
    Pause,
    PauseLength,
    ReminderAction,
    ReminderState,
    Resume,
    SkipToday,
    Snooze,
    Withheld,
    apply,
    is_paused,
)

__all__ = [
    "ALL_WEEKDAYS",
    "SNOOZE_MINUTES",
    "Action",
    "CatchUp",
    "Decision",
    "Due",
    "DueKind",
    "Fired",
    "FixedRule",
    "IntervalRule",
    "OpenCheckIn",
    "Pause",
    "PauseLength",
    "Probes",
    "ReminderAction",
    "ReminderState",
    "RespectPolicy",
    "Resume",
    "Rule",
    "SkipToday",
    "Snooze",
    "SuggestRoutine",
    "Withheld",
    "apply",
    "is_paused",
    "next_due",
    "should_remind",
]
