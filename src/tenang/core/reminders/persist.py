"""Reminder rules and reminder state in TOML files: strict on read, atomic on write.

Two files, because they change at different speeds and matter differently:

- ``reminders.toml``: the user's rules and respect policy (written by the settings page, may be
  edited by hand). Every problem is reported as ``FILE:LINE:COL: key: message``.
- ``reminders-state.toml``: what happened (handled up to, snooze, pause, skips); written after
  every reminder. Losing it costs at most one reminder, so it must never endanger the rules.

A file that cannot be used whole is moved aside with
:func:`tenang.core.settings.move_aside` (never overwritten, never deleted) and Tenang starts
without it, saying where it went, exactly as for ``settings.toml``. Writes go through
:func:`tenang.core.atomic.write_atomic`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Final, TypeVar

import tomli_w

from tenang.core.atomic import write_atomic
from tenang.core.paths import ensure_private_dir
from tenang.core.reminders.respect import DEFAULT_AWAY_MINUTES, RespectPolicy
from tenang.core.reminders.rules import (
    MAX_EVERY_MINUTES,
    MAX_FIXED_TIMES,
    MIN_EVERY_MINUTES,
    WEEKDAY_NAMES,
    Action,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    Rule,
    SuggestRoutine,
)
from tenang.core.reminders.state import Paused, ReminderState, Snoozed
from tenang.core.sessions.loader import syntax_problem
from tenang.core.sessions.locate import KeyPath, SourceMap, format_path, scan
from tenang.core.sessions.problems import Problem
from tenang.core.settings import Loaded, describe_value, move_aside, read_user_file

FORMAT: Final = 1
RULES_FILE_NAME: Final = "reminders.toml"
STATE_FILE_NAME: Final = "reminders-state.toml"
MAX_RULES: Final = 50
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_HH_MM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
T = TypeVar("T")


@dataclass(frozen=True)
class ReminderSettings:
    """The user's reminder choices; no rules (nothing reminds) until the user adds one."""

    rules: tuple[Rule, ...] = ()
    respect: RespectPolicy = field(default_factory=RespectPolicy)


