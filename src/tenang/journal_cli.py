"""``tenang journal ...``: the mood journal from a terminal, with no display and no Qt.

``tenang.cli`` calls :func:`add_journal_parser` while building its parser and
:func:`run_journal_command` to dispatch; ``run --text`` calls :func:`record_run`. Every function
returns an exit code and prints a message for the user: a journal error never becomes a
traceback. Nothing here logs, and nothing prints a note unless the user asked to see it.

Exit codes: 0 done; 1 bad input (a mood of 7, a broken import file, a wrong passphrase, a
declined confirmation); 2 usage; 74 the journal cannot be written or opened (full disk,
read-only folder, damaged file, an entry whose seal does not open).

The lock: ``lock`` turns it on (passphrase twice, then a recovery code shown once that must be
confirmed with "I have saved it"), ``unlock`` turns it off, ``passphrase`` changes the
passphrase. Commands that read or write entries ask for the passphrase when the lock is on.
Passphrases are read with ``getpass`` (no echo), or one per line from standard input with
``--passphrase-stdin`` for scripts; they are never printed, logged or put on the command line.

``export --encrypted FILE`` writes the Tenang JSON export sealed with an export passphrase
(docs/export-format.md); ``import FILE`` recognises such a file by its first bytes and asks
for that passphrase. With ``--passphrase-stdin`` the journal's passphrase comes first (when
the lock is on), then the export passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tenang.core.atomic import write_atomic
from tenang.core.journal import (
    Entry,
    Journal,
    JournalError,
    JournalWriteError,
    Mood,
    ValidationError,
)
from tenang.core.journal.crypto import (
    DEFAULT_KDF,
    JournalLocked,
    KdfParams,
    PlainExportRefused,
    WrongPassphrase,
)
from tenang.core.journal.exchange import (
    EXPORT_FORMATS,
    PLAIN_EXPORT_WARNING,
    JournalImportError,
    entry_to_json,
    export_bytes,
    import_daylio_csv,
    import_tenang_data,
    import_tenang_json,
)
from tenang.core.journal.insights import Insights
from tenang.core.journal.model import MOOD_WORDS
from tenang.core.journal.sealed_export import (
    export_encrypted,
    file_is_encrypted_export,
    load_encrypted,
)
from tenang.core.paths import UserPaths
from tenang.core.runs import RunSummary

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 74
PREFIX = "tenang: journal:"
CONFIRMATION = "I have saved it"
NEW_KEY_PARAMS: KdfParams = DEFAULT_KDF
"""Argon2id parameters for new wraps (tests swap in small ones; reading uses stored ones)."""

LOCK_WARNING = """\
Turning the lock on encrypts every entry's mood, energy, tags and note, and your own tags.
Without the passphrase or the recovery code NOBODY can read them again, including you:
Tenang has no way around the lock and cannot recover a lost passphrase.
Still readable without the passphrase: when each entry and session was written (timestamps
and time zone), whether an entry was written before or after a routine, and your routine
runs (which routine, its title, how long). Backups made before the lock are NOT locked.
"""

EXPORT_PASSPHRASE_NOTE = """\
The export is encrypted with a passphrase you choose now; it may differ from the journal's.
Without it nobody can open the export: there is no recovery code for exports.
"""


def ask_secret(prompt: str) -> str:
    """Read a secret from the terminal without echo (tests replace this function)."""
    return getpass.getpass(prompt)


class _Secrets:
    """Where passphrases come from: the terminal (no echo) or stdin, one per line."""

    def __init__(self, from_stdin: bool, stdin: TextIO, err: TextIO) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin
        self.err = err

    def _line(self, what: str) -> str:
        line = self.stdin.readline()
        if not line:
            raise ValidationError(f"expected {what} on standard input; nothing was changed")
        return line.rstrip("\r\n")

    def ask(self, prompt: str, what: str = "the passphrase") -> str:
        return self._line(what) if self.from_stdin else ask_secret(prompt)

    def new_passphrase(self, name: str = "new passphrase") -> str:
        """A passphrase chosen now: typed twice at a terminal, one line from stdin."""
        first = self.ask(f"{name[0].upper()}{name[1:]}: ", f"the {name}")
        if self.from_stdin:
            return first
        if ask_secret(f"Repeat the {name}: ") != first:
            raise ValidationError("the two passphrases differ; nothing was changed")
        return first

    def confirm(self, prompt: str) -> str:
        print(prompt, end="", file=self.err, flush=True)
        answer = self._line("the confirmation")
        if self.from_stdin:  # nothing echoed the answer's newline
            print(file=self.err)
        return answer


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

    lock = actions.add_parser("lock", help="turn the lock on: encrypt with a passphrase")
    unlock = actions.add_parser("unlock", help="turn the lock off: decrypt every entry")
    change = actions.add_parser("passphrase", help="change the lock's passphrase")
    for parser in (unlock, change):
        parser.add_argument(
            "--recovery-code",
            action="store_true",
            help="enter the recovery code instead of the (lost) passphrase",
        )
    change.add_argument(
        "--new-recovery-code",
        action="store_true",
        help="also replace the recovery code (the old one stops working)",
    )

    listing = actions.add_parser("list", help="show entries, newest first")
    listing.add_argument("--since", metavar="DATE", help="YYYY-MM-DD (local day)")
    listing.add_argument("--json", action="store_true", help="print JSON")

    export = actions.add_parser("export", help="export everything")
    kind = export.add_mutually_exclusive_group(required=True)
    kind.add_argument("--format", choices=EXPORT_FORMATS)
    kind.add_argument(
        "--encrypted",
        type=Path,
        metavar="FILE",
        help="write Tenang JSON encrypted with an export passphrase to FILE",
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    export.add_argument(
        "--unencrypted",
        action="store_true",
        help="with the lock on: agree that the export is an ordinary, unencrypted file",
    )

    imp = actions.add_parser(
        "import", help="import a Tenang JSON (plain or encrypted) or Daylio CSV export"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=("tenang", "daylio"), default="tenang")

    backup = actions.add_parser("backup", help="copy the journal safely (SQLite backup)")
    backup.add_argument("dest", type=Path, metavar="DEST", help="a new file or a folder")
    restore = actions.add_parser("restore", help="replace the journal with a backup")
    restore.add_argument("src", type=Path, metavar="SRC")

    stats = actions.add_parser("stats", help="print insights as text")
    stats.add_argument("--streaks", action="store_true", help="include streaks (off by default)")
    for parser in (add, listing, export, imp, stats, lock, unlock, change):
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase(s) from standard input, one per line (for scripts)",
        )
    return journal


def run_journal_command(
    args: argparse.Namespace,
    paths: UserPaths,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Dispatch a parsed ``journal`` command."""
    out = out or sys.stdout
    err = err or sys.stderr
    command = args.journal_command
    secrets = _Secrets(getattr(args, "passphrase_stdin", False), stdin or sys.stdin, err)
    if command == "add":
        return journal_add(
            paths,
            mood=args.mood,
            energy=args.energy,
            tags=args.tag,
            note=args.note,
            out=out,
            err=err,
            secrets=secrets,
        )
    if command == "list":
        return journal_list(
            paths, since=args.since, as_json=args.json, out=out, err=err, secrets=secrets
        )
    if command == "export":
        return journal_export(
            paths,
            fmt=args.format,
            output=args.output,
            out=out,
            err=err,
            secrets=secrets,
            unencrypted=args.unencrypted,
            encrypted=args.encrypted,
        )
    if command == "import":
        return journal_import(paths, args.file, fmt=args.format, out=out, err=err, secrets=secrets)
    if command == "lock":
        return journal_lock(paths, out=out, err=err, secrets=secrets)
    if command == "unlock":
        return journal_unlock(paths, recovery=args.recovery_code, out=out, err=err, secrets=secrets)
    if command == "passphrase":
        return journal_passphrase(
            paths,
            recovery=args.recovery_code,
            new_code=args.new_recovery_code,
            out=out,
            err=err,
            secrets=secrets,
        )
    if command == "backup":
        return journal_backup(paths, args.dest, out=out, err=err)
    if command == "restore":
        return journal_restore(paths, args.src, out=out, err=err)
    if command == "stats":
        return journal_stats(paths, streaks=args.streaks, out=out, err=err, secrets=secrets)
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
    except (ValidationError, WrongPassphrase, PlainExportRefused) as error:
        print(f"{PREFIX} {error}", file=err)
        return EXIT_INVALID
    except (EOFError, KeyboardInterrupt):
        print(f"\n{PREFIX} cancelled; nothing was changed.", file=err)
        return EXIT_INVALID
    except JournalError as error:  # JournalUnavailable, JournalWriteError
        print(f"{PREFIX} {error}", file=err)
        return EXIT_UNAVAILABLE


