"""Routine files: load, validate, locate problems, describe, and publish the JSON Schema.

The CLI and the GUI import from here only; the submodules are an implementation detail.
"""

from __future__ import annotations

from tenang.core.sessions.describe import describe_breath, describe_pattern, format_seconds
from tenang.core.sessions.durations import (
    DURATION_PATTERN,
    DurationError,
    format_duration,
    parse_duration,
)
from tenang.core.sessions.library import Library, LibraryEntry, load_library
from tenang.core.sessions.loader import (
    MAX_FILE_BYTES,
    LoadResult,
    load_session_bytes,
    load_session_file,
    load_session_text,
)
from tenang.core.sessions.locate import KeyPath, Position, SourceMap, format_path, scan
from tenang.core.sessions.problems import Problem
from tenang.core.sessions.schema import session_schema

__all__ = [
    "DURATION_PATTERN",
    "MAX_FILE_BYTES",
    "DurationError",
    "KeyPath",
    "Library",
    "LibraryEntry",
    "LoadResult",
    "Position",
    "Problem",
    "SourceMap",
    "describe_breath",
    "describe_pattern",
    "format_duration",
    "format_path",
    "format_seconds",
    "load_library",
    "load_session_bytes",
    "load_session_file",
    "load_session_text",
    "parse_duration",
    "scan",
    "session_schema",
]
