"""``tenang journal ...``: the mood journal from a terminal, with no display and no Qt.

``tenang.cli`` calls :func:`add_journal_parser` while building its parser and
:func:`run_journal_command` to dispatch; ``run --text`` calls :func:`record_run`. Every function
returns an exit code and prints a message for the user: a journal error never becomes a
traceback. Nothing here logs, and nothing prints a note unless the user asked to see it.

Exit codes: 0 done; 1 bad input (a mood of 7, a broken import file); 2 usage;
74 the journal cannot be written or opened (full disk, read-only folder, damaged file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tenang.core.atomic import write_atomic
from tenang.core.journal import (
    Journal,
    JournalError,
    JournalWriteError,
    Mood,
    ValidationError,
)
from tenang.core.journal.exchange import (
    EXPORT_FORMATS,
    JournalImportError,
    entry_to_json,
    export_bytes,
    import_daylio_csv,
    import_tenang_json,
)
from tenang.core.journal.insights import Insights
from tenang.core.journal.model import MOOD_WORDS
from tenang.core.paths import UserPaths
from tenang.core.runs import RunSummary

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 74
PREFIX = "tenang: journal:"


def add_journal_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``journal`` and its actions to ``subparsers`` (from ``add_subparsers``)."""
    journal: argparse.ArgumentParser = subparsers.add_parser(
        "journal", help="your private mood journal"
    )
    actions = journal.add_subparsers(dest="journal_command", metavar="ACTION")
    actions.required = True

    add = actions.add_parser("add", help="write a check-in")
    add.add_argument("--mood", required=True, help="1-5 or awful, bad, okay, good, great")
    add.add_argument("--energy", help="1-5")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="repeatable")
    add.add_argument("--note", default="", metavar="TEXT")

    listing = actions.add_parser("list", help="show entries, newest first")
    listing.add_argument("--since", metavar="DATE", help="YYYY-MM-DD (local day)")
    listing.add_argument("--json", action="store_true", help="print JSON")

    export = actions.add_parser("export", help="export everything")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")

    imp = actions.add_parser("import", help="import a Tenang JSON or Daylio CSV export")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=("tenang", "daylio"), default="tenang")

    backup = actions.add_parser("backup", help="copy the journal safely (SQLite backup)")
    backup.add_argument("dest", type=Path, metavar="DEST", help="a new file or a folder")
    restore = actions.add_parser("restore", help="replace the journal with a backup")
    restore.add_argument("src", type=Path, metavar="SRC")

    stats = actions.add_parser("stats", help="print insights as text")
    stats.add_argument("--streaks", action="store_true", help="include streaks (off by default)")
    return journal


