"""Synthesise every bundled sound in ``assets/audio/`` from code, deterministically.

Why: the sounds are ours (CC0), so anyone can check what is in them and regenerate them; and a
test compares the committed files with what this script produces, so they cannot silently drift
apart. Everything is additive synthesis and filtered noise from a fixed seed.

- Cues are 16-bit mono 44.1 kHz WAV: written byte for byte the same on every run, so the test
  compares them exactly. 44.1 kHz matches the mixer, so a cue needs no resampling when loaded.
- Ambient loops are OGG Vorbis (mono, 44.1 kHz). The Vorbis encoder is not bit-reproducible
  (libsndfile picks a random Ogg stream serial number), so the test decodes the committed file and
  compares it with the PCM generated here within a tolerance. Each loop is *periodic* noise: it is
  built in the frequency domain over exactly the loop length (an inverse real FFT), and every
  envelope and droplet wraps around, so the last sample runs straight into the first.

Dev-only requirements: numpy (synthesis) and soundfile (OGG encoding; its wheels bundle
libsndfile with Vorbis). Run from the repository root::

    python tools/make_audio.py            # rewrite assets/audio/
    python tools/make_audio.py --check    # exit 1 if the committed files differ
"""

from __future__ import annotations

import argparse
import io
import sys
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

RATE = 44100
"""Sample rate of every bundled sound: the mixer's rate, so nothing is resampled at load."""

LOOP_QUALITY = 0.62
"""libsndfile's compression level for Vorbis (0 best .. 1 smallest). Noise beds need little."""

SEED = 20261123
AUDIO_DIR = Path(__file__).resolve().parents[1] / "assets" / "audio"

Float = npt.NDArray[np.float64]


# -- building blocks --------------------------------------------------------------------------


def _rng(name: str) -> np.random.Generator:
    """A generator per sound, so changing one sound never changes another."""
    salt = sum((index + 1) * ord(char) for index, char in enumerate(name))
    return np.random.Generator(np.random.PCG64(SEED + salt))


def _gaussian(rng: np.random.Generator, count: int) -> Float:
    """Normal deviates by Box-Muller from ``random()``, whose stream numpy keeps stable."""
    u1 = 1.0 - rng.random(count)
    u2 = rng.random(count)
    return np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)


def _times(seconds: float) -> Float:
    return np.arange(round(seconds * RATE)) / RATE


def _partial(t: Float, freq: float, amp: float, decay: float, phase: float = 0.0) -> Float:
    return amp * np.exp(-t / decay) * np.sin(2.0 * np.pi * freq * t + phase)


def _attack(t: Float, seconds: float) -> Float:
    """A raised-cosine onset: a struck sound without a click."""
    ramp = np.clip(t / seconds, 0.0, 1.0)
    return 0.5 - 0.5 * np.cos(np.pi * ramp)


def _tail(signal: Float, seconds: float) -> Float:
    """Fade the last ``seconds`` to exact silence so the cue ends without a click."""
    count = round(seconds * RATE)
    ramp = 0.5 + 0.5 * np.cos(np.pi * np.arange(count) / (count - 1))
    out = signal.copy()
    out[-count:] *= ramp
    return out


def _normalise(signal: Float, peak: float) -> Float:
    return signal * (peak / float(np.max(np.abs(signal))))


def _periodic_noise(rng: np.random.Generator, count: int, shape: Callable[[Float], Float]) -> Float:
    """Noise of exactly ``count`` samples that loops seamlessly, with amplitude ``shape(f)``.

    Built as random complex spectrum lines and an inverse real FFT: the result is periodic in
    ``count`` by construction, so there is no seam to hide.
    """
    freqs = np.fft.rfftfreq(count, 1.0 / RATE)
    spectrum = (_gaussian(rng, freqs.size) + 1j * _gaussian(rng, freqs.size)) * shape(freqs)
    spectrum[0] = 0.0
    signal = np.fft.irfft(spectrum, count)
    return signal / float(np.sqrt(np.mean(signal**2)))


def _band(freqs: Float, low: float, high: float, order: float = 2.0) -> Float:
    """A smooth band-pass magnitude response (Butterworth-like on both sides)."""
    f = np.maximum(freqs, 1e-3)
    highpass = 1.0 / np.sqrt(1.0 + (low / f) ** (2 * order))
    lowpass = 1.0 / np.sqrt(1.0 + (f / high) ** (2 * order))
    return highpass * lowpass


