"""Where a key sits in a TOML document: key paths to (line, column).

``tomllib`` returns plain dicts and keeps no positions, yet every problem we report should name
the line so an author can jump to it. This module scans the *source text* a second time with a
small, forgiving lexer that understands just enough TOML: ``[table]`` and ``[[array]]``
headers (with their running indexes), ``key = value`` lines with dotted and quoted keys,
strings of all four kinds, comments, and arrays and inline tables (also across lines).

It only ever runs on text that ``tomllib`` accepted, but it must not raise on anything: on input
it does not understand it skips to the next line, and a key it cannot place falls back to its
nearest known parent (for a missing ``steps[1].exhale`` that is the ``[[steps]]`` header).
"""

from __future__ import annotations

import contextlib
import json
import re
from bisect import bisect_right
from typing import NamedTuple

KeyPath = tuple[str | int, ...]
"""A path into the parsed document: keys and array indexes, e.g. ``("steps", 1, "inhale")``."""

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BARE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_PATH_TOKEN = re.compile(r'\[(\d+)\]|"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_-]+)|\.')
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_MAX_DEPTH = 48
"""Nesting beyond this is skipped without recording positions, so no input can exhaust the
stack (``tomllib`` itself gives up far earlier on such documents)."""


class Position(NamedTuple):
    """1-based line and column of the first character of a key or header."""

    line: int
    column: int


