"""The composition root: the only module that wires settings, routines, audio and the GUI.

Qt is imported inside the functions, so the command line can import this module cheaply.

``tenang`` with no subcommand calls :func:`run_gui`. Everything the window needs is built here
and handed in (paths, the library loader, the audio listener, the language and theme
controllers), so tests can build the window with fakes instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tenang import APP_ID, APP_NAME, __version__
from tenang.core.model import Session
from tenang.core.paths import UserPaths, resolve_paths
from tenang.core.settings import Settings, SettingsLoad, read_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from tenang.ui.main_window import MainWindow


ORGANIZATION = "Tenang"
DESKTOP_FILE = APP_ID


def library_loader(paths: UserPaths) -> Callable[[], Any]:
    """Load the bundled routines and the user's folder, afresh on every call."""
    from tenang.core.resources import bundled_sessions_dir
    from tenang.core.sessions.library import load_library

    def load() -> Any:
        return load_library(bundled_sessions_dir(), paths.sessions_dir)

    return load


def create_audio_port(on_problem: Callable[[str], None]) -> Any:
    """One audio port for the app's lifetime; silence if the audio package is missing.

    The pygame backend opens the mixer lazily and reports a failure once through
    ``on_problem``; the window shows that as a quiet notice and routines play silently.
    """
    try:
        from tenang.audio import create_audio
    except ImportError as error:  # a build without the audio package still runs
        on_problem(str(error))
        return None
    return create_audio(True, on_problem)


def director_factory(port: Any) -> Callable[[Session, Settings], Any]:
    """Makes the audio director for one run, with the user's sound settings."""

    def make(session: Session, settings: Settings) -> Any:
        from tenang.audio import AudioDirector, AudioOptions
        from tenang.core.plan import compile_plan

        port.set_volumes(
            settings.master_volume / 100, settings.cue_volume / 100, settings.ambient_volume / 100
        )
        options = AudioOptions(
            cues=settings.cues,
            ambient=settings.ambient,
            pacing_tone=True if settings.pacing_tone else None,
        )
        director = AudioDirector(port, compile_plan(session), options)
        director.preload()
        return director

    return make


def prepare_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with Tenang's names set (reused if one exists, as in tests)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) or sys.argv[:1])
    from tenang.ui.theme import CalmStyle

    app.setStyle(CalmStyle())
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Tenang's icon at every bundled size, for windows, the task switcher and the tray."""
    from PySide6.QtGui import QIcon, QPixmap

    from tenang.core.resources import assets_root
    from tenang.desktop_entry import ICON_SIZES

    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((assets_root() / "icons" / f"tenang-{size}.png").read_bytes()):
            icon.addPixmap(pixmap)
    return icon


def build_main_window(app: QApplication, paths: UserPaths, *, audio: Any = None) -> MainWindow:
    """Settings, theme, language, library and audio wired into a ready (unshown) window.

    ``audio`` is an ``AudioPort``; ``None`` creates the real one. Tests pass ``NullAudio``.
    """
    from tenang.ui.i18n import LanguageSwitcher
    from tenang.ui.main_window import MainWindow, WindowServices
    from tenang.ui.theme import ThemeController

    paths.ensure()
    load: SettingsLoad = read_settings(paths.settings_file)
    settings = load.settings
    theme = ThemeController(app)
    theme.apply(settings.theme)
    language = LanguageSwitcher()
    language.apply(settings.language)
    problems: list[str] = []
    window: MainWindow | None = None

    def audio_problem(reason: str) -> None:
        # Reported once by the port, possibly only when the first routine starts.
        if window is None:
            problems.append(reason)
        else:
            show_audio_notice(window, reason)

    port = audio if audio is not None else create_audio_port(audio_problem)
    window = MainWindow(
        settings,
        WindowServices(
            paths=paths,
            load_library=library_loader(paths),
            settings_writable=load.can_save,
            listener_factory=director_factory(port) if port is not None else None,
            language=language,
            theme=theme,
        ),
    )
    window.audio_port = port
    window.show_settings_notice(load)
    from tenang.ui.journal import attach_journal

    # Opened with the integrity check deferred to an idle moment; a damaged journal becomes a
    # notice (the app carries on read-only), never an exception at start-up.
    attach_journal(window, paths)
    from tenang.ui.reminders.controller import attach_reminders

    # One timer for the next reminder, the tray (where there is one), passive notifications.
    attach_reminders(window, paths)
    # The low-mood card reads the journal: check now and after every change to it.
    if window.journal_controller is not None:
        window.journal_controller.changed.connect(window.refresh_nudge)
    window.refresh_nudge()
    early = getattr(port, "problem", None)
    for reason in problems or ([early] if isinstance(early, str) else []):
        show_audio_notice(window, reason)
    return window


def show_audio_notice(window: MainWindow, reason: str) -> None:
    from tenang.ui.i18n import translate

    window.show_notice(
        lambda: translate("App", "Sound is unavailable, so routines play silently: %1").replace(
            "%1", reason
        )
    )


def run_gui(argv: Sequence[str], data_dir: str | Path | UserPaths | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    ``argv`` is what Qt sees, program name first (``sys.argv[:1]`` from the CLI). ``data_dir``
    is the ``--data-dir`` value, or paths the CLI already resolved with the same rule.
    """
    from tenang.ui.errors import install_exception_hook
    from tenang.ui.single_instance import claim_for, raise_window

    app = prepare_application(argv)
    paths = data_dir if isinstance(data_dir, UserPaths) else resolve_paths(data_dir)
    # One Tenang per user (and per explicit data folder): a second launch raises the first.
    instance = claim_for(paths.data_dir if paths.explicit else None)
    if instance is None:
        return 0
    window = build_main_window(app, paths)
    instance.raise_requested.connect(lambda: raise_window(window))
    handler = install_exception_hook(lambda: window)
    uninstall_sigterm = quit_on_sigterm(window, app.quit)
    window.show()
    try:
        return app.exec()
    finally:
        uninstall_sigterm()
        instance.close()
        handler.uninstall()
        port = getattr(window, "audio_port", None)
        if port is not None:
            port.shutdown()
        if window.journal_controller is not None:
            window.journal_controller.close()
        if window.reminders_controller is not None:
            window.reminders_controller.close()


def quit_on_sigterm(window: MainWindow, quit_app: Callable[[], None]) -> Callable[[], None]:
    """On SIGTERM (a logout, ``kill``, a service manager) close the window as the user would,
    so a running session is stopped and kept in the journal, then quit. Returns an undo.

    Python runs a signal handler only when the interpreter next gets control, which a Qt loop
    waiting in C never gives it; ``signal.set_wakeup_fd`` has the C-level handler write a byte
    to a socket whose notifier wakes the loop. No polling timer, so idle stays idle.
    """
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    def terminate(_signum: int, _frame: object) -> None:
        window.close()
        quit_app()

    notifier.activated.connect(drain)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = signal.signal(signal.SIGTERM, terminate)

    def uninstall() -> None:
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()

    return uninstall


def main(argv: Sequence[str] | None = None) -> int:
    return run_gui(sys.argv if argv is None else argv)
