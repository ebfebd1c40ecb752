"""Wall times on the days the clocks change, in zones with DST and one without (the control)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from reminder_cases import BERLIN, JAKARTA, NEW_YORK, at, fire_all, fixed, interval, utc

from tenang.core.reminders.walltime import resolve_wall


@pytest.mark.parametrize(
    ("tz", "day", "wall", "expected_utc"),
    [
        # Spring forward: 02:00-02:59 never happen; they mean the instant the clock jumps.
        (BERLIN, date(2026, 3, 29), time(2, 30), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        (BERLIN, date(2026, 3, 29), time(2, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        (BERLIN, date(2026, 3, 29), time(3, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        (BERLIN, date(2026, 3, 29), time(1, 59), datetime(2026, 3, 29, 0, 59, tzinfo=UTC)),
        (NEW_YORK, date(2026, 3, 8), time(2, 30), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
        # Fall back: 02:00-02:59 (Berlin) / 01:00-01:59 (New York) happen twice: the first.
        (BERLIN, date(2026, 10, 25), time(2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        (NEW_YORK, date(2026, 11, 1), time(2, 0), datetime(2026, 11, 1, 7, 0, tzinfo=UTC)),
        # Control: Jakarta has no DST; the same dates are ordinary.
        (JAKARTA, date(2026, 3, 29), time(2, 30), datetime(2026, 3, 28, 19, 30, tzinfo=UTC)),
        (JAKARTA, date(2026, 11, 1), time(1, 30), datetime(2026, 10, 31, 18, 30, tzinfo=UTC)),
    ],
)
def test_resolve_wall(tz: ZoneInfo, day: date, wall: time, expected_utc: datetime) -> None:
    assert resolve_wall(day, wall, tz) == expected_utc


def test_spring_forward_0230_fires_once_at_0300_berlin() -> None:
    shown = fire_all([fixed("night", "02:30")], at(BERLIN, 2026, 3, 28), at(BERLIN, 2026, 3, 31))
    assert [d.at for d in shown] == [
        at(BERLIN, 2026, 3, 28, 2, 30),
        at(BERLIN, 2026, 3, 29, 3, 0),
        at(BERLIN, 2026, 3, 30, 2, 30),
    ]
    assert str(shown[1].at) == "2026-03-29 03:00:00+02:00"


def test_spring_forward_0230_fires_once_at_0300_new_york() -> None:
    shown = fire_all([fixed("night", "02:30")], at(NEW_YORK, 2026, 3, 7), at(NEW_YORK, 2026, 3, 10))
    assert [str(d.at) for d in shown] == [
        "2026-03-07 02:30:00-05:00",
        "2026-03-08 03:00:00-04:00",
        "2026-03-09 02:30:00-04:00",
    ]


def test_gap_times_merge_into_one_reminder_not_two() -> None:
    """02:30 and 03:00 are the same instant that night: one reminder stands for both."""
    shown = fire_all(
        [fixed("night", "02:30", "03:00")], at(BERLIN, 2026, 3, 29), at(BERLIN, 2026, 3, 29, 12)
    )
    assert [str(d.at) for d in shown] == ["2026-03-29 03:00:00+02:00"]


def test_fall_back_0130_fires_once_new_york() -> None:
    shown = fire_all(
        [fixed("night", "01:30")], at(NEW_YORK, 2026, 10, 31), at(NEW_YORK, 2026, 11, 3)
    )
    assert [str(d.at) for d in shown] == [
        "2026-10-31 01:30:00-04:00",
        "2026-11-01 01:30:00-04:00",  # the first 01:30 (EDT), not again at 01:30 EST
        "2026-11-02 01:30:00-05:00",
    ]


def test_fall_back_0230_fires_once_berlin() -> None:
    shown = fire_all([fixed("night", "02:30")], at(BERLIN, 2026, 10, 25), at(BERLIN, 2026, 10, 26))
    assert [utc(d.at) for d in shown] == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]


def test_fall_back_interval_through_the_repeated_hour_new_york() -> None:
    """Every 30 minutes from 00:00 to 03:00: each wall slot once, none in the second 01:xx."""
    rule = interval("night-owl", 30, "00:00", "03:00")
    shown = fire_all([rule], at(NEW_YORK, 2026, 10, 31, 23), at(NEW_YORK, 2026, 11, 1, 4))
    assert [d.at.strftime("%H:%M%z") for d in shown] == [
        "00:00-0400",
        "00:30-0400",
        "01:00-0400",
        "01:30-0400",
        "02:00-0500",
        "02:30-0500",
    ]


def test_spring_forward_interval_collapses_gap_slots_berlin() -> None:
    rule = interval("night-owl", 30, "01:00", "04:00")
    shown = fire_all([rule], at(BERLIN, 2026, 3, 28, 23), at(BERLIN, 2026, 3, 29, 5))
    assert [d.at.strftime("%H:%M%z") for d in shown] == [
        "01:00+0100",
        "01:30+0100",
        "03:00+0200",  # 02:00, 02:30 and 03:00 are one instant: one reminder
        "03:30+0200",
    ]


def test_jakarta_control_no_change_on_dst_dates() -> None:
    for start in (at(JAKARTA, 2026, 3, 28), at(JAKARTA, 2026, 10, 31)):
        shown = fire_all([fixed("night", "01:30", "02:30")], start, start + timedelta(days=3))
        assert len(shown) == 6
        assert {d.at.strftime("%H:%M") for d in shown} == {"01:30", "02:30"}
        gaps = {utc(b.at) - utc(a.at) for a, b in zip(shown[::2], shown[2::2], strict=False)}
        assert gaps == {timedelta(days=1)}


def test_daily_reminder_keeps_wall_time_across_the_change() -> None:
    """08:00 stays 08:00 local; in UTC the day before and after differ by 23 hours."""
    shown = fire_all([fixed("morning", "08:00")], at(BERLIN, 2026, 3, 28), at(BERLIN, 2026, 3, 31))
    assert [d.at.strftime("%d %H:%M") for d in shown] == ["28 08:00", "29 08:00", "30 08:00"]
    assert (utc(shown[1].at) - utc(shown[0].at)).total_seconds() == 23 * 3600
