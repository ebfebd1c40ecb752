"""Export and import: lossless, idempotent Tenang JSON; Daylio CSV; CSV, Markdown; backups."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_fixtures import WIB, StepClock

from tenang.core.journal import EntryKind, Journal, JournalUnavailable, JournalWriteError, Mood
from tenang.core.journal import store as store_module
from tenang.core.journal.exchange import (
    FORMULA_STARTS,
    JournalImportError,
    export_bytes,
    export_csv,
    export_json,
    export_markdown,
    import_daylio_csv,
    import_tenang_json,
    read_tenang_json,
    spreadsheet_safe,
)
from tenang.core.runs import RunSummary

FIXTURES = Path(__file__).parents[2] / "fixtures"
DAYLIO = FIXTURES / "daylio_sample.csv"


def fill(journal: Journal, clock: StepClock) -> None:
    journal.add_entry(4, energy=3, tags=["calm", "Choir"], note='Pagi 🌅\nsecond line, "quoted"')
    clock.advance(hours=5)
    before = journal.add_entry(2, kind=EntryKind.BEFORE_SESSION, tags=["anxious"])
    run = journal.record_run(
        RunSummary(
            "box-breathing",
            "Box breathing",
            clock.now.astimezone(UTC),
            clock.now.astimezone(UTC) + timedelta(minutes=4),
            240.0,
            123.456,
            7,
            False,
        ),
        before_entry_id=before.id,
    )
    clock.advance(minutes=5)
    journal.add_entry(4, kind=EntryKind.AFTER_SESSION, run_id=run.id)
    clock.advance(days=1)
    journal.add_entry(1, at=datetime(2026, 3, 11, 23, 59, tzinfo=timezone(timedelta(hours=-5))))


def snapshot(journal: Journal) -> tuple[object, ...]:
    return (
        journal.list_entries(newest_first=False),
        journal.list_runs(),
        journal.custom_tags(),
        journal.insights(date(2026, 3, 12)),
    )


@pytest.mark.parametrize("bulk_rows", [0, 10**9], ids=["bulk-rebuild", "per-row-triggers"])
def test_json_export_then_import_gives_identical_data(
    journal: Journal,
    clock: StepClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    bulk_rows: int,
) -> None:
    monkeypatch.setattr(store_module, "BULK_ROWS", bulk_rows)
    fill(journal, clock)
    stamp = datetime(2026, 3, 12, tzinfo=UTC)
    exported = export_json(journal, exported_at=stamp)
    file = tmp_path / "export.json"
    file.write_bytes(exported)
    with Journal.open(tmp_path / "fresh" / "journal.sqlite3") as fresh:
        report = import_tenang_json(fresh, file)
        assert (report.imported, report.runs_imported, report.skipped) == (4, 1, [])
        assert snapshot(fresh) == snapshot(journal)
        assert export_json(fresh, exported_at=stamp) == exported
        again = import_tenang_json(fresh, file)
        assert (again.imported, again.unchanged, again.runs_imported) == (0, 4, 0)
        assert snapshot(fresh) == snapshot(journal)
        fresh.add_entry(5, at=datetime(2026, 3, 12, 9, 0, tzinfo=WIB))  # triggers work again
        assert fresh.insights(date(2026, 3, 12)).trends[30][-1].mean == 5.0
        assert fresh._conn.execute("SELECT count(*) FROM journal_state").fetchone()[0] == 0


def test_json_keeps_ids_utc_times_and_offsets(journal: Journal, clock: StepClock) -> None:
    fill(journal, clock)
    document = json.loads(export_json(journal))
    first = document["entries"][0]
    assert first["created_at"] == "2026-03-10T01:30:00.000000Z"
    assert first["utc_offset_minutes"] == 420
    assert first["tags"] == ["calm", "choir"]
    assert document["tags"][0]["key"] == "choir" and document["tags"][0]["label"] == "Choir"
    assert document["runs"][0]["completed_seconds"] == 123.456
    assert document["entries"][-1]["utc_offset_minutes"] == -300


def test_a_newer_edit_in_the_file_replaces_the_older_one(
    journal: Journal, clock: StepClock, tmp_path: Path
) -> None:
    entry = journal.add_entry(2, note="old")
    document = json.loads(export_json(journal))
    document["entries"][0].update(
        mood=5, note="edited elsewhere", updated_at="2030-01-01T00:00:00.000000Z"
    )
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document))
    report = import_tenang_json(journal, newer)
    assert (report.imported, report.updated) == (0, 1)
    assert journal.get_entry(entry.id).note == "edited elsewhere"  # type: ignore[union-attr]
    document["entries"][0].update(note="stale", updated_at="2000-01-01T00:00:00.000000Z")
    newer.write_text(json.dumps(document))
    assert import_tenang_json(journal, newer).unchanged == 1
    assert journal.get_entry(entry.id).note == "edited elsewhere"  # type: ignore[union-attr]


def write_json(tmp_path: Path, document: Any) -> Path:
    file = tmp_path / "in.json"
    file.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return file


def valid_document() -> dict[str, Any]:
    return {
        "format": "tenang-journal",
        "version": 1,
        "exported_at": "2026-03-12T00:00:00.000000Z",
        "tags": [],
        "runs": [],
        "entries": [
            {
                "id": f"e{n}",
                "created_at": "2026-03-10T01:30:00Z",
                "utc_offset_minutes": 420,
                "updated_at": "2026-03-10T01:30:00Z",
                "mood": 3,
                "energy": None,
                "tags": [],
                "note": "",
                "kind": "check_in",
                "run_id": None,
            }
            for n in range(3)
        ],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["entries"][1].update(mood=9),
            "entries[1].mood: mood must be a whole number from 1 to 5 (got 9)",
        ),
        (lambda d: d["entries"][0].update(colour="blue"), "entries[0].colour: unknown key"),
        (lambda d: d["entries"][2].pop("kind"), "entries[2].kind: is missing"),
        (lambda d: d["entries"][0].update(kind="nap"), "entries[0].kind: must be one of"),
        (
            lambda d: d["entries"][0].update(created_at="2026-03-10 08:00"),
            "entries[0].created_at: must be an ISO time with a zone",
        ),
        (lambda d: d["entries"][0].update(tags=["Calm"]), "entries[0].tags[0]: must be a tag key"),
        (lambda d: d["entries"][1].update(id="e0"), "entries: id e0 appears 2 times"),
        (
            lambda d: d["entries"][0].update(run_id="r9"),
            "entries[0].run_id: no session r9 in the file or the journal",
        ),
        (lambda d: d.update(version=2), "version: this Tenang reads version 1 (got 2)"),
        (lambda d: d.update(format="daylio"), "not a Tenang journal export"),
    ],
)
def test_bad_tenang_json_imports_nothing_and_says_where(
    journal: Journal, tmp_path: Path, change: Any, message: str
) -> None:
    document = valid_document()
    change(document)
    file = write_json(tmp_path, document)
    with pytest.raises(JournalImportError) as caught:
        import_tenang_json(journal, file)
    assert any(message in problem for problem in caught.value.problems), caught.value.problems
    assert all(problem.startswith(str(file)) for problem in caught.value.problems)
    assert journal.count_entries() == 0


def test_broken_json_reports_line_and_column(journal: Journal, tmp_path: Path) -> None:
    file = write_json(tmp_path, '{\n  "format": "tenang-journal",\n  oops\n}')
    with pytest.raises(JournalImportError, match=r"in.json:3:3: not valid JSON"):
        import_tenang_json(journal, file)


def test_missing_file_is_a_clear_message(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(JournalImportError, match=r"nope\.json: cannot read: No such file"):
        import_tenang_json(journal, tmp_path / "nope.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "format": st.just("tenang-journal"),
                "version": st.just(1),
                "entries": st.lists(json_values, max_size=3),
                "runs": json_values,
                "tags": json_values,
            }
        ),
    )
)
def test_any_json_is_read_or_refused_with_messages(document: object) -> None:
    data = json.dumps(document).encode()
    try:
        read_tenang_json(data, "x.json")
    except JournalImportError as error:
        assert error.problems and all(p.startswith("x.json") for p in error.problems)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    try:
        read_tenang_json(data, "x.json")
    except JournalImportError as error:
        assert error.problems


# -- Daylio -----------------------------------------------------------------------------------


def test_daylio_sample_imports_good_rows_and_reports_bad_ones(journal: Journal) -> None:
    report = import_daylio_csv(journal, DAYLIO, tz=WIB)
    assert (report.imported, report.unchanged) == (5, 0)
    assert report.skipped == [
        f"{DAYLIO}:6: unknown mood 'ecstatic' (known: rad, good, meh, bad, awful)",
        f"{DAYLIO}:8: time must be like 20:30 or 8:30 PM (got '25:99')",
    ]
    entries = {(e.local_time.strftime("%Y-%m-%d %H:%M")): e for e in journal.list_entries()}
    dinner = entries["2024-03-15 20:30"]
    assert dinner.mood is Mood.GREAT
    assert dinner.tags == ("friends", "meal", "walk")
    assert dinner.note == "Dinner\n\nMakan malam bersama teman.\nLovely evening."
    assert dinner.utc_offset_minutes == 420
    assert dinner.created_at == datetime(2024, 3, 15, 13, 30, tzinfo=UTC)
    assert entries["2024-03-15 07:05"].mood is Mood.OKAY
    assert entries["2024-03-15 07:05"].tags == ("poor-sleep", "work")
    empty = entries["2024-03-12 18:45"]
    assert (empty.mood, empty.note, empty.tags) == (Mood.AWFUL, "", ())
    assert entries["2024-03-10 13:15"].tags == ("choir practice", "family")
    assert "choir practice" in {t.key for t in journal.tags() if not t.builtin}
    assert report.summary() == "5 imported, 0 already present, 2 skipped"


def test_daylio_import_twice_adds_nothing(journal: Journal) -> None:
    import_daylio_csv(journal, DAYLIO, tz=WIB)
    again = import_daylio_csv(journal, DAYLIO, tz=WIB)
    assert (again.imported, again.unchanged, len(again.skipped)) == (0, 5, 2)
    assert journal.count_entries() == 5


def test_daylio_own_moods_can_be_mapped(journal: Journal) -> None:
    report = import_daylio_csv(journal, DAYLIO, tz=WIB, mood_map={"Ecstatic": 5})
    assert report.imported == 6


def test_not_a_daylio_file_names_the_missing_columns(journal: Journal, tmp_path: Path) -> None:
    file = tmp_path / "other.csv"
    file.write_text("date,mood\n2024-01-01,rad\n")
    with pytest.raises(
        JournalImportError,
        match=r"other.csv:1: not a Daylio export: missing "
        r"column\(s\) full_date, weekday, time",
    ):
        import_daylio_csv(journal, file)


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(cell, st.dates().map(date.isoformat)),
            st.one_of(cell, st.sampled_from(["8:30 PM", "20:30", "7:05 am"])),
            st.one_of(cell, st.sampled_from(["rad", "good", "meh", "bad", "awful", "Rad"])),
            cell,
            cell,
        ),
        max_size=6,
    )
)
def test_any_daylio_rows_are_imported_or_reported(rows: list[tuple[str, ...]]) -> None:
    import tempfile

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
    )
    for full_date, time_text, mood, activities, note in rows:
        writer.writerow([full_date, "", "", time_text, mood, activities, "", note])
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "daylio.csv"
        file.write_text(buffer.getvalue(), encoding="utf-8")
        with Journal.open(Path(folder) / "j.sqlite3") as journal:
            journal._conn.execute("PRAGMA synchronous = OFF")
            try:
                report = import_daylio_csv(journal, file, tz=WIB)
            except JournalImportError as error:
                assert error.problems
                return
            assert report.imported + len(report.skipped) == len(rows)
            assert journal.count_entries() == report.imported
            for reason in report.skipped:
                assert reason.startswith(f"{file}:")


# -- CSV and Markdown -------------------------------------------------------------------------


def test_csv_export_reads_back(journal: Journal, clock: StepClock) -> None:
    fill(journal, clock)
    rows = list(csv.DictReader(io.StringIO(export_csv(journal))))
    assert len(rows) == 4
    assert rows[0]["date"] == "2026-03-10" and rows[0]["time"] == "08:30"
    assert rows[0]["note"] == 'Pagi 🌅\nsecond line, "quoted"'
    assert rows[0]["tags"] == "calm | choir"
    assert rows[2]["routine_id"] == "box-breathing" and rows[2]["kind"] == "after_session"
    assert rows[3]["date"] == "2026-03-11" and rows[3]["utc_offset_minutes"] == "-300"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_export_makes_formula_notes_inert(journal: Journal, start: str) -> None:
    journal.add_entry(2, note=f'{start}HYPERLINK("http://x","y")')
    (row,) = csv.DictReader(io.StringIO(export_csv(journal)))
    assert row["note"] == f'\'{start}HYPERLINK("http://x","y")'


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=30))
def test_spreadsheet_safe_only_guards_formulas_and_keeps_the_text(text: str) -> None:
    safe = spreadsheet_safe(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe == (f"'{text}" if text.startswith(FORMULA_STARTS) else text)


def test_markdown_is_a_readable_diary(journal: Journal, clock: StepClock) -> None:
    fill(journal, clock)
    text = export_markdown(journal)
    assert text.startswith("# Tenang journal\n")
    assert "## Tuesday, 10 March 2026" in text
    assert (
        "- **08:30** · good (4/5) · energy 3/5 · Calm, choir\n  > Pagi 🌅\n  > second line" in text
    )
    assert "Session: Box breathing · 2 min of 4 min (stopped early)" in text
    assert "## Wednesday, 11 March 2026" in text
    assert text.index("Tuesday") < text.index("Wednesday")
    indonesian = export_markdown(journal, language="id")
    assert "## Selasa, 10 Maret 2026" in indonesian and "Tenang, choir" in indonesian


def test_unknown_export_format_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export_bytes(journal, "xml")


# -- backup and restore -----------------------------------------------------------------------


def test_backup_then_restore_brings_the_journal_back(
    journal: Journal, clock: StepClock, tmp_path: Path
) -> None:
    fill(journal, clock)
    saved = snapshot(journal)
    backups = tmp_path / "backups"
    backups.mkdir()
    written = journal.backup(backups)
    assert written.parent == backups and written.name.startswith("journal-backup-")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    conn = sqlite3.connect(written)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    later = journal.add_entry(5, note="after the backup")
    kept = journal.restore_from(written)
    assert snapshot(journal) == saved
    assert journal.get_entry(later.id) is None
    with Journal.open(kept, read_only=True) as previous:
        assert previous.get_entry(later.id) is not None
    journal.add_entry(3)  # still writable, still WAL
    assert journal._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_backup_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"keep")
    with pytest.raises(JournalWriteError, match="already exists"):
        journal.backup(target)
    assert target.read_bytes() == b"keep"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all" * 50, "not a usable backup"),
        (None, "is not a Tenang journal"),
    ],
)
def test_restore_refuses_bad_backups_and_keeps_the_journal(
    journal: Journal, tmp_path: Path, content: bytes | None, message: str
) -> None:
    entry = journal.add_entry(4)
    bad = tmp_path / "bad.sqlite3"
    if content is None:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE other (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    with pytest.raises(JournalUnavailable, match=message):
        journal.restore_from(bad)
    assert journal.list_entries() == [journal.get_entry(entry.id)]
    assert not list(journal.path.parent.glob(".*restore*"))
    assert not list(journal.path.parent.glob("*before-restore*"))
