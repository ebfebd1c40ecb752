"""SIGKILL at a chosen or a random moment: the harness of the tests proving nothing is lost.

Importable by name, like journal_fixtures (used by the durability, lock and inbox tests).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def kill_at_stage(script: str, args: list[str], stage: str) -> None:
    """Run ``script`` in a fresh interpreter; SIGKILL it once it prints a line starting with
    ``stage`` (the script then waits on stdin, so the kill lands exactly there)."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line.startswith(stage):
            child.kill()
            pytest.fail(f"child said {line!r}: {child.communicate()[1]}")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()


Writer = Callable[[Path, int, int], None]
"""``write(path, fd, seed)``: in a forked child, save in a loop and write each saved id and a
newline to ``fd`` once the save returned. Never returns (the child is killed)."""


def kill_writers_at_random(
    path: Path, write: Writer, *, rounds: int, most: int, seed: int
) -> Iterator[set[str]]:
    """``rounds`` times: fork a child running ``write``, kill it after a random 1..``most``
    ids (mid-save as often as not), and yield the ids it confirmed in that round."""
    rng = random.Random(seed)
    for round_ in range(rounds):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            try:
                write(path, write_fd, round_)
            finally:
                os._exit(1)
        os.close(write_fd)
        wanted = rng.randint(1, most)
        buffer = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while buffer.count(b"\n") < wanted:
                chunk = pipe.read(4096)
                if not chunk:
                    break
                buffer += chunk
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            assert os.WIFSIGNALED(status), "the child should have been killed, not have died"
            buffer += pipe.read()  # ids flushed before the kill
        returned = {line.decode() for line in buffer.split(b"\n") if len(line) == 36}
        assert len(returned) >= wanted
        yield returned
