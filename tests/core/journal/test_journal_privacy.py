"""Nothing about moods, notes or tags ever reaches a log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from journal_fixtures import StepClock

from tenang.core.journal import Journal
from tenang.core.journal.exchange import export_bytes, import_tenang_json

SECRET_NOTE = "my-secret-note-4471"
SECRET_TAG = "secret-tag-9902"


def test_no_mood_note_or_tag_in_logs(
    tmp_path: Path, clock: StepClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "data" / "journal.sqlite3"
    with Journal.open(path, clock=clock) as journal:
        entry = journal.add_entry(1, tags=[SECRET_TAG], note=SECRET_NOTE)
        journal.update_entry(entry.id, note=SECRET_NOTE + "-edited")
        journal.list_entries()
        journal.insights(streaks=True)
        exported = tmp_path / "export.json"
        exported.write_bytes(export_bytes(journal, "json"))
        for fmt in ("csv", "md"):
            export_bytes(journal, fmt)
        journal.restore_entry(journal.delete_entry(entry.id))
    with Journal.open(tmp_path / "other" / "journal.sqlite3", clock=clock) as other:
        import_tenang_json(other, exported)
    assert caplog.records, "the journal logs (file names only), so this test can see leaks"
    text = caplog.text + " ".join(str(record.args) for record in caplog.records)
    assert SECRET_NOTE not in text
    assert SECRET_TAG not in text
    assert entry.id not in text
    assert "awful" not in text


def test_the_journal_package_logs_only_through_its_loggers() -> None:
    """No print() and no root-logger calls in the journal package (they bypass review)."""
    package = Path(__file__).parents[3] / "src" / "tenang" / "core" / "journal"
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "print(" not in text, source
        assert "logging.info(" not in text and "logging.debug(" not in text, source
