"""Local wall-clock time -> instant, for every day, including the two days a year that lie.

On a spring-forward day some wall times never happen (Berlin skips 02:00-02:59); on a fall-back
day some happen twice (New York sees 01:30 EDT, then 01:30 EST). A reminder must neither be lost
in the gap nor fire twice in the fold, so:

- a wall time inside a gap means the moment the gap ends (02:30 -> the instant the clocks jump,
  shown as 03:00): it fires once, as soon as that time of day has been reached;
- a wall time inside a fold means its first occurrence (``fold=0``).

Instants are returned in UTC: arithmetic and comparison on aware datetimes of one zone ignore
``fold``, so the schedule only ever compares UTC instants.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def _offsets(naive: datetime, tz: tzinfo) -> tuple[timedelta, timedelta]:
    early = naive.replace(tzinfo=tz, fold=0).utcoffset()
    late = naive.replace(tzinfo=tz, fold=1).utcoffset()
    if early is None or late is None:
        raise ValueError(f"time zone {tz!r} gives no UTC offset")
    return early, late


def resolve_wall(day: date, wall: time, tz: tzinfo) -> datetime:
    """The UTC instant at which ``wall`` o'clock on ``day`` in ``tz`` is (first) reached."""
    naive = datetime.combine(day, wall)
    before, after = _offsets(naive, tz)
    if before >= after:
        # Ordinary time, or a fold (PEP 495: fold=0 is the earlier of the two): first one.
        return (naive - before).replace(tzinfo=UTC)
    # A gap: ``naive`` never shows on the clock. The jump happens at one UTC instant T with
    # naive - after < T <= naive - before; before T the clock reads less than ``naive``, from T
    # on more. Transitions fall on whole seconds, so bisecting the seconds finds T exactly.
    low = naive - after  # clock reads < naive here
    high = naive - before  # clock reads > naive here
    steps = int((high - low).total_seconds())
    lo, hi = 0, steps
    while lo < hi:
        mid = (lo + hi) // 2
        probe = (low + timedelta(seconds=mid)).replace(tzinfo=UTC)
        if probe.astimezone(tz).replace(tzinfo=None) > naive:
            hi = mid
        else:
            lo = mid + 1
    return (low + timedelta(seconds=lo)).replace(tzinfo=UTC)