@contextlib.contextmanager
def _opened(paths: UserPaths, secrets: _Secrets | None) -> Iterator[Journal]:
    """The journal, unlocked with a passphrase asked for only when the lock is on."""
    with Journal.open(paths.journal_file) as journal:
        _unlock_if_locked(journal, secrets)
        yield journal


def _unlock_if_locked(journal: Journal, secrets: _Secrets | None) -> None:
    """Ask for the passphrase (once) when the lock is on or half turned on."""
    if journal.lock_state != "off":
        secrets = secrets or _Secrets(False, sys.stdin, sys.stderr)
        journal.unlock(secrets.ask("Journal passphrase: "))


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
    secrets: _Secrets | None = None,
) -> int:
    def action() -> int:
        level = _parse_level(mood, "mood", MOOD_WORDS)
        if level is None:
            raise ValidationError("--mood is required: 1-5 or awful, bad, okay, good, great")
        energy_level = _parse_level(energy, "energy", None)

        def save(journal: Journal) -> Entry:
            return journal.add_entry(level, energy=energy_level, tags=tags, note=note)

        sealed = False
        with Journal.open(paths.journal_file) as journal:
            if journal.lock_state == "on":
                # A locked journal takes a check-in without the passphrase: it is sealed into
                # the inbox and joins the journal at the next unlock (docs/journal.md).
                try:
                    entry = save(journal)
                    sealed = True
                except JournalLocked:  # a lock from before the inbox, or changed meanwhile
                    pass
            if not sealed:
                _unlock_if_locked(journal, secrets)
                entry = save(journal)
        when = f"{entry.local_time:%Y-%m-%d %H:%M}"
        print(f"Saved: {Mood(level).word} ({level}/5) at {when}.", file=out)
        if sealed:
            print(
                "The journal is locked: the entry is sealed and joins it at the next unlock.",
                file=out,
            )
        return EXIT_OK

    return _guarded(err, action)


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"--since must be a date like 2026-01-31 (got {text!r})") from None


