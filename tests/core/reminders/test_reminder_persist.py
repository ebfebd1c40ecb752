"""Reminder files: round trips, located messages for every kind of mistake, broken files kept."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.reminders import (
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    ReminderState,
    RespectPolicy,
    SuggestRoutine,
)
from tenang.core.reminders.persist import (
    ReminderSettings,
    parse_reminder_settings,
    parse_reminder_state,
    read_reminder_settings,
    read_reminder_state,
    reminder_settings_to_toml,
    reminder_state_to_toml,
    save_reminder_settings,
    save_reminder_state,
)
from tenang.core.reminders.state import Paused, Snoozed

NOW = datetime(2026, 11, 23, 22, 40, 5, tzinfo=UTC)
FILE = Path("reminders.toml")
GOOD = """\
format = 1

[respect]
away_after_minutes = 10

[[rules]]
id = "work-breath"
kind = "interval"
every_minutes = 60
start = "09:00"
end = 17:00:00
weekdays = ["mon", "tue", "wed", "thu", "fri"]
action = "routine"
routine = "box-breathing"

[[rules]]
id = "evening"
kind = "fixed"
times = ["21:30", "07:00"]
action = "checkin"
enabled = false
"""


def test_good_file_parses() -> None:
    value, problems = parse_reminder_settings(GOOD, FILE)
    assert problems == ()
    assert value == ReminderSettings(
        (
            IntervalRule(
                "work-breath",
                60,
                time(9),
                time(17),
                SuggestRoutine("box-breathing"),
                frozenset(range(5)),
            ),
            FixedRule("evening", (time(7), time(21, 30)), OpenCheckIn(), enabled=False),
        ),
        RespectPolicy(10),
    )


def test_empty_file_needs_format_only() -> None:
    assert parse_reminder_settings("format = 1\n", FILE) == (ReminderSettings(), ())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format = 1\nsnooze = 5\n", "reminders.toml:2:1: snooze: unknown key (known keys: "),
        ("", "reminders.toml: missing required key 'format'"),
        ("format = 2\n", "reminders.toml:1:1: format: must be 1 (got 2)"),
        (
            "format = 1\n[respect]\naway_after_minutes = 0\n",
            "reminders.toml:3:1: respect.away_after_minutes: must be from 1 to 240 (got 0)",
        ),
        ("format = 1\nrules = 3\n", "reminders.toml:2:1: rules: must be [[rules]] tables (got 3)"),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "daily"\n',
            'reminders.toml:4:1: rules[0].kind: must be "interval" or "fixed" (got "daily")',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\n',
            'reminders.toml:2:1: rules[0].kind: must be "interval" or "fixed" (got nothing)',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["7:30"]\n'
            'action = "checkin"\n',
            "reminders.toml:5:10: rules[0].times[0]: "
            'must be a time of day like "07:30" (got "7:30")',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30", "07:30"]\n'
            'action = "checkin"\n',
            "reminders.toml:5:19: rules[0].times[1]: 07:30 is listed twice",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n',
            "reminders.toml:2:1: rules[0]: missing required key 'action'",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "routine"\n',
            "reminders.toml:2:1: rules[0]: missing required key 'routine'",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "checkin"\nroutine = "calm"\n',
            'reminders.toml:7:1: rules[0].routine: only allowed with action = "routine"',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "breathe"\n',
            'reminders.toml:6:1: rules[0].action: must be "routine" or "checkin" (got "breathe")',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "checkin"\nweekdays = ["monday"]\n',
            "reminders.toml:7:13: rules[0].weekdays[0]: must be one of mon, tue, wed, thu, fri, "
            'sat, sun (got "monday")',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "interval"\nevery_minutes = 2\n'
            'start = "09:00"\nend = "17:00"\naction = "checkin"\n',
            "reminders.toml:5:1: rules[0].every_minutes: must be from 5 to 1440 (got 2)",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "interval"\nevery_minutes = 60\n'
            'start = "18:00"\nend = "09:00"\naction = "checkin"\n',
            "reminders.toml:7:1: rules[0].end: must be later than start (18:00; got 09:00)",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "interval"\nevery_minutes = true\n'
            'start = "09:00"\nend = "17:00"\naction = "checkin"\n',
            "reminders.toml:5:1: rules[0].every_minutes: must be a whole number from 5 to 1440 "
            "(got true)",
        ),
        (
            'format = 1\n[[rules]]\nid = "A b"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "checkin"\n',
            'reminders.toml:3:1: rules[0].id: must be an id like "morning-breath" (got "A b")',
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "checkin"\ncolour = "red"\n',
            "reminders.toml:7:1: rules[0].colour: unknown key (known keys: id, kind, times",
        ),
        (
            'format = 1\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["07:30"]\n'
            'action = "checkin"\n[[rules]]\nid = "a"\nkind = "fixed"\ntimes = ["08:30"]\n'
            'action = "checkin"\n',
            'reminders.toml:8:1: rules[1].id: "a" is already used by another rule',
        ),
        ("format = 1\n[[rules]\n", "reminders.toml:2:"),
    ],
)
def test_bad_settings_are_located(text: str, message: str) -> None:
    value, problems = parse_reminder_settings(text, FILE)
    assert value == ReminderSettings()
    assert any(p.startswith(message) for p in problems), problems


def test_every_problem_is_collected() -> None:
    text = 'format = 1\n[respect]\naway_after_minutes = "x"\nremind_when_idle_unknown = 1\n'
    _, problems = parse_reminder_settings(text, FILE)
    assert [p.split(": ")[1] for p in problems] == [
        "respect.away_after_minutes",
        "respect.remind_when_idle_unknown",
    ]


def test_syntax_error_is_located() -> None:
    _, problems = parse_reminder_settings('format = 1\nrules = [\n  { id = "a" \n', FILE)
    assert len(problems) == 1
    assert problems[0].startswith("reminders.toml:3:") and "invalid TOML" in problems[0]


walls = st.builds(time, st.integers(0, 23), st.integers(0, 59))
actions = st.one_of(st.just(OpenCheckIn()), st.builds(SuggestRoutine, st.just("box-breathing")))
days = st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def intervals(draw: st.DrawFn, rule_id: str) -> IntervalRule:
    start = draw(st.integers(0, 1438))
    end = draw(st.integers(start + 1, 1439))
    return IntervalRule(
        rule_id,
        draw(st.integers(5, 1440)),
        time(start // 60, start % 60),
        time(end // 60, end % 60),
        draw(actions),
        draw(days),
        draw(st.booleans()),
    )


@st.composite
def all_settings(draw: st.DrawFn) -> ReminderSettings:
    rules: list[IntervalRule | FixedRule] = []
    for index in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            rules.append(draw(intervals(f"r{index}")))
        else:
            times = draw(st.lists(walls, min_size=1, max_size=5, unique=True))
            rules.append(
                FixedRule(f"r{index}", tuple(times), draw(actions), draw(days), draw(st.booleans()))
            )
    return ReminderSettings(
        tuple(rules), RespectPolicy(draw(st.integers(1, 240)), draw(st.booleans()))
    )


instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
all_states = st.builds(
    ReminderState,
    st.none() | instants,
    st.dictionaries(st.sampled_from(["a", "b-1"]), instants),
    st.none() | st.builds(Snoozed, st.just("a"), instants),
    st.none() | st.builds(Paused, st.none() | instants),
    st.dictionaries(st.sampled_from(["a", "b-1"]), st.dates()),
)


@settings(max_examples=60, deadline=None)
@given(all_settings())
def test_settings_round_trip(value: ReminderSettings) -> None:
    assert parse_reminder_settings(reminder_settings_to_toml(value), FILE) == (value, ())


@settings(max_examples=60, deadline=None)
@given(all_states)
def test_state_round_trip(value: ReminderState) -> None:
    assert parse_reminder_state(reminder_state_to_toml(value), FILE) == (value, ())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_value_or_located_problems(text: str) -> None:
    for parse in (parse_reminder_settings, parse_reminder_state):
        _, problems = parse(text, FILE)
        assert all(p.startswith("reminders.toml") for p in problems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "format = 1\nhandled_through = 2026-11-23T10:00:00\n",
            "reminders.toml:2:1: handled_through: must be a date and time with a UTC offset "
            "(got datetime)",
        ),
        ("format = 1\n[skipped]\na = 3\n", "reminders.toml:3:1: skipped.a: must be a date"),
        ('format = 1\n[snoozed]\nrule = "a"\n', "reminders.toml:2:1: snoozed: missing required"),
        ("format = 1\nmood = 3\n", "reminders.toml:2:1: mood: unknown key"),
    ],
)
def test_bad_state_is_located(text: str, message: str) -> None:
    value, problems = parse_reminder_state(text, FILE)
    assert value == ReminderState()
    assert any(p.startswith(message) for p in problems), problems


def test_save_and_read_round_trip_private(tmp_path: Path) -> None:
    settings_file = tmp_path / "conf" / "reminders.toml"
    state_file = tmp_path / "conf" / "reminders-state.toml"
    value, _ = parse_reminder_settings(GOOD, FILE)
    state = ReminderState(NOW, {"evening": NOW}, None, Paused(None), {"a": date(2026, 11, 23)})
    save_reminder_settings(settings_file, value)
    save_reminder_state(state_file, state)
    assert read_reminder_settings(settings_file).value == value
    assert read_reminder_state(state_file).value == state
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    assert settings_file.read_text(encoding="utf-8").startswith("# Tenang reminders.")


def test_missing_files_are_defaults_without_notice(tmp_path: Path) -> None:
    loaded = read_reminder_settings(tmp_path / "reminders.toml")
    assert loaded.value == ReminderSettings() and loaded.notice is None and loaded.can_save
    assert read_reminder_state(tmp_path / "reminders-state.toml").value == ReminderState()


def test_broken_file_is_moved_aside_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text("format = 1\nsnooze = 5\n", encoding="utf-8")
    loaded = read_reminder_settings(path, NOW)
    assert loaded.value == ReminderSettings()
    assert loaded.moved_to == tmp_path / "reminders.toml.broken-20261123T224005Z"
    assert loaded.moved_to.read_text(encoding="utf-8") == "format = 1\nsnooze = 5\n"
    assert not path.exists() and loaded.can_save
    assert loaded.notice is not None
    assert f"{path}:2:1: snooze: unknown key" in loaded.notice
    assert f"moved to {loaded.moved_to}" in loaded.notice


def test_not_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "reminders-state.toml"
    path.write_bytes(b"format = 1\n\xff\n")
    loaded = read_reminder_state(path, NOW)
    assert loaded.problems == (f"{path}:2:1: file: is not UTF-8 text",)
    assert loaded.moved_to is not None


def test_unmovable_file_is_not_saved_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reminders.toml"
    path.write_text("nonsense", encoding="utf-8")

    def refuse(*_: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tenang.core.reminders.persist.move_aside", refuse)
    loaded = read_reminder_settings(path, NOW)
    assert not loaded.can_save and loaded.moved_to is None
    assert loaded.notice is not None and "will not save over it" in loaded.notice