def _circular_bump(count: int, centre: float, width: float, power: float) -> Float:
    """A smooth periodic swell peaking at ``centre`` seconds (wraps around the loop)."""
    period = count / RATE
    t = np.arange(count) / RATE
    phase = 2.0 * np.pi * (t - centre) / period
    base = (1.0 + np.cos(phase)) / 2.0
    return base ** (power * period / width)


# -- cues -------------------------------------------------------------------------------------


def bell_bowl() -> Float:
    """A singing bowl: inharmonic partials, each a slightly detuned pair that beats slowly."""
    t = _times(4.0)
    fundamental = 196.0
    partials = ((1.0, 1.0, 3.2, 0.9), (2.76, 0.55, 2.1, 1.3), (5.40, 0.28, 1.1, 1.9))
    partials += ((8.93, 0.12, 0.6, 2.6), (13.34, 0.05, 0.35, 3.1))
    signal = np.zeros_like(t)
    for ratio, amp, decay, beat in partials:
        freq = fundamental * ratio
        signal += _partial(t, freq, amp, decay)
        signal += _partial(t, freq + beat, amp * 0.6, decay * 0.9, phase=0.7)
    return _normalise(_tail(signal * _attack(t, 0.006), 0.35), 0.70)


def bell_soft() -> Float:
    """A small, soft interval bell: higher and shorter than the bowl, nearly harmonic."""
    t = _times(2.5)
    signal = _partial(t, 523.25, 1.0, 1.1) + _partial(t, 524.05, 0.5, 1.0, 0.4)
    signal += _partial(t, 1046.5 * 1.003, 0.22, 0.55) + _partial(t, 1569.8 * 1.011, 0.08, 0.3)
    return _normalise(_tail(signal * _attack(t, 0.012), 0.3), 0.50)


def _two_notes(first: float, second: float) -> Float:
    """Two soft mallet notes 0.16 s apart: the direction of the step is the message."""
    t = _times(0.9)
    later = np.clip(t - 0.16, 0.0, None)
    gate = (t >= 0.16).astype(np.float64)

    def note(times: Float, freq: float) -> Float:
        body = _partial(times, freq, 1.0, 0.22) + _partial(times, freq * 3.0, 0.06, 0.08)
        return body * _attack(times, 0.008)

    signal = note(t, first) * 0.8 + note(later, second) * gate
    return _normalise(_tail(signal, 0.12), 0.45)


def chime_rise() -> Float:
    return _two_notes(587.33, 880.0)


def chime_fall() -> Float:
    return _two_notes(880.0, 587.33)


def tick() -> Float:
    """A soft wooden tick: a damped 1.4 kHz knock with a breath of filtered noise."""
    t = _times(0.12)
    noise = _gaussian(_rng("tick"), t.size) * np.exp(-t / 0.004) * 0.25
    signal = (_partial(t, 1400.0, 1.0, 0.018) + _partial(t, 2650.0, 0.3, 0.008) + noise) * (
        _attack(t, 0.0015)
    )
    return _normalise(_tail(signal, 0.03), 0.35)


# -- ambient loops ----------------------------------------------------------------------------


def brown_noise() -> Float:
    """Brown noise (1/f amplitude) with the sub-audio rumble taken out; 12 s."""
    count = round(12.0 * RATE)
    noise = _periodic_noise(
        _rng("brown-noise"), count, lambda f: _band(f, 30.0, 2500.0) / np.maximum(f, 30.0)
    )
    return noise * 0.12


def rain() -> Float:
    """Steady rain: a hiss band plus scattered droplets placed around the loop; 12 s."""
    count = round(12.0 * RATE)
    rng = _rng("rain")
    hiss = _periodic_noise(
        rng, count, lambda f: _band(f, 500.0, 7000.0) / np.sqrt(np.maximum(f, 500.0))
    )
    drops = np.zeros(count)
    length = round(0.02 * RATE)
    t = np.arange(length) / RATE
    starts = (rng.random(900) * count).astype(np.int64)
    pitches = 1800.0 + rng.random(900) * 3500.0
    gains = 0.2 + rng.random(900) * 0.8
    for start, pitch, gain in zip(starts, pitches, gains, strict=True):
        drop = gain * np.exp(-t / 0.003) * np.sin(2.0 * np.pi * pitch * t)
        index = (start + np.arange(length)) % count  # wraps: a droplet can straddle the seam
        drops[index] += drop
    return hiss * 0.07 + drops * 0.05


