"""Export (CSV, Tenang JSON, a Markdown diary) and import (Tenang JSON, Daylio CSV).

Tenang JSON is the lossless format: every id, every UTC time with its offset, runs and the
user's own tags. Importing it is idempotent: records are matched by id, so the same file twice
adds nothing, and an entry edited since (a newer ``updated_at``) replaces the older copy.
A Tenang JSON file is checked whole before anything is written: one bad record and nothing is
imported, with every problem listed (``file: entries[3].mood: ...``).

Daylio CSV is a foreign format: good rows are imported, bad rows are skipped and reported by
line. Each Daylio row gets an id derived from its content (UUID5), so importing the same
export twice adds nothing either.
"""

from __future__ import annotations

import csv
import io
import json
import math
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any, Final

from tenang.core.journal.crypto import PlainExportRefused
from tenang.core.journal.model import (
    MOOD_WORDS,
    MOOD_WORDS_ID,
    Entry,
    EntryKind,
    JournalError,
    Mood,
    SessionRun,
    ValidationError,
    check_energy,
    check_mood,
    check_note,
    format_utc,
    local_time,
    normalize_tag,
    offset_of,
    parse_utc,
)
from tenang.core.journal.store import ImportRecords, Journal
from tenang.core.journal.tags import BUILTIN_BY_KEY, builtin_key_for

JSON_FORMAT = "tenang-journal"
JSON_VERSION = 1
DAYLIO_COLUMNS = (
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
)
DAYLIO_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
"""Daylio's five default moods onto ours (awful, bad, okay, good, great)."""
_DAYLIO_NAMESPACE = uuid.UUID("0b8f4d52-6f3c-4c0e-9a57-54454e414e47")


class JournalImportError(JournalError):
    """Nothing was imported; ``problems`` lists why (file, line or key path, message)."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass
class ImportReport:
    """What an import did. ``skipped`` holds one message per skipped row or record."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    runs_imported: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.imported} imported"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        parts.append(f"{self.unchanged} already present")
        parts.append(f"{len(self.skipped)} skipped")
        if self.runs_imported:
            parts.append(f"{self.runs_imported} sessions imported")
        return ", ".join(parts)


# -- export -------------------------------------------------------------------------------


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created_at": format_utc(entry.created_at),
        "utc_offset_minutes": entry.utc_offset_minutes,
        "updated_at": format_utc(entry.updated_at),
        "mood": int(entry.mood),
        "energy": entry.energy,
        "tags": list(entry.tags),
        "note": entry.note,
        "kind": entry.kind.value,
        "run_id": entry.run_id,
    }


def _run_json(run: SessionRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "routine_id": run.routine_id,
        "title": run.title,
        "started_at": format_utc(run.started_at),
        "ended_at": format_utc(run.ended_at),
        "utc_offset_minutes": run.utc_offset_minutes,
        "planned_seconds": run.planned_seconds,
        "completed_seconds": run.completed_seconds,
        "cycles_completed": run.cycles_completed,
        "completed": run.completed,
    }


def export_json(journal: Journal, *, exported_at: datetime | None = None) -> bytes:
    """The whole journal as Tenang JSON (UTF-8), oldest first, one record per line.

    One record per line keeps the file readable and diff-friendly, and lets the C encoder do
    the work: ``json.dumps(indent=...)`` falls back to pure Python, ~4x slower at 100,000
    entries.
    """

    def block(name: str, records: Iterable[dict[str, Any]]) -> str:
        lines = ",\n  ".join(json.dumps(record, ensure_ascii=False) for record in records)
        return f'"{name}": [\n  {lines}\n ]' if lines else f'"{name}": []'

    header = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": format_utc(exported_at or datetime.now(UTC)),
    }
    tags = (
        {"key": key, "label": label, "created_at": format_utc(at)}
        for key, label, at in journal.custom_tags()
    )
    parts = [json.dumps(header, ensure_ascii=False)[1:-1]]
    parts.append(block("tags", tags))
    parts.append(block("runs", (_run_json(run) for run in journal.list_runs())))
    parts.append(
        block("entries", (entry_to_json(e) for e in journal.list_entries(newest_first=False)))
    )
    return ("{\n " + ",\n ".join(parts) + "\n}\n").encode("utf-8")


