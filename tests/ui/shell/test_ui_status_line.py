"""The status bar's labels change without laying the bar out again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from tests.ui_helpers import make_settings, open_window, put_cursor_in


class _Requests(QObject):
    def __init__(self, kind: QEvent.Type = QEvent.Type.LayoutRequest) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == self.kind:
            self.count += 1
        return False


def _fits(label) -> bool:
    return label.width() >= label.sizeHint().width() and label.isVisible()


def test_new_texts_of_the_same_width_repaint_the_labels_only(qtbot, library, tmp_path):
    """Moving between sections, renaming and moving one change the part label and the
    word count; the status bar is not laid out again while no label needs another
    width, and the labels on the right stay where they are."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    status = window.status_line
    bar = window.statusBar()
    label = status.part_label
    put_cursor_in(window, 1)
    window.editor.insertPlainText(" mot")  # the save label says "unsaved" from now on
    qtbot.wait(1)
    words = status.words_label.text()
    right = [status.words_label, status.save_label]
    places = [w.parentWidget().geometry() for w in right]
    requests = _Requests()
    bar.installEventFilter(requests)
    sections = window.session.article.sections
    put_cursor_in(window, 3)  # part 3: section 2
    qtbot.wait(1)
    assert label.text() == sections[2].heading
    window.editor.insertPlainText(" neuf")  # one more word: the same number of digits
    qtbot.wait(1)
    assert status.words_label.text() != words
    assert len(status.words_label.text()) == len(words)
    long_name = ("A much longer heading " * 4).strip()
    window.navigator.edits.rename_section(2, long_name)
    qtbot.wait(1)
    assert label.text() == long_name
    paints = _Requests(QEvent.Type.Paint)
    for widget in right:
        widget.installEventFilter(paints)
    window.navigator.move_current(-1)  # the same name, words and save state after it
    qtbot.wait(1)
    assert paints.count == 0  # the labels on the right: not repainted
    assert label.text() == long_name
    assert window.session.article.sections[1].heading == long_name
    assert requests.count == 0
    assert [w.parentWidget().geometry() for w in right] == places
    assert all(_fits(w) for w in (label, *right))
    assert label.parentWidget().parentWidget() is bar


def test_a_label_needing_more_room_gets_it(qtbot, library, tmp_path):
    """A longer text that needs a wider label lays the bar out again: all of it shows."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    status = window.status_line
    put_cursor_in(window, 1)
    qtbot.wait(1)
    before = status.words_label.width()
    window.editor.insertPlainText(" " + " ".join(["mot"] * 123_456))
    qtbot.waitUntil(lambda: "123" in status.words_label.text().replace(",", "").replace("\u202f", ""))
    qtbot.waitUntil(lambda: status.words_label.width() > before)
    assert _fits(status.words_label)
    window.editor.selectAll()
    qtbot.waitUntil(lambda: status.selection_label.text() != "")
    qtbot.waitUntil(lambda: _fits(status.selection_label))
    assert _fits(status.words_label) and _fits(status.part_label)
