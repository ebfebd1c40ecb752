"""The sdist and wheel carry everything: build both, install the wheel in a fresh venv, run it.

``python -m build`` makes the sdist and then the wheel *from the sdist*, so a file missing from
either shows up here. The fresh venv gets the wheel alone (``--no-deps``, no index); the
dependencies (PySide6, pygame-ce, ...) come from this test environment through a ``.pth`` line,
which sys.path places *after* the venv's own site-packages, so ``tenang`` is imported from
the wheel and a missing package-data file fails the self-check.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

import tenang

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (sdist,) = out.glob("tenang-*.tar.gz")
    (wheel,) = out.glob("tenang-*.whl")
    return sdist, wheel


def install_in_fresh_venv(wheel: Path, where: Path) -> Path:
    """A venv holding ``wheel`` alone, lent this environment's dependencies by a .pth line."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
         "--no-deps", "--no-index", str(wheel)],
        check=True,
    )  # fmt: skip
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "tenang-test-dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return where


@pytest.fixture(scope="module")
def venv(dists: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install_in_fresh_venv(dists[1], tmp_path_factory.mktemp("venv") / "venv")


def run_tenang(venv: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = venv / ("Scripts/tenang-cli.exe" if os.name == "nt" else "bin/tenang")
    env = {
        key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "PYTHONHOME"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SDL_AUDIODRIVER="dummy",
        TENANG_DATA_DIR=str(tmp_path / "data"),
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    return subprocess.run(
        [str(script), *args], capture_output=True, text=True, cwd=tmp_path, env=env, check=False,
        timeout=60,
    )  # fmt: skip


def test_sdist_has_what_a_rebuild_needs(dists: tuple[Path, Path]) -> None:
    with tarfile.open(dists[0]) as sdist:
        names = set(sdist.getnames())
    base = dists[0].name.removesuffix(".tar.gz")
    for needed in (
        "pyproject.toml",
        "README.md",
        "src/tenang/__init__.py",
        "src/tenang/translations/tenang_id.qm",
        "assets/icons/tenang.svg",
        "assets/icons/tenang-16.png",
        "assets/sessions/box-breathing.toml",
        "assets/audio/bell-bowl.wav",
        "packaging/linux/io.github.tenangapp.tenang.desktop",
        "packaging/linux/io.github.tenangapp.tenang.metainfo.xml",
    ):
        assert f"{base}/{needed}" in names, needed


def test_wheel_carries_icons_and_compiled_translations(dists: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(dists[1]).namelist())
    for size in (16, 32, 48, 64, 128, 256):
        assert f"tenang/assets/icons/tenang-{size}.png" in names
    assert "tenang/translations/tenang_id.qm" in names
    assert "tenang/assets/icons/tenang.svg" in names


def test_installed_wheel_passes_its_self_check(venv: Path, tmp_path: Path) -> None:
    done = run_tenang(venv, "--self-check", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    package_line = next(line for line in done.stdout.splitlines() if line.startswith("package:"))
    package = Path(package_line.removeprefix("package:").strip())
    assert venv.resolve() in package.resolve().parents, package  # the wheel, not the checkout
    assert "self-check passed: 6 checks" in done.stdout
    assert "FAIL" not in done.stdout


def test_installed_wheel_lists_the_bundled_routines(venv: Path, tmp_path: Path) -> None:
    done = run_tenang(venv, "sessions", "list", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == len(list((ROOT / "assets" / "sessions").glob("*.toml")))
    assert all(str(venv) in row for row in rows)  # the routines come from the installed wheel


def test_installed_version_is_the_single_sourced_one(venv: Path, tmp_path: Path) -> None:
    done = run_tenang(venv, "--version", tmp_path=tmp_path)
    assert done.stdout.strip() == f"tenang {tenang.__version__}"


def test_a_wheel_missing_a_data_file_fails_its_self_check(
    dists: tuple[Path, Path], tmp_path: Path
) -> None:
    """What this module guards against: the same wheel without one icon must not pass."""
    stripped = tmp_path / dists[1].name
    missing = "tenang/assets/icons/tenang-48.png"
    with zipfile.ZipFile(dists[1]) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            if item.filename != missing:
                target.writestr(item, source.read(item))
    venv = install_in_fresh_venv(stripped, tmp_path / "venv")
    done = run_tenang(venv, "--self-check", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "FAIL  icons: missing file " in done.stdout
    assert done.stdout.rstrip().endswith("self-check FAILED: icons (1 of 6)")
