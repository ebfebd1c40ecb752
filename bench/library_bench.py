"""Loading and validating a big routine library, beside the bare TOML parse of the same files.

Builds ``--files`` routine files in a temporary folder (copies of the bundled routines, each
with its own id, so every one loads), then times, best of ``--repeats``:

* Tenang: ``load_library`` on that folder (list, read, parse, validate, locate keys, check ids)
  plus the bundled routines, as the app does at start-up;
* baseline: read each file and ``tomllib.loads`` it, nothing else.

The ratio is what validation and error location cost on top of parsing.

    .venv/bin/python bench/library_bench.py [--files 1000] [--repeats 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from tenang.core.resources import bundled_sessions_dir
from tenang.core.sessions.library import load_library

_ID_LINE = re.compile(r'^id = "([a-z0-9-]+)"', re.MULTILINE)


def build(folder: Path, count: int) -> None:
    """``count`` valid routine files, cycling through the bundled ones with fresh ids."""
    seeds = sorted(
        (
            file.read_text(encoding="utf-8")
            for file in bundled_sessions_dir().iterdir()
            if file.name.endswith(".toml")
        ),
    )
    for index in range(count):
        text = seeds[index % len(seeds)]
        text = _ID_LINE.sub(lambda m, i=index: f'id = "{m.group(1)}-{i}"', text, count=1)
        (folder / f"routine-{index:04d}.toml").write_text(text, encoding="utf-8")


def best(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(files: int, repeats: int) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        build(folder, files)
        library = load_library(bundled_sessions_dir(), folder)
        if library.problems:  # the bench is only fair if every file loads
            raise SystemExit("\n".join(map(str, library.problems[:5])))
        paths = sorted(folder.glob("*.toml"))

        def bare() -> None:
            for path in paths:
                tomllib.loads(path.read_text(encoding="utf-8"))

        ours = best(lambda: load_library(bundled_sessions_dir(), folder), repeats)
        baseline = best(bare, repeats)
    return {"files": files, "loaded": len(library.entries), "tenang_s": ours, "tomllib_s": baseline}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    result = measure(args.files, args.repeats)
    print(f"Library: {result['files']} user files + bundled, {result['loaded']} routines loaded")
    print(f"load_library            {result['tenang_s'] * 1000:9.1f} ms (best of {args.repeats})")
    print(f"read + tomllib.loads    {result['tomllib_s'] * 1000:9.1f} ms")
    print(f"ratio                   {result['tenang_s'] / result['tomllib_s']:9.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