CSV_COLUMNS = (
    "id",
    "date",
    "time",
    "utc_offset_minutes",
    "created_at_utc",
    "updated_at_utc",
    "mood",
    "mood_word",
    "energy",
    "kind",
    "tags",
    "note",
    "run_id",
    "routine_id",
    "routine_title",
)


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""


def spreadsheet_safe(text: str) -> str:
    """Text the user wrote, made inert for spreadsheets: a leading ``'`` before a formula start.

    A note such as ``=HYPERLINK(...)`` would otherwise run as a formula when the CSV is opened
    in a spreadsheet. The apostrophe is the usual guard (spreadsheets hide it); the JSON export
    keeps the text exactly, so nothing is lost.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_csv(journal: Journal) -> str:
    """One row per entry, oldest first; tags joined with `` | `` as Daylio does.

    Free text (tags, note, routine title) goes through :func:`spreadsheet_safe`.
    """
    runs = {run.id: run for run in journal.list_runs()}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in journal.list_entries(newest_first=False):
        local = entry.local_time
        run = runs.get(entry.run_id) if entry.run_id else None
        writer.writerow(
            (
                entry.id,
                local.date().isoformat(),
                local.strftime("%H:%M"),
                entry.utc_offset_minutes,
                format_utc(entry.created_at),
                format_utc(entry.updated_at),
                int(entry.mood),
                entry.mood.word,
                "" if entry.energy is None else entry.energy,
                entry.kind.value,
                spreadsheet_safe(" | ".join(entry.tags)),
                spreadsheet_safe(entry.note),
                entry.run_id or "",
                run.routine_id if run else "",
                spreadsheet_safe(run.title) if run else "",
            )
        )
    return buffer.getvalue()


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}
_DIARY_WORDS = {
    "en": {
        "title": "Tenang journal",
        "energy": "energy",
        "session": "Session",
        "completed": "completed",
        "stopped": "stopped early",
        "of": "of",
        "before": "before a session",
        "after": "after a session",
    },
    "id": {
        "title": "Jurnal Tenang",
        "energy": "energi",
        "session": "Sesi",
        "completed": "selesai",
        "stopped": "dihentikan",
        "of": "dari",
        "before": "sebelum sesi",
        "after": "sesudah sesi",
    },
}


def long_date(day: date, language: str = "en") -> str:
    """A date written out without the C library's locale (which may not have Indonesian)."""
    lang = language if language in _WEEKDAYS else "en"
    return f"{_WEEKDAYS[lang][day.weekday()]}, {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


def export_markdown(journal: Journal, *, language: str = "en") -> str:
    """A readable diary: one section per local day, entries and sessions by time."""
    words = _DIARY_WORDS.get(language, _DIARY_WORDS["en"])
    mood_words = MOOD_WORDS_ID if language == "id" else MOOD_WORDS
    items: list[tuple[datetime, str]] = []
    for entry in journal.list_entries(newest_first=False):
        local = entry.local_time
        parts = [f"**{local:%H:%M}**", f"{mood_words[int(entry.mood)]} ({int(entry.mood)}/5)"]
        if entry.energy is not None:
            parts.append(f"{words['energy']} {entry.energy}/5")
        if entry.kind is EntryKind.BEFORE_SESSION:
            parts.append(words["before"])
        elif entry.kind is EntryKind.AFTER_SESSION:
            parts.append(words["after"])
        if entry.tags:
            parts.append(", ".join(_tag_label(tag, language) for tag in entry.tags))
        text = "- " + " · ".join(parts)
        for line in entry.note.splitlines():
            text += f"\n  > {line}" if line.strip() else "\n  >"
        items.append((local, text))
    for run in journal.list_runs():
        local = local_time(run.started_at, run.utc_offset_minutes)
        state = words["completed"] if run.completed else words["stopped"]
        text = (
            f"- **{local:%H:%M}** · {words['session']}: {run.title} · "
            f"{_minutes(run.completed_seconds)} {words['of']} {_minutes(run.planned_seconds)} "
            f"({state})"
        )
        items.append((local, text))
    items.sort(key=lambda item: item[0].replace(tzinfo=None))
    lines = [f"# {words['title']}"]
    current: date | None = None
    for local, text in items:
        if local.date() != current:
            current = local.date()
            lines += ["", f"## {long_date(current, language)}", ""]
        lines.append(text)
    return "\n".join(lines) + "\n"


