"""Safety rails: long holds and fast breathing are intense; no source nor caution is unknown."""

from __future__ import annotations

import pytest

from tenang.core.model import Session, Text
from tenang.core.safety import intensity, is_intense, unknown_author
from tenang.core.sessions import load_session_text


def breathing(pattern: str) -> Session:
    text = f"""format = 1
id = "x"
title = "X"

[[steps]]
kind = "breathe"
{pattern}
cycles = 4
"""
    session = load_session_text(text, "x.toml").session
    assert session is not None, text
    return session


@pytest.mark.parametrize(
    ("pattern", "intense"),
    [
        ("inhale = 4\nhold = 9.9\nexhale = 4", False),
        ("inhale = 4\nhold = 10\nexhale = 4", True),
        ("inhale = 4\nexhale = 4\nhold_empty = 12", True),
        ("inhale = 1.5\nexhale = 1.5", False),
        ("inhale = 1\nexhale = 1.5", True),
        ("inhale = 4\nexhale = 4\nramp = { hold = 15 }", True),
        ("inhale = 2\nexhale = 2\nramp = { inhale = 1, exhale = 1 }", True),
    ],
)
def test_is_intense(pattern: str, intense: bool) -> None:
    assert is_intense(breathing(pattern)) is intense


def test_intensity_names_the_longest_hold_and_the_fastest_breath() -> None:
    found = intensity(breathing("inhale = 1\nexhale = 1\nramp = { hold = 20 }"))
    assert found.longest_hold == 20
    assert found.fastest_breath == 2


def test_unknown_author() -> None:
    plain = breathing("inhale = 4\nexhale = 4")
    assert unknown_author(plain)
    assert not unknown_author(Session(**{**plain.__dict__, "source": "Me"}))
    assert not unknown_author(Session(**{**plain.__dict__, "caution": Text.plain("Careful")}))
