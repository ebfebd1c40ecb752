"""The pacing tone: a soft, continuous tone whose pitch and loudness follow the breath.

It is generated at run time from the step's own segments (so ramps, top-ups and holds are
followed exactly) with the standard library only: no numpy in the app.

Why it is built from *blocks*: computing every sample in Python costs about 0.3 µs, so a 5-minute
ramped routine at 44.1 kHz would take seconds. Instead the tone is a chain of short blocks
(~12 ms), each a whole number of cycles of one pitch at one loudness, starting and ending at a
zero crossing. Consecutive blocks therefore join without a click, a block is synthesised once and
cached, and a breath is assembled by concatenating arrays in C. Pitch moves in steps of a few
cents every ~12 ms, which the ear hears as a glide.

The block chosen at each point comes from the absolute position in the step (the same
:func:`tenang.core.engine.breath_level` the visual uses), so the tone never drifts from the
timeline however long the step is; it may only lead or lag by less than one block.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from tenang.core.engine import breath_level
from tenang.core.model import Phase
from tenang.core.plan import Segment

LOW_HZ = 165.0
"""Pitch with empty lungs (E3)."""
HIGH_HZ = 330.0
"""Pitch with full lungs, an octave up."""
QUIET = 0.07
LOUD = 0.22
"""Peak amplitude (fraction of full scale) at empty and at full: loudness follows the breath."""
HARMONICS: tuple[tuple[int, float], ...] = ((1, 1.0), (2, 0.22), (3, 0.06))
"""A touch of overtones, so the low end is audible on small laptop speakers."""
BLOCK_SECONDS = 0.012
FADE_SECONDS = 0.03
"""Fade at a start mid-breath and at the end, so neither begins nor ends with a click."""

_HARMONIC_PEAK = max(
    sum(weight * math.sin(n * 2 * math.pi * k / 720) for n, weight in HARMONICS) for k in range(720)
)

PITCH_STEPS = 192
"""The octave is cut into this many pitch steps (6.25 cents each): fine enough to glide,
coarse enough that every block of the tone is one of 193 cached ones."""

STEADY = frozenset({Phase.HOLD, Phase.HOLD_EMPTY})

_blocks: dict[tuple[int, int], array[int]] = {}


def frequency(level: float) -> float:
    """Pitch for a breath level 0..1 (exponential, so equal steps sound equal)."""
    return float(LOW_HZ * (HIGH_HZ / LOW_HZ) ** level)


def amplitude(level: float) -> float:
    return QUIET + (LOUD - QUIET) * level


def level_at(segments: Sequence[Segment], elapsed: float, ends: Sequence[float] = ()) -> float:
    """The breath level at ``elapsed`` (absolute seconds), exactly as the visual shows it.

    ``ends`` (each segment's end, ascending) may be passed to save rebuilding it per call.
    """
    ends = ends or [segment.end for segment in segments]
    segment = segments[min(bisect_right(ends, elapsed), len(segments) - 1)]
    fraction = min(1.0, max(0.0, (elapsed - segment.start) / segment.duration))
    return breath_level(segment, fraction)


def _block(rate: int, step: int) -> array[int]:
    """Pitch ``step`` of the grid as whole cycles (mono), zero at both ends; cached."""
    key = (rate, step)
    block = _blocks.get(key)
    if block is None:
        level = step / PITCH_STEPS
        freq = frequency(level)
        cycles = max(1, round(freq * BLOCK_SECONDS))
        length = max(2, round(cycles * rate / freq))
        scale = 32767.0 * amplitude(level) / _HARMONIC_PEAK
        angle = 2.0 * math.pi * cycles / length
        sin = math.sin
        (n1, w1), (n2, w2), (n3, w3) = HARMONICS
        w1, w2, w3 = w1 * scale, w2 * scale, w3 * scale
        block = array(
            "h",
            [
                round(w1 * sin(n1 * a) + w2 * sin(n2 * a) + w3 * sin(n3 * a))
                for a in (angle * i for i in range(length))
            ],
        )
        _blocks[key] = block
    return block


def prepare(rate: int) -> None:
    """Synthesise every block ahead (~50 ms), so no breath waits for it mid-session."""
    for step in range(PITCH_STEPS + 1):
        _block(rate, step)


def _fade(samples: array[int], channels: int, frames: int, *, out: bool) -> None:
    """Raised-cosine fade over the first (or last) ``frames`` frames, in place."""
    frames = min(frames, len(samples) // channels)
    if frames <= 1:
        return
    total = len(samples) // channels
    for i in range(frames):
        gain = 0.5 - 0.5 * math.cos(math.pi * i / (frames - 1))
        frame = total - 1 - i if out else i
        for c in range(channels):
            index = frame * channels + c
            samples[index] = round(samples[index] * gain)


def _interleave(mono: array[int], channels: int) -> array[int]:
    """The same samples on every output channel (slice assignment runs in C)."""
    if channels == 1:
        return mono
    out = array("h", bytes(2 * len(mono) * channels))
    for channel in range(channels):
        out[channel::channels] = mono
    return out


class ToneStream:
    """The tone for one breathe step, from ``start`` (absolute seconds) to the step's end.

    Handed out in chunks so the backend can queue one chunk ahead instead of holding a whole
    step in memory (a two-hour step would be over a gigabyte of stereo samples).
    """

    def __init__(
        self, segments: Sequence[Segment], start: float, rate: int, channels: int = 1
    ) -> None:
        if not segments:
            raise ValueError("a pacing tone needs the step's segments")
        self.segments = tuple(segments)
        self.rate = rate
        self.channels = channels
        self.start = min(max(start, self.segments[0].start), self.segments[-1].end)
        self.end = self.segments[-1].end
        self.total_frames = round((self.end - self.start) * rate)
        self.position = 0
        self._fade_frames = round(FADE_SECONDS * rate)
        self._ends = [segment.end for segment in self.segments]

    @property
    def done(self) -> bool:
        return self.position >= self.total_frames

    def elapsed_at(self, frame: int) -> float:
        return self.start + frame / self.rate

    def next_chunk(self, until: float) -> array[int]:
        """Whole blocks up to the first block boundary at or after ``until``.

        The first chunk fades in; the chunk that reaches the step's end is cut to the exact
        frame count and fades out, so a whole render is exactly the step's length.
        """
        parts: list[array[int]] = []
        first = self.position == 0
        rate, start, total = self.rate, self.start, self.total_frames
        segments, ends = self.segments, self._ends
        position = self.position
        half = BLOCK_SECONDS / 2
        # Frames needed to reach ``until`` (rounded up: the chunk ends at or after it).
        wanted = min(total, max(1, math.ceil((until - start) * rate - 1e-6)))
        index = min(bisect_right(ends, start + position / rate), len(segments) - 1)
        while position < total and (not parts or position < wanted):
            middle = start + position / rate + half
            while index < len(segments) - 1 and ends[index] <= middle:
                index += 1
            segment = segments[index]
            fraction = min(1.0, max(0.0, (middle - segment.start) / segment.duration))
            block = _block(rate, round(breath_level(segment, fraction) * PITCH_STEPS))
            size = len(block)
            if segment.phase in STEADY:
                # A hold is one block repeated: copy it in C up to the hold's end.
                last = min(wanted, round((segment.end - start) * rate))
                repeats = max(1, (last - position) // size)
                if repeats > 1:
                    block = block * repeats
                    size *= repeats
            if size > total - position:
                block = block[: total - position]
                size = total - position
            parts.append(block)
            position += size
        self.position = position
        mono = array("h")
        for part in parts:
            mono.extend(part)
        chunk = _interleave(mono, self.channels)
        if first:
            _fade(chunk, self.channels, self._fade_frames, out=False)
        if self.done:
            _fade(chunk, self.channels, self._fade_frames, out=True)
        return chunk

    def breath_ends(self) -> list[float]:
        """Absolute times at which breaths end after the start: natural chunk boundaries."""
        ends = []
        for current, following in pairwise(self.segments):
            if following.cycle != current.cycle and current.end > self.start:
                ends.append(current.end)
        ends.append(self.end)
        return ends


def render(segments: Sequence[Segment], start: float, rate: int, channels: int = 1) -> array[int]:
    """The whole tone from ``start`` to the end of the step, as one array (for tests, benches)."""
    stream = ToneStream(segments, start, rate, channels)
    return stream.next_chunk(stream.end + 1.0)


def clear_cache() -> None:
    """Forget synthesised blocks (a bench measures the cold cost with this)."""
    _blocks.clear()
