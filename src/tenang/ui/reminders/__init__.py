"""Reminders in the GUI: one timer, the tray, passive notifications, platform probes, autostart.

The decisions (what is due, whether to show it) live in :mod:`tenang.core.reminders`; this
package only arms a timer, asks the desktop the respect questions and shows the result without
ever taking focus. See docs/reminders.md.
"""
