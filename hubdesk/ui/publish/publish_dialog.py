"""File ▸ Publish…: send the chosen articles to a WordPress site, off the UI thread.

The Author list is filled from the site in a worker (the site's users); it starts on
the user HubDesk signs in as, or on the user whose name is the article's author. A
post changed on the site since the last publish or pull is never overwritten
silently: the dialog shows both versions (``ConflictDialog``) and does what the user
chooses. Every failure is one message in the dialog; the articles stay as they were.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import credentials, sites
from hubdesk.publish.client import Author
from hubdesk.publish.conflicts import ConflictError, take_site_version
from hubdesk.publish.publisher import PublishOptions, PublishResult, publish_article
from hubdesk.ui.publish.conflict_dialog import Choice, ConflictDialog
from hubdesk.ui.publish.password_prompt import password_or_ask
from hubdesk.ui.publish.site_task import SiteTask
from hubdesk.ui.shell.error_text import error_message

log = logging.getLogger(__name__)

# Shows the conflict and returns the user's choice (tests answer it themselves).
ConflictChooser = Callable[[QWidget, ConflictError], Choice]


def ask_in_dialog(parent: QWidget, conflict: ConflictError) -> Choice:
    dialog = ConflictDialog(conflict.site, conflict.local, conflict.remote, parent)
    dialog.exec()
    return dialog.choice


class PublishDialog(QDialog):
    """Site, status, date and categories; Publish runs in a worker with progress."""

    def __init__(
        self, library: Library, article_ids: list[str], parent: QWidget | None = None,
        *, choose: ConflictChooser = ask_in_dialog,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.article_ids = list(article_ids)
        self.choose = choose
        self.task: SiteTask | None = None
        self.authors_task: SiteTask | None = None
        self.results: list[PublishResult] = []
        self.errors: list[str] = []
        self.setWindowTitle(self.tr("Publish to WordPress"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.site_box = QComboBox()
        for site in site_links.list_sites(library):
            self.site_box.addItem(f"{site.name} — {site.url}", site.name)
        form.addRow(self.tr("&Site:"), self.site_box)
        self.author_box = QComboBox()
        form.addRow(self.tr("&Author:"), self.author_box)
        self.status_box = QComboBox()
        for label, value in (
            (self.tr("Draft"), "draft"), (self.tr("Pending review"), "pending"),
            (self.tr("Published"), "publish"), (self.tr("Scheduled"), "future"),
        ):
            self.status_box.addItem(label, value)
        form.addRow(self.tr("S&tatus:"), self.status_box)
        self.date_edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.date_edit.setEnabled(False)
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.categories_edit = QLineEdit()
        self.categories_edit.setPlaceholderText(self.tr("Comma-separated; created when missing"))
        form.addRow(self.tr("&Categories:"), self.categories_edit)
        self.images_edit = QLineEdit()
        self.images_edit.setPlaceholderText(self.tr("Folder of the articles' local images"))
        form.addRow(self.tr("&Images folder:"), self.images_edit)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.article_ids))
        self.progress.setValue(0)
        self.progress.setVisible(False)  # shown once publishing starts
        layout.addWidget(self.progress)
        self.message = QLabel(self.tr("%n article(s) to publish.", "", len(self.article_ids)))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.status_box.currentIndexChanged.connect(
            lambda: self.date_edit.setEnabled(self.status_box.currentData() == "future")
        )
        if self.site_box.count() == 0:
            self.publish_button.setEnabled(False)
            self.author_box.setEnabled(False)
            self.message.setText(self.tr("No WordPress site yet: add one with File ▸ WordPress Sites…"))
        else:
            self.site_box.currentIndexChanged.connect(self.load_authors)
            self.load_authors()

    # ------------------------------------------------------------ authors

    def _wanted_author(self) -> str:
        """The article's author, when all the articles have the same one."""
        names = set()
        for article_id in self.article_ids:
            try:
                names.add(self.library.load_article(article_id).author.strip())
            except HubDeskError:
                return ""
        return names.pop() if len(names) == 1 else ""

    def load_authors(self) -> None:
        """List the site's users (in a worker); "the signed-in user" until they come."""
        site = site_links.get_site(self.library, str(self.site_box.currentData()))
        self.author_box.clear()
        self.author_box.addItem(self.tr("%1 (the site's user)").replace("%1", site.user), None)
        self.author_box.setToolTip(self.tr("The post's author on the site"))
        password = credentials.find_password(site.name, site.user)
        if password is None:
            return  # asked for only on Publish: no prompt just to list the authors

        def work(library: Library, _report, _cancelled) -> list[Author]:
            found, client = sites.client_for(library, site.name, password)
            with client:
                return client.authors()

        wanted = self._wanted_author()
        task = SiteTask(self.library.path, work)
        task.finished_with.connect(
            lambda authors, error: self._authors_loaded(task, site.user, wanted, authors, error)
        )
        self._wait_authors()
        self.authors_task = task
        task.start()

    def _authors_loaded(
        self, task: SiteTask, user: str, wanted: str, authors: list[Author] | None,
        error: BaseException | None,
    ) -> None:
        task.wait()
        if task is not self.authors_task:
            return  # another site was chosen meanwhile
        if error is not None:
            self.author_box.setToolTip(error_message(error))
            return
        for author in authors or []:
            if author.matches(user):
                continue  # already the first entry
            self.author_box.addItem(author.name, author.id)
            if wanted and author.matches(wanted):
                self.author_box.setCurrentIndex(self.author_box.count() - 1)

    def _wait_authors(self) -> None:
        if self.authors_task is not None and self.authors_task.isRunning():
            self.authors_task.wait()

    # ------------------------------------------------------------ running

    def options(self, *, overwrite: bool = False) -> PublishOptions:
        status = str(self.status_box.currentData())
        date = None
        if status == "future":
            date = self.date_edit.dateTime().toPython().astimezone(UTC)
        categories = tuple(c.strip() for c in self.categories_edit.text().split(",") if c.strip())
        folder = self.images_edit.text().strip()
        return PublishOptions(
            status=status, date=date, categories=categories,
            asset_dir=Path(folder).expanduser() if folder else None, overwrite=overwrite,
            author=self.author_box.currentData(),
        )

    def start(self, ids: list[str] | None = None, *, overwrite: bool = False) -> None:
        """Publish ``ids`` (default: all the dialog's articles) in a worker thread."""
        site = site_links.get_site(self.library, str(self.site_box.currentData()))
        password = password_or_ask(self, site)
        if password is None:
            return
        todo = list(ids or self.article_ids)
        options = self.options(overwrite=overwrite)

        def work(library: Library, report, cancelled) -> list[tuple[str, object]]:
            outcomes: list[tuple[str, object]] = []
            found, client = sites.client_for(library, site.name, password)
            with client:
                for n, article_id in enumerate(todo):
                    if cancelled():
                        break
                    try:
                        outcomes.append(
                            (article_id, publish_article(library, found, client, article_id, options))
                        )
                    except HubDeskError as exc:
                        outcomes.append((article_id, exc))
                    report(n + 1, len(todo))
            return outcomes

        self.publish_button.setEnabled(False)
        self.progress.setRange(0, len(todo))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.message.setText(self.tr("Publishing…"))
        self.task = SiteTask(self.library.path, work)
        self.task.progressed.connect(lambda done, _total: self.progress.setValue(done))
        self.task.finished_with.connect(self._finished)
        self.task.start()

    def _finished(self, outcomes: list[tuple[str, object]] | None, error: BaseException | None) -> None:
        if self.task is not None:
            self.task.wait()
        if error is not None:
            self.errors.append(error_message(error))
            self._show_summary()
            return
        conflicts: list[ConflictError] = []
        for _article_id, outcome in outcomes or []:
            if isinstance(outcome, PublishResult):
                self.results.append(outcome)
            elif isinstance(outcome, ConflictError):
                conflicts.append(outcome)
            elif isinstance(outcome, BaseException):
                self.errors.append(error_message(outcome))
        again = []
        for conflict in conflicts:
            choice = self.choose(self, conflict)
            if choice is Choice.OVERWRITE:
                again.append(conflict.local.id)
            elif choice is Choice.TAKE_SITE:
                take_site_version(self.library, conflict.site, conflict.local.id, conflict.post)
                self.errors.append(self.tr("“%1”: the site's version was kept as a new revision.")
                                   .replace("%1", conflict.local.title))
            else:
                self.errors.append(self.tr("“%1”: not published (the site's copy changed).")
                                   .replace("%1", conflict.local.title))
        if again:
            self.start(again, overwrite=True)
            return
        self._show_summary()

    def _show_summary(self) -> None:
        lines = [
            (self.tr("“%1” created as post %2.") if r.created else self.tr("“%1” updated (post %2)."))
            .replace("%1", r.title).replace("%2", str(r.post_id))
            for r in self.results
        ]
        self.message.setText("\n".join(lines + self.errors))
        self.publish_button.setEnabled(True)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self.task is not None and self.task.isRunning():
            self.task.cancel.set()
            self.task.wait()
        self._wait_authors()
        super().done(result)
