#!/usr/bin/env python3
"""Screenshots of Tenang: the library, the player in each style, and settings.

Renders real windows with ``QWidget.grab()`` in English and Indonesian, light and dark, from
the bundled routines, on a fake clock (so the breathing shape is caught mid-phase, the same
every run). Run it under a real X server so fonts and styles match a desktop:

    apt-get install -y xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 pngquant
    .venv/bin/python tools/screenshots.py              # a small set into docs/screenshots/
    .venv/bin/python tools/screenshots.py --all        # every combination into screenshots-out/

Without ``DISPLAY`` the script re-runs itself under ``xvfb-run``. ``--platform offscreen``
skips X entirely (fonts may differ). When ``pngquant`` is installed the PNGs are quantised so
the committed set stays small; without it they are written as Qt saves them.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STYLES = ("circle", "square", "wave")
LANGUAGES = ("en", "id")
THEMES = ("light", "dark")
SIZE = (960, 620)

BROKEN_ROUTINE = """format = 1
id = "my-evening"
title = "My evening"

[[steps]]
kind = "breathe"
inhale = 4
exhale = 0.5
cycles = 6
"""


@dataclass(frozen=True)
class Shot:
    """One screenshot: what to show, in which language and theme."""

    view: str  # "library", "library-errors", "player-<style>", "player-reduced", "settings"
    language: str
    theme: str

    @property
    def name(self) -> str:
        return f"{self.language}-{self.theme}-{self.view}.png"


CURATED = (
    Shot("library", "en", "light"),
    Shot("library", "id", "dark"),
    Shot("library-errors", "en", "dark"),
    Shot("player-circle", "en", "light"),
    Shot("player-square", "id", "light"),
    Shot("player-wave", "en", "dark"),
    Shot("player-circle", "id", "dark"),
    Shot("player-reduced", "en", "light"),
    Shot("settings", "id", "light"),
    Shot("settings", "en", "dark"),
    Shot("builder", "en", "light"),
    Shot("builder", "id", "light"),
    Shot("journal-checkin", "en", "light"),
    Shot("journal-history", "id", "dark"),
    Shot("journal-insights", "en", "dark"),
    Shot("journal-helps", "id", "light"),
    Shot("journal-unlock", "en", "light"),
    Shot("journal-lock-code", "id", "light"),
    Shot("journal-data-locked", "en", "dark"),
    Shot("journal-unlock", "id", "dark"),
    Shot("journal-data-locked", "id", "light"),
    Shot("learn", "en", "light"),
    Shot("learn", "id", "dark"),
    Shot("get-help", "en", "light"),
    Shot("get-help", "id", "light"),
    Shot("reminders", "en", "light"),
    Shot("reminders", "id", "dark"),
    Shot("reminder-popup", "id", "light"),
    Shot("reminder-popup", "en", "dark"),
)
"""The set kept in docs/screenshots/: every view, both languages, both themes."""


def every_shot() -> Iterator[Shot]:
    views = ("library", "library-errors", *(f"player-{s}" for s in STYLES), "player-reduced")
    for language in LANGUAGES:
        for theme in THEMES:
            for view in (
                *views,
                "settings",
                "builder",
                *JOURNAL_VIEWS,
                *LOCK_VIEWS,
                *HELP_VIEWS,
                *REMINDER_VIEWS,
            ):
                yield Shot(view, language, theme)


def _reexec_under_xvfb(argv: list[str]) -> int | None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        sys.exit("No DISPLAY and no xvfb-run: apt-get install xvfb, or pass --platform offscreen")
    command = [xvfb_run, "-a", "-s", "-screen 0 1280x1024x24", sys.executable, __file__, *argv]
    return subprocess.call(command)


def _compress(folder: Path) -> None:
    pngquant = shutil.which("pngquant")
    if pngquant is None:
        return
    for png in sorted(folder.glob("*.png")):
        subprocess.run(
            [
                pngquant,
                "--force",
                "--skip-if-larger",
                "--quality",
                "70-90",
                "--ext",
                ".png",
                str(png),
            ],
            check=False,
        )


JOURNAL_VIEWS = ("journal-checkin", "journal-history", "journal-insights", "journal-helps")
LOCK_VIEWS = (
    "journal-unlock",
    "journal-locked",
    "journal-lock-code",
    "journal-data-locked",
    "journal-unlock-busy",
    "journal-export-encrypted",
    "journal-import-encrypted",
    "journal-data-take",
)
HELP_VIEWS = ("learn", "get-help")
REMINDER_VIEWS = ("reminders", "reminder-popup")
SAMPLE_REMINDERS = """format = 1