def format_path(path: KeyPath) -> str:
    """``("steps", 1, "inhale")`` -> ``steps[1].inhale``; odd keys are quoted as in TOML."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = part if _BARE_KEY.fullmatch(part) else json.dumps(part, ensure_ascii=False)
        out += f".{name}" if out else name
    return out


def parse_path(text: str) -> KeyPath:
    """The inverse of :func:`format_path`; unknown characters are ignored rather than fatal."""
    parts: list[str | int] = []
    for match in _PATH_TOKEN.finditer(text):
        index, quoted, bare = match.groups()
        if index is not None:
            parts.append(int(index))
        elif quoted is not None:
            try:
                parts.append(json.loads(f'"{quoted}"'))
            except ValueError:
                parts.append(quoted)
        elif bare is not None:
            parts.append(bare)
    return tuple(parts)


class SourceMap:
    """Positions of the keys in one document, as found by :func:`scan`."""

    def __init__(self, positions: dict[KeyPath, Position]) -> None:
        self._positions = dict(positions)

    def __len__(self) -> int:
        return len(self._positions)

    def positions(self) -> dict[KeyPath, Position]:
        """Every key found, in document order (a copy)."""
        return dict(self._positions)

    def exact(self, path: KeyPath | str) -> Position | None:
        """The position of exactly this key, or ``None`` when the scan did not see it."""
        key = parse_path(path) if isinstance(path, str) else path
        return self._positions.get(key)

    def locate(self, path: KeyPath | str) -> Position | None:
        """The position of ``path`` or, failing that, of its nearest known parent."""
        key = parse_path(path) if isinstance(path, str) else path
        while True:
            found = self._positions.get(key)
            if found is not None or not key:
                return found
            key = key[:-1]


def scan(text: str) -> SourceMap:
    """Map every key path in ``text`` to its position. Never raises."""
    scanner = _Scanner(text)
    # Positions are a courtesy on top of tomllib's verdict: partial results beat none.
    with contextlib.suppress(Exception):
        scanner.run()
    return SourceMap(scanner.positions)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.end = len(text)
        self.i = 0
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.positions: dict[KeyPath, Position] = {}
        self.array_counts: dict[KeyPath, int] = {}
        self.table: KeyPath = ()

    # -- positions -------------------------------------------------------------------------

    def position(self, offset: int) -> Position:
        line = bisect_right(self.line_starts, offset)
        return Position(line, offset - self.line_starts[line - 1] + 1)

    def record(self, path: KeyPath, offset: int) -> None:
        if path not in self.positions:
            self.positions[path] = self.position(offset)

    # -- characters ------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> str:
        index = self.i + ahead
        return self.text[index] if index < self.end else ""

    def skip_blank(self, *, newlines: bool) -> None:
        """Skip spaces and comments, and line ends too when ``newlines``."""
        blanks = " \t\r\n" if newlines else " \t\r"
        while self.i < self.end:
            char = self.text[self.i]
            if char in blanks:
                self.i += 1
            elif char == "#":
                self.skip_to_eol()
                if not newlines:
                    return
            else:
                return

    def skip_to_eol(self) -> None:
        newline = self.text.find("\n", self.i)
        self.i = self.end if newline < 0 else newline

    # -- document --------------------------------------------------------------------------

    def run(self) -> None:
        while self.i < self.end:
            self.skip_blank(newlines=True)
            if self.i >= self.end:
                return
            before = self.i
            char = self.text[self.i]
            if char == "[":
                self.header()
            elif char in _BARE_CHARS or char in "\"'":
                self.keyval(self.table, 0)
            self.skip_to_eol()
            if self.i == before:
                self.i += 1

    def resolve(self, names: list[str]) -> KeyPath:
        """The path a header's dotted name refers to: arrays of tables mean their last element."""
        path: KeyPath = ()
        for name in names:
            path = (*path, name)
            count = self.array_counts.get(path)
            if count:
                path = (*path, count - 1)
        return path

    def header(self) -> None:
        start = self.i
        is_array = self.text.startswith("[[", self.i)
        self.i += 2 if is_array else 1
        parts = self.dotted_key()
        if not parts:
            return
        names = [name for name, _ in parts]
        if is_array:
            parent = self.resolve(names[:-1])
            array = (*parent, names[-1])
            count = self.array_counts.get(array, 0)
            self.array_counts[array] = count + 1
            path: KeyPath = (*array, count)
            self.record(array, start)
        else:
            path = self.resolve(names)
        for depth in range(1, len(path) + 1):
            self.record(path[:depth], start)
        self.table = path

    def keyval(self, base: KeyPath, depth: int) -> None:
        parts = self.dotted_key()
        if not parts:
            return
        path = base
        for name, offset in parts:
            path = (*path, name)
            self.record(path, offset)
        self.skip_blank(newlines=False)
        if self.peek() != "=":
            return
        self.i += 1
        self.skip_blank(newlines=False)
        self.value(path, depth)

    def dotted_key(self) -> list[tuple[str, int]]:
        parts: list[tuple[str, int]] = []
        while True:
            self.skip_blank(newlines=False)
            offset = self.i
            char = self.peek()
            if char == '"':
                name = self.basic_string()
            elif char == "'":
                name = self.literal_string()
            elif char and char in _BARE_CHARS:
                while self.i < self.end and self.text[self.i] in _BARE_CHARS:
                    self.i += 1
                name = self.text[offset : self.i]
            else:
                return parts
            parts.append((name, offset))
            self.skip_blank(newlines=False)
            if self.peek() != ".":
                return parts
            self.i += 1

    # -- values ----------------------------------------------------------------------------

    def value(self, path: KeyPath, depth: int) -> None:
        char = self.peek()
        if self.text.startswith('"""', self.i):
            self.multiline_string('"""')
        elif self.text.startswith("'''", self.i):
            self.multiline_string("'''")
        elif char == '"':
            self.basic_string()
        elif char == "'":
            self.literal_string()
        elif char in "[{" and char and depth >= _MAX_DEPTH:
            self.skip_nested()
        elif char == "[":
            self.array(path, depth + 1)
        elif char == "{":
            self.inline_table(path, depth + 1)
        else:
            while self.i < self.end and self.text[self.i] not in ",]}#\n":
                self.i += 1

    def array(self, path: KeyPath, depth: int) -> None:
        self.i += 1
        index = 0
        while True:
            self.skip_blank(newlines=True)
            char = self.peek()
            if char in ("", "]"):
                self.i += 1 if char else 0
                return
            before = self.i
            self.record((*path, index), self.i)
            self.value((*path, index), depth)
            self.skip_blank(newlines=True)
            char = self.peek()
            if char == ",":
                self.i += 1
                index += 1
            elif char == "]":
                self.i += 1
                return
            elif self.i == before or not char:
                return

    def inline_table(self, path: KeyPath, depth: int) -> None:
        self.i += 1
        while True:
            self.skip_blank(newlines=True)
            char = self.peek()
            if char in ("", "}"):
                self.i += 1 if char else 0
                return
            before = self.i
            self.keyval(path, depth)
            self.skip_blank(newlines=True)
            char = self.peek()
            if char == ",":
                self.i += 1
            elif char == "}":
                self.i += 1
                return
            elif self.i == before or not char:
                return

    def skip_nested(self) -> None:
        """Step over a bracketed value without recursing (used past the depth limit)."""
        level = 0
        while self.i < self.end:
            char = self.text[self.i]
            if char in "\"'":
                self.value((), 0)
                continue
            if char == "#":
                self.skip_to_eol()
                continue
            self.i += 1
            if char in "[{":
                level += 1
            elif char in "]}":
                level -= 1
                if level <= 0:
                    return

    # -- strings ---------------------------------------------------------------------------

    def basic_string(self) -> str:
        """A one-line ``"..."`` string, escapes decoded so keys match what tomllib returns."""
        self.i += 1
        out: list[str] = []
        while self.i < self.end:
            char = self.text[self.i]
            if char == '"':
                self.i += 1
                break
            if char == "\n":
                break
            if char == "\\":
                out.append(self.escape())
                continue
            out.append(char)
            self.i += 1
        return "".join(out)

    def escape(self) -> str:
        code = self.peek(1)
        if code in _ESCAPES and code:
            self.i += 2
            return _ESCAPES[code]
        width = {"u": 4, "U": 8}.get(code)
        if width is not None:
            digits = self.text[self.i + 2 : self.i + 2 + width]
            if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                self.i += 2 + width
                number = int(digits, 16)
                return chr(number) if number <= 0x10FFFF else ""
        self.i += 1
        return "\\"

    def literal_string(self) -> str:
        self.i += 1
        start = self.i
        while self.i < self.end and self.text[self.i] not in "'\n":
            self.i += 1
        name = self.text[start : self.i]
        if self.peek() == "'":
            self.i += 1
        return name

    def multiline_string(self, quotes: str) -> None:
        self.i += 3
        while self.i < self.end:
            if quotes == '"""' and self.text[self.i] == "\\":
                self.i += 2
                continue
            if self.text.startswith(quotes, self.i):
                self.i += 3
                # Up to two quote characters may sit right before the closing delimiter.
                for _ in range(2):
                    if self.peek() == quotes[0]:
                        self.i += 1
                return
            self.i += 1
        self.i = self.end
