"""Write io.github.tenangapp.tenang.yml with every Python wheel pinned by version and sha256.

Run by a developer (it asks PyPI, through pip, for the files' URLs and hashes; no file is kept):

    .venv/bin/python packaging/flatpak/pin_wheels.py

To move a dependency, change its version in PINS (and BUILD_PINS for the build backend) and run
this again. The versions and hashes come from ``pip install --dry-run --report`` for CPython
3.12 (the KDE 6.9 runtime's Python) on each architecture Flathub builds, so arch-specific
wheels (pygame-ce) get one source per architecture with ``only-arches``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tenang import APP_ID

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / f"{APP_ID}.yml"
KDE = "6.9"
PYTHON = "3.12"
ARCHES = ("x86_64", "aarch64")
PINS = (
    "pygame-ce==2.5.8",
    "platformdirs==4.14.7",
    "tomli-w==1.2.0",
    "cryptography==50.0.2",
)
BUILD_PINS = ("hatchling==1.33.0",)
"""The build backend; its own dependencies are resolved and pinned with it."""

PIP = (
    'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
    "--prefix=${FLATPAK_DEST} --no-build-isolation"
)
HEADER = f"""\
# Flatpak manifest for Tenang, on the PySide6 BaseApp (PySide6 and Qt come from there).
# Written by packaging/flatpak/pin_wheels.py: change that script, not this file.
# JSON-style YAML on purpose: YAML's flow syntax is a superset of JSON, so flatpak-builder
# reads it as YAML and tests/packaging/test_flatpak_manifest.py reads it with the standard
# json module once these full-line comments are dropped (no YAML parser needed in the tests).
#
# - runtime-version equals base-version: the BaseApp is built against that KDE runtime.
# - finish-args are the minimum for a windowed app that plays sound: no network, no files
#   outside the sandbox (the journal lives in ~/.var/app/{APP_ID}/).
# - Python wheels are pinned by exact version and sha256 (from PyPI's metadata). hatchling
#   and its dependencies are needed only to build ("cleanup": ["*"]) and are not shipped.
# - PySide6 is not listed: the BaseApp provides it (Tenang is installed with --no-deps).
#
# Build: flatpak-builder --user --install --force-clean build/flatpak \\
#            packaging/flatpak/{APP_ID}.yml
"""


def resolve(requirements: tuple[str, ...], arch: str) -> dict[str, tuple[str, str, str]]:
    """``{name: (version, url, sha256)}`` for CPython 3.12 manylinux on ``arch``."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "-q",
             "--report", str(report), "--target", str(Path(folder) / "t"),
             "--python-version", PYTHON, "--implementation", "cp", "--abi", "cp312",
             "--platform", f"manylinux2014_{arch}", "--only-binary=:all:", *requirements],
            check=True,
        )  # fmt: skip
        data = json.loads(report.read_text())
    found = {}
    for item in data["install"]:
        info = item["download_info"]
        name = item["metadata"]["name"].lower().replace("_", "-")
        found[name] = (
            item["metadata"]["version"],
            info["url"],
            info["archive_info"]["hashes"]["sha256"],
        )
    return found


def sources(requirements: tuple[str, ...]) -> tuple[list[str], list[dict[str, object]]]:
    """Package names and the ``file`` sources for them (one per arch where wheels differ)."""
    per_arch = {arch: resolve(requirements, arch) for arch in ARCHES}
    names = list(per_arch[ARCHES[0]])
    result: list[dict[str, object]] = []
    for name in names:
        urls = {per_arch[arch][name][1] for arch in ARCHES}
        for arch in ARCHES if len(urls) > 1 else ARCHES[:1]:
            _, url, sha = per_arch[arch][name]
            source: dict[str, object] = {"type": "file", "url": url, "sha256": sha}
            if len(urls) > 1:
                source["only-arches"] = [arch]
            result.append(source)
    return names, result


def manifest() -> dict[str, object]:
    build_names, build_sources = sources(BUILD_PINS)
    names, dep_sources = sources(PINS)
    icons = "${FLATPAK_DEST}/share/icons/hicolor"
    return {
        "id": APP_ID,
        "runtime": "org.kde.Platform",
        "runtime-version": KDE,
        "sdk": "org.kde.Sdk",
        "base": "io.qt.PySide.BaseApp",
        "base-version": KDE,
        "command": "tenang",
        "finish-args": [
            "--share=ipc",
            "--socket=wayland",
            "--socket=fallback-x11",
            "--socket=pulseaudio",
            "--device=dri",
        ],
        "build-options": {"env": {"BASEAPP_REMOVE_WEBENGINE": "1", "BASEAPP_DISABLE_NUMPY": "1"}},
        "cleanup-commands": ["/app/cleanup-BaseApp.sh"],
        "modules": [
            {
                "name": "python3-build-backend",
                "buildsystem": "simple",
                "build-commands": [f"{PIP} {' '.join(build_names)}"],
                "sources": build_sources,
                "cleanup": ["*"],
            },
            {
                "name": "python3-dependencies",
                "buildsystem": "simple",
                "build-commands": [f"{PIP} {' '.join(names)}"],
                "sources": dep_sources,
            },
            {
                "name": "tenang",
                "buildsystem": "simple",
                "build-commands": [
                    "pip3 install --verbose --no-index --no-deps --no-build-isolation "
                    "--prefix=${FLATPAK_DEST} .",
                    f"install -Dm644 packaging/linux/{APP_ID}.desktop "
                    f"${{FLATPAK_DEST}}/share/applications/{APP_ID}.desktop",
                    f"install -Dm644 packaging/linux/{APP_ID}.metainfo.xml "
                    f"${{FLATPAK_DEST}}/share/metainfo/{APP_ID}.metainfo.xml",
                    "for size in 16 32 48 64 128 256; do install -Dm644 "
                    "assets/icons/tenang-${size}.png "
                    f"{icons}/${{size}}x${{size}}/apps/{APP_ID}.png; done",
                    f"install -Dm644 assets/icons/tenang.svg {icons}/scalable/apps/{APP_ID}.svg",
                ],
                "sources": [
                    {
                        "type": "dir",
                        "path": "../..",
                        "skip": [".venv", ".git", "build", "dist", ".flatpak-builder", "bench"],
                    }
                ],
            },
        ],
    }


def main() -> int:
    MANIFEST.write_text(HEADER + json.dumps(manifest(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MANIFEST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
