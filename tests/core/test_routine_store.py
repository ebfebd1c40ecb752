"""Saving routines: only valid ones, atomically, and never over another file unasked."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.model import MeditateStep, Session, Text
from tenang.core.routine_store import (
    Incoming,
    InvalidRoutineError,
    RoutineExistsError,
    install_routine,
    rename_id_in_text,
    save_routine_text,
    save_session,
    suggest_free_id,
    taken_file_ids,
)
from tenang.core.sessions import load_session_file, load_session_text
from tenang.core.sessions.loader import ID_PATTERN

GOOD = """format = 1
id = "evening" # keep this comment
title = "Evening"

[[steps]]
kind = "meditate"
duration = "1m"
"""

BAD = GOOD.replace('duration = "1m"', 'duration = "5s"')


def test_saving_writes_a_file_named_after_the_id(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    path = save_routine_text(folder, GOOD)
    assert path == folder / "evening.toml"
    assert path.read_text(encoding="utf-8") == GOOD
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in folder.iterdir()] == ["evening.toml"]  # no temporary left


def test_an_invalid_routine_writes_nothing_and_carries_the_cli_messages(tmp_path: Path) -> None:
    with pytest.raises(InvalidRoutineError) as caught:
        save_routine_text(tmp_path, BAD, file_label="evening.toml")
    assert [str(p) for p in caught.value.problems] == [
        "evening.toml:7:1: steps[0].duration: must be at least 10 seconds (got 5s)"
    ]
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_not_overwritten_without_replace(tmp_path: Path) -> None:
    (tmp_path / "evening.toml").write_text("mine", encoding="utf-8")
    with pytest.raises(RoutineExistsError) as caught:
        save_routine_text(tmp_path, GOOD)
    assert caught.value.path == tmp_path / "evening.toml"
    assert (tmp_path / "evening.toml").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evening.toml"]
    save_routine_text(tmp_path, GOOD, replace=True)
    assert (tmp_path / "evening.toml").read_text(encoding="utf-8") == GOOD


def test_editing_writes_back_to_the_file_being_edited(tmp_path: Path) -> None:
    original = tmp_path / "my-old-name.toml"
    original.write_text(GOOD, encoding="utf-8")
    changed = GOOD.replace('"Evening"', '"Late evening"')
    assert save_routine_text(tmp_path, changed, path=original, replace=True) == original
    assert "Late evening" in original.read_text(encoding="utf-8")


def test_save_session_writes_what_the_loader_reads(tmp_path: Path) -> None:
    session = Session(id="copy", title=Text.plain("Copy"), steps=(MeditateStep(duration=60),))
    path = save_session(tmp_path, session)
    loaded = load_session_file(path).session
    assert loaded is not None and loaded.id == "copy"


@pytest.mark.parametrize(
    ("base", "taken", "expected"),
    [
        ("box-breathing", set(), "box-breathing-copy"),
        ("box-breathing", {"box-breathing-copy"}, "box-breathing-copy-2"),
        ("box-breathing-copy", {"box-breathing-copy"}, "box-breathing-copy-2"),
        (
            "box-breathing-copy-2",
            {"box-breathing-copy", "box-breathing-copy-2"},
            "box-breathing-copy-3",
        ),
        ("a" * 64, set(), "a" * 59 + "-copy"),
        ("calm", {"calm"}, "calm-copy"),
    ],
)
def test_suggest_free_id(base: str, taken: set[str], expected: str) -> None:
    assert suggest_free_id(base, taken) == expected


def test_suggest_a_numbered_id() -> None:
    assert suggest_free_id("calm", {"calm"}, word="") == "calm-2"
    assert suggest_free_id("calm-2", {"calm", "calm-2"}, word="") == "calm-3"


@settings(max_examples=100, deadline=None)
@given(
    st.from_regex(ID_PATTERN, fullmatch=True),
    st.sets(st.from_regex(ID_PATTERN, fullmatch=True), max_size=5),
)
def test_a_suggested_id_is_valid_and_free(base: str, taken: set[str]) -> None:
    taken = taken | {base, f"{base}-copy"[:64]}
    suggestion = suggest_free_id(base, taken)
    assert suggestion not in taken
    assert load_session_text(GOOD.replace('"evening"', f'"{suggestion}"'), "x").ok


def test_taken_file_ids(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    assert taken_file_ids(tmp_path) == {"a"}
    assert taken_file_ids(tmp_path / "missing") == set()


def test_renaming_keeps_comments_and_layout() -> None:
    renamed = rename_id_in_text(GOOD, "evening-2")
    assert renamed == GOOD.replace('id = "evening"', 'id = "evening-2"')


def test_renaming_an_id_written_oddly_falls_back_to_the_writer() -> None:
    odd = GOOD.replace('id = "evening" # keep this comment\n', "").replace(
        'title = "Evening"', 'title = "Evening"\n"id" = "evening"'
    )
    renamed = rename_id_in_text(odd, "other")
    assert load_session_text(renamed, "x").session.id == "other"  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="not a valid routine id"):
        rename_id_in_text(GOOD, "Not Valid")


def test_install_copies_the_routine_and_its_sounds(tmp_path: Path) -> None:
    source = tmp_path / "from"
    (source / "sounds").mkdir(parents=True)
    (source / "sounds" / "gong.ogg").write_bytes(b"OggS")
    text = GOOD.replace('title = "Evening"', 'title = "Evening"\nstart_bell = "sounds/gong.ogg"')
    session = load_session_text(text, "x", base_dir=source).session
    assert session is not None
    folder = tmp_path / "sessions"
    incoming = Incoming(session, text, {"sounds/gong.ogg": source / "sounds" / "gong.ogg"})
    path = install_routine(folder, incoming)
    assert path == folder / "evening.toml"
    assert (folder / "sounds" / "gong.ogg").read_bytes() == b"OggS"
    assert load_session_file(path).ok
    # Again: the id's file exists now.
    with pytest.raises(RoutineExistsError):
        install_routine(folder, incoming)
    # Renamed: a second file; the identical sound is shared, not duplicated.
    second = install_routine(folder, incoming, new_id="evening-2")
    assert load_session_file(second).session.id == "evening-2"  # type: ignore[union-attr]
    # A different sound under the same name is never overwritten.
    (source / "sounds" / "gong.ogg").write_bytes(b"other")
    with pytest.raises(RoutineExistsError) as caught:
        install_routine(folder, incoming, new_id="evening-3")
    assert caught.value.path == folder / "sounds" / "gong.ogg"
    assert not (folder / "evening-3.toml").exists()


def test_install_replace_overwrites_the_chosen_file(tmp_path: Path) -> None:
    existing = tmp_path / "some-file.toml"
    existing.write_text(GOOD, encoding="utf-8")
    text = GOOD.replace('"Evening"', '"New evening"')
    session = load_session_text(text, "x").session
    assert session is not None
    assert install_routine(tmp_path, Incoming(session, text), replace_path=existing) == existing
    assert "New evening" in existing.read_text(encoding="utf-8")
