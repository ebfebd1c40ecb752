"""One problem found in a routine file, printed the way compilers print errors.

The ``FILE:LINE:COL: key: message`` shape is what editors and terminals already know how to
turn into a jump-to-location link, so authors can go straight to the mistake.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A located message about a routine file.

    ``line`` and ``column`` are 1-based and ``None`` when unknown (e.g. a missing top-level key
    has no line of its own). ``key`` is the key path such as ``steps[1].inhale``; it is empty
    for problems about the file as a whole (unreadable, TOML syntax).
    """

    file: str
    line: int | None
    column: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.key:
            return f"{where}: {self.key}: {self.message}"
        return f"{where}: {self.message}"

    def sort_key(self) -> tuple[int, int]:
        """Order for reports: file-wide problems first, then by position in the file."""
        return (self.line or 0, self.column or 0)
