"""The library: bundled and user routines together, broken files skipped and listed."""

from __future__ import annotations

import tomllib
import zipfile
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from session_cases import breathe, doc

from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions import Library, load_library, load_session_file, session_schema


def routine(folder: Path, name: str, ident: str, **changes: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(doc(breathe(**changes), id=f'"{ident}"'), encoding="utf-8")
    return path


def ids(library: Library) -> list[tuple[str, str]]:
    return [(entry.origin, entry.session.id) for entry in library.entries]


def messages(library: Library) -> list[str]:
    return [str(problem) for problem in library.problems]


def test_bundled_then_user_sorted_by_file_name(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    routine(bundled, "b.toml", "bee")
    routine(bundled, "a.toml", "ay")
    routine(user, "z.toml", "zed")
    routine(user, "m.toml", "em")
    (user / "notes.txt").write_text("not a routine")
    (user / ".#m.toml").write_text("editor lock")
    library = load_library(bundled, user)
    assert ids(library) == [("bundled", "ay"), ("bundled", "bee"), ("user", "em"), ("user", "zed")]
    assert library.problems == ()
    entry = library.get("em")
    assert entry is not None and entry.path == user / "m.toml"
    assert entry.session.path == user / "m.toml"
    assert library.get("nope") is None


def test_a_broken_file_is_skipped_and_listed(tmp_path: Path) -> None:
    user = tmp_path / "user"
    routine(user, "a.toml", "good")
    broken = routine(user, "b.toml", "broken", inhale="0")
    (user / "c.toml").write_text("title = ")
    routine(user, "d.toml", "also-good")
    (tmp_path / "empty").mkdir()
    library = load_library(tmp_path / "empty", user)
    assert ids(library) == [("user", "good"), ("user", "also-good")]
    assert (
        messages(library)[0] == f"{broken}:6:1: steps[0].inhale: must be at least 1 second (got 0)"
    )
    assert messages(library)[1].startswith(f"{user / 'c.toml'}:1:9: invalid TOML")


def test_missing_user_folder_is_not_a_problem(tmp_path: Path) -> None:
    routine(tmp_path / "bundled", "a.toml", "a")
    library = load_library(tmp_path / "bundled", tmp_path / "does-not-exist")
    assert ids(library) == [("bundled", "a")]
    assert library.problems == ()
    assert load_library(tmp_path / "bundled", None).problems == ()


def test_user_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "sessions").write_text("oops")
    library = load_library(tmp_path / "bundled", tmp_path / "sessions")
    assert messages(library) == [
        f"{tmp_path / 'bundled'}: the folder does not exist",
        f"{tmp_path / 'sessions'}: is not a folder",
    ]


def test_user_routine_reusing_a_bundled_id(tmp_path: Path) -> None:
    bundled = routine(tmp_path / "bundled", "box.toml", "box-breathing")
    mine = routine(tmp_path / "user", "my-box.toml", "box-breathing")
    library = load_library(tmp_path / "bundled", tmp_path / "user")
    assert ids(library) == [("bundled", "box-breathing")]
    assert messages(library) == [
        f'{mine}:2:1: id: "box-breathing" is already used by the bundled routine {bundled}; '
        "this file is skipped (give it another id)"
    ]


def test_two_user_files_with_one_id_keep_the_first_by_name(tmp_path: Path) -> None:
    first = routine(tmp_path / "user", "a.toml", "calm")
    second = routine(tmp_path / "user", "b.toml", "calm", inhale="5")
    (tmp_path / "user" / "c.toml").mkdir()
    (tmp_path / "bundled").mkdir()
    library = load_library(tmp_path / "bundled", tmp_path / "user")
    assert [entry.path for entry in library.entries] == [first]
    problem, folder = library.problems
    assert str(folder) == f"{tmp_path / 'user' / 'c.toml'}: is a folder, not a routine file"
    assert problem.file == str(second)
    assert (problem.line, problem.key) == (2, "id")
    assert f"already used by the routine {first}" in problem.message


def test_bundled_traversable_that_is_not_a_path(tmp_path: Path) -> None:
    archive = tmp_path / "assets.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("sessions/a.toml", doc(id='"zipped"'))
        bundle.writestr("sessions/b.toml", b"\xff")
        bundle.writestr("sessions/c.toml/", b"")
    folder: Traversable = zipfile.Path(archive, "sessions/")
    library = load_library(folder, None)
    assert ids(library) == [("bundled", "zipped")]
    assert library.entries[0].session.path is None
    assert messages(library) == [
        f"{archive}/sessions/b.toml:1:1: is not UTF-8 text (byte 0xff); save the file as UTF-8",
        f"{archive}/sessions/c.toml/: is a folder, not a routine file",
    ]


# -- the routines we ship ---------------------------------------------------------------------


def _bundled_files() -> list[Traversable]:
    folder = bundled_sessions_dir()
    return sorted(
        (child for child in folder.iterdir() if child.name.endswith(".toml")),
        key=lambda child: child.name,
    )


BUNDLED = _bundled_files()


def test_routines_are_bundled() -> None:
    assert len(BUNDLED) >= 1, f"no routines in {bundled_sessions_dir()}"


@pytest.mark.parametrize("file", BUNDLED, ids=lambda file: file.name)
def test_bundled_routine_is_valid(file: Traversable) -> None:
    path = Path(str(file))
    result = load_session_file(path)
    assert [str(problem) for problem in result.problems] == []
    errors = list(Draft4Validator(session_schema()).iter_errors(tomllib.loads(file.read_text())))
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
    assert result.session is not None
    assert result.session.id == file.name.removesuffix(".toml"), "file name should be the id"


def test_bundled_library_loads_cleanly() -> None:
    library = load_library(bundled_sessions_dir(), None)
    assert messages(library) == []
    assert len(library.entries) == len(BUNDLED)
