"""Durations: numbers of seconds or h/m/s strings, with messages an author can act on."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.sessions import (
    DURATION_PATTERN,
    DurationError,
    format_duration,
    parse_duration,
)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (4, 4.0),
        (5.5, 5.5),
        (0, 0.0),
        (-3, -3.0),  # bounds are the caller's job, so it can name them
        ("90s", 90.0),
        ("4m", 240.0),
        ("1m30s", 90.0),
        ("1h", 3600.0),
        ("1.5s", 1.5),
        ("1h5m", 3900.0),
        ("2h0m1s", 7201.0),
        ("90m", 5400.0),
        ("0s", 0.0),
    ],
)
def test_parses(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", '(got "")'),
        ("4", '(got "4")'),
        ("4 m", '(got "4 m")'),
        ("1s1m", '(got "1s1m")'),
        ("-4s", '(got "-4s")'),
        ("1.s", '(got "1.s")'),
        ("4M", '(got "4M")'),
        ("m", '(got "m")'),
        ("٣s", '(got "٣s")'),  # non-ASCII digits are not digits here
        (True, "not true/false"),
        (None, "(got a date/time)"),
        ([4], "(got an array)"),
        ({"s": 4}, "(got a table)"),
        (math.nan, "must be a finite number of seconds (got nan)"),
        (math.inf, "must be a finite number of seconds (got inf)"),
        (10**400, "must be a finite number of seconds (got inf)"),
    ],
)
def test_rejects_with_a_message(value: object, message: str) -> None:
    with pytest.raises(DurationError) as caught:
        parse_duration(value)
    assert message in str(caught.value)
    if not isinstance(value, float | int):
        assert '"90s", "4m", "1m30s" or "1h"' in str(caught.value)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (4, "4s"), (90, "1m30s"), (3600, "1h"), (3905, "1h5m5s"), (1.5, "1.5s")],
)
def test_formats(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_format_refuses_what_it_cannot_write() -> None:
    for bad in (-1.0, math.inf, math.nan):
        with pytest.raises(DurationError):
            format_duration(bad)


@settings(max_examples=150)
@given(st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False))
def test_format_then_parse_round_trips(seconds: float) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@settings(max_examples=150)
@given(
    st.integers(0, 99),
    st.integers(0, 599),
    st.integers(0, 10_000),
    st.integers(0, 99),
    st.booleans(),
    st.booleans(),
)
def test_parts_parse_to_their_sum(
    hours: int, minutes: int, seconds: int, hundredths: int, use_h: bool, use_m: bool
) -> None:
    text = (f"{hours}h" if use_h else "") + (f"{minutes}m" if use_m else "")
    text += f"{seconds}.{hundredths:02d}s"
    expected = (hours * 3600 if use_h else 0) + (minutes * 60 if use_m else 0)
    assert parse_duration(text) == pytest.approx(expected + seconds + hundredths / 100)
    assert parse_duration(text.removesuffix(f"{seconds}.{hundredths:02d}s") or "0s") == expected


@settings(max_examples=200)
@given(st.text(alphabet="0123456789.hms -", max_size=10))
def test_the_schema_pattern_agrees_with_the_parser(text: str) -> None:
    import re

    try:
        parse_duration(text)
    except DurationError:
        accepted = False
    else:
        accepted = True
    assert accepted == bool(re.search(DURATION_PATTERN, text))
