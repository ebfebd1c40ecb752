"""The pygame-ce backend behind :class:`tenang.audio.port.AudioPort`.

Why it is careful: audio is an extra. A machine without a sound card, a routine pointing at a
deleted file, or a corrupt OGG must never stop a session, print a traceback or hang. Every
failure here turns into *one* sentence handed to ``on_problem`` (the CLI prints it on stderr,
the GUI shows a quiet notice) and the session goes on, silently where it must.

Channels: 0 and 1 are reserved for ambient loops (two, so one can fade out while the next fades
in), 2 for the pacing tone; cues take any other free channel. Volumes are applied per sound
(``Sound.set_volume``) because pygame resets a channel's volume on every ``Sound.play`` and
SDL_mixer's fades work on the channel volume.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenang.audio import pacing_tone
from tenang.audio.library import SoundUnavailableError, describe_source, read_sound
from tenang.core.plan import Segment

if TYPE_CHECKING:
    import pygame

FREQUENCY = 44100
BUFFER_FRAMES = 512
"""About 12 ms at 44.1 kHz: small enough for tight cues, large enough not to crackle."""
CHANNELS = 16
AMBIENT_CHANNELS = (0, 1)
TONE_CHANNEL = 2
TONE_FADE_MS = 60
MIN_CHUNK_SECONDS = 1.5
"""A pacing-tone chunk covers at least this long, so the one-ahead queue is never starved."""

ProblemHandler = Callable[[str], None]


@contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Hide what C libraries print on fd 2 while the mixer starts.

    Without a sound card, libasound prints nine lines of its own before SDL reports the error;
    the user must see one line from us instead. Where fd 2 cannot be juggled (no console on
    Windows), this does nothing.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, AttributeError, ValueError):
        yield
        return
    try:
        with Path(os.devnull).open("wb") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class PygameAudio:
    """Plays through pygame-ce's mixer, initialised on first use."""

    def __init__(self, on_problem: ProblemHandler | None = None) -> None:
        self._on_problem = on_problem
        self._problem: str | None = None
        self._reported: set[str] = set()
        self._pygame: Any = None
        self._ready = False
        self._failed = False
        self._format = (FREQUENCY, -16, 2)
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._roles: dict[str, str] = {}
        self._volumes = (1.0, 1.0, 1.0)
        self._ambient_name: str | None = None
        self._ambient_index = 0
        self._tone: pacing_tone.ToneStream | None = None
        self._tone_ends: list[float] = []

    # -- problems --------------------------------------------------------------------------

    @property
    def problem(self) -> str | None:
        return self._problem

    def _report(self, message: str) -> None:
        """Tell the user once per distinct problem; keep the first as :attr:`problem`."""
        if message in self._reported:
            return
        self._reported.add(message)
        if self._problem is None:
            self._problem = message
        if self._on_problem is not None:
            self._on_problem(message)

    # -- the mixer -------------------------------------------------------------------------

    def _mixer(self) -> Any:
        """pygame's mixer, initialised once; ``None`` (after one report) if there is none."""
        if self._ready:
            return self._pygame.mixer
        if self._failed:
            return None
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        try:
            import pygame

            with _native_stderr_silenced():
                pygame.mixer.init(frequency=FREQUENCY, size=-16, channels=2, buffer=BUFFER_FRAMES)
            init = pygame.mixer.get_init()
            if not init:
                raise RuntimeError("the mixer did not start")
            pygame.mixer.set_num_channels(CHANNELS)
            pygame.mixer.set_reserved(TONE_CHANNEL + 1)
        except Exception as error:  # pygame.error, ImportError, OSError, a driver's own errors
            self._failed = True
            reason = str(error).strip() or type(error).__name__
            self._report(f"audio is unavailable ({reason}); continuing without sound")
            return None
        self._pygame = pygame
        self._format = (int(init[0]), int(init[1]), int(init[2]))
        self._ready = True
        return pygame.mixer

    def _sound(self, name: str, role: str) -> pygame.mixer.Sound | None:
        """The decoded sound, at the volume of ``role`` ('cue' or 'ambient'); ``None`` after
        one report if it cannot be had."""
        if name in self._sounds:
            cached = self._sounds[name]
            if cached is not None and self._roles.get(name) != role:
                self._roles[name] = role
                cached.set_volume(self._volume(role))
            return cached
        mixer = self._mixer()
        if mixer is None:
            return None
        sound = None
        try:
            sound = mixer.Sound(file=BytesIO(read_sound(name)))
        except SoundUnavailableError as error:
            self._report(f"{error}; it will be silent")
        except Exception as error:  # pygame.error: not a WAV/OGG it can decode
            reason = str(error).strip() or type(error).__name__
            self._report(f"cannot play {describe_source(name)} ({reason}); it will be silent")
        if sound is not None:
            sound.set_volume(self._volume(role))
            self._roles[name] = role
        self._sounds[name] = sound
        return sound

    def _channel(self, number: int) -> Any:
        """One mixer channel (a seam for tests that watch fades)."""
        return self._pygame.mixer.Channel(number)

    def _volume(self, role: str) -> float:
        master, cue, ambient = self._volumes
        return master * (ambient if role == "ambient" else cue)

    # -- AudioPort -------------------------------------------------------------------------

    def preload(self, names: Iterable[str]) -> None:
        from tenang.core.sounds import AMBIENT_NAMES

        for name in names:
            self._sound(name, "ambient" if name in AMBIENT_NAMES else "cue")
        if self._mixer() is not None:
            pacing_tone.prepare(self._format[0])

    def cue(self, name: str) -> None:
        sound = self._sound(name, "cue")
        if sound is not None:
            sound.play()  # a free, unreserved channel; none free means this cue is skipped

    def start_ambient(self, name: str, fade_ms: int) -> None:
        if name == self._ambient_name:
            return
        sound = self._sound(name, "ambient")
        if sound is None:
            self.stop_ambient(fade_ms)
            return
        self.stop_ambient(fade_ms)
        self._ambient_index = 1 - self._ambient_index
        channel = self._channel(AMBIENT_CHANNELS[self._ambient_index])
        channel.play(sound, loops=-1, fade_ms=max(0, fade_ms))
        self._ambient_name = name

    def stop_ambient(self, fade_ms: int) -> None:
        self._ambient_name = None
        if not self._ready:
            return
        for number in AMBIENT_CHANNELS:
            channel = self._channel(number)
            if channel.get_busy():
                if fade_ms > 0:
                    channel.fadeout(fade_ms)
                else:
                    channel.stop()

    def start_pacing_tone(self, segments: Sequence[Segment], from_elapsed: float) -> None:
        self.stop_pacing_tone()
        mixer = self._mixer()
        if mixer is None or not segments:
            return
        rate, size, channels = self._format
        if size != -16:  # someone else opened the mixer in another sample format
            self._report(f"the pacing tone needs 16-bit output, not {abs(size)}-bit; it is off")
            return
        self._tone = pacing_tone.ToneStream(segments, from_elapsed, rate, channels)
        self._tone_ends = self._tone.breath_ends()
        first = self._next_tone_sound()
        if first is not None:
            self._channel(TONE_CHANNEL).play(first)
        self.pump()

    def _next_tone_sound(self) -> pygame.mixer.Sound | None:
        """The next chunk of the tone (about one breath), or ``None`` at the step's end."""
        tone = self._tone
        if tone is None or tone.done:
            return None
        reached = tone.elapsed_at(tone.position)
        until = reached + MIN_CHUNK_SECONDS
        for end in self._tone_ends:
            if end >= until:
                until = end
                break
        else:
            until = tone.end
        samples = tone.next_chunk(until)
        sound: pygame.mixer.Sound = self._pygame.mixer.Sound(buffer=samples.tobytes())
        sound.set_volume(self._volume("cue"))
        return sound

    def pump(self) -> None:
        """Queue the tone's next chunk when the queue slot is free (called on every event)."""
        if self._tone is None or not self._ready:
            return
        channel = self._channel(TONE_CHANNEL)
        if channel.get_queue() is None:
            following = self._next_tone_sound()
            if following is None:
                return
            if channel.get_busy():
                channel.queue(following)
            else:  # starved (a very long stall): start again, still at the stream's position
                channel.play(following)

    def stop_pacing_tone(self) -> None:
        self._tone = None
        if self._ready:
            channel = self._channel(TONE_CHANNEL)
            if channel.get_busy():
                channel.fadeout(TONE_FADE_MS)  # also drops the queued chunk

    def set_volumes(self, master: float, cue: float, ambient: float) -> None:
        def clamp(value: float) -> float:
            return min(1.0, max(0.0, value))

        self._volumes = (clamp(master), clamp(cue), clamp(ambient))
        for name, sound in self._sounds.items():
            if sound is not None:
                sound.set_volume(self._volume(self._roles.get(name, "cue")))
        if self._ready:
            channel = self._channel(TONE_CHANNEL)
            for chunk in (channel.get_sound(), channel.get_queue()):
                if chunk is not None:
                    chunk.set_volume(self._volume("cue"))

    @property
    def available(self) -> bool:
        return self._ready

    def shutdown(self) -> None:
        if not self._ready:
            return
        mixer = self._pygame.mixer
        mixer.stop()
        mixer.quit()
        self._ready = False
        self._sounds.clear()
        self._roles.clear()
        self._tone = None
        self._ambient_name = None