def _tag_label(key: str, language: str) -> str:
    tag = BUILTIN_BY_KEY.get(key)
    return tag.label(language) if tag else key


# -- Tenang JSON import ---------------------------------------------------------------------


class _Checker:
    """Collects problems with their key path instead of stopping at the first."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.source}: {where}: {message}")

    def text(self, record: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
        value = record.get(key)
        if not isinstance(value, str) or (not empty and not value):
            self.fail(f"{where}.{key}", f"must be {'' if empty else 'non-empty '}text")
            return ""
        return value

    def time(self, record: Mapping[str, Any], key: str, where: str) -> datetime:
        value = record.get(key)
        try:
            return parse_utc(str(value)) if isinstance(value, str) else _bad_time(value)
        except ValueError:
            self.fail(
                f"{where}.{key}",
                f"must be an ISO time with a zone, like 2026-01-31T08:00:00Z (got {value!r})",
            )
            return datetime(1970, 1, 1, tzinfo=UTC)

    def integer(self, record: Mapping[str, Any], key: str, where: str, low: int, high: int) -> int:
        value = record.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(
                f"{where}.{key}", f"must be a whole number from {low} to {high} (got {value!r})"
            )
            return low
        return value

    def number(self, record: Mapping[str, Any], key: str, where: str) -> float:
        value = record.get(key)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            # Compare before converting: an int too large for a float would overflow.
            or not 0 <= value <= MAX_RUN_SECONDS
            or not math.isfinite(value)
        ):
            self.fail(
                f"{where}.{key}",
                f"must be a number of seconds from 0 to {MAX_RUN_SECONDS} (got {_short(value)})",
            )
            return 0.0
        return float(value)

    def keys(self, record: object, where: str, allowed: Iterable[str]) -> Mapping[str, Any]:
        if not isinstance(record, dict):
            self.fail(where, "must be an object")
            return {}
        known = set(allowed)
        for key in sorted(set(record) - known):
            self.fail(f"{where}.{key}", "unknown key")
        for key in sorted(known - set(record)):
            self.fail(f"{where}.{key}", "is missing")
        return record


def _bad_time(value: object) -> datetime:
    raise ValueError(value)


_ENTRY_KEYS = (
    "id",
    "created_at",
    "utc_offset_minutes",
    "updated_at",
    "mood",
    "energy",
    "tags",
    "note",
    "kind",
    "run_id",
)
_RUN_KEYS = (
    "id",
    "routine_id",
    "title",
    "started_at",
    "ended_at",
    "utc_offset_minutes",
    "planned_seconds",
    "completed_seconds",
    "cycles_completed",
    "completed",
)
_OFFSET_LIMIT = 18 * 60


def _check_tag_key(check: _Checker, value: object, where: str) -> str | None:
    try:
        if not isinstance(value, str) or normalize_tag(value) != value:
            raise ValidationError(f"must be a tag key (trimmed, lower case), got {value!r}")
    except ValidationError as error:
        check.fail(where, str(error))
        return None
    return value


MAX_RUN_SECONDS = 7 * 24 * 3600
"""No run lasts a week; a larger number in an import is damage, not data."""


def _short(value: object) -> str:
    """A value for a message, cut short: a 400-digit number helps nobody."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_tenang_json(
    data: bytes, source: str
) -> tuple[list[Entry], list[SessionRun], list[tuple[str, str, datetime]]]:
    """Parse and check a Tenang JSON export; :class:`JournalImportError` lists every problem."""
    check = _Checker(source)
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise JournalImportError([f"{source}: not UTF-8 text (byte {error.start})"]) from None
    except json.JSONDecodeError as error:
        raise JournalImportError(
            [f"{source}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}"]
        ) from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise JournalImportError([f"{source}: not a usable JSON file: {error}"]) from None
    except RecursionError:
        raise JournalImportError(
            [f"{source}: not a usable JSON file: nested too deeply to be a journal export"]
        ) from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise JournalImportError(
            [
                f'{source}: not a Tenang journal export (no "format": '
                f'"{JSON_FORMAT}"); for Daylio use --format daylio'
            ]
        )
    if document.get("version") != JSON_VERSION:
        raise JournalImportError(
            [
                f"{source}: version: this Tenang reads version {JSON_VERSION} "
                f"(got {document.get('version')!r})"
            ]
        )
    check.keys(document, "$", ("format", "version", "exported_at", "tags", "runs", "entries"))
    tags: list[tuple[str, str, datetime]] = []
    for where, record in _records(check, document, "tags", ("key", "label", "created_at")):
        if record:
            key = _check_tag_key(check, record.get("key"), f"{where}.key")
            label = check.text(record, "label", where)
            at = check.time(record, "created_at", where)
            if key is not None:
                tags.append((key, label, at))
    runs: list[SessionRun] = []
    for where, record in _records(check, document, "runs", _RUN_KEYS):
        if not record:
            continue
        completed = record.get("completed")
        if not isinstance(completed, bool):
            check.fail(f"{where}.completed", f"must be true or false (got {completed!r})")
        runs.append(
            SessionRun(
                id=check.text(record, "id", where),
                routine_id=check.text(record, "routine_id", where),
                title=check.text(record, "title", where, empty=True),
                started_at=check.time(record, "started_at", where),
                ended_at=check.time(record, "ended_at", where),
                utc_offset_minutes=check.integer(
                    record, "utc_offset_minutes", where, -_OFFSET_LIMIT, _OFFSET_LIMIT
                ),
                planned_seconds=check.number(record, "planned_seconds", where),
                completed_seconds=check.number(record, "completed_seconds", where),
                cycles_completed=check.integer(record, "cycles_completed", where, 0, 10**7),
                completed=bool(completed),
            )
        )
    entries: list[Entry] = []
    for where, record in _records(check, document, "entries", _ENTRY_KEYS):
        if not record:
            continue
        entries.append(_read_entry(check, record, where))
    _check_unique(check, "runs", [run.id for run in runs])
    _check_unique(check, "entries", [entry.id for entry in entries])
    if check.problems:
        raise JournalImportError(check.problems)
    return entries, runs, tags


