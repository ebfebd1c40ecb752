"""The wheel carries the assets; the app finds them through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("tenang-*.whl")
    return built


def test_wheel_contains_every_asset(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = [p for p in (ROOT / "assets").rglob("*") if p.is_file() and p.name != ".keep"]
    assert any(p.parent.name == "sessions" for p in assets)
    for path in assets:
        assert f"tenang/assets/{path.relative_to(ROOT / 'assets').as_posix()}" in names


def test_assets_are_found_through_importlib_resources() -> None:
    from tenang.core.resources import bundled_audio_dir, bundled_sessions_dir

    assert any(entry.name.endswith(".toml") for entry in bundled_sessions_dir().iterdir())
    assert bundled_audio_dir().is_dir()
