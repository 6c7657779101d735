"""Rich paste in the real editor (issue 13, item 3): the clipboard's ``text/html``, as
Chrome, Firefox and Word put it there, pastes as Markdown; Ctrl+Shift+V pastes plain text.

The clipboard contents below are written for these tests in the shapes those programs
use: Chrome's inline styles and leading ``<meta charset>``, Firefox's
``<!--StartFragment-->`` markers, Word's ``<o:p>``, ``Mso`` classes and list spans.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest

from hubdesk.model.article import Article, Section
from tests.ui_helpers import make_settings, open_window

CHROME_HTML = (
    "<meta charset='utf-8'><h2 style=\"color: rgb(32, 33, 36); font-family: Arial;\">"
    "Des réserves sous surveillance</h2><p style=\"margin: 0px;\">Les <strong>communes</strong> "
    "de montagne <em>surveillent</em> leurs <a href=\"https://example.org/eau\" "
    "style=\"color: blue;\">réserves d’eau</a>.</p><ul style=\"padding: 0;\"><li>les retenues</li>"
    "<li>les sources</li></ul>"
)
CHROME_MD = (
    "## Des réserves sous surveillance\n\nLes **communes** de montagne *surveillent* leurs "
    "[réserves d’eau](https://example.org/eau).\n\n- les retenues\n- les sources"
)
FIREFOX_HTML = (
    "<html><body>\n<!--StartFragment--><h3>Why cities plant trees</h3><p>Shade <b>matters</b>."
    "</p><table><tbody><tr><th>City</th><th>Trees</th></tr><tr><td>Lyon</td><td>14</td></tr>"
    "</tbody></table><blockquote><p>A quote.</p></blockquote><!--EndFragment-->\n</body>\n</html>"
)
FIREFOX_MD = (
    "### Why cities plant trees\n\nShade **matters**.\n\n| City | Trees |\n| --- | --- |\n"
    "| Lyon | 14 |\n\n> A quote."
)
WORD_HTML = (
    "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
    "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta name=Generator "
    "content=\"Microsoft Word 15\"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>"
    "<body lang=FR><!--StartFragment--><h1>Titre du dossier<o:p></o:p></h1>"
    "<p class=MsoNormal>Un paragraphe avec du <b>gras</b> et de l’<i>italique</i>.<o:p></o:p></p>"
    "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
    "&nbsp;&nbsp;&nbsp; </span></span><![endif]>premier point<o:p></o:p></p>"
    "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
    "&nbsp;&nbsp;&nbsp; </span></span><![endif]>second point<o:p></o:p></p>"
    "<!--EndFragment--></body></html>"
)
WORD_MD = (
    "# Titre du dossier\n\nUn paragraphe avec du **gras** et de l’*italique*.\n\n"
    "- premier point\n- second point"
)


@pytest.fixture
def window(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = Article(title="Collage", lead="Lead.", sections=[Section("Only", "Start.")])
    library.save_article(article)
    assert window.open_article(article.id)
    found = window.editor.document().find("Start.")
    cursor = QTextCursor(found.block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("\n\n")
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    yield window
    QGuiApplication.clipboard().clear()  # no mime data of ours left to the application's exit


def _clipboard(html: str, text: str) -> None:
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


@pytest.mark.parametrize(("html", "markdown"), [
    (CHROME_HTML, CHROME_MD), (FIREFOX_HTML, FIREFOX_MD), (WORD_HTML, WORD_MD),
], ids=["chrome", "firefox", "word"])
def test_rich_text_pastes_as_markdown(window, qtbot, html, markdown) -> None:
    _clipboard(html, "plain words")
    window.actions_.paste.trigger()
    text = window.editor.toPlainText().rstrip("\n")
    assert text.endswith("Start.\n\n" + markdown)
    window.actions_.undo.trigger()  # one edit: one undo takes it all back
    assert window.editor.toPlainText().rstrip("\n").endswith("Start.")


def test_ctrl_v_and_ctrl_shift_v(window, qtbot) -> None:
    _clipboard(CHROME_HTML, "Des réserves sous surveillance\nLes communes")
    QTest.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText().rstrip("\n").endswith(CHROME_MD)
    QTest.keyClick(window.editor, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.toPlainText().rstrip("\n").endswith(CHROME_MD + "Des réserves sous surveillance\nLes communes")


def test_plain_text_on_the_clipboard_pastes_as_it_is(window) -> None:
    data = QMimeData()
    data.setText("Juste du *texte*.")
    QGuiApplication.clipboard().setMimeData(data)
    window.actions_.paste.trigger()
    assert window.editor.toPlainText().rstrip("\n").endswith("Start.\n\nJuste du *texte*.")
