"""The private mood journal: storage, insights, export and import (pure Python, sqlite3).

Start with :func:`open_journal` (or :meth:`Journal.open`); docs/journal.md describes the files
and the rules that keep entries from ever being lost.
"""

from tenang.core.journal.crypto import (
    JournalLocked,
    JournalTampered,
    PlainExportRefused,
    WrongPassphrase,
)
from tenang.core.journal.model import (
    Entry,
    EntryKind,
    JournalError,
    JournalUnavailable,
    JournalWriteError,
    Mood,
    SessionRun,
    Tag,
    ValidationError,
)
from tenang.core.journal.store import Journal, open_journal, start_fresh

__all__ = [
    "Entry",
    "EntryKind",
    "Journal",
    "JournalError",
    "JournalLocked",
    "JournalTampered",
    "JournalUnavailable",
    "JournalWriteError",
    "Mood",
    "PlainExportRefused",
    "SessionRun",
    "Tag",
    "ValidationError",
    "WrongPassphrase",
    "open_journal",
    "start_fresh",
]
