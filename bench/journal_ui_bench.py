"""How long the journal's charts take to draw, at 100,000 entries (30 years, ~9 a day).

Prints a table, each row beside its baseline in the same process:

- the year-in-pixels view painted into an image of the size the insights page gives it,
  against an empty ``QWidget`` of the same size (what any paint costs here) and the chart's
  own background-only paint (what the theme lookup and frame cost);
- the mood trend over a year (365 points), the widest chart;
- the whole insights page: one ``Journal.insights()`` plus handing every chart its data;
- the history page, shown (a change to a visible tree costs far more than to a hidden one):
  listing the newest entries; the first search, which reads them all; then a search over the
  entries read (what a pause in typing costs) and one keystroke (the debounce restarting),
  beside the same substring test over a plain list of the notes; and with the lock on, the
  first search (every entry decrypted) and a search over the decrypted entries.

Run from the repository root (builds the journal in a temporary folder first, ~10 s):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/journal_ui_bench.py [--entries N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_bench import build
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from tenang.core.journal import Journal
from tenang.core.journal.crypto import KdfParams
from tenang.ui.journal.charts import Chart, TrendChart, YearChart
from tenang.ui.journal.history import SHOWN_LIMIT, HistoryPage
from tenang.ui.journal.insights_page import InsightsPage
from tenang.ui.theme import ThemeController

SIZE = QSize(880, 330)
"""About what the year view gets in a 960-pixel-wide journal window."""
CHEAP_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
"""The lock's key derivation is not what is measured here, only reading sealed entries."""


def best(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(best, median) in milliseconds; one warm-up call first."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def painter_of(widget: QWidget) -> Callable[[], None]:
    """Render ``widget`` into a fresh image, as a repaint of the whole widget would."""

    def paint() -> None:
        image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
        widget.render(image)

    return paint


class Background(Chart):
    """A chart that paints only its background: the floor under every chart."""

    def title(self) -> str:
        return "background"

    def summary(self) -> str:
        return ""

    def draw(self, painter: QPainter, colours: object, area: object) -> None:
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ThemeController().apply("light")
    with tempfile.TemporaryDirectory(prefix="tenang-ui-bench-") as folder:
        path = Path(folder) / "journal.sqlite3"
        started = time.perf_counter()
        build(path, args.entries)
        built = time.perf_counter() - started
        journal = Journal.open(path, defer_check=True)
        today = date(2026, 11, 23)
        insights = journal.insights(today)
        year = YearChart()
        year.resize(SIZE)
        year.set_year(insights.year, today)
        shown = year.size()  # the width is given; the height follows it (square cells)
        empty = QWidget()
        empty.resize(SIZE)
        floor = Background()
        floor.resize(SIZE)
        trend = TrendChart()
        trend.resize(SIZE.width(), 220)
        trend.set_points(insights.trends[365])
        history = HistoryPage(lambda: journal)
        history.resize(960, 700)
        history.show()
        app.processEvents()

        def search_for(text: str) -> None:
            history.search.setText(text)
            history.search_now()  # the end of the typing pause, or Enter

        def search_all() -> None:
            history.search.setText("")
            history.reload()  # back to the newest only
            search_for("walk")  # reads every entry, filters, lists the newest

        words = iter(["wal", "walk"] * 1000)

        def search_read() -> None:
            search_for(next(words))  # every entry already read: the filter and the list

        def keystroke() -> None:
            history.search.setText(next(words))  # restarts the wait, searches nothing yet

        notes = [entry.note.casefold() for entry in journal.list_entries()]

        def plain_filter() -> None:
            query = next(words)
            [note for note in notes if query in note]

        page = InsightsPage(lambda: journal, lambda: False, today=lambda: today)
        page.resize(960, 900)
        rows = [
            ("empty QWidget, same size (baseline)", best(painter_of(empty), args.repeats)),
            ("chart background only (baseline)", best(painter_of(floor), args.repeats)),
            ("year in pixels, 365 days", best(painter_of(year), args.repeats)),
            ("mood trend, 365 days", best(painter_of(trend), args.repeats)),
            ("insights page: insights() + set data", best(page.reload, max(args.repeats // 4, 3))),
            (f"history: list the newest {SHOWN_LIMIT:,}", best(history.reload, 3)),
            ("history: first search (reads every entry)", best(search_all, 3)),
            ("plain list of notes: 'in' per note (baseline)", best(plain_filter, 5)),
            ("history: search the entries read", best(search_read, 5)),
            ("history: one keystroke while typing", best(keystroke, args.repeats)),
        ]
        history.search.setText("")
        history.reload()
        journal.prepare_lock("a bench passphrase", params=CHEAP_KDF)
        journal.complete_lock()  # every entry sealed; the key stays held (unlocked)
        rows += [
            ("lock on: first search (decrypts every entry)", best(search_all, 3)),
            ("lock on: search the entries read", best(search_read, 5)),
        ]
        history.close()
        journal.close()
    del app
    print(f"Tenang journal UI bench: {args.entries:,} entries (built in {built:.1f} s)")
    print(f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"year view {shown.width()}x{shown.height()} px, best and median of {args.repeats}\n")
    width = max(len(name) for name, _ in rows)
    print(f"{'what'.ljust(width)} | best ms | median ms")
    print(f"{'-' * width}-|---------|----------")
    for name, (fast, median) in rows:
        print(f"{name.ljust(width)} | {fast:7.2f} | {median:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
