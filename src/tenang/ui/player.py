"""The player: the visual, the words and the controls for one run of a routine.

Timing lives in the engine and the driver. The view only asks for the frame at "now":

* the driver's precise single-shot delivers phase boundaries (and tells the audio listener);
* a second precise single-shot (``"tick"``) fires when the seconds shown would change, so the
  countdown and progress bars update once a second, exactly on the second;
* a frame timer (``"frame"``) runs only while an animated visual is on screen and the session
  runs; it only asks the visual to repaint if the shape moved.

When nothing runs (before start, paused, after the end) no timer is armed at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tenang.core.engine import Clock, Frame, State
from tenang.core.model import Session
from tenang.core.plan import PlanEvent, compile_plan
from tenang.core.runs import RunSummary, summarize
from tenang.ui.driver import QtDriver, SessionListener
from tenang.ui.timers import QtTimerFactory, TimerFactory
from tenang.ui.visuals import BreathingVisual, phase_word, seconds_left

LEAD_IN_SECONDS = 3
CONFIRM_AFTER_SECONDS = 60.0
"""Esc asks before stopping only once more than this much of the session has run."""

PROGRESS_STEPS = 1000


translate = QCoreApplication.translate
"""Called with literal context and text everywhere so that lupdate finds every string."""


@dataclass
class PlayerOptions:
    """How the player looks; the host fills it from the settings."""

    visual_style: str = "circle"
    reduced_motion: bool = False
    lead_in: bool = False
    language: str = "en"


def confirm_stop(parent: QWidget) -> bool:
    """Ask whether to stop a session that has run for a while. Patched out in tests.

    The buttons carry our own translated words: Qt ships no Indonesian for its dialogs.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Player", "Stop the session?"))
    box.setText(translate("Player", "Stop now? The time you have breathed so far is kept."))
    stop = box.addButton(translate("Player", "Stop"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("Player", "Keep going"), QMessageBox.ButtonRole.RejectRole)
    stop.setAccessibleName(translate("Player", "Stop"))
    stop.setAccessibleDescription(translate("Player", "End the session now"))
    keep.setAccessibleName(translate("Player", "Keep going"))
    keep.setAccessibleDescription(
        translate("Player", "Close this question and continue the session")
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop


def format_duration(seconds: float) -> str:
    """ "45 s" or "4 min 16 s", numbers through QLocale."""
    locale = QLocale()
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return translate("Player", "%1 s").replace("%1", locale.toString(secs))
    return (
        translate("Player", "%1 min %2 s")
        .replace("%1", locale.toString(minutes))
        .replace("%2", locale.toString(secs))
    )


class PlayerView(QWidget):
    """Plays one session; starts by itself the first time it is shown.

    Signals:
        finished(RunSummary): the session ran to its end.
        stopped(RunSummary): the user (or the host, via :meth:`stop_silently`) stopped it
            after it had started.
        closeRequested(): the user is done with the player (Done on the summary, or Esc
            during the lead-in or on the summary).
        fullScreenChanged(bool): the player entered or left full screen, so the host can
            hide its own menus and bars.
    """

    finished = Signal(object)
    stopped = Signal(object)
    closeRequested = Signal()
    fullScreenChanged = Signal(bool)

    def __init__(
        self,
        session: Session,
        *,
        clock: Clock,
        options: PlayerOptions,
        listener: SessionListener | None = None,
        timer_factory: TimerFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.options = options
        self.clock = clock
        factory = timer_factory if timer_factory is not None else QtTimerFactory()
        self.plan = compile_plan(session)
        self.driver = QtDriver(
            self.plan, clock, listener=listener, timer_factory=factory, parent=self
        )
        self._tick = factory.deadline_timer(clock, self._on_tick, parent=self, name="tick")
        self._started_at: datetime | None = None
        self._begun = False
        self._lead_in_end: float | None = None
        self._lead_in_left: float | None = None
        self._summary: RunSummary | None = None
        self._was_maximized = False

        self.visual = BreathingVisual(
            self.driver.frame,
            visual_style=options.visual_style,
            reduced_motion=options.reduced_motion,
            parent=self,
        )
        self._frames = factory.frame_timer(self.visual.refresh, parent=self.visual, name="frame")
        self._build()
        self._connect()
        self._retranslate()
        self._refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        page = QWidget(self._stack)
        layout = QVBoxLayout(page)
        self._title = QLabel(page)
        self._title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._title.setFont(_scaled(self._title.font(), 1.3, bold=True))
        self._step = QLabel(page)
        self._step.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._phase = QLabel(page)
        self._phase.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._phase.setFont(_scaled(self._phase.font(), 2.2, bold=True))
        self._seconds = QLabel(page)
        self._seconds.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._seconds.setFont(_scaled(self._seconds.font(), 1.6))
        self._cycle = QLabel(page)
        self._cycle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._paused_note = QLabel(page)
        self._paused_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._prompt = QLabel(page)
        self._prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._prompt.setWordWrap(True)
        self._prompt.setFont(_scaled(self._prompt.font(), 1.2, italic=True))
        self._step_bar = QProgressBar(page)
        self._total_bar = QProgressBar(page)
        for bar in (self._step_bar, self._total_bar):
            bar.setRange(0, PROGRESS_STEPS)
            bar.setTextVisible(False)
            bar.setMaximumHeight(8)
        self._step_bar_label = QLabel(page)
        self._total_bar_label = QLabel(page)
        self._step_bar_label.setBuddy(self._step_bar)
        self._total_bar_label.setBuddy(self._total_bar)

        self._pause_button = QPushButton(page)
        self._skip_button = QPushButton(page)
        self._stop_button = QPushButton(page)
        self._full_button = QPushButton(page)
        self._controls = QWidget(page)
        row = QHBoxLayout(self._controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in self._buttons:
            button.setAutoDefault(True)  # Enter activates the focused button; Space pauses
            row.addWidget(button)
        row.addStretch(1)

        self._chrome: tuple[QWidget, ...] = (
            self._title,
            self._step,
            self._step_bar_label,
            self._step_bar,
            self._total_bar_label,
            self._total_bar,
        )
        layout.addWidget(self._title)
        layout.addWidget(self._step)
        layout.addWidget(self.visual, 1)
        layout.addWidget(self._phase)
        layout.addWidget(self._seconds)
        layout.addWidget(self._cycle)
        layout.addWidget(self._paused_note)
        layout.addWidget(self._prompt)
        layout.addWidget(self._step_bar_label)
        layout.addWidget(self._step_bar)
        layout.addWidget(self._total_bar_label)
        layout.addWidget(self._total_bar)
        layout.addWidget(self._controls)
        self._session_page = page
        self._stack.addWidget(page)

        summary = QWidget(self._stack)
        column = QVBoxLayout(summary)
        column.addStretch(1)
        self._summary_heading = QLabel(summary)
        self._summary_heading.setFont(_scaled(self._summary_heading.font(), 1.8, bold=True))
        self._summary_time = QLabel(summary)
        self._summary_cycles = QLabel(summary)
        self._summary_routine = QLabel(summary)
        self._done_button = QPushButton(summary)
        self._done_button.setAutoDefault(True)
        self._done_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for label in (
            self._summary_heading,
            self._summary_time,
            self._summary_cycles,
            self._summary_routine,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        column.addSpacing(12)
        column.addWidget(self._done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self._summary_page = summary
        self._stack.addWidget(summary)

        QWidget.setTabOrder(self._pause_button, self._skip_button)
        QWidget.setTabOrder(self._skip_button, self._stop_button)
        QWidget.setTabOrder(self._stop_button, self._full_button)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._pause_button)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._escape = self._shortcut(Qt.Key.Key_Escape, self.request_stop, context)
        self._shortcuts = [
            self._escape,
            self._shortcut(Qt.Key.Key_Space, self.toggle_pause, context),
            self._shortcut(Qt.Key.Key_Right, self.skip_step, context),
            self._shortcut(Qt.Key.Key_F, self.toggle_full_screen, context),
            self._shortcut(Qt.Key.Key_F11, self.toggle_full_screen, context),
        ]

    def _shortcut(self, key: Qt.Key, slot: object, context: Qt.ShortcutContext) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(context)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        return shortcut

    @property
    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self._pause_button, self._skip_button, self._stop_button, self._full_button)

    def _connect(self) -> None:
        self.driver.eventsDue.connect(self._on_events)
        self.driver.stateChanged.connect(self._on_state)
        self.driver.finished.connect(self._on_finished)
        self.visual.onScreenChanged.connect(self._sync_frame_timer)
        self._pause_button.clicked.connect(self.toggle_pause)
        self._skip_button.clicked.connect(self.skip_step)
        self._stop_button.clicked.connect(self.request_stop)
        self._full_button.clicked.connect(self.toggle_full_screen)
        self._done_button.clicked.connect(self.closeRequested)

    def _retranslate(self) -> None:
        title = self.session.title.get(self.options.language)
        self._title.setText(title)
        self.setAccessibleName(translate("Player", "Player"))
        self.setAccessibleDescription(
            translate("Player", "Guided breathing: %1").replace("%1", title)
        )
        self._step_bar_label.setText(translate("Player", "This step"))
        self._total_bar_label.setText(translate("Player", "Whole session"))
        _describe(
            self._step_bar,
            translate("Player", "Step progress"),
            translate("Player", "How much of the current step has passed"),
        )
        _describe(
            self._total_bar,
            translate("Player", "Session progress"),
            translate("Player", "How much of the whole session has passed"),
        )
        _describe(
            self._skip_button,
            translate("Player", "Skip step"),
            translate("Player", "Go to the next step (Right arrow)"),
        )
        _describe(
            self._stop_button,
            translate("Player", "Stop"),
            translate("Player", "End the session (Esc)"),
        )
        _describe(
            self._done_button,
            translate("Player", "Done"),
            translate("Player", "Close the summary"),
        )
        self._update_full_button()
        self.visual.setAccessibleName(
            QCoreApplication.translate("BreathingVisual", "Breathing guide")
        )
        self._paused_note.setText(translate("Player", "Paused"))
        self._update_pause_button()
        if self._summary is not None:
            self._fill_summary(self._summary)

    def _update_pause_button(self) -> None:
        paused = self.driver.state is State.PAUSED or self._lead_in_left is not None
        if paused:
            _describe(
                self._pause_button,
                translate("Player", "Resume"),
                translate("Player", "Continue the session (Space)"),
            )
        else:
            _describe(
                self._pause_button,
                translate("Player", "Pause"),
                translate("Player", "Pause the session (Space)"),
            )
        self._paused_note.setVisible(paused)

    def _update_full_button(self) -> None:
        if self.is_full_screen:
            _describe(
                self._full_button,
                translate("Player", "Leave full screen"),
                translate("Player", "Show the whole player again (F or F11)"),
            )
        else:
            _describe(
                self._full_button,
                translate("Player", "Full screen"),
                translate("Player", "Show only the breathing guide, filling the screen (F or F11)"),
            )

    # -- public control ----------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self.driver.state

    @property
    def in_lead_in(self) -> bool:
        return self._lead_in_end is not None or self._lead_in_left is not None

    @property
    def frame_timer_active(self) -> bool:
        return self._frames.is_active

    @property
    def summary(self) -> RunSummary | None:
        return self._summary

    def start(self) -> None:
        """Begin (with the lead-in if asked). Called on first show; harmless twice."""
        if self._begun:
            return
        self._begun = True
        if self.options.lead_in:
            self._lead_in_end = self.clock.now() + LEAD_IN_SECONDS
            self._refresh()
        else:
            self._start_engine()

    def set_options(self, options: PlayerOptions) -> None:
        """Apply changed settings to a running player (style, reduced motion, language).

        The lead-in only matters before the start, so changing it later does nothing.
        """
        self.options = options
        self.visual.set_visual_style(options.visual_style)
        self.visual.set_reduced_motion(options.reduced_motion)
        self._retranslate()
        self._refresh()
        self._sync_frame_timer()

    def toggle_pause(self) -> None:
        if self._stack.currentWidget() is not self._session_page:
            return
        if self._lead_in_end is not None:
            self._lead_in_left = max(0.0, self._lead_in_end - self.clock.now())
            self._lead_in_end = None
            self._tick.cancel()
            self._update_pause_button()
            self._refresh()
        elif self._lead_in_left is not None:
            self._lead_in_end = self.clock.now() + self._lead_in_left
            self._lead_in_left = None
            self._update_pause_button()
            self._refresh()
        else:
            self.driver.toggle_pause()

    def skip_step(self) -> None:
        """Skip to the next step; during the lead-in, start right away."""
        if self.in_lead_in:
            self._start_engine()
        else:
            self.driver.skip()
            self._refresh()

    def request_stop(self) -> None:
        """Esc / Stop: ask first only if more than a minute has run; on the summary, close."""
        if self._stack.currentWidget() is self._summary_page:
            self.closeRequested.emit()
            return
        if self.in_lead_in or self.driver.state is State.IDLE:
            self._cancel_lead_in()
            self.closeRequested.emit()
            return
        if self.driver.state not in (State.RUNNING, State.PAUSED):
            return
        if self.driver.engine.elapsed() > CONFIRM_AFTER_SECONDS:
            was_running = self.driver.state is State.RUNNING
            self.driver.pause()
            if self.driver.state is not State.PAUSED:
                return  # the session reached its end in the meantime: nothing to stop
            if not confirm_stop(self):
                if was_running:
                    self.driver.resume()
                return
        self._stop(show_summary=True)

    def stop_silently(self) -> RunSummary | None:
        """Stop without questions or summary page: for the host closing the window.

        Still emits ``stopped`` (with the partial run) if the session had started, so the run
        can be kept in the journal; returns that summary.
        """
        self._cancel_lead_in()
        if self.driver.state in (State.RUNNING, State.PAUSED):
            return self._stop(show_summary=False)
        return None

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        else:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        self._apply_full_screen()

    @property
    def is_full_screen(self) -> bool:
        return self.window().isFullScreen()

    # -- reactions ---------------------------------------------------------------------------

    def _start_engine(self) -> None:
        self._cancel_lead_in()
        self._started_at = datetime.now(UTC)
        self.driver.start()

    def _cancel_lead_in(self) -> None:
        self._lead_in_end = None
        self._lead_in_left = None
        self._tick.cancel()

    def _stop(self, *, show_summary: bool) -> RunSummary:
        self.driver.stop()
        summary = self._make_summary()
        if show_summary:
            self._show_summary(summary)
        self.stopped.emit(summary)
        return summary

    def _on_events(self, events: list[PlanEvent]) -> None:
        # After a stall the backlog arrives at once; the view shows only "now", so one
        # refresh covers every event in the batch.
        del events
        self._refresh()
        self._sync_frame_timer()

    def _on_state(self, state: State) -> None:
        self._update_pause_button()
        self._sync_frame_timer()
        self._refresh()

    def _on_finished(self) -> None:
        summary = self._make_summary()
        self._show_summary(summary)
        self.finished.emit(summary)

    def _on_tick(self) -> None:
        if self._lead_in_end is not None and self.clock.now() >= self._lead_in_end:
            self._start_engine()
            return
        self._refresh()

    def _make_summary(self) -> RunSummary:
        started = self._started_at or datetime.now(UTC)
        return summarize(
            self.driver.engine,
            started_at=started,
            ended_at=datetime.now(UTC),
            language=self.options.language,
        )

    def _show_summary(self, summary: RunSummary) -> None:
        self._summary = summary
        self._tick.cancel()
        self._fill_summary(summary)
        if self.is_full_screen:
            self.toggle_full_screen()
        self._stack.setCurrentWidget(self._summary_page)
        # On the summary only Esc (close) stays bound, so Space activates the Done button.
        for shortcut in self._shortcuts:
            shortcut.setEnabled(shortcut is self._escape)
        self._sync_frame_timer()
        self.setFocusProxy(self._done_button)
        self._done_button.setFocus()

    def _fill_summary(self, summary: RunSummary) -> None:
        locale = QLocale()
        if summary.completed:
            self._summary_heading.setText(translate("Player", "Well done"))
        else:
            self._summary_heading.setText(translate("Player", "Session ended early"))
        self._summary_time.setText(
            translate("Player", "Time breathed: %1").replace(
                "%1", format_duration(summary.completed_seconds)
            )
        )
        self._summary_cycles.setText(
            translate("Player", "Breaths: %1").replace(
                "%1", locale.toString(summary.cycles_completed)
            )
        )
        self._summary_routine.setText(
            translate("Player", "Routine: %1").replace("%1", summary.title)
        )

    def _sync_frame_timer(self, *_args: object) -> None:
        """Run the frame timer only when a frame could show something new.

        Re-checked at every boundary the driver delivers, so a circle's hold (which looks
        the same for its whole length) costs no ticks at all.
        """
        wanted = (
            self.visual.is_on_screen
            and self.driver.state is State.RUNNING
            and self._stack.currentWidget() is self._session_page
            and self.visual.moves_during(self.driver.frame())
        )
        if wanted:
            self._frames.start()
        else:
            self._frames.stop()

    # -- display -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Show the frame at now and arm the tick for the next visible change of the text."""
        if self._lead_in_end is not None or self._lead_in_left is not None:
            self._show_lead_in()
            return
        frame = self.driver.frame()
        self._show_frame(frame)
        self.visual.refresh()
        if frame.state is State.RUNNING:
            n = seconds_left(frame)
            wait = frame.segment_remaining - (n - 1)
            self._tick.arm_at(self.clock.now() + max(wait, 0.001))
        else:
            self._tick.cancel()

    def _show_lead_in(self) -> None:
        if self._lead_in_end is not None:
            left = max(0.0, self._lead_in_end - self.clock.now())
        else:
            left = self._lead_in_left or 0.0
        n = max(1, math.ceil(left - 1e-6))
        self._phase.setText(translate("Player", "Get ready…"))
        self._seconds.setText(QLocale().toString(n))
        self._cycle.setText("")
        self._prompt.setText("")
        self._prompt.setVisible(False)
        self.visual.refresh()
        if self._lead_in_end is not None:
            wait = left - (n - 1)
            self._tick.arm_at(self.clock.now() + max(wait, 0.001))

    def _show_frame(self, frame: Frame) -> None:
        locale = QLocale()
        segment = frame.segment
        language = self.options.language
        if segment is None:
            first = self.plan.segments[0]
            self._phase.setText(phase_word(first.phase))
            self._seconds.setText(locale.toString(seconds_left(frame)))
        elif frame.state in (State.FINISHED, State.STOPPED):
            self._phase.setText("")
            self._seconds.setText("")
        else:
            self._phase.setText(phase_word(segment.phase))
            self._seconds.setText(locale.toString(seconds_left(frame)))
        # In reduced motion the visual itself shows the phase word beside its bar.
        self._phase.setVisible(not self.visual.reduced_motion)
        if segment is not None and segment.cycles > 0:
            self._cycle.setText(
                translate("Player", "Cycle %1 of %2")
                .replace("%1", locale.toString(segment.cycle))
                .replace("%2", locale.toString(segment.cycles))
            )
        else:
            self._cycle.setText("")
        step_text = ""
        if frame.step_count > 1:
            step_text = (
                translate("Player", "Step %1 of %2")
                .replace("%1", locale.toString(frame.step_index + 1))
                .replace("%2", locale.toString(frame.step_count))
            )
        label = self.session.steps[frame.step_index].label
        if label is not None:
            label_text = label.get(language)
            step_text = f"{step_text} · {label_text}" if step_text else label_text
        self._step.setText(step_text)
        self._step.setVisible(bool(step_text) and not self.is_full_screen)
        prompt = frame.prompt.get(language) if frame.prompt is not None else ""
        self._prompt.setText(prompt)
        self._prompt.setVisible(bool(prompt))
        self._step_bar.setValue(round(frame.step_progress * PROGRESS_STEPS))
        self._total_bar.setValue(round(frame.progress * PROGRESS_STEPS))
        self._skip_button.setEnabled(frame.state in (State.RUNNING, State.PAUSED))
        self._pause_button.setEnabled(frame.state is not State.FINISHED)

    def _apply_full_screen(self) -> None:
        full = self.is_full_screen
        for widget in self._chrome:
            widget.setVisible(not full)
        if not full:
            self._step.setVisible(bool(self._step.text()))
        self._update_full_button()
        self.fullScreenChanged.emit(full)

    # -- Qt events ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._begun:
            self.start()
            self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A player shown as its own window: closing it must not leave a session running.
        self.stop_silently()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._refresh()


def _describe(widget: QPushButton | QProgressBar, name: str, description: str) -> None:
    """Visible text (for buttons), accessible name and description, always together."""
    if isinstance(widget, QPushButton):
        widget.setText(name)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _scaled(font: QFont, factor: float, *, bold: bool = False, italic: bool = False) -> QFont:
    scaled = QFont(font)
    size = scaled.pointSizeF()
    if size > 0:
        scaled.setPointSizeF(size * factor)
    scaled.setBold(bold)
    scaled.setItalic(italic)
    return scaled


__all__ = [
    "CONFIRM_AFTER_SECONDS",
    "LEAD_IN_SECONDS",
    "PlayerOptions",
    "PlayerView",
    "confirm_stop",
    "format_duration",
]
