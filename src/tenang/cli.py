"""The ``tenang`` command line.

``tenang`` alone opens the GUI. Every subcommand works with no display and never imports Qt,
so routines can be listed, validated and run in a terminal or over SSH. ``tenang-cli`` is the
same program installed as a console script, for Windows, where a gui-script has no console.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TextIO

from tenang import __version__
from tenang.core.engine import Clock, MonotonicClock
from tenang.core.model import Session
from tenang.core.paths import UserPaths, resolve_paths
from tenang.core.plan import compile_plan
from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions import (
    Library,
    Problem,
    load_library,
    load_session_file,
    session_schema,
)
from tenang.core.sessions.describe import format_seconds
from tenang.core.sessions.loader import load_file_with_map
from tenang.core.sounds import AMBIENT_NAMES, is_custom_sound
from tenang.core.words import LANGUAGES
from tenang.journal_cli import add_journal_parser, record_run, run_journal_command

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

clock_factory: Callable[[], Clock] = MonotonicClock
"""The clock ``run --text`` paces by; tests swap in a fake one."""
sleep: Callable[[float], None] = time.sleep
"""How ``run --text`` waits for the next deadline; tests make it advance the fake clock."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tenang",
        description="Guided breathing and meditation. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"tenang {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every user file (routines, settings, journal) in DIR (also: TENANG_DATA_DIR)",
    )
    actions = parser.add_mutually_exclusive_group()
    actions.add_argument(
        "--self-check",
        action="store_true",
        help="check that routines, journal, audio, translations and icons all load, then exit",
    )
    actions.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Tenang to your application menu (Linux; for pip and pipx installs)",
    )
    actions.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sessions = commands.add_parser("sessions", help="list, validate and describe routines")
    sessions_commands = sessions.add_subparsers(dest="sessions_command", metavar="ACTION")
    sessions_commands.required = True
    listing = sessions_commands.add_parser("list", help="list bundled and user routines")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    validate = sessions_commands.add_parser("validate", help="check routine files")
    validate.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    sessions_commands.add_parser("schema", help="print the JSON Schema of the session format")

    run = commands.add_parser("run", help="run a routine")
    run.add_argument("routine", metavar="ID_OR_PATH", help="a routine id or a .toml file")
    run.add_argument("--text", action="store_true", help="run in this terminal, no window")
    run.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the text")
    run.add_argument(
        "--no-journal", action="store_true", help="do not keep this run in the journal"
    )
    run.add_argument("--no-audio", action="store_true", help="run silently")
    run.add_argument(
        "--ambient",
        metavar="NAME",
        help=f"ambient sound under every step: {', '.join(AMBIENT_NAMES)}, or a .wav/.ogg file",
    )
    run.add_argument(
        "--pacing-tone", action="store_true", help="a tone that rises and falls with the breath"
    )

    audio = commands.add_parser("audio", help="list and preview the bundled sounds")
    audio_commands = audio.add_subparsers(dest="audio_command", metavar="ACTION")
    audio_commands.required = True
    audio_commands.add_parser("list", help="list the bundled sounds")
    play = audio_commands.add_parser("play", help="play one sound")
    play.add_argument("name", metavar="NAME", help="a bundled sound's name or a .wav/.ogg file")

    add_journal_parser(commands)
    return parser


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    try:
        return dispatch(args, parser)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the last line of defence: a message, never a traceback
        print(f"tenang: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        print("tenang: please report this; your files were not changed.", file=sys.stderr)
        return EXIT_INTERNAL


def dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.self_check:
        from tenang.self_check import run as run_self_check

        return run_self_check()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from tenang.desktop_entry import run as run_desktop_entry

        return run_desktop_entry(installing=args.install_desktop_entry)
    paths = resolve_paths(args.data_dir)
    if args.command is None:
        return open_gui(paths)
    if args.command == "sessions":
        if args.sessions_command == "list":
            return list_sessions(paths, as_json=args.json, out=sys.stdout)
        if args.sessions_command == "validate":
            return validate_files(args.paths, out=sys.stdout)
        print(json.dumps(session_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.command == "run":
        if not args.text:
            parser.error("the window player is started from the app; add --text to run here")
        if args.ambient and args.ambient not in AMBIENT_NAMES and not is_custom_sound(args.ambient):
            parser.error(
                f"unknown ambient sound {args.ambient!r}; use one of "
                f"{', '.join(AMBIENT_NAMES)}, or a .wav/.ogg file"
            )
        return run_text(
            paths,
            args.routine,
            language=args.lang,
            record=not args.no_journal,
            sound=SoundChoice(not args.no_audio, args.ambient, args.pacing_tone),
        )
    if args.command == "audio":
        from tenang.audio.cli_support import format_rows, list_rows, play_preview

        if args.audio_command == "list":
            print(format_rows(list_rows()))
            return EXIT_OK
        return play_preview(args.name, sleep=sleep)
    if args.command == "journal":
        return run_journal_command(args, paths)
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE  # pragma: no cover - parser.error exits


def open_gui(paths: UserPaths) -> int:
    try:
        from tenang.app import run_gui
    except ImportError as error:
        print(f"tenang: the window app is not available here ({error}).", file=sys.stderr)
        print("tenang: try 'tenang --help' for the commands that work in a terminal.")
        return EXIT_USAGE
    return run_gui(sys.argv[:1], paths)


def load_user_library(paths: UserPaths) -> Library:
    return load_library(bundled_sessions_dir(), paths.sessions_dir)


def report_problems(problems: Sequence[Problem], out: TextIO) -> None:
    for problem in problems:
        print(problem, file=out)


def list_sessions(paths: UserPaths, *, as_json: bool, out: TextIO) -> int:
    library = load_user_library(paths)
    rows = [
        {
            "id": entry.session.id,
            "title": entry.session.title.get("en"),
            "seconds": round(compile_plan(entry.session).total, 3),
            "origin": entry.origin,
            "file": str(entry.path),
        }
        for entry in library.entries
    ]
    if as_json:
        out.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        id_width = max([len(row["id"]) for row in rows] + [2])
        title_width = max([len(str(row["title"])) for row in rows] + [5])
        for row in rows:
            total = format_seconds(float(row["seconds"]))
            out.write(
                f"{row['id']:<{id_width}}  {row['title']!s:<{title_width}}  "
                f"{total:>11}  {row['origin']:<7}  {row['file']}\n"
            )
    report_problems(library.problems, sys.stderr)
    return EXIT_OK


def validate_files(files: Sequence[Path], *, out: TextIO) -> int:
    """Validate each file; ids must also be unique among the files given together."""
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for path in files:
        result, source = load_file_with_map(path)
        problems.extend(result.problems)
        if result.session is None:
            continue
        first = seen.setdefault(result.session.id, path)
        if first != path:
            where = source.locate(("id",))
            problems.append(
                Problem(
                    file=str(path),
                    line=where.line if where else None,
                    column=where.column if where else None,
                    key="id",
                    message=f"duplicate id {result.session.id!r}, also used by {first}",
                )
            )
    report_problems(problems, out)
    return EXIT_INVALID if problems else EXIT_OK


def find_routine(paths: UserPaths, routine: str) -> tuple[Session | None, list[Problem]]:
    """A routine by file path or by id (user routines and bundled ones)."""
    candidate = Path(routine)
    if candidate.suffix == ".toml" or candidate.exists():
        result = load_session_file(candidate)
        return result.session, list(result.problems)
    library = load_user_library(paths)
    for entry in library.entries:
        if entry.session.id == routine:
            return entry.session, []
    known = ", ".join(sorted(entry.session.id for entry in library.entries))
    return None, [
        Problem(
            file=routine, line=None, column=None, key="", message=f"no such routine; known: {known}"
        )
    ]


@dataclass(frozen=True)
class SoundChoice:
    """What ``run --text`` plays: ``--no-audio``, ``--ambient`` and ``--pacing-tone``."""

    enabled: bool = True
    ambient: str | None = None
    pacing_tone: bool = False


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run_text(
    paths: UserPaths,
    routine: str,
    *,
    language: str,
    record: bool = True,
    sound: SoundChoice = SoundChoice(),
) -> int:
    from tenang.textrun import TextRunner

    session, problems = find_routine(paths, routine)
    if session is None:
        report_problems(problems, sys.stderr)
        return EXIT_INVALID
    plan = compile_plan(session)
    ambient = sound.ambient
    if ambient and is_custom_sound(ambient):
        ambient = str(Path(ambient).resolve())
    # Imported here so that commands without sound never load the audio stack.
    from tenang.audio.cli_support import close_run, director_for_run

    director = director_for_run(
        plan, enabled=sound.enabled, ambient=ambient, pacing_tone=sound.pacing_tone
    )
    runner = TextRunner(
        plan=plan,
        clock=clock_factory(),
        out=sys.stdout,
        language=language,
        live=sys.stdout.isatty(),
        sleep=sleep,
        listener=director,
    )
    # SIGTERM (a logout, `kill`, a service manager) stops the run as Ctrl-C does, so the
    # partial run is still closed cleanly and recorded below.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = runner.run()
    finally:
        signal.signal(signal.SIGTERM, previous)
    close_run(director, finished=code == EXIT_OK, sleep=sleep)
    if record and runner.summary is not None:
        # Partial runs count too; a journal that cannot be written never spoils the session.
        record_run(paths, runner.summary)
    return code
