"""Saving routines into the user's routines folder: atomically, and never over another file.

The builder and the import dialog both end here. Three rules:

* Only valid routines are written: the text is loaded with the same loader the app and
  ``tenang sessions validate`` use, and a routine with problems writes nothing.
* A new routine's file is named after its id (``box-breathing-copy.toml``). If that file
  exists, saving fails with :class:`RoutineExistsError` unless the caller passes
  ``replace=True`` after asking the user. A new file is created with a hard link from a
  finished temporary file, so even a race with another program cannot overwrite anything.
* Replacing goes through :func:`~tenang.core.atomic.write_atomic`: readers (the library's
  folder watch) see the old file or the new one, never half of one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from tenang.core.atomic import write_atomic, write_new
from tenang.core.model import Session
from tenang.core.paths import ensure_private_dir
from tenang.core.sessions.loader import ID_PATTERN, load_session_text
from tenang.core.sessions.locate import scan
from tenang.core.sessions.problems import Problem
from tenang.core.sessions.writer import schema_directive, session_to_toml

ROUTINE_FILE_MODE: Final = 0o644
"""Routines are meant to be shared; the folder around them is private already."""

MAX_ID_LENGTH: Final = 64
_ID = re.compile(ID_PATTERN)
_COPY_SUFFIX = re.compile(r"-(?P<word>[a-z]+)(?:-(?P<n>\d+))?$")
_ID_LINE = re.compile(r"""^(?P<head>id\s*=\s*)(?P<q>["'])(?P<id>[a-z0-9-]+)(?P=q)""")


class StoreError(Exception):
    """Saving failed; the message is for the user and nothing was written."""


class RoutineExistsError(StoreError):
    """The target file exists and ``replace`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


class InvalidRoutineError(StoreError):
    """The routine has problems (the loader's messages, as ``tenang sessions validate``)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Incoming:
    """A validated routine from outside (an imported file or pack), ready to install.

    ``sounds`` maps each custom sound path as the routine writes it to the file holding it.
    """

    session: Session
    text: str
    sounds: Mapping[str, Path] = field(default_factory=dict)
    source: Path | None = None


def routine_file_name(session_id: str) -> str:
    return f"{session_id}.toml"


def taken_file_ids(folder: Path) -> set[str]:
    """The ids that the file names in ``folder`` would claim (their stems)."""
    try:
        return {child.stem for child in folder.glob("*.toml")}
    except OSError:
        return set()


def suggest_free_id(base: str, taken: Collection[str], *, word: str = "copy") -> str:
    """A valid id near ``base`` that is not in ``taken``: ``box-breathing-copy``, then
    ``box-breathing-copy-2``, and so on. A copy of a copy stays ``…-copy-3``, not
    ``…-copy-copy``. With ``word=""`` the suggestions are ``box-breathing-2``, ``-3``…"""
    stem = base
    match = _COPY_SUFFIX.search(base)
    if match is not None and match.group("word") == word:
        stem = base[: match.start()]
    elif not word and (numbered := re.search(r"-\d+$", base)) is not None:
        stem = base[: numbered.start()]
    if not _ID.fullmatch(stem or "x"):
        stem = re.sub(r"[^a-z0-9-]+", "-", stem.lower()).strip("-")
    stem = stem or "routine"
    number = 1 if word else 2
    while True:
        parts = [word] if number == 1 else [word, str(number)]
        suffix = "".join(f"-{part}" for part in parts if part)
        candidate = stem[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def validate_text(text: str, file: str, folder: Path | None) -> Session:
    """The routine in ``text``, or :class:`InvalidRoutineError` with every problem."""
    result = load_session_text(text, file, base_dir=folder)
    if result.session is None:
        raise InvalidRoutineError(result.problems)
    return result.session


def save_routine_text(
    folder: Path,
    text: str,
    *,
    path: Path | None = None,
    replace: bool = False,
    file_label: str | None = None,
) -> Path:
    """Validate ``text`` and write it; returns the file written.

    ``path`` is the file to write (an existing routine being edited); by default it is the
    id's file in ``folder``. An existing file is overwritten only with ``replace=True``.
    """
    target = path if path is not None else None
    label = file_label or (target.name if target is not None else "routine.toml")
    session = validate_text(text, label, target.parent if target is not None else folder)
    if target is None:
        target = folder / routine_file_name(session.id)
    ensure_private_dir(target.parent)
    _write(target, text.encode("utf-8"), replace=replace)
    return target


def save_session(folder: Path, session: Session, *, replace: bool = False) -> Path:
    """Write ``session`` (for example a duplicate) as a new file named after its id."""
    return save_routine_text(folder, session_to_toml(session), replace=replace)


def rename_id_in_text(text: str, new_id: str) -> str:
    """``text`` with its ``id`` changed to ``new_id``, keeping everything else as written.

    Only the value on the ``id`` line changes, so the author's comments and layout survive.
    When that line is written in a way this does not recognise, the routine is rewritten by
    the writer instead (losing comments, never the meaning).
    """
    if not _ID.fullmatch(new_id):
        raise ValueError(f"not a valid routine id: {new_id!r}")
    position = scan(text).exact(("id",))
    if position is not None:
        lines = text.split("\n")
        line = lines[position.line - 1]
        start = position.column - 1
        changed, count = _ID_LINE.subn(
            lambda m: f"{m.group('head')}{m.group('q')}{new_id}{m.group('q')}", line[start:]
        )
        if count:
            lines[position.line - 1] = line[:start] + changed
            candidate = "\n".join(lines)
            result = load_session_text(candidate, "routine.toml")
            if result.session is not None and result.session.id == new_id:
                return candidate
    result = load_session_text(text, "routine.toml")
    if result.session is None:
        raise InvalidRoutineError(result.problems)
    return session_to_toml(replace(result.session, id=new_id), schema=schema_directive(text))


def install_routine(
    folder: Path,
    incoming: Incoming,
    *,
    new_id: str | None = None,
    replace_path: Path | None = None,
) -> Path:
    """Put an imported routine (and its sound files) into ``folder``; returns its file.

    ``new_id`` renames it first; ``replace_path`` overwrites that existing routine file (the
    user chose "Replace"). Sound files land at the paths the routine names, relative to the
    folder; one that exists with other content is never overwritten.
    """
    text = incoming.text if new_id is None else rename_id_in_text(incoming.text, new_id)
    session_id = new_id or incoming.session.id
    target = replace_path if replace_path is not None else folder / routine_file_name(session_id)
    if replace_path is None and target.exists():
        raise RoutineExistsError(target)
    planned: list[tuple[Path, bytes]] = []
    for relative, source in sorted(incoming.sounds.items()):
        destination = folder / relative.replace("\\", "/")
        try:
            data = source.read_bytes()
        except OSError as error:
            raise StoreError(f"cannot read {source}: {error.strerror or error}") from error
        if destination.exists():
            try:
                same = destination.read_bytes() == data
            except OSError:
                same = False
            if not same:
                raise RoutineExistsError(destination)
            continue
        planned.append((destination, data))
    ensure_private_dir(folder)
    validate_text(text, target.name, None)
    for destination, data in planned:
        destination.parent.mkdir(parents=True, exist_ok=True)
        _write(destination, data, replace=False)
    _write(target, text.encode("utf-8"), replace=replace_path is not None)
    return target


def _write(target: Path, data: bytes, *, replace: bool) -> None:
    if replace:
        write_atomic(target, data, mode=ROUTINE_FILE_MODE)
        return
    _write_new(target, data)


def _write_new(target: Path, data: bytes) -> None:
    """Create ``target`` complete or not at all; an existing file is never touched."""
    try:
        write_new(target, data, mode=ROUTINE_FILE_MODE)
    except FileExistsError as error:
        raise RoutineExistsError(target) from error
