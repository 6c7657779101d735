"""A paste is held to what an article can hold (``hubdesk.model.bounds``): past a bound
nothing goes in and one line says why; within them a long paste goes in exactly as
Qt would put it, as one undoable edit, coloured in slices as a one-shot colouring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor

from hubdesk.model import bounds
from hubdesk.model.article import Article, Section
from tests.ui.editor.test_ui_highlight_slices import _at_once, _formats, _in_fence
from tests.ui_helpers import make_settings, open_window, record_errors


def _window(qtbot, library, tmp_path, sections: int = 2, body: str = "Text."):
    article = Article(title="Pasted into", lead="A lead.", language="en",
                      sections=[Section(f"Part {n}", body) for n in range(sections)])
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    qtbot.waitUntil(lambda: not window.session.is_loading, timeout=30_000)
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    return window


def _paste(window, text: str, html: str | None = None) -> None:
    data = QMimeData()
    data.setText(text)
    if html is not None:
        data.setHtml(html)
    window.editor.insertFromMimeData(data)


def _past(bound: str) -> str:
    """A text past one bound (and within the others) once pasted into a short article."""
    if bound == "chars":
        line = "word " * 1_900 + "\n\n"  # 9,502 characters a line, 210 lines
        return line * (bounds.MAX_TEXT_CHARS // len(line) + 1)
    if bound == "lines":
        return "x\n" * bounds.MAX_LINES
    if bound == "sections":
        return "".join(f"\n## Part {n}\n" for n in range(bounds.MAX_SECTIONS))
    return "y" * (bounds.MAX_LINE_CHARS + 1)


CODES = {"chars": "paste.text_too_long", "lines": "paste.too_many_lines",
         "sections": "paste.too_many_sections", "line": "paste.line_too_long"}
SAYS = {"chars": "characters of text, more than it can hold (2,000,000)",
        "lines": "lines, more than it can hold (50,000)",
        "sections": "sections, more than it can hold (5,000)",
        "line": "a paragraph of 10,001 characters, longer than a paragraph can be (10,000)"}


@pytest.mark.parametrize("bound", sorted(CODES))
def test_each_bound_is_computed_from_the_text_after_the_paste(bound) -> None:
    text = _past(bound)
    lines = text.count("\n") + 1 + 6  # with a short article's own
    sections = text.count("\n## ") + 2
    assert bounds.paste_error(len(text) + 40, lines, sections, text)[0] == CODES[bound]
    # Just under every bound: nothing to say.
    assert bounds.paste_error(bounds.MAX_TEXT_CHARS, bounds.MAX_LINES, bounds.MAX_SECTIONS,
                              "z" * bounds.MAX_LINE_CHARS) is None


# Rich paste: a page of that many characters or lines is refused by the HTML reader.
CASES = [(bound, how) for bound in sorted(CODES) for how in ("paste", "plain")] + [
    ("sections", "rich"), ("line", "rich")]
RICH = {"sections": lambda: "".join(f"<h2>Part {n}</h2>" for n in range(bounds.MAX_SECTIONS)),
        "line": lambda: "<p>" + "y" * (bounds.MAX_LINE_CHARS + 1) + "</p>"}


@pytest.mark.parametrize(("bound", "how"), CASES)
def test_a_paste_past_a_bound_changes_nothing_and_says_why(qtbot, library, tmp_path,
                                                          monkeypatch, bound, how) -> None:
    shown = record_errors(monkeypatch)
    window = _window(qtbot, library, tmp_path)
    editor = window.editor
    before, undo = editor.toPlainText(), editor.document().availableUndoSteps()
    text = _past(bound)
    if how == "paste":
        _paste(window, text)
    elif how == "plain":
        QGuiApplication.clipboard().setText(text)
        window.rich_paste.paste_plain()
    else:  # the HTML a browser puts beside the text: its Markdown is past the bound
        _paste(window, "plain text beside the page", RICH[bound]())
    assert editor.toPlainText() == before  # byte for byte
    assert editor.document().availableUndoSteps() == undo
    assert len(shown) == 1
    summary, detail = shown[0]
    assert summary == "Nothing was pasted."
    assert SAYS[bound] in detail


def test_a_long_paste_goes_in_as_qt_puts_it_as_one_undo_and_coloured_as_at_once(
        qtbot, library, tmp_path, monkeypatch) -> None:
    shown = record_errors(monkeypatch)
    window = _window(qtbot, library, tmp_path)
    editor = window.editor
    before = editor.toPlainText()
    pasted = "".join(f"\n## Pasted {n}\n\nSome *emphasis*, `code` and a [link](https://e.org).\n"
                     f"```\n# not a heading {n}\n```\n- item {n}\n" for n in range(700))
    _paste(window, pasted)
    assert shown == []
    assert editor.toPlainText() == before + pasted
    qtbot.waitUntil(lambda: window.highlighter.is_coloured(), timeout=30_000)
    reference = _at_once(qtbot, editor.toPlainText())
    assert _formats(editor) == _formats(reference)
    assert _in_fence(editor) == _in_fence(reference)
    assert len(window.session.tracker.parts) == 1 + 2 + 700  # lead, two parts, the pasted
    editor.undo()  # one edit
    assert editor.toPlainText() == before
    editor.redo()
    assert editor.toPlainText() == before + pasted


def test_a_short_paste_is_not_checked_against_more_than_it_adds(qtbot, library, tmp_path,
                                                               monkeypatch) -> None:
    shown = record_errors(monkeypatch)
    window = _window(qtbot, library, tmp_path, sections=3)
    _paste(window, " and a few words")
    assert shown == []
    assert window.editor.toPlainText().endswith("Text.\n and a few words")


@pytest.mark.parametrize("seed", range(4))
def test_a_paste_of_many_lines_is_tracked_as_a_fresh_split(qtbot, library, tmp_path,
                                                           monkeypatch, seed) -> None:
    """A paste over more lines than the tracker walks one by one is read in one call:
    the parts it finds are those of a fresh split, headings, a ``C#`` and all."""
    import random

    from hubdesk.model.document import split_parts
    from hubdesk.ui.editor import part_tracker

    record_errors(monkeypatch)
    rng = random.Random(seed)
    window = _window(qtbot, library, tmp_path)
    editor, tracker = window.editor, window.session.tracker
    kinds = ["Some words.", "- an item", "", "##No", " ## x", "#### deeper", "text ## not"]
    if seed % 2:  # headings among the lines (else only lines that are not one)
        kinds += ["##", "## Why C#", "## Part {n}"]
    lines = [rng.choice(kinds).format(n=n) for n in range(part_tracker.REGION_READ_LINES * 20)]
    cursor = editor.textCursor()
    cursor.setPosition(rng.randrange(editor.document().characterCount()))
    editor.setTextCursor(cursor)
    scans = tracker.full_scans
    _paste(window, "\n".join(lines))
    assert tracker.full_scans == scans  # read as an edit, not the whole text again
    expected = split_parts(editor.toPlainText())
    assert [(p.heading, p.body, p.start_block) for p in tracker.parts] == [
        (p.heading, p.body, p.start_line) for p in expected]
