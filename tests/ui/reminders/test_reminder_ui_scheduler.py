"""The scheduler: one timer for the next due time, re-armed after every choice, never polling."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from reminder_fakes import BERLIN, EVENING, HOURLY, START, FakeProbes, MakeHarness

from tenang.core.reminders import FixedRule, PauseLength, SuggestRoutine
from tenang.core.reminders.persist import ReminderSettings, read_reminder_state
from tenang.ui.reminders.scheduler import MAX_SLEEP_MS


def test_arms_one_timer_for_the_next_due_time_capped_at_a_minute(
    make_harness: MakeHarness,
) -> None:
    h = make_harness()
    assert len(h.timers) == 1
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    # 50 minutes away: the timer sleeps one minute (to notice clock changes), not less.
    assert h.timer.active and h.timer.interval == MAX_SLEEP_MS


def test_capped_wakes_only_rearm_and_the_reminder_fires_at_its_time(
    make_harness: MakeHarness,
) -> None:
    h = make_harness()
    wakes = 0
    while not h.shown:
        h.run_timer()
        wakes += 1
        assert wakes < 100
    # 50 minutes from 09:10 to 10:00 at one wake a minute: exactly 50 wakes, never more.
    assert wakes == 50
    assert h.clock.value == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    assert [d.rule_id for d in h.shown] == ["work-breath"]
    assert all(ms >= min(MAX_SLEEP_MS, 1) for ms in h.timer.history)
    # Re-armed for the next slot straight after firing.
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 11, 0, tzinfo=BERLIN)
    assert len(h.timers) == 1  # still the one timer


def test_timer_is_never_shorter_than_the_time_until_due(make_harness: MakeHarness) -> None:
    h = make_harness(start=START.replace(minute=59, second=20))
    assert h.timer.interval == 40_000  # 09:59:20 -> 10:00:00
    h.run_timer()
    assert len(h.shown) == 1


def test_an_early_wake_does_not_fire_and_re_arms_for_the_rest(make_harness: MakeHarness) -> None:
    h = make_harness(start=START.replace(minute=59, second=20))
    h.clock.advance(seconds=39.9)  # a timer landing 100 ms early
    h.timer.fire()
    assert h.shown == []
    assert h.timer.active and h.timer.interval == 100


def test_snooze_skip_and_pause_re_arm(make_harness: MakeHarness) -> None:
    h = make_harness((HOURLY, EVENING), start=START.replace(minute=59, second=59))
    h.run_timer()
    assert [d.rule_id for d in h.shown] == ["work-breath"]
    h.scheduler.snooze(10)
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 10, 10, tzinfo=BERLIN)
    assert h.timer.active
    h.scheduler.skip_today()
    assert h.scheduler.next is not None
    assert h.scheduler.next.rule_id == "evening-checkin"
    h.scheduler.pause(PauseLength.UNTIL_RESUMED)
    assert h.scheduler.next is None
    assert not h.timer.active  # paused until resumed: no timer, no wake-ups at all
    assert h.scheduler.paused()
    h.scheduler.resume()
    assert h.timer.active
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 21, 30, tzinfo=BERLIN)


def test_pause_for_an_hour_skips_what_falls_inside(make_harness: MakeHarness) -> None:
    h = make_harness(start=START.replace(minute=30))
    h.scheduler.pause(PauseLength.HOUR)
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 11, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("probes", "reason"),
    [
        (FakeProbes(idle=600.0), "away"),
        (FakeProbes(running=True), "session-running"),
        (FakeProbes(fullscreen=True), "full-screen"),
        (FakeProbes(dnd=True), "do-not-disturb"),
    ],
)
def test_respect_rules_withhold_and_drop_the_reminder(
    make_harness: MakeHarness, probes: FakeProbes, reason: str
) -> None:
    h = make_harness(start=START.replace(minute=59, second=30), probes=probes)
    withheld: list[str] = []
    h.scheduler.reminderWithheld.connect(lambda _due, decision: withheld.append(decision.reason))
    h.run_timer()
    assert h.shown == []
    assert withheld == [reason]
    # Dropped, not queued: the next one is the next slot, not the withheld one again.
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 11, 0, tzinfo=BERLIN)


def test_present_user_gets_the_reminder(make_harness: MakeHarness) -> None:
    h = make_harness(start=START.replace(minute=59, second=30), probes=FakeProbes(idle=30.0))
    h.run_timer()
    assert len(h.shown) == 1
    assert h.scheduler.last_decision is not None and h.scheduler.last_decision.allowed


def test_wake_from_sleep_fires_one_missed_reminder_not_a_pile(make_harness: MakeHarness) -> None:
    h = make_harness()
    h.clock.advance(hours=4, minutes=20)  # asleep through 10:00, 11:00, 12:00, 13:00
    h.scheduler.notice_clock_change()
    assert h.timer.interval == 0
    h.timer.fire()
    assert len(h.shown) == 1
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == datetime(2026, 11, 23, 14, 0, tzinfo=BERLIN)


def test_a_zone_change_is_picked_up_on_the_next_wake(make_harness: MakeHarness) -> None:
    from zoneinfo import ZoneInfo

    h = make_harness((EVENING,))
    h.clock.value = h.clock.value.astimezone(ZoneInfo("Asia/Jakarta"))
    h.scheduler.notice_clock_change()
    assert h.scheduler.next is not None
    assert h.scheduler.next.at.tzinfo == ZoneInfo("Asia/Jakarta")
    assert h.scheduler.next.at.time() == time(21, 30)


def test_editing_rules_never_fires_at_once(make_harness: MakeHarness) -> None:
    h = make_harness(())
    assert h.scheduler.next is None and not h.timer.active
    rule = FixedRule("morning", (time(9, 0),), SuggestRoutine("box-breathing"))
    h.scheduler.set_settings(ReminderSettings((rule,)))
    assert h.scheduler.next is not None
    assert h.scheduler.next.at == START.replace(hour=9, minute=0) + timedelta(days=1)


def test_state_is_saved_after_each_reminder(make_harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "reminders-state.toml"
    h = make_harness(start=START.replace(minute=59, second=59), state_file=path)
    h.run_timer()
    loaded = read_reminder_state(path)
    assert loaded.problems == ()
    assert loaded.value.last_fired["work-breath"] == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    assert h.scheduler.save_problem is None


def test_a_state_that_cannot_be_saved_is_reported(
    make_harness: MakeHarness, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    h = make_harness(state_file=blocker / "reminders-state.toml")
    assert h.scheduler.save_problem is not None
    assert str(blocker / "reminders-state.toml") in h.scheduler.save_problem


def test_no_rules_writes_no_state_file(make_harness: MakeHarness, tmp_path: Path) -> None:
    path = tmp_path / "reminders-state.toml"
    h = make_harness((), state_file=path)
    h.scheduler.pause(PauseLength.HOUR)
    assert not path.exists()
    h.scheduler.set_settings(ReminderSettings((EVENING,)))
    assert path.exists()
