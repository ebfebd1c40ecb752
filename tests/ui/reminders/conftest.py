"""Fixtures for the reminder GUI tests (the fakes themselves live in ``reminder_fakes``).

No reminder test may reach the machine's own D-Bus or X display: every test runs with the
bus addresses pointing nowhere and without ``DISPLAY``. Tests that need a bus or a display
start a private one (``dbus-daemon``, ``Xvfb``) and pass its address explicitly.
"""

from __future__ import annotations

import pytest
from reminder_fakes import make_harness

NO_BUS = "unix:path=/nonexistent/tenang-tests-have-no-bus"


@pytest.fixture(autouse=True)
def no_real_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", NO_BUS)
    monkeypatch.delenv("DISPLAY", raising=False)


__all__ = ["make_harness", "no_real_desktop"]