def run_journal_command(
    args: argparse.Namespace,
    paths: UserPaths,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Dispatch a parsed ``journal`` command."""
    out = out or sys.stdout
    err = err or sys.stderr
    command = args.journal_command
    if command == "add":
        return journal_add(
            paths,
            mood=args.mood,
            energy=args.energy,
            tags=args.tag,
            note=args.note,
            out=out,
            err=err,
        )
    if command == "list":
        return journal_list(paths, since=args.since, as_json=args.json, out=out, err=err)
    if command == "export":
        return journal_export(paths, fmt=args.format, output=args.output, out=out, err=err)
    if command == "import":
        return journal_import(paths, args.file, fmt=args.format, out=out, err=err)
    if command == "backup":
        return journal_backup(paths, args.dest, out=out, err=err)
    if command == "restore":
        return journal_restore(paths, args.src, out=out, err=err)
    if command == "stats":
        return journal_stats(paths, streaks=args.streaks, out=out, err=err)
    print(f"{PREFIX} unknown action {command!r}", file=err)
    return EXIT_USAGE


def _guarded(err: TextIO, action: Callable[[], int]) -> int:
    """Run ``action``; journal errors become one message and an exit code."""
    try:
        return action()
    except JournalImportError as error:
        for problem in error.problems:
            print(f"{PREFIX} {problem}", file=err)
        print(f"{PREFIX} nothing was imported.", file=err)
        return EXIT_INVALID
    except ValidationError as error:
        print(f"{PREFIX} {error}", file=err)
        return EXIT_INVALID
    except JournalError as error:  # JournalUnavailable, JournalWriteError
        print(f"{PREFIX} {error}", file=err)
        return EXIT_UNAVAILABLE


def _parse_level(text: str | None, what: str, words: dict[int, str] | None) -> int | None:
    if text is None or text == "":
        return None
    cleaned = text.strip().casefold()
    if cleaned.isdigit() and 1 <= int(cleaned) <= 5:
        return int(cleaned)
    for number, word in (words or {}).items():
        if cleaned == word:
            return number
    choices = "1-5" + (f" or {', '.join(words.values())}" if words else "")
    raise ValidationError(f"--{what} must be {choices} (got {text!r})")


def journal_add(
    paths: UserPaths,
    *,
    mood: str,
    energy: str | None = None,
    tags: Sequence[str] = (),
    note: str = "",
    out: TextIO,
    err: TextIO,
) -> int:
    def action() -> int:
        level = _parse_level(mood, "mood", MOOD_WORDS)
        if level is None:
            raise ValidationError("--mood is required: 1-5 or awful, bad, okay, good, great")
        with Journal.open(paths.journal_file) as journal:
            entry = journal.add_entry(
                level, energy=_parse_level(energy, "energy", None), tags=tags, note=note
            )
        print(
            f"Saved: {Mood(level).word} ({level}/5) at {entry.local_time:%Y-%m-%d %H:%M}.", file=out
        )
        return EXIT_OK

    return _guarded(err, action)


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"--since must be a date like 2026-01-31 (got {text!r})") from None


def journal_list(
    paths: UserPaths, *, since: str | None, as_json: bool, out: TextIO, err: TextIO
) -> int:
    def action() -> int:
        day = _parse_day(since) if since else None
        if not paths.journal_file.exists():
            out.write("[]\n" if as_json else "")
            print("The journal is empty.", file=err)
            return EXIT_OK
        with Journal.open(paths.journal_file) as journal:
            entries = journal.list_entries(since=day)
        if as_json:
            out.write(
                json.dumps([entry_to_json(e) for e in entries], ensure_ascii=False, indent=1) + "\n"
            )
            return EXIT_OK
        for entry in entries:
            parts = [f"{entry.local_time:%Y-%m-%d %H:%M}", f"{entry.mood.word} ({int(entry.mood)})"]
            if entry.energy is not None:
                parts.append(f"energy {entry.energy}")
            if entry.kind.value != "check_in":
                parts.append(entry.kind.value.replace("_", " "))
            if entry.tags:
                parts.append(", ".join(entry.tags))
            if entry.note:
                first = entry.note.strip().splitlines()[0] if entry.note.strip() else ""
                parts.append(first[:60] + ("…" if len(first) > 60 else ""))
            out.write("  ".join(parts) + "\n")
        if not entries:
            print("No entries" + (f" since {day}." if day else "."), file=err)
        return EXIT_OK

    return _guarded(err, action)


def journal_export(
    paths: UserPaths, *, fmt: str, output: Path | None, out: TextIO, err: TextIO
) -> int:
    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            data = export_bytes(journal, fmt)
            count = journal.count_entries()
        if output is None:
            out.write(data.decode("utf-8"))
            return EXIT_OK
        try:
            write_atomic(Path(output), data)
        except OSError as error:
            raise JournalWriteError(
                f"Could not write {output}: {error.strerror or error}."
            ) from None
        print(f"Exported {count} entries to {output} ({fmt}).", file=out)
        return EXIT_OK

    return _guarded(err, action)


def journal_import(paths: UserPaths, file: Path, *, fmt: str, out: TextIO, err: TextIO) -> int:
    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            if fmt == "daylio":
                report = import_daylio_csv(journal, file)
            else:
                report = import_tenang_json(journal, file)
        for reason in report.skipped:
            print(f"{PREFIX} skipped {reason}", file=err)
        print(f"{file}: {report.summary()}.", file=out)
        return EXIT_INVALID if report.skipped else EXIT_OK

    return _guarded(err, action)


def journal_backup(paths: UserPaths, dest: Path, *, out: TextIO, err: TextIO) -> int:
    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            written = journal.backup(dest)
        print(f"Backed up the journal to {written}.", file=out)
        return EXIT_OK

    return _guarded(err, action)


def journal_restore(paths: UserPaths, src: Path, *, out: TextIO, err: TextIO) -> int:
    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            kept = journal.restore_from(src)
            count = journal.count_entries()
        print(
            f"Restored {count} entries from {src}. The previous journal was kept as {kept}.",
            file=out,
        )
        return EXIT_OK

    return _guarded(err, action)


def format_insights(insights: Insights) -> str:
    """Insights as plain text: the CLI's ``stats`` and a text alternative to the charts."""
    lines = [f"{insights.entries} entries on {insights.days} days."]
    for days, points in sorted(insights.trends.items()):
        moods = [p.mean for p in points if p.mean is not None]
        if moods:
            lines.append(
                f"Last {days} days: average mood {sum(moods) / len(moods):.1f} "
                f"on {len(moods)} days with entries."
            )
        else:
            lines.append(f"Last {days} days: no entries.")
    if insights.tag_patterns:
        lines.append("Tags (mean mood on days with / without):")
        for pattern in insights.tag_patterns[:10]:
            without = f"{pattern.mean_without:.1f}" if pattern.mean_without is not None else "-"
            lines.append(
                f"  {pattern.tag}: {pattern.mean_with:.1f} / {without} ({pattern.days_with} days)"
            )
    if insights.what_helps:
        lines.append("What helps (mood after minus before):")
        for help_ in insights.what_helps:
            if help_.mean_change is None:
                lines.append(
                    f"  {help_.title}: not enough yet ({help_.pairs} of 3 before/after pairs)"
                )
            else:
                lines.append(f"  {help_.title}: {help_.mean_change:+.2f} over {help_.pairs} pairs")
    else:
        lines.append("What helps: not enough before/after check-ins yet.")
    recent = insights.minutes_per_week[-4:]
    lines.append(
        "Minutes breathed per week: "
        + ", ".join(f"{w.week_start:%d %b} {w.minutes:.0f}" for w in recent)
    )
    if insights.streak is not None:
        lines.append(
            f"Streak: {insights.streak.current} days (longest {insights.streak.longest}); "
            "one missed day never breaks it."
        )
    return "\n".join(lines) + "\n"


def journal_stats(paths: UserPaths, *, streaks: bool = False, out: TextIO, err: TextIO) -> int:
    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            insights = journal.insights(streaks=streaks)
        out.write(format_insights(insights))
        return EXIT_OK

    return _guarded(err, action)


def record_run(paths: UserPaths, summary: RunSummary, *, err: TextIO | None = None) -> int:
    """Keep a finished or stopped ``run --text`` in the journal; silent when it works.

    A journal that cannot be written must not spoil the session: the caller prints its own
    summary either way and may ignore the code (74 when the run could not be kept).
    """
    err = err or sys.stderr

    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            journal.record_run(summary)
        return EXIT_OK

    return _guarded(err, action)
