"""Local images in the preview and the reader: found in the library's images folder.

A relative image path (``![Photo](photo-3f2a9c01d4.png)``) names a file in the
library's images folder (``hubdesk.export.library_images``); it is looked up there
and nowhere else (``export.images.local_image`` refuses ``..`` and SVG), and
shown no wider than :data:`MAX_WIDTH` pixels. Remote images never get here: the
renderer has already replaced them with their "▣ alt · host" placeholder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage

from hubdesk.export.images import local_image

log = logging.getLogger(__name__)

MAX_WIDTH = 480  # pixels: a photo fits the preview column
MIN_WIDTH = 240  # a narrower view is one not laid out yet...
UNLAID_WIDTH = 260  # ...whose images get this width (a narrow preview column)


def is_relative(url: QUrl) -> bool:
    """A path with no scheme and no leading slash (an attachment's name)."""
    return url.isRelative() and not url.host() and bool(url.path()) and not url.path().startswith("/")


def library_image(url: QUrl, folder: Path | None, width: int = MAX_WIDTH) -> QImage | None:
    """The picture a relative ``url`` names in ``folder``, no wider than ``width`` (and
    :data:`MAX_WIDTH`); None if there is none."""
    path = local_image(url.path(), folder) if folder is not None else None
    if path is None:
        return None
    image = QImage(str(path))
    if image.isNull():
        log.info("Image %s could not be read", path)
        return None
    width = min(width, MAX_WIDTH) if width >= MIN_WIDTH else UNLAID_WIDTH
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return image
