"""``Journal.list_entries`` against a plain reference: every entry read alone with ``get_entry``.

``list_entries`` reads the tags of all selected entries in one query and parses times on a
fast path, because history, exports and insights-on-unlock read 100,000 entries at once.
``get_entry`` keeps the simple per-row path (tags by a subquery, ``parse_utc``), so it is
the reference: both must give the same Entries in the same order, compared by ``repr`` too
(``==`` on datetimes ignores which tzinfo object they carry; ``repr`` does not).
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_fixtures import FAST_KDF, WIB, StepClock, run_summary

from tenang.core.journal import Entry, EntryKind, Journal, Mood
from tenang.core.journal.crypto import JournalLocked, JournalTampered
from tenang.core.journal.model import format_utc
from tenang.core.journal.store import ImportRecords
from tenang.core.journal.tags import BUILTIN_TAGS

PASS = "correct horse battery staple"
BUILTIN_KEYS = [tag.key for tag in BUILTIN_TAGS]
CUSTOM = {"choir": "Choir", "garden party": "Garden party", "über": "Über", "a": "A"}
TYPED = [*BUILTIN_KEYS[:6], "Choir", "  Garden   PARTY ", "ÜBER", "a", "zz top", "café"]

offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(lambda q: q * 15)
moments = st.builds(
    lambda at, minutes: at.replace(tzinfo=UTC).astimezone(timezone(timedelta(minutes=minutes))),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
    offsets,
)
entry_specs = st.fixed_dictionaries(
    {
        "mood": st.integers(1, 5),
        "energy": st.none() | st.integers(1, 5),
        "typed": st.lists(st.sampled_from(TYPED), max_size=4),
        "keys": st.lists(st.sampled_from([*BUILTIN_KEYS[:6], *CUSTOM]), unique=True, max_size=4),
        "note": st.text(max_size=30),
        "kind": st.sampled_from(list(EntryKind)),
        "at": moments,
        "same_time": st.booleans(),  # created == updated (the usual case) or not
        "run": st.none() | st.integers(0, 2),
        "how": st.sampled_from(["add", "add", "import", "edit"]),
    }
)
days = st.dates(date(1999, 12, 30), date(2040, 1, 2)) | st.integers(0, 20)  # int: an entry's day
queries = st.fixed_dictionaries(
    {},
    optional={
        "since": days,
        "until": days,
        "newest_first": st.booleans(),
        "limit": st.integers(0, 12),
    },
)


def concrete(query: dict[str, object], entries: list[Entry]) -> dict[str, object]:
    """``query`` with each int bound replaced by the local day of that entry (when any), so
    bounds fall on the days entries have and split them, not only around them."""
    return {
        key: entries[value % len(entries)].local_day
        if key in ("since", "until") and isinstance(value, int) and entries
        else value
        for key, value in query.items()
        if not (key in ("since", "until") and isinstance(value, int) and not entries)
    }


def reference(
    journal: Journal,
    ids: list[str],
    *,
    since: date | None = None,
    until: date | None = None,
    newest_first: bool = True,
    limit: int | None = None,
) -> list[Entry]:
    """What ``list_entries`` must return, built the slow, obvious way."""
    entries = [journal.get_entry(entry_id) for entry_id in ids]
    kept = [
        e
        for e in entries
        if e is not None
        and (since is None or e.local_day >= since)
        and (until is None or e.local_day <= until)
    ]
    kept.sort(key=lambda e: (format_utc(e.created_at), e.id), reverse=newest_first)
    return kept if limit is None else kept[:limit]


def add(
    journal: Journal, clock: StepClock, spec: dict[str, object], runs: list[str], index: int
) -> str:
    """Write entry number ``index`` the way ``spec["how"]`` says; returns its id."""
    at = spec["at"]
    assert isinstance(at, datetime)
    clock.now = at if spec["same_time"] else at + timedelta(minutes=7, microseconds=3)
    run_id = None if spec["run"] is None else runs[int(str(spec["run"]))]
    if spec["how"] == "import":  # tags in any order: a sealed entry keeps the order given
        keys = tuple(str(key) for key in spec["keys"])  # type: ignore[attr-defined]
        entry = Entry(
            id=f"00000000-0000-4000-8000-{index:012d}",
            created_at=at.astimezone(UTC),
            utc_offset_minutes=int(at.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
            updated_at=clock.now.astimezone(UTC),
            mood=Mood(spec["mood"]),
            energy=spec["energy"],  # type: ignore[arg-type]
            tags=keys,
            note=str(spec["note"]),
            kind=EntryKind(spec["kind"]),
            run_id=run_id,
        )
        custom = [(key, CUSTOM[key], clock.now) for key in keys if key in CUSTOM]
        journal.write_records(ImportRecords(entries=[entry], custom_tags=custom))
        return entry.id
    added = journal.add_entry(
        int(str(spec["mood"])),
        energy=spec["energy"],  # type: ignore[arg-type]
        tags=[str(text) for text in spec["typed"]],  # type: ignore[attr-defined]
        note=str(spec["note"]),
        kind=EntryKind(spec["kind"]),
        run_id=run_id,
        at=None if spec["same_time"] else at,
    )
    if spec["how"] == "edit":
        clock.advance(days=1, microseconds=1)
        journal.update_entry(added.id, tags=["Choir", "tired"], note="edited")
    return added.id


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    first=st.lists(entry_specs, min_size=1, max_size=8),
    then=st.lists(entry_specs, max_size=4),
    lock=st.sampled_from(["off", "pending", "on"]),
    asked=st.lists(queries, min_size=1, max_size=4),
)
def test_list_entries_matches_reading_each_entry(
    first: list[dict[str, object]],
    then: list[dict[str, object]],
    lock: str,
    asked: list[dict[str, object]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = StepClock(datetime(2026, 3, 10, 8, 30, tzinfo=WIB))
        with Journal.open(Path(folder) / "journal.sqlite3", clock=clock) as journal:
            runs = [journal.record_run(run_summary(clock)).id for _ in range(3)]
            ids = [add(journal, clock, spec, runs, i) for i, spec in enumerate(first)]
            if lock != "off":
                journal.prepare_lock(PASS, params=FAST_KDF)
            if lock == "on":
                journal.complete_lock()
            ids += [add(journal, clock, spec, runs, len(ids) + i) for i, spec in enumerate(then)]
            assert journal.count_entries() == len(ids)
            everything = reference(journal, ids)
            halves = [{"limit": len(ids) // 2}, {"limit": len(ids) // 2, "newest_first": False}]
            for asked_query in [{}, *halves, *asked]:
                query = concrete(asked_query, everything)
                got = journal.list_entries(**query)  # type: ignore[arg-type]
                want = reference(journal, ids, **query)  # type: ignore[arg-type]
                assert [e.id for e in got] == [e.id for e in want]
                assert got == want
                assert repr(got) == repr(want)
            if lock == "on" and ids:
                journal.lock()
                with pytest.raises(JournalLocked) as from_list:
                    journal.list_entries()
                with pytest.raises(JournalLocked) as from_get:
                    journal.get_entry(ids[0])
                assert str(from_list.value) == str(from_get.value)


def test_times_stored_with_an_offset_read_as_before(journal: Journal, journal_path: Path) -> None:
    """Times written as ``+00:00`` or ``+07:00`` (not our ``Z`` form) take the slow path and
    read as ``parse_utc`` reads them: aware UTC, ``datetime.UTC`` as tzinfo."""
    ids = [journal.add_entry(m, tags=["Choir", "calm"]).id for m in (1, 2, 3)]
    with sqlite3.connect(journal_path) as raw:
        raw.execute(
            "UPDATE entries SET created_at = replace(created_at, 'Z', '+00:00') WHERE id = ?",
            (ids[0],),
        )
        raw.execute(
            "UPDATE entries SET updated_at = '2026-03-10T15:30:00.000000+07:00' WHERE id = ?",
            (ids[1],),
        )
    raw.close()
    listed = {e.id: e for e in journal.list_entries()}
    assert listed[ids[1]].updated_at == datetime(2026, 3, 10, 8, 30, tzinfo=UTC)
    for entry_id in ids:
        assert repr(listed[entry_id]) == repr(journal.get_entry(entry_id))
        assert listed[entry_id].created_at.tzinfo is UTC


def test_a_seal_moved_to_another_entry_is_refused_as_before(
    journal: Journal, journal_path: Path
) -> None:
    kept = journal.add_entry(4, note="mine")
    moved = journal.add_entry(1, note="secret")
    journal.prepare_lock(PASS, params=FAST_KDF)
    journal.complete_lock()
    with sqlite3.connect(journal_path) as raw:
        raw.execute(
            "UPDATE entries SET sealed = (SELECT sealed FROM entries WHERE id = ?) WHERE id = ?",
            (kept.id, moved.id),
        )
    raw.close()
    with pytest.raises(JournalTampered) as from_list:
        journal.list_entries()
    with pytest.raises(JournalTampered) as from_get:
        journal.get_entry(moved.id)
    assert str(from_list.value) == str(from_get.value)
    assert moved.id in str(from_list.value)
