"""One offline-browsing rule for the preview and the reader: what loads, and the link question."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.reader.reader_view import ReaderView
from hubdesk.ui.shell import offline_policy
from hubdesk.ui.shell.settings import Settings
from tests import corpus

# A real 1x1 PNG, as a data: URL.
PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
IMAGE = QTextDocument.ResourceType.ImageResource

URLS = [
    ("https://example.org/x.png", False),
    ("http://example.org/x.png", False),
    ("ftp://example.org/x.png", False),
    ("//example.org/x.png", False),
    ("file://server/share/x.png", False),  # a host: a network share
    ("data:text/html,<b>x</b>", False),
    ("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", False),
    (f"data:image/png;base64,{PNG}", True),
    ("images/chart.png", True),
    ("file:///tmp/chart.png", True),
    ("qrc:/icons/x.png", True),
]


@pytest.fixture
def views(qtbot, library, tmp_path):
    article = corpus.make_article(300, seed=3, language="en")
    library.save_article(article)
    preview = Preview()
    qtbot.addWidget(preview)
    preview.show_article(article)
    reader = ReaderView(library, Settings(QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(reader)
    reader.open_article(article.id)
    return preview, reader


@pytest.mark.parametrize(("url", "allowed"), URLS)
def test_the_rule(url, allowed) -> None:
    assert offline_policy.may_load(QUrl(url)) is allowed


@pytest.mark.parametrize(("url", "allowed"), [u for u in URLS if not u[1]])
def test_both_views_refuse_the_same_resources(views, url, allowed) -> None:
    preview, reader = views
    assert preview.loadResource(IMAGE, QUrl(url)) is None
    assert reader.browser.loadResource(IMAGE, QUrl(url)) is None
    assert QUrl(url).toString() in reader.browser.refused_urls


def test_both_views_show_a_data_image(views) -> None:
    preview, reader = views
    url = QUrl(f"data:image/png;base64,{PNG}")
    for loaded in (preview.loadResource(IMAGE, url), reader.browser.loadResource(IMAGE, url)):
        assert isinstance(loaded, QImage) and (loaded.width(), loaded.height()) == (1, 1)
    assert base64.b64decode(PNG).startswith(b"\x89PNG")


def test_both_views_ask_the_same_question_before_opening_a_link(views, monkeypatch) -> None:
    preview, reader = views
    asked: list[tuple[str, str]] = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open] * 2)

    def question(parent, title, text, buttons, default):
        asked.append((title, text))
        assert default == QMessageBox.StandardButton.Cancel
        return next(answers)

    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    for anchors in (preview.anchorClicked, reader.browser.anchorClicked):
        anchors.emit(QUrl("https://example.org/a"))  # cancelled
        anchors.emit(QUrl("https://example.org/a"))  # opened
        anchors.emit(QUrl("file:///etc/passwd"))  # never asked, never opened
    assert opened == ["https://example.org/a"] * 2
    expected = ("Open link in browser?", "Open this address in your web browser?\n\nhttps://example.org/a")
    assert asked == [expected] * 4
