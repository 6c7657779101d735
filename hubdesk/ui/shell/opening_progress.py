"""What the window shows while a long article goes into the editor over several turns.

The status bar says how far the opening is; the title, the side panels and the
outline are emptied and disabled until the whole text is in (their edits would
apply to an article that is not shown yet). ``article_loaded`` gives them back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.section_navigator import SectionNavigator
from hubdesk.ui.editor.title_field import TitleField
from hubdesk.ui.shell.side_panels import SidePanels
from hubdesk.ui.shell.status_line import StatusLine


class OpeningProgress(QObject):
    """Follows ``session.loading`` and ``article_loaded`` for the window."""

    def __init__(self, session: ArticleSession, status_line: StatusLine, side: SidePanels,
                 title: TitleField, navigator: SectionNavigator) -> None:
        super().__init__(session)
        self.session = session
        self.status_line = status_line
        self.side = side
        self.title = title
        self.navigator = navigator
        session.loading.connect(self._on_loading)
        session.article_loaded.connect(self._on_loaded)

    def _on_loading(self, percent: int) -> None:
        if percent == 0:
            self.side.set_article(None)
            self.title.set_article(None)
            self.navigator.setEnabled(False)
        if percent < 100:
            self.status_line.show_part(self.tr("Opening the article… %1 %").replace(
                "%1", str(percent)))

    def _on_loaded(self, _article: object) -> None:
        self.navigator.setEnabled(True)
