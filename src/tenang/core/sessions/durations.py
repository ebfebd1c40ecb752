"""Durations as authors write them: a number of seconds, or ``"1h"``, ``"4m"``, ``"1m30s"``.

Strings exist because ``"3m"`` reads better than ``180`` in a routine; numbers exist because
``4`` is the natural way to write a four-second inhale. One grammar serves the loader, the JSON
Schema (:data:`DURATION_PATTERN`) and the documentation, so the three cannot disagree.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal

_NUMBER = r"[0-9]+(?:\.[0-9]+)?"

DURATION_PATTERN = (
    rf"^(?:{_NUMBER}h(?:{_NUMBER}m)?(?:{_NUMBER}s)?"
    rf"|{_NUMBER}m(?:{_NUMBER}s)?"
    rf"|{_NUMBER}s)$"
)
"""Hours, minutes and seconds parts in that order, each optional but at least one present.

Written without look-ahead so that editors whose regex engines lack it (Taplo's Rust ``regex``)
accept the JSON Schema."""

_DURATION = re.compile(
    rf"(?:(?P<h>{_NUMBER})h)?(?:(?P<m>{_NUMBER})m)?(?:(?P<s>{_NUMBER})s)?", re.ASCII
)

DURATION_HINT = 'a number of seconds or a text like "90s", "4m", "1m30s" or "1h"'


class DurationError(ValueError):
    """A value that is not a duration; the message is written for the routine's author."""


def parse_duration(value: object) -> float:
    """Seconds for ``value``; raises :class:`DurationError` with a message for the author.

    Numbers are returned as they are, including zero and negative ones: whether a length is
    allowed depends on the key, so the caller checks the bounds and can name them.
    """
    if isinstance(value, bool):
        raise DurationError(f"must be {DURATION_HINT}, not true/false")
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.inf
        if not math.isfinite(seconds):
            raise DurationError(f"must be a finite number of seconds (got {seconds})")
        return seconds
    if isinstance(value, str):
        match = _DURATION.fullmatch(value)
        if value and match is not None:
            hours, minutes, secs = (float(match.group(name) or 0) for name in "hms")
            return hours * 3600 + minutes * 60 + secs
        raise DurationError(
            f"must be {DURATION_HINT} (got {json.dumps(value, ensure_ascii=False)})"
        )
    raise DurationError(f"must be {DURATION_HINT} (got {type_name(value)})")


def format_duration(seconds: float) -> str:
    """The canonical string for ``seconds`` that :func:`parse_duration` reads back exactly.

    Whole seconds are split into hours, minutes and seconds; anything else is written in
    seconds with enough digits to round-trip.
    """
    if seconds < 0 or not math.isfinite(seconds):
        raise DurationError(f"cannot write {seconds} as a duration")
    if seconds != int(seconds):
        # The shortest repr round-trips; Decimal spells it without an exponent.
        return f"{Decimal(repr(float(seconds))):f}s"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
    if secs or not (hours or minutes):
        parts.append(f"{secs}s")
    return "".join(parts)


def type_name(value: object) -> str:
    """The TOML word for a value's type, for messages such as ``must be text (got a number)``."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return "a date/time"
