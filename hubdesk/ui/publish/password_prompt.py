"""The site's password for this once, when no keyring keeps it (never stored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from hubdesk.library.site_links import SiteRow
from hubdesk.publish import credentials


def password_or_ask(parent: QWidget | None, site: SiteRow) -> str | None:
    """The keyring's (or HUBDESK_SITE_PASSWORD's) password, else the one the user types;
    None when the user cancels."""
    found = credentials.find_password(site.name, site.user)
    if found:
        return found
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PasswordPrompt", "Application password"),
        QCoreApplication.translate(
            "PasswordPrompt",
            "No keyring keeps the password of %1 on this computer.\nApplication password for %2:",
        ).replace("%1", site.name).replace("%2", site.user),
        QLineEdit.EchoMode.Password,
    )
    return text.strip() if ok and text.strip() else None