def ocean() -> Float:
    """A slow swell: a low roar always there, a brighter wash rising and falling twice; 16 s."""
    count = round(16.0 * RATE)
    rng = _rng("ocean")
    roar = _periodic_noise(rng, count, lambda f: _band(f, 40.0, 400.0) / np.maximum(f, 40.0) ** 0.5)
    wash = _periodic_noise(rng, count, lambda f: _band(f, 250.0, 3500.0, 1.5))
    swell = 0.9 * _circular_bump(count, 4.5, 3.0, 1.0) + 0.7 * _circular_bump(count, 12.0, 3.5, 1.0)
    return roar * (0.05 + 0.05 * swell) + wash * (0.006 + 0.07 * swell**1.5)


CUES: dict[str, Callable[[], Float]] = {
    "bell-bowl": bell_bowl,
    "bell-soft": bell_soft,
    "chime-rise": chime_rise,
    "chime-fall": chime_fall,
    "tick": tick,
}
LOOPS: dict[str, Callable[[], Float]] = {
    "brown-noise": brown_noise,
    "rain": rain,
    "ocean": ocean,
}


# -- output -----------------------------------------------------------------------------------


def to_pcm16(signal: Float) -> npt.NDArray[np.int16]:
    """Round to 16-bit samples; the signal is kept inside [-1, 1] by construction."""
    return np.clip(np.round(signal * 32767.0), -32767, 32767).astype("<i2")


def wav_bytes(samples: npt.NDArray[np.int16]) -> bytes:
    """A canonical 16-bit mono WAV (the stdlib writer adds no timestamps or extra chunks)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def cue_file(name: str) -> bytes:
    return wav_bytes(to_pcm16(CUES[name]()))


def loop_pcm(name: str) -> npt.NDArray[np.int16]:
    return to_pcm16(LOOPS[name]())


def write_ogg(path: Path, samples: npt.NDArray[np.int16]) -> None:
    import soundfile  # dev-only; imported here so the WAV side needs only numpy

    soundfile.write(
        path, samples, RATE, format="OGG", subtype="VORBIS", compression_level=LOOP_QUALITY
    )


def generate(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in CUES:
        path = target / f"{name}.wav"
        path.write_bytes(cue_file(name))
        written.append(path)
    for name in LOOPS:
        path = target / f"{name}.ogg"
        write_ogg(path, loop_pcm(name))
        written.append(path)
    return written


def check(target: Path) -> list[str]:
    """Differences between ``target`` and what this script makes (WAV exact, OGG decoded)."""
    import soundfile

    problems = []
    for name in CUES:
        path = target / f"{name}.wav"
        if not path.is_file() or path.read_bytes() != cue_file(name):
            problems.append(f"{path}: differs from the generator's output")
    for name in LOOPS:
        path = target / f"{name}.ogg"
        if not path.is_file():
            problems.append(f"{path}: missing")
            continue
        decoded, _ = soundfile.read(path, dtype="int16")
        if not loop_matches(loop_pcm(name), decoded):
            problems.append(f"{path}: decoded audio differs from the generator's output")
    return problems


def loop_matches(expected: npt.NDArray[np.int16], decoded: npt.NDArray[np.int16]) -> bool:
    """Same length, and the lossy round trip keeps the waveform.

    Vorbis keeps rain's hiss at about 11 dB SNR and the others above 16 dB; an unrelated noise
    of the same spectrum gives about -3 dB, so 6 dB tells "this file" from "another file".
    """
    if decoded.shape != expected.shape:
        return False
    reference = expected.astype(np.float64)
    error = decoded.astype(np.float64) - reference
    snr = 10.0 * np.log10(np.sum(reference**2) / max(float(np.sum(error**2)), 1e-9))
    return bool(snr >= 6.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=AUDIO_DIR)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in generate(args.out):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