[[rules]]
id = "work-breath"
kind = "interval"
every_minutes = 90
start = "09:00"
end = "17:00"
weekdays = ["mon", "tue", "wed", "thu", "fri"]
action = "routine"
routine = "box-breathing"

[[rules]]
id = "evening-checkin"
kind = "fixed"
times = ["21:30"]
action = "checkin"
"""


def _reminders_shot(window: Any, paths: Any, view: str, settle: Callable[[], None]) -> Any:
    """The reminders page over two sample rules, or the fallback popup for the first one."""
    from datetime import datetime

    from tenang.core.reminders import Due, DueKind, SuggestRoutine
    from tenang.ui.reminders.controller import attach_reminders
    from tenang.ui.reminders.notify import ReminderPopup, reminder_text, reminder_title

    class Probes:  # fixed answers: the shot must not depend on this desktop
        def idle_seconds(self) -> float | None:
            return None

        def fullscreen_active(self) -> bool | None:
            return None

        def do_not_disturb(self) -> bool | None:
            return False

        def session_running(self) -> bool | None:
            return False

    (paths.config_dir / "reminders.toml").write_text(SAMPLE_REMINDERS, encoding="utf-8")
    controller = attach_reminders(window, paths, probes=Probes(), tray_check=lambda: False)
    if view == "reminders":
        page = controller.open_page()
        page.rules_list.setCurrentRow(0)
        page.resize(page.sizeHint().expandedTo(page.minimumSizeHint()))
        settle()
        return page
    at = datetime.now().astimezone()
    due = Due("work-breath", SuggestRoutine("box-breathing"), at, at, DueKind.ON_TIME)
    popup = ReminderPopup(reminder_title(due), reminder_text(due, controller.routine_title))
    popup.show_in_corner()
    settle()
    window.reminder_shot_popup = popup
    return popup


def _help_shot(window: Any, shot: Shot, settle: Callable[[], None]) -> Any:
    """Learn on the box-breathing guide, or Get help for Indonesia / the UK with a contact."""
    if shot.view == "learn":
        page = window.show_learn("box-breathing")
        page.follow_link("routine:box-breathing")
    else:
        from tenang.core.helplines import Contact, contacts_path, save_contacts

        contact = Contact("Sari (psikolog)", phone="+62 812 3456 7890", note="Selasa dan Kamis")
        if shot.language == "en":
            contact = Contact("Dr Evans (therapist)", phone="+44 20 7946 0000")
        save_contacts(contacts_path(window.services.paths), [contact])
        page = window.show_get_help()
        page.set_country("ID" if shot.language == "id" else "GB")
    page.resize(*SIZE)
    settle()
    return page


def _journal_sample(journal: Any, language: str) -> None:
    """Eight weeks of believable check-ins, with before/after pairs around routines."""
    import random
    from datetime import datetime, timedelta

    from tenang.core.journal import EntryKind
    from tenang.core.runs import RunSummary

    rng = random.Random(5)
    today = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    notes = {
        "en": (
            "Slept well, walked to the market.",
            "Busy day at work, headache in the evening.",
            "Dinner with family. Felt lighter.",
            "",
            "Rain all day; stayed in and read.",
            "",
        ),
        "id": (
            "Tidur nyenyak, jalan kaki ke pasar.",
            "Hari sibuk di kantor, sore pusing.",
            "Makan malam bersama keluarga. Terasa lebih ringan.",
            "",
            "Hujan seharian; di rumah saja sambil membaca.",
            "",
        ),
    }[language]
    tags = (["work", "tired"], ["family", "grateful"], ["walk", "nature"], ["calm"], [])
    for days_ago in range(150, -1, -1):
        if rng.random() < 0.3:
            continue
        day = today - timedelta(days=days_ago)
        mood = min(5, max(1, round(3.3 + rng.gauss(0, 0.9) + (0.4 if days_ago < 30 else 0))))
        journal.add_entry(
            mood,
            energy=rng.choice((None, 2, 3, 4)),
            tags=rng.choice(tags),
            note=rng.choice(notes),
            at=day + timedelta(hours=8, minutes=rng.randrange(0, 50)),
        )
        if days_ago < 60 and rng.random() < 0.35:
            routine = rng.choice(
                (("box-breathing", "Box breathing"), ("cyclic-sighing", "Cyclic sighing"))
            )
            start = day + timedelta(hours=20)
            before = journal.add_entry(
                max(1, mood - 1), kind=EntryKind.BEFORE_SESSION, at=start - timedelta(minutes=1)
            )
            run = journal.record_run(
                RunSummary(*routine, start, start + timedelta(minutes=5), 300, 300, 30, True),
                before_entry_id=before.id,
            )
            journal.add_entry(
                min(5, mood + rng.choice((0, 1, 1))),
                kind=EntryKind.AFTER_SESSION,
                run_id=run.id,
                at=start + timedelta(minutes=6),
            )


def _journal_shot(window: Any, view: str, settle: Callable[[], None]) -> Any:
    """The check-in dialog, the history or the insights over a sample journal."""
    from tenang.ui.i18n import current_language
    from tenang.ui.journal import attach_journal

    controller = attach_journal(window, window.services.paths)
    _journal_sample(controller.journal, current_language())
    settle()
    if view == "journal-checkin":
        dialog = controller.open_check_in()
        dialog.form.mood.buttons[4].click()
        dialog.form.energy.setCurrentIndex(dialog.form.energy.findData(3))
        dialog.form.tags.set_checked(["calm", "walk"])
        dialog.form.note.setPlainText(
            "Jalan pagi sebelum kerja. Tidur nyenyak."
            if current_language() == "id"
            else "Morning walk before work. Slept well."
        )
        settle()
        return dialog
    journal_window = controller.show_journal(0 if view == "journal-history" else 1)
    journal_window.resize(960, 900 if view == "journal-insights" else 700)
    settle()
    if view == "journal-helps":  # the lower half: tag patterns, what helps, minutes
        journal_window.show_tab(1)
        insights = journal_window.insights
        insights.scroll_area.ensureWidgetVisible(insights.minutes, 0, 0)
    if view == "journal-history":
        journal_window.history.select_entry(journal_window.history.shown_ids()[1][0])
    settle()
    return journal_window


def _lock_shot(window: Any, view: str, settle: Callable[[], None]) -> Any:
    """The journal lock: the unlock prompt, the locked window, the recovery code step (of
    turning the lock on), and About your data with the lock on and unlocked."""
    from tenang.core.journal.crypto import KdfParams
    from tenang.ui.i18n import current_language
    from tenang.ui.journal import attach_journal
    from tenang.ui.journal.lock_dialogs import SyncRunner
    from tenang.ui.journal.lock_guard import LockOptions

    # Cheap Argon2id: the shot shows the dialogs, not how long the real key derivation takes.
    kdf = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)

    class Pending(SyncRunner):
        """Never finishes: the dialog stays in its busy state for the picture."""

        def run(self, job: Any, done: Any) -> None:
            del job, done

    runner = Pending() if view == "journal-unlock-busy" else SyncRunner()
    options = LockOptions(runner=runner, kdf=kdf)
    controller = attach_journal(window, window.services.paths, lock=options)
    journal = controller.journal
    _journal_sample(journal, current_language())
    passphrase = "a quiet morning walk"
    if view in ("journal-export-encrypted", "journal-import-encrypted", "journal-data-take"):
        return _export_shot(controller, view, settle)
    if view == "journal-lock-code":
        journal_window = controller.show_journal(2)
        journal_window.resize(960, 760)
        dialog = controller.lock_action_requested("turn_on")
        dialog.next_button.click()
        dialog.new.first.setText(passphrase)
        dialog.new.again.setText(passphrase)
        dialog.next_button.click()
        settle()
        return dialog
    journal.prepare_lock(passphrase, params=kdf)
    journal.complete_lock()
    journal.lock()
    journal_window = controller.show_journal(2 if view == "journal-data-locked" else 0)
    journal_window.resize(960, 760)
    unlock = controller.lock.dialog
    if view in ("journal-unlock", "journal-unlock-busy"):
        unlock.entry.field.setText("a quiet")
        if view == "journal-unlock-busy":
            unlock.entry.field.setText(passphrase)
            unlock.unlock_button.click()
        settle()
        return unlock
    unlock.reject()
    if view == "journal-data-locked":
        journal.add_entry(4)  # a check-in sealed while locked, waiting for the unlock
        controller.verify()
        controller.show_journal(2)
        controller.lock.dialog.reject()
        page = journal_window.data
        page.scroll_area.ensureWidgetVisible(page.lock_box, 0, 0)
    settle()
    return journal_window


def _export_shot(controller: Any, view: str, settle: Callable[[], None]) -> Any:
    """Encrypted exports: the passphrase for a new one, the passphrase of one to import
    (after a wrong try), and the Data page's "Take it with you" buttons."""
    from tenang.core.journal.crypto import KdfParams
    from tenang.core.journal.sealed_export import export_encrypted

    folder = controller.paths.data_dir
    journal_window = controller.show_journal(2)
    journal_window.resize(960, 760)
    settle()
    if view == "journal-data-take":
        page = journal_window.data
        page.scroll_area.ensureWidgetVisible(page.take_box, 0, 0)
        settle()
        return journal_window
    if view == "journal-export-encrypted":

        class Chooser:
            def save(self, *_args: Any) -> Path:
                return Path.home() / "tenang-journal-2026-03-12.tenang-export"

        controller.files = Chooser()
        controller.export_encrypted()
        dialog = controller.export_dialog
        dialog.new.first.setText("a long walk by the sea")
        dialog.new.again.setText("a long walk")
        dialog.export_button.click()  # the two differ: the dialog says so
        settle()
        return dialog
    kdf = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
    path = folder / "tenang-journal-2026-03-12.tenang-export"
    path.write_bytes(export_encrypted(controller.journal, "a long walk by the sea", params=kdf))
    dialog = controller._import_encrypted(path)
    dialog.entry.field.setText("a short walk")
    dialog.import_button.click()  # wrong: said in the dialog, the field selected
    settle()
    return dialog