class _Checker:
    """Collects located problems while converting a parsed document."""

    def __init__(self, file: str, source: SourceMap) -> None:
        self.file = file
        self.source = source
        self.problems: list[Problem] = []

    def add(self, path: KeyPath, message: str) -> None:
        position = self.source.locate(path)
        line, column = (position.line, position.column) if position else (None, None)
        self.problems.append(Problem(self.file, line, column, format_path(path), message))

    def table(self, path: KeyPath, value: object, known: tuple[str, ...] | None) -> dict[str, Any]:
        """``value`` as a table; ``known=None`` allows any key (rule ids)."""
        if not isinstance(value, dict):
            self.add(path, f"must be a table (got {describe_value(value)})")
            return {}
        if known is not None:
            for key in value:
                if key not in known:
                    self.add((*path, key), f"unknown key (known keys: {', '.join(known)})")
        return value

    def require(self, path: KeyPath, table: Mapping[str, Any], key: str) -> object:
        if key not in table:
            self.add(path, f"missing required key {key!r}")
            return None
        return table[key]

    def integer(self, path: KeyPath, value: object, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(
                path, f"must be a whole number from {low} to {high} (got {describe_value(value)})"
            )
            return None
        if not low <= value <= high:
            self.add(path, f"must be from {low} to {high} (got {value})")
            return None
        return value

    def boolean(self, path: KeyPath, value: object) -> bool | None:
        if isinstance(value, bool):
            return value
        self.add(path, f"must be true or false (got {describe_value(value)})")
        return None

    def ident(self, path: KeyPath, value: object, example: str) -> str | None:
        if isinstance(value, str) and _ID.match(value):
            return value
        self.add(path, f'must be an id like "{example}" (got {describe_value(value)})')
        return None

    def wall(self, path: KeyPath, value: object) -> time | None:
        if isinstance(value, str) and (match := _HH_MM.match(value)):
            return time(int(match[1]), int(match[2]))
        if isinstance(value, time) and value.second == 0 and value.microsecond == 0:
            return value
        self.add(path, f'must be a time of day like "07:30" (got {describe_value(value)})')
        return None

    def instant(self, path: KeyPath, value: object) -> datetime | None:
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return value.astimezone(UTC)
        self.add(path, f"must be a date and time with a UTC offset (got {describe_value(value)})")
        return None


def _weekdays(check: _Checker, path: KeyPath, value: object) -> frozenset[int] | None:
    names = ", ".join(WEEKDAY_NAMES)
    if not isinstance(value, list) or not value:
        check.add(path, f"must be a non-empty list of weekdays ({names})")
        return None
    days: set[int] = set()
    for index, item in enumerate(value):
        if item not in WEEKDAY_NAMES:
            check.add((*path, index), f"must be one of {names} (got {describe_value(item)})")
            return None
        if WEEKDAY_NAMES.index(item) in days:
            check.add((*path, index), f'"{item}" is listed twice')
            return None
        days.add(WEEKDAY_NAMES.index(item))
    return frozenset(days)


_INTERVAL_KEYS: Final = (
    "id",
    "kind",
    "every_minutes",
    "start",
    "end",
    "weekdays",
    "action",
    "routine",
    "enabled",
)
_FIXED_KEYS: Final = ("id", "kind", "times", "weekdays", "action", "routine", "enabled")


def _action(check: _Checker, path: KeyPath, table: Mapping[str, Any]) -> Action | None:
    value = check.require(path, table, "action")
    if value == "checkin":
        if "routine" in table:
            check.add((*path, "routine"), 'only allowed with action = "routine"')
            return None
        return OpenCheckIn()
    if value == "routine":
        routine = check.require(path, table, "routine")
        if routine is None:
            return None
        routine_id = check.ident((*path, "routine"), routine, "box-breathing")
        return SuggestRoutine(routine_id) if routine_id is not None else None
    if value is not None:
        check.add(
            (*path, "action"), f'must be "routine" or "checkin" (got {describe_value(value)})'
        )
    return None


def _rule(check: _Checker, path: KeyPath, value: object) -> Rule | None:
    kind = value.get("kind") if isinstance(value, dict) else None
    if kind not in ("interval", "fixed"):
        if isinstance(value, dict):
            shown = describe_value(kind) if "kind" in value else "nothing"
            check.add((*path, "kind"), f'must be "interval" or "fixed" (got {shown})')
        else:
            check.table(path, value, ())
        return None
    before = len(check.problems)
    table = check.table(path, value, _INTERVAL_KEYS if kind == "interval" else _FIXED_KEYS)
    rule_id = check.ident((*path, "id"), check.require(path, table, "id"), "morning-breath")
    action = _action(check, path, table)
    weekdays = (
        _weekdays(check, (*path, "weekdays"), table["weekdays"])
        if "weekdays" in table
        else frozenset(range(7))
    )
    enabled = check.boolean((*path, "enabled"), table.get("enabled", True))
    if kind == "interval":
        every = check.require(path, table, "every_minutes")
        minutes = (
            None
            if every is None
            else check.integer(
                (*path, "every_minutes"), every, MIN_EVERY_MINUTES, MAX_EVERY_MINUTES
            )
        )
        start_raw, end_raw = check.require(path, table, "start"), check.require(path, table, "end")
        start = None if start_raw is None else check.wall((*path, "start"), start_raw)
        end = None if end_raw is None else check.wall((*path, "end"), end_raw)
        if start is not None and end is not None and not start < end:
            check.add((*path, "end"), f"must be later than start ({start:%H:%M}; got {end:%H:%M})")
        if len(check.problems) > before:
            return None
        assert rule_id and action and weekdays and minutes and start and end and enabled is not None
        return IntervalRule(rule_id, minutes, start, end, action, weekdays, enabled)
    times_raw = check.require(path, table, "times")
    times: list[time] = []
    if times_raw is not None:
        if not isinstance(times_raw, list) or not 1 <= len(times_raw) <= MAX_FIXED_TIMES:
            check.add(
                (*path, "times"),
                f'must be a list of 1 to {MAX_FIXED_TIMES} times like "07:30" '
                f"(got {describe_value(times_raw)})",
            )
        else:
            for index, item in enumerate(times_raw):
                parsed = check.wall((*path, "times", index), item)
                if parsed is not None and parsed in times:
                    check.add((*path, "times", index), f"{parsed:%H:%M} is listed twice")
                elif parsed is not None:
                    times.append(parsed)
    if len(check.problems) > before:
        return None
    assert rule_id and action and weekdays and times and enabled is not None
    return FixedRule(rule_id, tuple(times), action, weekdays, enabled)


def _settings(check: _Checker, document: Mapping[str, Any]) -> ReminderSettings:
    check.table((), document, ("format", "respect", "rules"))
    _format(check, document)
    respect = RespectPolicy()
    if "respect" in document:
        table = check.table(
            ("respect",), document["respect"], ("away_after_minutes", "remind_when_idle_unknown")
        )
        away = check.integer(
            ("respect", "away_after_minutes"),
            table.get("away_after_minutes", DEFAULT_AWAY_MINUTES),
            1,
            240,
        )
        unknown = check.boolean(
            ("respect", "remind_when_idle_unknown"), table.get("remind_when_idle_unknown", True)
        )
        if away is not None and unknown is not None:
            respect = RespectPolicy(away, unknown)
    rules: list[Rule] = []
    raw_rules = document.get("rules", [])
    if not isinstance(raw_rules, list):
        check.add(("rules",), f"must be [[rules]] tables (got {describe_value(raw_rules)})")
        raw_rules = []
    elif len(raw_rules) > MAX_RULES:
        check.add(("rules",), f"must be at most {MAX_RULES} rules (got {len(raw_rules)})")
        raw_rules = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        rule = _rule(check, ("rules", index), raw)
        if rule is not None and rule.id in seen:
            check.add(("rules", index, "id"), f'"{rule.id}" is already used by another rule')
        elif rule is not None:
            seen.add(rule.id)
            rules.append(rule)
    return ReminderSettings(tuple(rules), respect)


def _format(check: _Checker, document: Mapping[str, Any]) -> None:
    value = check.require((), document, "format")
    if value is not None and (isinstance(value, bool) or value != FORMAT):
        check.add(("format",), f"must be {FORMAT} (got {describe_value(value)})")


def _state(check: _Checker, document: Mapping[str, Any]) -> ReminderState:
    keys = ("format", "handled_through", "last_fired", "snoozed", "paused", "skipped")
    check.table((), document, keys)
    _format(check, document)
    handled = (
        check.instant(("handled_through",), document["handled_through"])
        if "handled_through" in document
        else None
    )
    last: dict[str, datetime] = {}
    for key, value in check.table(("last_fired",), document.get("last_fired", {}), None).items():
        moment = check.instant(("last_fired", key), value)
        if moment is not None:
            last[key] = moment
    skipped: dict[str, date] = {}
    for key, value in check.table(("skipped",), document.get("skipped", {}), None).items():
        if isinstance(value, date) and not isinstance(value, datetime):
            skipped[key] = value
        else:
            check.add(
                ("skipped", key), f"must be a date like 2026-11-23 (got {describe_value(value)})"
            )
    snoozed = None
    if "snoozed" in document:
        table = check.table(("snoozed",), document["snoozed"], ("rule", "until"))
        rule = check.ident(("snoozed", "rule"), check.require(("snoozed",), table, "rule"), "x")
        until_raw = check.require(("snoozed",), table, "until")
        until = None if until_raw is None else check.instant(("snoozed", "until"), until_raw)
        if rule is not None and until is not None:
            snoozed = Snoozed(rule, until)
    paused = None
    if "paused" in document:
        table = check.table(("paused",), document["paused"], ("until",))
        until = check.instant(("paused", "until"), table["until"]) if "until" in table else None
        paused = Paused(until)
    return ReminderState(handled, last, snoozed, paused, skipped)


def _parse(
    text: str, path: Path, convert: Callable[[_Checker, Mapping[str, Any]], T], default: T
) -> tuple[T, tuple[str, ...]]:
    file = str(path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return default, (str(syntax_problem(error, text, file)),)
    check = _Checker(file, scan(text))
    value = convert(check, document)
    if check.problems:
        return default, tuple(str(p) for p in sorted(check.problems, key=Problem.sort_key))
    return value, ()


def parse_reminder_settings(text: str, path: Path) -> tuple[ReminderSettings, tuple[str, ...]]:
    """Parse ``reminders.toml`` text: the settings, or defaults and every located problem."""
    return _parse(text, path, _settings, ReminderSettings())


def parse_reminder_state(text: str, path: Path) -> tuple[ReminderState, tuple[str, ...]]:
    """Parse ``reminders-state.toml`` text: the state, or a fresh one and every problem."""
    return _parse(text, path, _state, ReminderState())


def read_reminder_settings(path: Path, now: datetime | None = None) -> Loaded[ReminderSettings]:
    """Read ``reminders.toml``; missing means no rules, unusable means moved aside."""
    return read_user_file(
        path, parse_reminder_settings, ReminderSettings(), Loaded, move=move_aside, now=now
    )


def read_reminder_state(path: Path, now: datetime | None = None) -> Loaded[ReminderState]:
    """Read ``reminders-state.toml``; missing or unusable means a fresh state."""
    return read_user_file(
        path, parse_reminder_state, ReminderState(), Loaded, move=move_aside, now=now
    )


def _hh_mm(value: time) -> str:
    return f"{value:%H:%M}"


def _rule_table(rule: Rule) -> dict[str, object]:
    table: dict[str, object] = {"id": rule.id}
    if isinstance(rule, IntervalRule):
        table |= {
            "kind": "interval",
            "every_minutes": rule.every_minutes,
            "start": _hh_mm(rule.start),
            "end": _hh_mm(rule.end),
        }
    else:
        table |= {"kind": "fixed", "times": [_hh_mm(t) for t in rule.times]}
    table["weekdays"] = [WEEKDAY_NAMES[d] for d in sorted(rule.weekdays)]
    if isinstance(rule.action, SuggestRoutine):
        table |= {"action": "routine", "routine": rule.action.routine_id}
    else:
        table["action"] = "checkin"
    table["enabled"] = rule.enabled
    return table


def reminder_settings_to_toml(settings: ReminderSettings) -> str:
    document: dict[str, object] = {
        "format": FORMAT,
        "respect": {
            "away_after_minutes": settings.respect.away_after_minutes,
            "remind_when_idle_unknown": settings.respect.remind_when_idle_unknown,
        },
        "rules": [_rule_table(rule) for rule in settings.rules],
    }
    return tomli_w.dumps(document)


def reminder_state_to_toml(state: ReminderState) -> str:
    document: dict[str, object] = {"format": FORMAT}
    if state.handled_through is not None:
        document["handled_through"] = state.handled_through.astimezone(UTC)
    document["last_fired"] = {k: v.astimezone(UTC) for k, v in sorted(state.last_fired.items())}
    document["skipped"] = dict(sorted(state.skipped.items()))
    if state.snoozed is not None:
        document["snoozed"] = {
            "rule": state.snoozed.rule_id,
            "until": state.snoozed.until.astimezone(UTC),
        }
    if state.paused is not None:
        document["paused"] = (
            {} if state.paused.until is None else {"until": state.paused.until.astimezone(UTC)}
        )
    return tomli_w.dumps(document)


def _save(path: Path, header: str, text: str) -> None:
    ensure_private_dir(path.parent)
    write_atomic(path, (header + text).encode("utf-8"))


def save_reminder_settings(path: Path, settings: ReminderSettings) -> None:
    """Write ``reminders.toml`` atomically (0600)."""
    header = "# Tenang reminders. Edit while Tenang is closed; unknown keys are errors.\n"
    _save(path, header, reminder_settings_to_toml(settings))


def save_reminder_state(path: Path, state: ReminderState) -> None:
    """Write ``reminders-state.toml`` atomically (0600)."""
    header = "# Tenang reminder state, written by Tenang after each reminder.\n"
    _save(path, header, reminder_state_to_toml(state))