def journal_list(
    paths: UserPaths,
    *,
    since: str | None,
    as_json: bool,
    out: TextIO,
    err: TextIO,
    secrets: _Secrets | None = None,
) -> int:
    def action() -> int:
        day = _parse_day(since) if since else None
        if not paths.journal_file.exists():
            out.write("[]\n" if as_json else "")
            print("The journal is empty.", file=err)
            return EXIT_OK
        with _opened(paths, secrets) as journal:
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
    paths: UserPaths,
    *,
    fmt: str | None,
    output: Path | None,
    out: TextIO,
    err: TextIO,
    secrets: _Secrets | None = None,
    unencrypted: bool = False,
    encrypted: Path | None = None,
) -> int:
    if encrypted is not None:
        clash = "-o" if output is not None else "--unencrypted" if unencrypted else None
        if clash:
            print(f"{PREFIX} --encrypted FILE cannot be combined with {clash}", file=err)
            return EXIT_USAGE
        return _guarded(err, lambda: _export_encrypted(paths, encrypted, out, err, secrets))

    def action() -> int:
        with Journal.open(paths.journal_file) as probe:
            locked = probe.lock_state != "off"
        if locked and not unencrypted:
            raise PlainExportRefused(
                f"{PLAIN_EXPORT_WARNING} Add --unencrypted to export anyway, or write an "
                "encrypted export with --encrypted FILE. Nothing was written."
            )
        if locked:
            print(f"{PREFIX} warning: {PLAIN_EXPORT_WARNING}", file=err)
        with _opened(paths, secrets) as journal:
            data = export_bytes(journal, fmt or "json", allow_plain=unencrypted)
            count = journal.count_entries()
        if output is None:
            out.write(data.decode("utf-8"))
            return EXIT_OK
        _write_export(output, data)
        print(f"Exported {count} entries to {output} ({fmt}).", file=out)
        return EXIT_OK

    return _guarded(err, action)


def _write_export(path: Path, data: bytes) -> None:
    """Write an export 0600 in one step, or say which file could not be written."""
    try:
        write_atomic(Path(path), data)
    except OSError as error:
        raise JournalWriteError(f"Could not write {path}: {error.strerror or error}.") from None


def _export_encrypted(
    paths: UserPaths, target: Path, out: TextIO, err: TextIO, secrets: _Secrets | None
) -> int:
    """Journal passphrase first (when locked), then the export passphrase twice, then write."""
    secrets = secrets or _Secrets(False, sys.stdin, err)
    with _opened(paths, secrets) as journal:
        print(EXPORT_PASSPHRASE_NOTE, file=err, end="")
        passphrase = secrets.new_passphrase("export passphrase")
        data = export_encrypted(journal, passphrase, params=NEW_KEY_PARAMS)
        count = journal.count_entries()
    _write_export(target, data)
    print(f"Exported {count} entries to {target} (encrypted Tenang JSON).", file=out)
    return EXIT_OK


