"""Every TOML example in docs/writing-routines.md does what the guide says it does.

A plain ```toml block must load without problems. A ```toml invalid block must fail, and the
```text block right after it lists exactly the messages ``tenang sessions validate`` prints for
it (saved as ``my-routine.toml``).
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tenang.cli import validate_files
from tenang.core.safety import LONG_HOLD_SECONDS, is_intense, unknown_author
from tenang.core.sessions import load_session_text

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "writing-routines.md"
FENCE = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```\s*$", re.M | re.S)


@dataclass(frozen=True)
class Block:
    info: str
    body: str
    line: int


def blocks() -> list[Block]:
    text = GUIDE.read_text(encoding="utf-8")
    return [
        Block(m.group("info").strip(), m.group("body"), text.count("\n", 0, m.start()) + 1)
        for m in FENCE.finditer(text)
    ]


def examples(kind: str) -> list[Block]:
    return [b for b in blocks() if b.info == kind]


def test_the_guide_has_examples_of_each_kind() -> None:
    assert len(examples("toml")) >= 8
    assert len(examples("toml invalid")) >= 2
    kinds = {b.info for b in blocks()}
    assert kinds <= {"toml", "toml invalid", "text", "sh"}, kinds


@pytest.mark.parametrize("block", examples("toml"), ids=lambda b: f"line{b.line}")
def test_each_example_is_a_valid_routine(block: Block) -> None:
    result = load_session_text(block.body, f"{GUIDE.name}:{block.line}")
    assert [str(p) for p in result.problems] == []
    assert result.session is not None


def following_text(block: Block) -> Block:
    all_blocks = blocks()
    after = all_blocks[all_blocks.index(block) + 1]
    assert after.info == "text", f"line {block.line}: an invalid example needs its messages"
    return after


@pytest.mark.parametrize("block", examples("toml invalid"), ids=lambda b: f"line{b.line}")
def test_each_invalid_example_prints_the_documented_messages(
    block: Block,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = following_text(block).body.splitlines()
    (tmp_path / "my-routine.toml").write_text(block.body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert validate_files([Path("my-routine.toml")], out=sys.stdout) == 1
    assert capsys.readouterr().out.splitlines() == expected


def routine(routine_id: str) -> str:
    for block in examples("toml"):
        if tomllib.loads(block.body).get("id") == routine_id:
            return block.body
    raise AssertionError(f"no example with id {routine_id}")


def test_the_safety_example_is_intense_and_vouched_for() -> None:
    """What the guide says about intense routines matches the code."""
    session = load_session_text(routine("long-exhale-hold"), "x.toml").session
    assert session is not None
    assert is_intense(session)
    assert not unknown_author(session)
    assert f"lasts {LONG_HOLD_SECONDS:g} seconds or more" in GUIDE.read_text(encoding="utf-8")


def test_the_smallest_routine_is_from_an_unknown_author() -> None:
    session = load_session_text(routine("first-breath"), "x.toml").session
    assert session is not None
    assert unknown_author(session) and not is_intense(session)


def test_the_schema_comment_in_the_guide_is_the_one_the_writer_keeps() -> None:
    from tenang.core.sessions.writer import schema_directive

    assert schema_directive(routine("evening-wind-down")) == "./tenang-session.schema.json"
