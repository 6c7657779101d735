"""The window's WordPress actions: Publish…, Pull from Site…, WordPress Sites…."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hubdesk.library.store import Library


class SiteExchange(QObject):
    """Connects the three actions to their dialogs; the window hands it what it uses."""

    def __init__(
        self, window: QWidget, *, library: Library, selected_ids: Callable[[], list[str]],
        save: Callable[[], bool], reload: Callable[[], None],
        publish_action: QAction, pull_action: QAction, sites_action: QAction,
        may_publish: Callable[[list[str]], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.selected_ids = selected_ids
        self.save = save
        self.reload = reload
        self.may_publish = may_publish  # the review desk's sign-off warning, if any
        publish_action.triggered.connect(self.publish)
        pull_action.triggered.connect(self.pull)
        sites_action.triggered.connect(self.manage_sites)

    def publish(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.save():
            return
        if self.may_publish is not None and not self.may_publish(ids):
            return
        from hubdesk.ui.publish.publish_dialog import PublishDialog

        PublishDialog(self.library, ids, self.window).exec()
        self.reload()  # "keep the site's version" may have changed the open article

    def pull(self) -> None:
        if not self.save():
            return
        from hubdesk.ui.publish.pull_dialog import PullDialog

        PullDialog(self.library, self.window).exec()
        self.reload()

    def manage_sites(self) -> None:
        from hubdesk.ui.publish.sites_dialog import SitesDialog

        SitesDialog(self.library, self.window).exec()
