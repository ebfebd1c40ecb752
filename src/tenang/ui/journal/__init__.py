"""The mood journal in the GUI: check-ins, prompts around routines, history, insights, data.

``attach_journal(window, paths)`` (called by ``tenang.app``) opens the journal and adds the
menu, the buttons, the before/after prompts and the journal window to a main window.
"""

from tenang.ui.journal.controller import JournalController, attach_journal, open_app_journal

__all__ = ["JournalController", "attach_journal", "open_app_journal"]