def _read_entry(check: _Checker, record: Mapping[str, Any], where: str) -> Entry:
    mood, energy, note, kind = Mood.OKAY, None, "", EntryKind.CHECK_IN
    try:
        mood = check_mood(record.get("mood"))
    except ValidationError as error:
        check.fail(f"{where}.mood", str(error))
    try:
        energy = check_energy(record.get("energy"))
    except ValidationError as error:
        check.fail(f"{where}.energy", str(error))
    try:
        note = check_note(record.get("note"))
    except ValidationError as error:
        check.fail(f"{where}.note", str(error))
    try:
        kind = EntryKind(str(record.get("kind")))
    except ValueError:
        check.fail(
            f"{where}.kind",
            f"must be one of {', '.join(k.value for k in EntryKind)} (got {record.get('kind')!r})",
        )
    raw_tags = record.get("tags")
    tags: list[str] = []
    if not isinstance(raw_tags, list):
        check.fail(f"{where}.tags", "must be a list")
    else:
        for position, value in enumerate(raw_tags):
            key = _check_tag_key(check, value, f"{where}.tags[{position}]")
            if key is not None:
                tags.append(key)
    run_id = record.get("run_id")
    if run_id is not None and (not isinstance(run_id, str) or not run_id):
        check.fail(f"{where}.run_id", f"must be a run id or null (got {run_id!r})")
        run_id = None
    return Entry(
        id=check.text(record, "id", where),
        created_at=check.time(record, "created_at", where),
        utc_offset_minutes=check.integer(
            record, "utc_offset_minutes", where, -_OFFSET_LIMIT, _OFFSET_LIMIT
        ),
        updated_at=check.time(record, "updated_at", where),
        mood=mood,
        energy=energy,
        tags=tuple(sorted(set(tags))),
        note=note,
        kind=kind,
        run_id=run_id,
    )


