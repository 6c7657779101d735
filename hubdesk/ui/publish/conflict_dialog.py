"""The post changed on the site: both versions side by side, and the user's choice."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from hubdesk.formats.render import RenderOptions, remote_images_as_placeholders, render_article_body
from hubdesk.model.article import Article


class Choice(Enum):
    CANCEL = "cancel"
    OVERWRITE = "overwrite"  # send this version over the site's
    TAKE_SITE = "take_site"  # keep the site's version as the article's new revision


def _page(article: Article) -> str:
    body = render_article_body(article, RenderOptions(include_back_to_top=False))
    return remote_images_as_placeholders(body)  # nothing is fetched to show it


class ConflictDialog(QDialog):
    """Local and site versions side by side; Overwrite / Keep the site's version / Cancel."""

    def __init__(self, site: str, local: Article, remote: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.CANCEL
        self.setWindowTitle(self.tr("The post changed on the site"))
        self.resize(980, 620)
        grid = QGridLayout(self)
        intro = QLabel(self.tr(
            "“%1” was changed on %2 since it was last published or pulled. "
            "Nothing has been sent. Which version should stay?"
        ).replace("%1", local.title).replace("%2", site))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 2)
        for column, text in enumerate((self.tr("In HubDesk"), self.tr("On the site (%1)").replace("%1", site))):
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 1, column)
        self.local_view = QTextBrowser()
        self.local_view.setOpenLinks(False)
        self.local_view.setHtml(_page(local))
        self.site_view = QTextBrowser()
        self.site_view.setOpenLinks(False)
        self.site_view.setHtml(_page(remote))
        grid.addWidget(self.local_view, 2, 0)
        grid.addWidget(self.site_view, 2, 1)
        buttons = QDialogButtonBox()
        self.overwrite_button = QPushButton(self.tr("&Overwrite the Site"))
        self.overwrite_button.setToolTip(self.tr("Publish the HubDesk version over the site's"))
        self.take_button = QPushButton(self.tr("&Keep the Site's Version"))
        self.take_button.setToolTip(self.tr(
            "Make the site's version the article's newest revision (History keeps this one)"
        ))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        for choice in (self.overwrite_button, self.take_button):  # focus never makes them the default:
            choice.setAutoDefault(False)  # Enter in this dialog never overwrites anything
        self.overwrite_button.clicked.connect(lambda: self._choose(Choice.OVERWRITE))
        self.take_button.clicked.connect(lambda: self._choose(Choice.TAKE_SITE))
        self.cancel_button.clicked.connect(self.reject)
        grid.addWidget(buttons, 3, 0, 1, 2)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
