"""What a HubDesk page may load and which links it may open: one rule for the preview and the reader.

Nothing leaves the machine. A page loads only what is already on it:

- local files (a relative path, or a ``file:`` URL with no host: a host would be a
  network share) and Qt resources (``qrc:``);
- ``data:`` images (PNG, JPEG, GIF, WebP, BMP): the picture is inside the text
  itself, so showing it fetches nothing; other ``data:`` content (SVG, HTML…) is
  refused, as it could carry markup of its own. (The renderer's sanitiser removes
  ``data:`` sources from articles today; this rule is what a page accepts if one
  comes through, and it is the same in both views.)

Everything else (``http``, ``https``, ``ftp``, any host) is refused, never fetched.
A click on a web or mail link opens it in the user's browser only after
:func:`ask_to_open` says yes; a ``#fragment`` link stays inside the page.
"""

from __future__ import annotations

import base64
import binascii
import logging
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"", "file", "qrc"})
DATA_IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"})
EXTERNAL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_DATA_BYTES = 8 * 1024 * 1024  # a picture inside the text, not a smuggled file


def _data_type(url: QUrl) -> str:
    """The media type of a ``data:`` URL (``image/png``), lower-case."""
    head = url.path().split(",", 1)[0]
    return head.split(";", 1)[0].strip().lower()


def may_load(url: QUrl) -> bool:
    """Whether a page may load the resource at ``url`` (see the module's rule)."""
    scheme = url.scheme().lower()
    if scheme == "data":
        return _data_type(url) in DATA_IMAGE_TYPES
    if url.host():
        return False
    if scheme in ("", "file"):
        return bool(url.path())
    return scheme in LOCAL_SCHEMES


def is_data(url: QUrl) -> bool:
    """A ``data:`` URL: its content is in the URL itself (Qt's browser does not decode it)."""
    return url.scheme().lower() == "data"


def data_image(url: QUrl) -> QImage | None:
    """The picture held in an allowed ``data:`` URL, decoded here; None if it is not one."""
    if not (is_data(url) and may_load(url)):
        return None
    header, _, payload = url.toString(QUrl.ComponentFormattingOption.FullyEncoded).partition(",")
    if len(payload) > MAX_DATA_BYTES * 4 // 3 + 4:
        log.info("Refused a data: image larger than %d bytes", MAX_DATA_BYTES)
        return None
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode(unquote_to_bytes(payload), validate=False)
        else:
            data = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def is_page_anchor(url: QUrl) -> bool:
    """A link to a place in the same page (``#top``)."""
    return url.scheme() in ("", "file") and url.hasFragment() and not url.path()


def is_external_link(url: QUrl) -> bool:
    """A web or mail link, which opens in the user's browser after confirmation."""
    return url.scheme().lower() in EXTERNAL_LINK_SCHEMES


def ask_to_open(parent: QWidget | None, url: QUrl) -> bool:
    """The one "open this link in your browser?" question; True when the user says Open."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OfflinePolicy", "Open link in browser?"),
        QCoreApplication.translate(
            "OfflinePolicy", "Open this address in your web browser?\n\n%1"
        ).replace("%1", url.toString()),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open


def open_in_browser(url: QUrl) -> None:
    """Hand a confirmed external link to the desktop's browser or mail program."""
    log.info("Opening %s in the browser", url.toString())
    QDesktopServices.openUrl(url)
