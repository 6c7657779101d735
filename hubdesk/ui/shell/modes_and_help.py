"""The writing modes and the Help menu, wired onto the main window's actions.

Distraction-free writing, typewriter scrolling, the word target in the outline,
Help ▸ Keyboard Shortcuts, Help ▸ User Guide, and the restart offered after a
change of language. The main window hands over what they work with.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QSplitter, QTreeWidget, QWidget

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.ui.editor.distraction_free import DistractionFree
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.outline_target import OutlineTarget
from hubdesk.ui.editor.typewriter_scrolling import TypewriterScrolling
from hubdesk.ui.editor.word_counts import WordCounts
from hubdesk.ui.help.shortcuts_window import ShortcutsWindow
from hubdesk.ui.help.user_guide import guide_article_id
from hubdesk.ui.library.library_panel import LibraryPanel
from hubdesk.ui.shell.actions import Actions
from hubdesk.ui.shell.errors import show_error
from hubdesk.ui.shell.language_restart import LanguageRestart
from hubdesk.ui.shell.menus import menu_layout
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.title_tips import TitleTips
from hubdesk.ui.shell.translations import resolve_language

log = logging.getLogger(__name__)


class ModesAndHelp(QObject):
    """Owns the writing modes and the Help windows of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        actions: Actions,
        settings: Settings,
        library: Library,
        editor: MarkdownEditor,
        splitter: QSplitter,
        hide_also: list[QWidget],
        outline: QTreeWidget,
        counts: WordCounts,
        library_panel: LibraryPanel,
        open_article: Callable[[str], bool],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.settings = settings
        self.library = library
        self.library_panel = library_panel
        self.open_article = open_article
        self.distraction_free = DistractionFree(
            window, editor=editor, splitter=splitter, hide_also=hide_also,
            action=actions.distraction_free, line_width=lambda: settings.get("editor_line_width"))
        self.typewriter = TypewriterScrolling(editor, actions.typewriter_scrolling, settings)
        self.outline_target = OutlineTarget(outline)
        counts.progress_changed.connect(self.outline_target.show)
        self.language_restart = LanguageRestart(
            window, settings, resolve_language(settings.get("language")))
        self.title_tips = TitleTips(library_panel.view)  # elided titles shown whole on hover
        self.shortcuts_window: ShortcutsWindow | None = None
        actions.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        actions.user_guide.triggered.connect(self.open_user_guide)

    def show_shortcuts(self) -> ShortcutsWindow:
        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self.actions.all, menu_layout(), self.window)
        self.shortcuts_window.show()
        self.shortcuts_window.raise_()
        self.shortcuts_window.activateWindow()
        self.shortcuts_window.search.setFocus()
        return self.shortcuts_window

    def open_user_guide(self) -> str | None:
        """Open the guide in the interface language; its id, or None if it could not be."""
        language = resolve_language(self.settings.get("language"))
        try:
            article_id = guide_article_id(self.library, language)
        except (HubDeskError, OSError) as exc:
            show_error(self.window, QCoreApplication.translate(
                "ModesAndHelp", "The user guide could not be opened."), exc)
            return None
        self.library_panel.refresh(select=article_id)
        if not self.open_article(article_id):
            return None
        self.library_panel.select(article_id)
        return article_id
