"""Every benchmark in one command, one table: figure, baseline, ratio, target, and the machine.

Runs the sibling benches as subprocesses with shortened parameters and reads their ``--json``
output, so each bench keeps its own logic and can still be run alone for longer:

* ``startup_idle.py``   start-up (median of interleaved runs), idle CPU, wake-ups, RSS;
* ``player_cpu.py``     CPU and RSS while a routine plays with audio, with reduced motion;
* ``phase_accuracy.py`` boundary and cue lateness on the real Qt loop (sped-up clock);
* ``library_bench.py``  loading 1,000 routine files;
* ``journal_bench.py``  open + insights, one add, export and import.

    bench/run_all                      # about 6 minutes on 2 cores
    bench/run_all --json report.json   # also write the table as JSON
    bench/run_all --quick              # a smoke run in about a minute (noisier figures)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


@dataclass
class Row:
    row: str
    figure: float
    baseline: float | None
    unit: str
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.figure / self.baseline if self.baseline else None


@dataclass
class Params:
    startup_runs: int = 7
    idle_seconds: float = 10.0
    play_seconds: float = 20.0
    phase_speed: float = 10.0
    library_files: int = 1000
    journal_entries: int = 100_000
    repeats: int = 3


QUICK = Params(7, 3.0, 5.0, 60.0, 1000, 20_000, 1)


def run_bench(script: str, *args: str) -> dict[str, Any]:
    """Run one bench with ``--json`` into a temporary file; its table goes to our stderr."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.json"
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")])
        )
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(BENCH / script), *args, "--json", str(out)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        print(
            f"--- {script} {' '.join(args)} ({time.monotonic() - started:.0f} s)", file=sys.stderr
        )
        print(done.stdout, file=sys.stderr)
        if done.returncode != 0:
            raise SystemExit(f"{script} failed:\n{done.stderr}")
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def machine() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    sys.path.insert(0, str(BENCH))
    from startup_idle import cpu_model

    cpu = cpu_model()
    qpa = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "qt": f"{qVersion()} (PySide6 {PySide6.__version__}, platform {qpa})",
        "sdl": "{}.{}.{}".format(*pygame.get_sdl_version()) + f" (pygame-ce {pygame.version.ver})",
        "system": f"{platform.system()} {platform.release()}",
    }


def startup_rows(p: Params) -> tuple[list[Row], float]:
    data = run_bench(
        "startup_idle.py", "--runs", str(p.startup_runs), "--idle", str(p.idle_seconds)
    )
    rows = {name: (ours, base) for name, ours, base, _unit in data["rows"]}
    start, bare_start = rows["start-up to first paint (median)"]
    cpu, bare_cpu = rows["idle CPU, window open"]
    wake, bare_wake = rows["idle wake-ups per second"]
    rss, bare_rss = rows["RSS, window open and idle"]
    return [
        Row(
            f"start-up to first paint, median of {p.startup_runs}",
            start,
            bare_start,
            "ms",
            "bare window",
            "<= 1.3x bare",
            start <= 1.3 * bare_start,
        ),
        Row("memory RSS, main window open", rss, bare_rss, "MB", "bare window"),
        Row(
            f"idle CPU, window open {p.idle_seconds:g} s",
            cpu,
            bare_cpu,
            "%",
            "bare window",
            "near zero (< 0.5%)",
            cpu < 0.5,
        ),
        Row("idle wake-ups per second", wake, bare_wake, "/s", "bare window"),
    ], bare_rss


def player_rows(p: Params, bare_rss: float) -> list[Row]:
    data = run_bench(
        "player_cpu.py", "--seconds", str(p.play_seconds), "--reduced-motion", "--audio"
    )
    sides = data["sides"]
    play, reduced = sides["Tenang player"], sides["Tenang player, reduced motion"]
    base = sides["bare PySide6 circle at 60 Hz"]

    def share(side: dict[str, float]) -> float:
        return 100 * side["cpu"] / side["wall"]

    return [
        Row(
            "memory RSS, routine playing with audio",
            play["rss_kb"] / 1024,
            bare_rss,
            "MB",
            "bare window",
        ),
        Row(
            f"CPU playing {p.play_seconds:g} s, circle + audio",
            share(play),
            share(base),
            "%",
            "bare 60 Hz circle",
            "<= 0.5x bare",
            share(play) <= 0.5 * share(base),
        ),
        Row("CPU playing, reduced motion", share(reduced), share(base), "%", "bare 60 Hz circle"),
    ]


