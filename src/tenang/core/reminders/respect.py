"""Whether showing a due reminder right now would respect the user.

A reminder must never interrupt: not while a routine is already running, not in do-not-disturb,
not over a full-screen window (a talk, a film, a game), and not to an empty room. The desktop is
asked through :class:`Probes`, one small method per question, each allowed to answer ``None``
("cannot tell here"); the GUI provides real ones per platform, tests provide fakes.

Fallbacks when a probe cannot tell (documented in docs/reminders.md):

- session running: the app itself knows; ``None`` is treated as "not running".
- do-not-disturb, full screen: treated as "off"/"no". Not being able to read a setting must not
  silence reminders forever; the notification is passive (no focus, no raise) so a wrong guess
  costs little.
- idle time: treated as "present", for the same reason. The policy can opt for the cautious
  side instead (``remind_when_idle_unknown=False``).

A reminder that is withheld is dropped (``Withheld``), not queued: saving reminders up and
delivering them when the user returns would turn respect into nagging.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Protocol

DEFAULT_AWAY_MINUTES: Final = 5


class Probes(Protocol):
    """Questions about the desktop; each returns ``None`` when the platform cannot tell.

    Implementations must not raise: a probe that fails answers ``None``.
    """

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input anywhere on the desktop."""
        ...

    def fullscreen_active(self) -> bool | None:
        """Whether the focused window covers the whole screen."""
        ...

    def do_not_disturb(self) -> bool | None:
        """Whether the system's do-not-disturb / focus mode is on."""
        ...

    def session_running(self) -> bool | None:
        """Whether a Tenang routine is playing (or paused mid-way)."""
        ...


@dataclass(frozen=True)
class RespectPolicy:
    away_after_minutes: int = DEFAULT_AWAY_MINUTES
    """No input for this long means the user is away."""
    remind_when_idle_unknown: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.away_after_minutes, bool) or not 1 <= self.away_after_minutes <= 240:
            raise ValueError(f"away_after_minutes must be 1..240 (got {self.away_after_minutes!r})")


# Reasons: stable codes (the GUI translates them; logs print them as they are).
ALLOWED: Final = "allowed"
SESSION_RUNNING: Final = "session-running"
DO_NOT_DISTURB: Final = "do-not-disturb"
FULL_SCREEN: Final = "full-screen"
AWAY: Final = "away"
IDLE_UNKNOWN: Final = "idle-unknown"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str
    """One of the reason codes above: why it was withheld, or ``allowed``."""
    unknown: tuple[str, ...] = ()
    """Which probes could not tell (``idle``, ``full-screen``, ``do-not-disturb``,
    ``session``): the settings page says what this platform cannot detect."""


def should_remind(probes: Probes, policy: RespectPolicy) -> Decision:
    """Ask each probe once, most certain first, and decide; see the module doc for fallbacks."""
    session = probes.session_running()
    dnd = probes.do_not_disturb()
    fullscreen = probes.fullscreen_active()
    idle = probes.idle_seconds()
    unknown = tuple(
        name
        for name, value in (
            ("session", session),
            ("do-not-disturb", dnd),
            ("full-screen", fullscreen),
            ("idle", idle),
        )
        if value is None
    )
    for flag, reason in (
        (session, SESSION_RUNNING),
        (dnd, DO_NOT_DISTURB),
        (fullscreen, FULL_SCREEN),
    ):
        if flag:
            return Decision(False, reason, unknown)
    if idle is None:
        if policy.remind_when_idle_unknown:
            return Decision(True, ALLOWED, unknown)
        return Decision(False, IDLE_UNKNOWN, unknown)
    if idle >= policy.away_after_minutes * 60:
        return Decision(False, AWAY, unknown)
    return Decision(True, ALLOWED, unknown)