def _records(
    check: _Checker, document: Mapping[str, Any], key: str, allowed: Sequence[str]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(key path, record) for each record of the list ``key``; bad shapes are reported."""
    value = document.get(key, [])
    if not isinstance(value, list):
        check.fail(key, "must be a list")
        return
    for index, raw in enumerate(value):
        where = f"{key}[{index}]"
        yield where, check.keys(raw, where, allowed)


def _check_unique(check: _Checker, what: str, ids: Sequence[str]) -> None:
    for value, count in Counter(ids).items():
        if count > 1 and value:
            check.fail(what, f"id {value} appears {count} times")


def import_tenang_json(journal: Journal, path: Path) -> ImportReport:
    """Import a Tenang JSON export, all or nothing; idempotent (see the module docstring)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise JournalImportError([f"{path}: cannot read: {error.strerror or error}"]) from None
    return import_tenang_data(journal, data, str(path))


def import_tenang_data(journal: Journal, data: bytes, source: str) -> ImportReport:
    """:func:`import_tenang_json` for bytes already in memory, named ``source`` in messages.

    An encrypted export is decrypted in memory (``sealed_export``) and comes through here, so
    it follows exactly the rules of a plain file and its clear text never touches the disk.
    """
    entries, runs, tags = read_tenang_json(data, source)
    known_entries, known_runs = journal.existing_versions()
    report = ImportReport()
    new_runs = [run for run in runs if run.id not in known_runs]
    report.runs_imported = len(new_runs)
    all_runs = known_runs | {run.id for run in runs}
    problems = [
        f"{source}: entries[{index}].run_id: no session {entry.run_id} in the file or the journal"
        for index, entry in enumerate(entries)
        if entry.run_id is not None and entry.run_id not in all_runs
    ]
    if problems:
        raise JournalImportError(problems)
    custom = {key for key, _, _ in tags} | {key for key, _, _ in journal.custom_tags()}
    extra_tags = sorted(
        {t for e in entries for t in e.tags if t not in BUILTIN_BY_KEY and t not in custom}
    )
    now = datetime.now(UTC)
    chosen: list[Entry] = []
    replace: set[str] = set()
    for entry in entries:
        stored = known_entries.get(entry.id)
        if stored is None:
            report.imported += 1
            chosen.append(entry)
        elif format_utc(entry.updated_at) > stored:
            report.updated += 1
            replace.add(entry.id)
            chosen.append(entry)
        else:
            report.unchanged += 1
    journal.write_records(
        ImportRecords(
            entries=chosen,
            runs=new_runs,
            custom_tags=[*tags, *((key, key, now) for key in extra_tags)],
            replace_ids=frozenset(replace),
        )
    )
    return report


# -- Daylio CSV import ----------------------------------------------------------------------

_TIME_FORMATS = ("%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S")


def _daylio_time(text: str) -> time:
    cleaned = " ".join(text.replace(".", "").split()).upper()
    for pattern in _TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise ValueError(text)


def _daylio_tags(activities: str) -> tuple[str, ...]:
    keys: set[str] = set()
    for part in activities.split(" | "):
        text = part.replace("|", " ").replace("#", " ")
        if not text.strip():
            continue
        key = normalize_tag(text[:40])
        keys.add(builtin_key_for(key) or key)
    return tuple(sorted(keys))


def import_daylio_csv(
    journal: Journal,
    path: Path,
    *,
    tz: tzinfo | None = None,
    mood_map: Mapping[str, int] | None = None,
) -> ImportReport:
    """Import a Daylio CSV export; bad rows are skipped and reported by line.

    Daylio writes local wall-clock times with no zone: ``tz`` says which zone they were in
    (default: this computer's, with its daylight-saving rules for each date). ``mood_map``
    adds the user's own Daylio moods (for example ``{"ecstatic": 5}``).
    """
    path = Path(path)
    moods = {**DAYLIO_MOODS, **{k.casefold(): v for k, v in (mood_map or {}).items()}}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise JournalImportError([f"{path}: not UTF-8 text (byte {error.start})"]) from None
    except OSError as error:
        raise JournalImportError([f"{path}: cannot read: {error.strerror or error}"]) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in DAYLIO_COLUMNS if name not in header]
    if missing:
        raise JournalImportError(
            [
                f"{path}:1: not a Daylio export: missing column(s) {', '.join(missing)} "
                f"(expected {','.join(DAYLIO_COLUMNS)})"
            ]
        )
    reader.fieldnames = header
    known_entries, _ = journal.existing_versions()
    report = ImportReport()
    entries: dict[str, Entry] = {}
    first_line: dict[str, int] = {}
    line = 1
    try:
        for row in reader:
            row_line, line = line + 1, reader.line_num
            try:
                entry = _daylio_entry(row, moods, tz)
            except ValidationError as error:
                report.skipped.append(f"{path}:{row_line}: {error}")
                continue
            if entry.id in entries:
                report.skipped.append(
                    f"{path}:{row_line}: same as line {first_line[entry.id]}; kept once"
                )
            elif entry.id in known_entries:
                report.unchanged += 1
            else:
                entries[entry.id] = entry
                first_line[entry.id] = row_line
    except csv.Error as error:
        raise JournalImportError([f"{path}:{reader.line_num}: broken CSV: {error}"]) from None
    report.imported = len(entries)
    custom = {key for key, _, _ in journal.custom_tags()}
    now = datetime.now(UTC)
    new_tags = sorted(
        {t for e in entries.values() for t in e.tags if t not in BUILTIN_BY_KEY and t not in custom}
    )
    journal.write_records(
        ImportRecords(
            entries=list(entries.values()), custom_tags=[(key, key, now) for key in new_tags]
        )
    )
    return report