def phase_rows(p: Params) -> list[Row]:
    data = run_bench("phase_accuracy.py", "--speed", str(p.phase_speed))
    ours, naive = data["tenang"], data["naive"]
    speed = f", clock {p.phase_speed:g}x" if p.phase_speed != 1 else ""
    label = f"{data['routine_seconds'] / 60:.0f}-min routine{speed}"
    rows = [
        Row(
            f"boundary lateness p50 ({label})",
            ours["boundary"]["p50"],
            naive["boundary"]["p50"],
            "ms",
            "naive singleShot",
        ),
        Row(
            "boundary lateness p99",
            ours["boundary"]["p99"],
            naive["boundary"]["p99"],
            "ms",
            "naive singleShot",
            "< 5 ms",
            ours["boundary"]["p99"] < 5,
        ),
        Row(
            "boundary lateness max",
            ours["boundary"]["max"],
            naive["boundary"]["max"],
            "ms",
            "naive singleShot",
        ),
        Row(
            "drift, first to last boundary",
            ours["drift_ms"],
            naive["drift_ms"],
            "ms",
            "naive singleShot",
            "< 2 ms",
            abs(ours["drift_ms"]) < 2,
        ),
        Row(
            "cue start lateness p50",
            ours["cue"]["p50"],
            naive["cue"]["p50"],
            "ms",
            "naive singleShot",
        ),
        Row(
            "cue start lateness p99",
            ours["cue"]["p99"],
            naive["cue"]["p99"],
            "ms",
            "naive singleShot",
        ),
        Row(
            "cue start lateness max",
            ours["cue"]["max"],
            naive["cue"]["max"],
            "ms",
            "naive singleShot",
        ),
    ]
    return rows


def library_rows(p: Params) -> list[Row]:
    data = run_bench(
        "library_bench.py", "--files", str(p.library_files), "--repeats", str(p.repeats)
    )
    return [
        Row(
            f"library: load + validate {data['files']:,} files",
            data["tenang_s"] * 1000,
            data["tomllib_s"] * 1000,
            "ms",
            "read + tomllib.loads",
        ),
    ]


def journal_rows(p: Params) -> list[Row]:
    data = run_bench(
        "journal_bench.py", "--entries", str(p.journal_entries), "--repeats", str(p.repeats)
    )
    best = {row["name"]: row["best_ms"] for row in data["rows"]}
    n = f"{data['entries']:,}"
    return [
        Row(
            f"journal: open {n} + all insights",
            best["open + all insights (check deferred)"],
            None,
            "ms",
            "",
            "< 150 ms",
            best["open + all insights (check deferred)"] < 150,
        ),
        Row(
            "journal: one add, FULL sync (median)",
            best["one add (FULL sync), median of 20"],
            None,
            "ms",
        ),
        Row(f"journal: export JSON, {n}", best["export JSON"], None, "ms"),
        Row(
            f"journal: import JSON, {n} fresh", best["import JSON into a fresh journal"], None, "ms"
        ),
        Row(
            "journal: import the same again", best["import the same JSON again (no-op)"], None, "ms"
        ),
    ]


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f} {unit}"


def table(rows: list[Row]) -> str:
    head = f"| {'row':<44} | {'figure':>11} | {'baseline':>11} | {'ratio':>6} | target |"
    lines = [head, "|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|"]
    for r in rows:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        target = "" if not r.target else f"{r.target}: {'met' if r.met else 'NOT met'}"
        lines.append(
            f"| {r.row:<44} | {fmt(r.figure, r.unit):>11} | {fmt(r.baseline, r.unit):>11} "
            f"| {ratio:>6} | {target} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    parser.add_argument("--quick", action="store_true", help="a smoke run (about a minute)")
    args = parser.parse_args()
    p = QUICK if args.quick else Params()
    started = time.monotonic()
    rows, bare_rss = startup_rows(p)
    rows += player_rows(p, bare_rss)
    rows += phase_rows(p)
    rows += library_rows(p)
    rows += journal_rows(p)
    info = machine()
    took = time.monotonic() - started
    print(table(rows))
    print(
        f"\nmachine: {info['cpu']}, {info['cores']} cores, {info['system']}, Python "
        f"{info['python']}, Qt {info['qt']}, SDL {info['sdl']}"
    )
    print(f"parameters: {asdict(p)}; took {took:.0f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "machine": info,
                    "parameters": asdict(p),
                    "seconds": took,
                    "rows": [{**asdict(r), "ratio": r.ratio} for r in rows],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
