"""Runs ``tenang journal ...`` in-process for the CLI tests: the parser the app wires in, with
captured output and standard input, and never a traceback in what the user would see."""

from __future__ import annotations

import argparse
import io

from tenang.core.paths import UserPaths
from tenang.journal_cli import add_journal_parser, run_journal_command


def run(paths: UserPaths, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="tenang")
    add_journal_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["journal", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run_journal_command(args, paths, out=out, err=err, stdin=io.StringIO(stdin))
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()