def journal_import(
    paths: UserPaths,
    file: Path,
    *,
    fmt: str,
    out: TextIO,
    err: TextIO,
    secrets: _Secrets | None = None,
) -> int:
    def action() -> int:
        if fmt != "daylio" and file_is_encrypted_export(file):
            sealed = load_encrypted(file)  # a damaged file is reported before any prompt
            asker = secrets or _Secrets(False, sys.stdin, err)
            with _opened(paths, asker) as journal:
                plain = sealed.decrypt(asker.ask("Export passphrase: ", "the export passphrase"))
                report = import_tenang_data(journal, plain, str(file))
        else:
            with _opened(paths, secrets) as journal:
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


def journal_lock(paths: UserPaths, *, out: TextIO, err: TextIO, secrets: _Secrets) -> int:
    """Turn the lock on: warn, passphrase twice, show the recovery code, confirm, seal."""

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "scrub" and done == 0:
            print("Removing the unencrypted copies from the file…", file=err)

    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            state = journal.lock_state
            if state == "on":
                print("The journal is already locked.", file=out)
                return EXIT_OK
            if state == "pending":
                print(
                    "Turning the lock on was interrupted. Enter the passphrase you chose then "
                    "to finish.",
                    file=err,
                )
                journal.unlock(secrets.ask("Journal passphrase: "), progress=progress)
                print(
                    f"The journal is locked: {journal.count_entries()} entries encrypted. If "
                    "you did not save the recovery code, run: tenang journal passphrase "
                    "--new-recovery-code",
                    file=out,
                )
                return EXIT_OK
            print(LOCK_WARNING, file=err)
            passphrase = secrets.new_passphrase()
            code = journal.prepare_lock(passphrase, params=NEW_KEY_PARAMS)
            try:
                print(
                    "\nYour recovery code (shown once; write it down and keep it apart from "
                    f"this computer):\n\n    {code}\n",
                    file=out,
                    flush=True,
                )
                answer = secrets.confirm(f'Type "{CONFIRMATION}" to turn the lock on: ')
                confirmed = answer.strip().casefold() == CONFIRMATION.casefold()
            except BaseException:
                journal.cancel_lock()
                raise
            if not confirmed:
                journal.cancel_lock()
                raise ValidationError(
                    f'the lock was not turned on (you did not type "{CONFIRMATION}"); '
                    "nothing was changed"
                )
            scrubbed = journal.complete_lock(progress=progress)
            count = journal.count_entries()
        print(f"The journal is locked: {count} entries encrypted.", file=out)
        if not scrubbed:
            print(
                f"{PREFIX} another Tenang has the journal open, so old unencrypted pages may "
                "remain in the file until it closes; they are removed at the next start.",
                file=err,
            )
        return EXIT_OK

    return _guarded(err, action)


def journal_unlock(
    paths: UserPaths, *, recovery: bool, out: TextIO, err: TextIO, secrets: _Secrets
) -> int:
    """Turn the lock off: every entry is decrypted and stored in clear again."""

    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            if journal.lock_state == "off":
                print("The journal has no lock.", file=out)
                return EXIT_OK
            if recovery:
                count = journal.turn_lock_off(
                    recovery_code=secrets.ask("Recovery code: ", "the recovery code")
                )
            else:
                count = journal.turn_lock_off(secrets.ask("Journal passphrase: "))
        print(
            f"The lock is off: {count} entries decrypted. The journal is stored unencrypted again.",
            file=out,
        )
        return EXIT_OK

    return _guarded(err, action)


def journal_passphrase(
    paths: UserPaths,
    *,
    recovery: bool,
    new_code: bool,
    out: TextIO,
    err: TextIO,
    secrets: _Secrets,
) -> int:
    """Change the passphrase (one key is rewrapped; entries are not touched)."""

    def action() -> int:
        with Journal.open(paths.journal_file) as journal:
            if journal.lock_state != "on":
                raise ValidationError("the journal has no lock; turn it on with: journal lock")
            if recovery:
                old = secrets.ask("Recovery code: ", "the recovery code")
                journal.unlock(recovery_code=old)
            else:
                old = secrets.ask("Current passphrase: ", "the current passphrase")
                journal.unlock(old)
            new = secrets.new_passphrase()
            if recovery:
                journal.change_passphrase(new, recovery_code=old, params=NEW_KEY_PARAMS)
            else:
                journal.change_passphrase(new, current=old, params=NEW_KEY_PARAMS)
            print("The passphrase was changed.", file=out)
            if new_code:
                code = journal.replace_recovery_code(new, params=NEW_KEY_PARAMS)
                print(
                    f"Your new recovery code (the old one no longer works):\n\n    {code}\n",
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


def journal_stats(
    paths: UserPaths,
    *,
    streaks: bool = False,
    out: TextIO,
    err: TextIO,
    secrets: _Secrets | None = None,
) -> int:
    def action() -> int:
        with _opened(paths, secrets) as journal:
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