def _builder_shot(window: Any, clock: Any, settle: Callable[[], None]) -> Any:
    """The routine builder on a copy of the resonance ramp, its preview mid-breath."""
    from tenang.core.sessions import load_session_bytes
    from tenang.ui.builder import RoutineBuilder
    from tenang.ui.timers import FakeTimerFactory

    item = next(i for i in window.model.items() if i.session.id == "resonance-ramp")
    data = item.path.read_bytes()
    session = load_session_bytes(data, "resonance-ramp.toml").session
    copy = dataclasses.replace(session, id="resonance-ramp-copy")
    builder = RoutineBuilder(
        window.services.paths.sessions_dir,
        session=copy,
        clock=clock,
        timer_factory=FakeTimerFactory(),
        parent=window,
    )
    builder.resize(1100, 760)
    builder.show()
    builder.breathe_editor.duration.setFocus()
    builder.step_list.setCurrentRow(0)
    builder.breathe_editor.ramp_phases["exhale"].setValue(6.0)
    settle()
    clock.advance(2.6)
    builder.visual.refresh()
    settle()
    return builder


def render(shots: list[Shot], out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from tenang.app import library_loader, prepare_application
    from tenang.core.engine import FakeClock
    from tenang.core.paths import resolve_paths
    from tenang.core.settings import Settings
    from tenang.ui.i18n import LanguageSwitcher
    from tenang.ui.main_window import MainWindow, WindowServices
    from tenang.ui.theme import ThemeController

    app = prepare_application([sys.argv[0]])
    theme = ThemeController(app)
    language = LanguageSwitcher()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    for shot in shots:
        with tempfile.TemporaryDirectory(prefix="tenang-shots-") as temp:
            paths = resolve_paths(temp)
            paths.ensure()
            if shot.view == "library-errors":
                (paths.sessions_dir / "my-evening.toml").write_text(
                    BROKEN_ROUTINE, encoding="utf-8"
                )
            theme.apply(shot.theme)
            language.apply(shot.language)
            style = (
                shot.view.removeprefix("player-") if shot.view.startswith("player") else "circle"
            )
            settings = Settings(
                language=shot.language,  # type: ignore[arg-type]
                theme=shot.theme,  # type: ignore[arg-type]
                visual_style="circle" if style == "reduced" else style,  # type: ignore[arg-type]
                reduced_motion="on" if style == "reduced" else "off",
                lead_in=False,
            )
            clock = FakeClock(1000.0)
            window = MainWindow(
                settings,
                WindowServices(
                    paths=paths,
                    load_library=library_loader(paths),
                    clock_factory=lambda clock=clock: clock,
                    reduced_motion_probe=lambda: False,
                    language=language,
                    theme=theme,
                ),
            )
            window.resize(*SIZE)
            window.show()
            settle()
            target = window
            if shot.view.startswith("player"):
                routine = "box-breathing" if style in ("square", "reduced") else "breathing-4-7-8"
                window.select_routine(routine)
                item = window.current_item()
                assert item is not None and item.session.id == routine, routine
                window.start_routine(item)
                settle()
                # Mid-inhale of the second breath: the shape is part-way, the text counts.
                breath = item.session.steps[0].pattern.cycle_seconds  # type: ignore[union-attr]
                clock.advance(breath + 2.6)
                player = window.player
                player.driver.poll() if hasattr(player.driver, "poll") else None
                player._refresh()
                settle()
            elif shot.view == "library":
                window.select_routine("breathing-4-7-8")
                settle()
            elif shot.view == "library-errors":
                window.select_routine("quick-calm")
                settle()
            elif shot.view == "settings":
                dialog = window.open_settings()
                settle()
                target = dialog
            elif shot.view == "builder":
                target = _builder_shot(window, clock, settle)
            elif shot.view in JOURNAL_VIEWS:
                target = _journal_shot(window, shot.view, settle)
            elif shot.view in LOCK_VIEWS:
                target = _lock_shot(window, shot.view, settle)
            elif shot.view in HELP_VIEWS:
                target = _help_shot(window, shot, settle)
            elif shot.view in REMINDER_VIEWS:
                target = _reminders_shot(window, paths, shot.view, settle)
            path = out / shot.name
            if not target.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            written.append(path)
            print(path)
            if window.player is not None:
                window.player.stop_silently()
            if window.settings_dialog is not None:
                window.settings_dialog.close()
            if window.journal_controller is not None:
                window.journal_controller.close()
            if getattr(window, "reminders_controller", None) is not None:
                if window.reminders_controller.page is not None:
                    window.reminders_controller.page.close()
                window.reminders_controller.close()
            popup = getattr(window, "reminder_shot_popup", None)
            if popup is not None:
                popup.close()
            window.close()
            window.deleteLater()
            settle()
    language.apply("en")
    return written


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="folder for the PNGs")
    parser.add_argument("--all", action="store_true", help="every language/theme/view")
    parser.add_argument("--platform", help="Qt platform plugin, e.g. offscreen (no X needed)")
    parser.add_argument("--view", help="only this view, e.g. builder")
    args = parser.parse_args(args_list)
    if args.platform:
        os.environ["QT_QPA_PLATFORM"] = args.platform
    else:
        code = _reexec_under_xvfb(args_list)
        if code is not None:
            return code
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    out = args.out or (ROOT / ("screenshots-out" if args.all else "docs/screenshots"))
    shots = list(every_shot()) if args.all else list(CURATED)
    shots = [shot for shot in shots if args.view in (None, shot.view)]
    render(shots, out)
    _compress(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
