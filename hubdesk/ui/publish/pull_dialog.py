"""Pull from Site: the site's posts into the library, with progress, cancel and a summary.

An article edited here whose post also changed on the site is a conflict: once the pull
is done, each is shown side by side (``ConflictDialog``) and the user overwrites the
site (the post keeps its status and date), keeps the site's version as a new revision,
or leaves both as they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import sites
from hubdesk.publish.conflicts import ConflictError, take_site_version
from hubdesk.publish.publisher import PublishResult, keeping_the_post, publish_article
from hubdesk.publish.puller import PER_PAGE, PullSummary, pull_site
from hubdesk.ui.publish.conflict_dialog import Choice
from hubdesk.ui.publish.password_prompt import password_or_ask
from hubdesk.ui.publish.publish_dialog import ConflictChooser, ask_in_dialog
from hubdesk.ui.publish.site_task import SiteTask
from hubdesk.ui.shell.error_text import error_message


class PullDialog(QDialog):
    """Choose a site, pull; Cancel stops after the current page (the pages done stay)."""

    def __init__(
        self, library: Library, parent: QWidget | None = None,
        *, choose: ConflictChooser = ask_in_dialog,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.choose = choose
        self.site_name = ""
        self.password = ""
        self.task: SiteTask | None = None
        self.summary: PullSummary | None = None
        self.per_page = PER_PAGE
        self.setWindowTitle(self.tr("Pull from Site"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.site_box = QComboBox()
        for site in site_links.list_sites(library):
            self.site_box.addItem(f"{site.name} — {site.url}", site.name)
        form.addRow(self.tr("&Site:"), self.site_box)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel(self.tr(
            "Imports the posts changed on the site since the last pull."
        ))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pull_button = QPushButton(self.tr("&Pull"))
        self.buttons.addButton(self.pull_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pull_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.stop)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.site_box.count() == 0:
            self.pull_button.setEnabled(False)
            self.message.setText(self.tr("No WordPress site yet: add one with File ▸ WordPress Sites…"))

    def start(self) -> None:
        site = site_links.get_site(self.library, str(self.site_box.currentData()))
        password = password_or_ask(self, site)
        if password is None:
            return

        per_page = self.per_page
        self.site_name, self.password = site.name, password

        def work(library: Library, report, cancelled) -> PullSummary:
            found, client = sites.client_for(library, site.name, password)
            with client:
                return pull_site(library, found, client, progress=report, cancelled=cancelled,
                                 per_page=per_page)

        self.pull_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Pulling from %1…").replace("%1", site.name))
        self.task = SiteTask(self.library.path, work)
        self.task.progressed.connect(self._progressed)
        self.task.finished_with.connect(self._finished)
        self.task.start()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel.set()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Stopping after this page…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        if not self.task or not self.task.cancel.is_set():
            self.message.setText(self.tr("%1 of %2 posts…").replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, summary: PullSummary | None, error: BaseException | None) -> None:
        if self.task is not None:
            self.task.wait()
        self.cancel_button.setEnabled(False)
        self.pull_button.setEnabled(True)
        if error is not None:
            self.progress.setVisible(False)
            self.message.setText(error_message(error))
            return
        assert summary is not None
        self.summary = summary
        lines = [self.tr("%1 new, %2 updated, %3 unchanged.")
                 .replace("%1", str(summary.added)).replace("%2", str(summary.updated))
                 .replace("%3", str(summary.unchanged))]
        if summary.cancelled:
            lines.insert(0, self.tr("Stopped; the posts pulled so far are in the library."))
        if summary.conflicts:
            lines.append(self.tr(
                "%1 article(s) changed both here and on the site were left as they are; "
                "publish them to choose which version stays."
            ).replace("%1", str(len(summary.conflicts))))
        if summary.skipped:
            lines.append(self.tr("%1 post(s) without article text were skipped.")
                         .replace("%1", str(len(summary.skipped))))
        self.message.setText("\n".join(lines))
        if summary.conflicts:
            self._resolve(summary)

    # ------------------------------------------------------------ conflicts

    def _resolve(self, summary: PullSummary) -> None:
        """Ask about each conflict; keep the site's versions here, overwrite in a worker."""
        overwrite: list[tuple[str, dict]] = []
        lines = [self.message.text()]
        for article_id in summary.conflicts:
            post = summary.conflict_posts[article_id]
            local = self.library.load_article(article_id)
            link = site_links.link_for_article(self.library, self.site_name, article_id)
            conflict = ConflictError(self.site_name, local, post, link.modified_gmt if link else "")
            choice = self.choose(self, conflict)
            if choice is Choice.TAKE_SITE:
                take_site_version(self.library, self.site_name, article_id, post)
                lines.append(self.tr("“%1”: the site's version was kept as a new revision.")
                             .replace("%1", local.title))
            elif choice is Choice.OVERWRITE:
                overwrite.append((article_id, post))
            else:
                lines.append(self.tr("“%1”: left as it is here and on the site.")
                             .replace("%1", local.title))
        self.message.setText("\n".join(lines))
        if overwrite:
            self._overwrite(overwrite)

    def _overwrite(self, todo: list[tuple[str, dict]]) -> None:
        site_name, password = self.site_name, self.password

        def work(library: Library, report, cancelled) -> list[object]:
            outcomes: list[object] = []
            found, client = sites.client_for(library, site_name, password)
            with client:
                for n, (article_id, post) in enumerate(todo):
                    try:
                        outcomes.append(publish_article(
                            library, found, client, article_id, keeping_the_post(post)))
                    except HubDeskError as exc:
                        outcomes.append(exc)
                    report(n + 1, len(todo))
            return outcomes

        self.pull_button.setEnabled(False)
        self.task = SiteTask(self.library.path, work)
        self.task.finished_with.connect(self._overwritten)
        self.task.start()

    def _overwritten(self, outcomes: list[object] | None, error: BaseException | None) -> None:
        if self.task is not None:
            self.task.wait()
        self.pull_button.setEnabled(True)
        lines = [self.message.text()]
        for outcome in (outcomes or []) if error is None else [error]:
            if isinstance(outcome, PublishResult):
                lines.append(self.tr("“%1”: the site now has this version (post %2).")
                             .replace("%1", outcome.title).replace("%2", str(outcome.post_id)))
            elif isinstance(outcome, BaseException):
                lines.append(error_message(outcome))
        self.message.setText("\n".join(lines))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self.task is not None and self.task.isRunning():
            self.task.cancel.set()
            self.task.wait()
        super().done(result)
