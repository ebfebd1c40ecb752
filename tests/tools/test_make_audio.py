"""The committed sounds are what ``tools/make_audio.py`` makes.

Cues (WAV) must match byte for byte. Vorbis encoding is not bit-reproducible, so each loop is
decoded (with pygame, the app's own decoder) and compared with the generator's PCM.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")  # a dev-only dependency, like the generator itself

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / "assets" / "audio"


def load_generator():
    spec = importlib.util.spec_from_file_location("make_audio", ROOT / "tools" / "make_audio.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_audio"] = module
    spec.loader.exec_module(module)
    return module


make_audio = load_generator()


def test_the_generator_covers_every_bundled_name_and_nothing_else():
    from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES

    assert tuple(make_audio.CUES) == CUE_NAMES
    assert tuple(make_audio.LOOPS) == AMBIENT_NAMES
    expected = {f"{n}.wav" for n in CUE_NAMES} | {f"{n}.ogg" for n in AMBIENT_NAMES}
    assert {p.name for p in AUDIO.iterdir()} == expected | {"LICENSE"}


@pytest.mark.parametrize("name", list(make_audio.CUES))
def test_each_cue_is_reproduced_byte_for_byte(name):
    assert (AUDIO / f"{name}.wav").read_bytes() == make_audio.cue_file(name)


@pytest.fixture(scope="module")
def decoder():
    import pygame

    pygame.mixer.init(frequency=make_audio.RATE, size=-16, channels=1)
    assert pygame.mixer.get_init() == (make_audio.RATE, -16, 1)
    yield lambda path: np.frombuffer(pygame.mixer.Sound(path).get_raw(), dtype="<i2")
    pygame.mixer.quit()


@pytest.mark.parametrize("name", list(make_audio.LOOPS))
def test_each_loop_decodes_to_the_generators_pcm_and_loops_seamlessly(name, decoder):
    decoded = decoder(str(AUDIO / f"{name}.ogg"))
    expected = make_audio.loop_pcm(name)
    assert make_audio.loop_matches(expected, decoded)
    # Seamless: the jump from the last sample to the first is an ordinary step of the signal.
    steps = np.abs(np.diff(decoded.astype(np.int64)))
    seam = abs(int(decoded[0]) - int(decoded[-1]))
    assert seam <= np.percentile(steps, 99)
    assert 10.0 <= decoded.size / make_audio.RATE <= 20.0


def test_a_different_noise_would_not_pass(decoder):
    decoded = decoder(str(AUDIO / "rain.ogg"))
    assert not make_audio.loop_matches(np.roll(make_audio.loop_pcm("rain"), 4410), decoded)


def test_the_assets_stay_small():
    total = sum(path.stat().st_size for path in AUDIO.iterdir())
    assert total < 1_500_000
