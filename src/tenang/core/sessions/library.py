"""All routines the app offers: the bundled ones plus the user's own folder.

A broken file must never stop the app: it is skipped and its problems listed, and the rest
load. Ids are how the journal and the settings refer to a routine, so a second file claiming an
id already taken is skipped too, with a message naming the file that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from tenang.core.model import Session
from tenang.core.sessions.loader import LoadResult, load_bytes_with_map, load_file_with_map
from tenang.core.sessions.locate import SourceMap
from tenang.core.sessions.problems import Problem

Origin = Literal["bundled", "user"]


@dataclass(frozen=True)
class LibraryEntry:
    """One routine that loaded, with where it came from."""

    session: Session
    origin: Origin
    path: Path | Traversable


@dataclass(frozen=True)
class Library:
    """The routines that loaded (bundled first, each group sorted by file name) and the
    problems of the files that did not."""

    entries: tuple[LibraryEntry, ...]
    problems: tuple[Problem, ...]

    def get(self, session_id: str) -> LibraryEntry | None:
        return next((entry for entry in self.entries if entry.session.id == session_id), None)


def load_library(bundled: Traversable | Path, user: Path | None) -> Library:
    """Load every ``*.toml`` in ``bundled`` and then in ``user`` (which may not exist yet)."""
    entries: list[LibraryEntry] = []
    problems: list[Problem] = []
    owners: dict[str, LibraryEntry] = {}
    folders: list[tuple[Origin, Traversable | Path]] = [("bundled", bundled)]
    if user is not None:
        folders.append(("user", user))
    for origin, folder in folders:
        files, listing_problems = _toml_files(folder, missing_ok=origin == "user")
        problems.extend(listing_problems)
        for file in files:
            result, source = _load(file)
            problems.extend(result.problems)
            if result.session is None:
                continue
            entry = LibraryEntry(result.session, origin, file)
            taken = owners.get(entry.session.id)
            if taken is not None:
                problems.append(_duplicate(entry, taken, source))
                continue
            owners[entry.session.id] = entry
            entries.append(entry)
    return Library(tuple(entries), tuple(problems))


def _toml_files(
    folder: Traversable | Path, *, missing_ok: bool
) -> tuple[list[Traversable | Path], list[Problem]]:
    """The routine files of ``folder`` sorted by name; hidden files (editor locks) are skipped."""
    try:
        if not folder.is_dir():
            exists = not isinstance(folder, Path) or folder.exists()
            if missing_ok and not exists:
                return [], []
            message = "is not a folder" if exists else "the folder does not exist"
            return [], [Problem(str(folder), None, None, "", message)]
        children = [
            child
            for child in folder.iterdir()
            if child.name.endswith(".toml") and not child.name.startswith(".")
        ]
    except OSError as error:
        reason = error.strerror or str(error)
        return [], [Problem(str(folder), None, None, "", f"cannot list the folder: {reason}")]
    return sorted(children, key=lambda child: child.name), []


def _load(file: Traversable | Path) -> tuple[LoadResult, SourceMap]:
    if isinstance(file, Path):
        # The file loader handles folders, FIFOs, size and symlink loops before reading.
        return load_file_with_map(file)
    if file.is_dir():
        problem = Problem(str(file), None, None, "", "is a folder, not a routine file")
        return LoadResult(None, (problem,)), SourceMap({})
    try:
        data = file.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        problem = Problem(str(file), None, None, "", f"cannot read the file: {reason}")
        return LoadResult(None, (problem,)), SourceMap({})
    return load_bytes_with_map(data, str(file))


def _duplicate(entry: LibraryEntry, taken: LibraryEntry, source: SourceMap) -> Problem:
    where = source.locate(("id",))
    owner = "the bundled routine" if taken.origin == "bundled" else "the routine"
    return Problem(
        str(entry.path),
        where.line if where else None,
        where.column if where else None,
        "id",
        f'"{entry.session.id}" is already used by {owner} {taken.path}; this file is skipped '
        "(give it another id)",
    )
