"""Where the bundled assets live, found through ``importlib.resources``.

The wheel maps the repository's ``assets/`` folder to ``tenang/assets``. In an editable
checkout that folder is not inside the package, so we look one level up from ``src/`` as well;
this is the same folder, not a fallback copy.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def assets_root() -> Traversable:
    packaged = resources.files("tenang") / "assets"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "assets"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Tenang's assets are missing: looked in {packaged} and {checkout}")


def bundled_sessions_dir() -> Traversable:
    return assets_root() / "sessions"


def bundled_audio_dir() -> Traversable:
    return assets_root() / "audio"