def _daylio_entry(
    row: Mapping[str, str | None], moods: Mapping[str, int], tz: tzinfo | None
) -> Entry:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    mood_text = cell("mood")
    mood = moods.get(mood_text.casefold())
    if mood is None:
        known = ", ".join(moods)
        raise ValidationError(f"unknown mood {mood_text!r} (known: {known})")
    try:
        day = date.fromisoformat(cell("full_date"))
    except ValueError:
        raise ValidationError(
            f"full_date must be a date like 2024-03-15 (got {cell('full_date')!r})"
        ) from None
    try:
        clock = _daylio_time(cell("time"))
    except ValueError:
        raise ValidationError(
            f"time must be like 20:30 or 8:30 PM (got {cell('time')!r})"
        ) from None
    naive = datetime.combine(day, clock)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    title, body = cell("note_title"), (row.get("note") or "").strip()
    note = f"{title}\n\n{body}" if title and body else title or body
    tags = _daylio_tags(row.get("activities") or "")
    identity = "\x1f".join(
        ("daylio", cell("full_date"), cell("time"), mood_text, cell("activities"), title, body)
    )
    created = local.astimezone(UTC)
    return Entry(
        id=str(uuid.uuid5(_DAYLIO_NAMESPACE, identity)),
        created_at=created,
        utc_offset_minutes=offset_of(local),
        updated_at=created,
        mood=Mood(mood),
        tags=tags,
        note=check_note(note),
    )


# -- writing exports ------------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "json", "md")
PLAIN_EXPORT_WARNING = (
    "Your journal is locked, but an export is an ordinary unencrypted file: anyone who can "
    "read the file can read every note, mood and tag in it. Export only if you need to, keep "
    "the file somewhere private, and delete it when done."
)


def export_bytes(
    journal: Journal, fmt: str, *, language: str = "en", allow_plain: bool = False
) -> bytes:
    """The export as bytes. With the lock on, ``allow_plain`` must say the user agreed.

    Every format is clear text: a locked journal's export would take the words out of the
    lock. The caller shows the warning (:data:`PLAIN_EXPORT_WARNING`) and passes
    ``allow_plain=True`` only after the user confirmed; otherwise
    :class:`PlainExportRefused` is raised and nothing is read.
    """
    if not allow_plain and journal.lock_state != "off":
        raise PlainExportRefused(PLAIN_EXPORT_WARNING)
    if fmt == "json":
        return export_json(journal)
    if fmt == "csv":
        return export_csv(journal).encode("utf-8")
    if fmt == "md":
        return export_markdown(journal, language=language).encode("utf-8")
    raise ValidationError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
