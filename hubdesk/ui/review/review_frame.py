"""Where the review desk goes, in place before the window is first shown.

The Checklist dock (empty until the desk fills it), the Review menu (its actions
come with the desk) and the outline's review columns exist from the start: the
saved dock layout is restored with the dock, and the first paint looks as it will
once the desk is built (``ReviewDesk``, after that paint).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from hubdesk.model.signoff import SignOff
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.section_navigator import SectionNavigator
from hubdesk.ui.review.outline_marks import OutlineMarks


class ReviewFrame(QObject):
    """The Checklist dock beside ``beside``, the Review menu before View, the outline's marks."""

    def __init__(
        self,
        host: QMainWindow,
        *,
        session: ArticleSession,
        navigator: SectionNavigator,
        view_menu: QMenu,
        beside: QDockWidget,
    ) -> None:
        super().__init__(host)
        self.signoffs: Callable[[], list[SignOff]] = list  # the desk's, once it is built
        self.marks = OutlineMarks(navigator, session, lambda: self.signoffs())
        self.dock = QDockWidget(QCoreApplication.translate("ReviewDesk", "Checklist"), host)
        self.dock.setObjectName("checklistDock")
        self.dock.setWidget(QWidget(self.dock))
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        host.tabifyDockWidget(beside, self.dock)
        view_menu.addAction(self.dock.toggleViewAction())
        self.menu = QMenu(QCoreApplication.translate("ReviewDesk", "&Review"), host)
        host.menuBar().insertMenu(view_menu.menuAction(), self.menu)
