"""File ▸ WordPress Sites…: the sites to publish to; adding one checks its password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import sites
from hubdesk.publish.sites import AddedSite
from hubdesk.ui.publish.site_task import SiteTask
from hubdesk.ui.shell.error_text import error_message


class SitesDialog(QDialog):
    """The list of sites, Remove, and a form to add one (checked with the site first)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.task: SiteTask | None = None
        self.setWindowTitle(self.tr("WordPress Sites"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.site_list = QListWidget()
        layout.addWidget(self.site_list)
        self.remove_button = QPushButton(self.tr("&Remove Site"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button)
        box = QGroupBox(self.tr("Add a site"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("a short name, e.g. blog"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://example.org")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Users ▸ Profile ▸ Application Passwords"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Application &password:"), self.password_edit)
        self.add_button = QPushButton(self.tr("Check and &Add"))
        self.add_button.clicked.connect(self.add)
        form.addRow(self.add_button)
        layout.addWidget(box)
        self.message = QLabel(self.tr(
            "The password is checked with the site, then kept in the system keyring, "
            "never in the library."
        ))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.site_list.clear()
        for site in site_links.list_sites(self.library):
            item = QListWidgetItem(f"{site.name} — {site.url} ({site.user})")
            item.setData(256, site.name)
            self.site_list.addItem(item)
        self.remove_button.setEnabled(self.site_list.count() > 0)

    def add(self) -> None:
        name, url = self.name_edit.text().strip(), self.url_edit.text().strip()
        user, password = self.user_edit.text().strip(), self.password_edit.text().strip()

        def work(library: Library, _report, _cancelled) -> AddedSite:
            return sites.add_site(library, name, url, user, password)

        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Checking the password with the site…"))
        self.task = SiteTask(self.library.path, work)
        self.task.finished_with.connect(self._added)
        self.task.start()

    def _added(self, added: AddedSite | None, error: BaseException | None) -> None:
        if self.task is not None:
            self.task.wait()
        self.add_button.setEnabled(True)
        if error is not None:
            self.message.setText(error_message(error))
            return
        assert added is not None
        self.password_edit.clear()
        self.refresh()
        kept = (
            self.tr("The password is in the system keyring.") if added.in_keyring
            else self.tr("No keyring on this computer: the password was not kept; "
                         "HubDesk will ask for it (or set HUBDESK_SITE_PASSWORD).")
        )
        self.message.setText(
            self.tr("Added %1 as %2.").replace("%1", added.site.name)
            .replace("%2", added.display_name) + " " + kept
        )

    def remove_selected(self) -> None:
        item = self.site_list.currentItem() or self.site_list.item(0)
        if item is None:
            return
        name = str(item.data(256))
        try:
            sites.remove_site(self.library, name)
        except HubDeskError as exc:
            self.message.setText(error_message(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Removed %1.").replace("%1", name))

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self.task is not None and self.task.isRunning():
            self.task.wait()
        super().done(result)
