"""The source-credit panel, driven as a writer would: buttons, typing in cells, drops, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QUndoStack
from PySide6.QtWidgets import QLineEdit, QToolButton

from hubdesk.model.article import Article, Credit, Disclosure
from hubdesk.ui.credits.credit_editor import CreditEditor
from hubdesk.ui.credits.credit_paste_dialog import CreditPasteDialog
from hubdesk.ui.credits.credit_table_model import CreditColumn
from hubdesk.ui.credits.disclosure_editor import DisclosureEditor
from hubdesk.ui.editor.metadata_panel import MetadataPanel

TECHCRUNCH_PRINTED = (
    "What is Mistral AI? Everything to know about the OpenAI competitor"
    " – Anna Heim – TechCrunch (09/09/2025)"
)


def techcrunch() -> Credit:
    return Credit(
        title="What is Mistral AI? Everything to know about the OpenAI competitor",
        author="Anna Heim",
        outlet="TechCrunch",
        date=date(2025, 9, 9),
        url="https://techcrunch.com/2025/09/09/what-is-mistral-ai/",
    )


def abc_article() -> Article:
    return Article(
        title="Mistral AI",
        credits=[Credit(title="A"), Credit(title="B"), Credit(title="C")],
    )


def titles(article: Article) -> list[str]:
    return [c.title for c in article.credits]


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def editor(qtbot, stack: QUndoStack) -> CreditEditor:
    widget = CreditEditor(stack)
    qtbot.addWidget(widget)
    widget.resize(1000, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button_for(editor: CreditEditor, action) -> QToolButton:
    for button in editor.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise AssertionError(f"no button for {action.text()}")


def type_into_cell(qtbot, editor: CreditEditor, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, replace its text and press Enter."""
    view = editor.view()
    index = editor.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    line = view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


# ------------------------------------------------------------------ printed column


def test_printed_column_shows_the_credit_in_the_house_format(editor: CreditEditor) -> None:
    described = Credit(
        title="Déclarations et soutien d’Emmanuel Macron sur l’écosystème IA français",
        description="Références à des actualités publiques et discours officiels",
    )
    editor.set_article(Article(title="Mistral", language="fr", credits=[techcrunch(), described]))
    model = editor.model()
    assert model.index(0, CreditColumn.PRINTED).data() == TECHCRUNCH_PRINTED
    assert model.index(1, CreditColumn.PRINTED).data() == (
        "Déclarations et soutien d’Emmanuel Macron sur l’écosystème IA français"
        " – Références à des actualités publiques et discours officiels"
    )
    assert model.index(0, CreditColumn.DATE).data() == "09/09/2025"
    assert model.headerData(CreditColumn.PRINTED, Qt.Orientation.Horizontal) == "As printed"
    assert not model.flags(model.index(0, CreditColumn.PRINTED)) & Qt.ItemFlag.ItemIsEditable
    editor.select_rows([0])
    assert editor.printed_text() == TECHCRUNCH_PRINTED


def test_printed_column_follows_the_article_language(editor: CreditEditor) -> None:
    article = Article(title="Mistral", language="fr", credits=[techcrunch()])
    editor.set_article(article)
    article.language = "en"
    editor.refresh()
    assert editor.model().index(0, CreditColumn.PRINTED).data() == (
        "What is Mistral AI? Everything to know about the OpenAI competitor"
        " – Anna Heim – TechCrunch (Sep 9, 2025)"
    )
    assert editor.model().index(0, CreditColumn.DATE).data() == "2025-09-09"
    assert editor.model().placeholder(CreditColumn.DATE) == "YYYY-MM-DD"


def test_printed_credit_and_disclosure_follow_a_language_change_in_the_metadata_panel(
    qtbot, editor: CreditEditor, stack: QUndoStack
) -> None:
    article = Article(
        title="Mistral", language="fr", credits=[techcrunch()],
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil"),
    )
    metadata = MetadataPanel(stack)
    disclosure = DisclosureEditor(stack)
    qtbot.addWidget(metadata)
    qtbot.addWidget(disclosure)
    for panel in (editor, metadata, disclosure):
        panel.set_article(article)
    assert disclosure.sentence_label.text() == (
        "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil."
    )
    editor.select_rows([0])
    assert editor.printed_text() == TECHCRUNCH_PRINTED
    metadata.show()
    qtbot.keyClick(metadata.language_combo, Qt.Key.Key_Down)
    assert article.language == "en"
    assert editor.model().index(0, CreditColumn.PRINTED).data().endswith("(Sep 9, 2025)")
    assert editor.printed_text().endswith("– TechCrunch (Sep 9, 2025)")
    assert editor.model().index(0, CreditColumn.DATE).data() == "2025-09-09"
    assert disclosure.sentence_label.text() == "Article written by an AI, Chappie, of Groupe Floteuil."
    stack.undo()
    assert editor.printed_text() == TECHCRUNCH_PRINTED
    assert disclosure.sentence_label.text().startswith("Article au contenu rédigé par une IA")


def test_refresh_shows_credits_changed_elsewhere(editor: CreditEditor) -> None:
    article = abc_article()
    editor.set_article(article)
    article.credits.append(Credit(title="D"))
    del article.credits[0]
    editor.refresh()
    assert editor.model().rowCount() == 3
    assert [editor.model().index(r, CreditColumn.TITLE).data() for r in range(3)] == ["B", "C", "D"]
    assert editor._count_label.text() == "3 credits"


# ------------------------------------------------------------------ add and edit


def test_add_by_button_then_type_each_cell(qtbot, editor: CreditEditor, stack: QUndoStack) -> None:
    article = Article(title="Mistral")
    editor.set_article(article)
    assert editor._hint.isVisible()
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(button_for(editor, editor.add_action), Qt.MouseButton.LeftButton)
    assert len(article.credits) == 1
    assert editor.selected_rows() == [0]
    assert not editor._hint.isVisible()
    empty = editor.model().index(0, CreditColumn.PRINTED)
    assert empty.data() == "(empty: not printed)"
    assert empty.data(Qt.ItemDataRole.FontRole).italic()
    # The title cell is open for typing straight away.
    title_editor = editor.view().indexWidget(editor.model().index(0, CreditColumn.TITLE))
    assert isinstance(title_editor, QLineEdit)
    qtbot.keyClicks(title_editor, "What is Mistral AI? Everything to know about the OpenAI competitor")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    type_into_cell(qtbot, editor, 0, CreditColumn.AUTHOR, "Anna Heim")
    type_into_cell(qtbot, editor, 0, CreditColumn.OUTLET, "TechCrunch")
    type_into_cell(qtbot, editor, 0, CreditColumn.DATE, "9/9/2025")
    type_into_cell(qtbot, editor, 0, CreditColumn.URL, "https://techcrunch.com/")
    type_into_cell(qtbot, editor, 0, CreditColumn.NOTE, "  paywalled  ")
    assert article.credits[0] == Credit(
        title="What is Mistral AI? Everything to know about the OpenAI competitor",
        author="Anna Heim", outlet="TechCrunch", date=date(2025, 9, 9),
        url="https://techcrunch.com/", note="paywalled",
    )
    assert editor.model().index(0, CreditColumn.PRINTED).data() == TECHCRUNCH_PRINTED
    assert editor.printed_text() == TECHCRUNCH_PRINTED
    assert stack.count() == 7  # add + six cell edits
    # Undo walks back cell by cell, then removes the credit.
    stack.undo()
    assert article.credits[0].note == ""
    stack.undo()
    assert article.credits[0].url == ""
    stack.undo()
    assert article.credits[0].date is None
    assert editor.model().index(0, CreditColumn.DATE).data() == ""
    for _ in range(4):
        stack.undo()
    assert article.credits == []
    assert editor.model().rowCount() == 0
    for _ in range(7):
        stack.redo()
    assert article.credits[0].date == date(2025, 9, 9)
    assert editor.model().index(0, CreditColumn.PRINTED).data() == TECHCRUNCH_PRINTED


def test_typing_the_same_value_adds_no_undo_step(editor: CreditEditor, stack: QUndoStack) -> None:
    article = Article(title="Mistral", credits=[techcrunch()])
    editor.set_article(article)
    model = editor.model()
    assert model.setData(model.index(0, CreditColumn.DATE), "2025-09-09")
    assert model.setData(model.index(0, CreditColumn.AUTHOR), "Anna Heim ")
    assert stack.count() == 0


@pytest.mark.parametrize(
    ("typed", "expected_in_message"),
    [
        ("31/02/2025", "“31/02/2025” is not a day of the calendar"),
        ("next week", "“next week” is not a date. Type it as DD/MM/YYYY"),
    ],
)
def test_invalid_date_is_refused_with_a_message_and_the_old_date_kept(
    qtbot, editor: CreditEditor, stack: QUndoStack, typed: str, expected_in_message: str
) -> None:
    article = Article(title="Mistral", credits=[techcrunch()])
    editor.set_article(article)
    with qtbot.waitSignal(editor.model().edit_refused) as refused:
        type_into_cell(qtbot, editor, 0, CreditColumn.DATE, typed)
    assert refused.args[1:] == [0, int(CreditColumn.DATE)]
    assert article.credits[0].date == date(2025, 9, 9)
    assert editor.model().index(0, CreditColumn.DATE).data() == "09/09/2025"
    assert expected_in_message in editor.message()
    assert editor._message.isVisible()
    assert stack.count() == 0
    # A good value afterwards clears the message.
    type_into_cell(qtbot, editor, 0, CreditColumn.DATE, "10/09/2025")
    assert article.credits[0].date == date(2025, 9, 10)
    assert editor.message() == ""


@pytest.mark.parametrize(
    ("typed", "expected_in_message"),
    [
        ("javascript:alert(1)", "a credit link must start with http:// or https://"),
        ("techcrunch.com/mistral", "a credit link must start with http:// or https://"),
        ("https://", "has no valid host name"),
        ("https://tech crunch.com", "it contains spaces"),
    ],
)
def test_invalid_url_is_refused_with_a_message_and_the_old_url_kept(
    editor: CreditEditor, stack: QUndoStack, typed: str, expected_in_message: str
) -> None:
    article = Article(title="Mistral", credits=[techcrunch()])
    editor.set_article(article)
    model = editor.model()
    assert model.setData(model.index(0, CreditColumn.URL), typed, Qt.ItemDataRole.EditRole) is False
    assert article.credits[0].url == "https://techcrunch.com/2025/09/09/what-is-mistral-ai/"
    assert expected_in_message in editor.message()
    assert stack.count() == 0


def test_cell_editor_marks_a_bad_date_while_typing(qtbot, editor: CreditEditor) -> None:
    editor.set_article(Article(title="Mistral", credits=[techcrunch()]))
    view = editor.view()
    index = editor.model().index(0, CreditColumn.DATE)
    view.edit(index)
    line = view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    assert line.placeholderText() == "DD/MM/YYYY"
    line.clear()
    qtbot.keyClicks(line, "32/01")
    assert line.property("invalid") is True
    assert "is not a date" in line.toolTip()
    qtbot.keyClicks(line, "/2025")
    assert line.property("invalid") is True
    line.setText("31/01/2025")
    assert line.property("invalid") is False
    assert line.toolTip() == ""


# ------------------------------------------------------------------ reorder


def test_move_up_and_down_by_buttons_and_undo(qtbot, editor: CreditEditor, stack: QUndoStack) -> None:
    article = abc_article()
    editor.set_article(article)
    editor.select_rows([2])
    assert not editor.move_down_action.isEnabled()
    up = button_for(editor, editor.move_up_action)
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert titles(article) == ["A", "C", "B"]
    assert editor.selected_rows() == [1]  # the selection follows the moved credit
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert titles(article) == ["C", "A", "B"]
    assert editor.selected_rows() == [0]
    assert not editor.move_up_action.isEnabled()
    qtbot.mouseClick(button_for(editor, editor.move_down_action), Qt.MouseButton.LeftButton)
    assert titles(article) == ["A", "C", "B"]
    assert [editor.model().index(r, CreditColumn.TITLE).data() for r in range(3)] == ["A", "C", "B"]
    stack.undo()
    assert titles(article) == ["C", "A", "B"]
    stack.undo()
    stack.undo()
    assert titles(article) == ["A", "B", "C"]
    stack.redo()
    assert titles(article) == ["A", "C", "B"]
    assert [editor.model().index(r, CreditColumn.TITLE).data() for r in range(3)] == ["A", "C", "B"]


def test_moving_several_selected_credits_keeps_their_order(editor: CreditEditor) -> None:
    article = Article(title="x", credits=[Credit(title=t) for t in "ABCDE"])
    editor.set_article(article)
    editor.select_rows([1, 3])
    editor.move_selected_down()
    assert titles(article) == ["A", "C", "B", "E", "D"]
    assert editor.selected_rows() == [2, 4]
    assert not editor.move_down_action.isEnabled()


def test_keyboard_shortcuts_move_add_and_remove(qtbot, editor: CreditEditor) -> None:
    article = abc_article()
    editor.set_article(article)
    view = editor.view()
    editor.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    editor.select_rows([0])
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(article) == ["B", "A", "C"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert titles(article) == ["B", "C"]
    assert editor.selected_rows() == [1]  # the selection moves to the next credit
    editor.select_rows([0])
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert titles(article) == ["B", "", "C"]


def test_drop_moves_the_dragged_credits(editor: CreditEditor, stack: QUndoStack) -> None:
    article = abc_article()
    editor.set_article(article)
    model = editor.model()
    # Drag A and drop it below C, between rows, as the view reports it.
    mime = model.mimeData([model.index(0, c) for c in range(model.columnCount())])
    assert mime.text() == "A"
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, -1, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, -1, QModelIndex())
    assert titles(article) == ["B", "C", "A"]
    # After a move-drop the view asks the model to remove the source rows: refused.
    assert model.removeRows(0, 1) is False
    assert titles(article) == ["B", "C", "A"]
    # A drop onto a cell puts the credits before that row.
    mime = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(1, 2))
    assert titles(article) == ["B", "A", "C"]
    # Qt's moveRows, as an internal-move view calls it.
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert titles(article) == ["C", "B", "A"]
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # no change
    assert stack.count() == 3
    stack.undo()
    assert titles(article) == ["B", "A", "C"]
    stack.undo()
    stack.undo()
    assert titles(article) == ["A", "B", "C"]
    stack.redo()
    assert titles(article) == ["B", "C", "A"]


def test_drop_from_another_article_is_refused(editor: CreditEditor) -> None:
    other = CreditEditor(QUndoStack())
    other.set_article(abc_article())
    mime = other.model().mimeData([other.model().index(0, 0)])
    article = abc_article()
    editor.set_article(article)
    assert not editor.model().canDropMimeData(mime, Qt.DropAction.MoveAction, 0, -1, QModelIndex())
    assert not editor.model().dropMimeData(mime, Qt.DropAction.MoveAction, 0, -1, QModelIndex())
    assert titles(article) == ["A", "B", "C"]
    other.deleteLater()


# ------------------------------------------------------------------ remove


def test_remove_selected_credits_and_undo(qtbot, editor: CreditEditor, stack: QUndoStack) -> None:
    article = abc_article()
    originals = list(article.credits)
    editor.set_article(article)
    assert not editor.remove_action.isEnabled()
    editor.select_rows([0, 2])
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(button_for(editor, editor.remove_action), Qt.MouseButton.LeftButton)
    assert titles(article) == ["B"]
    assert editor._count_label.text() == "1 credit"
    stack.undo()
    assert titles(article) == ["A", "B", "C"]
    assert all(a is b for a, b in zip(article.credits, originals, strict=True))
    assert editor._count_label.text() == "3 credits"
    stack.redo()
    assert titles(article) == ["B"]
    assert editor.model().rowCount() == 1


# ------------------------------------------------------------------ paste credit lines


def test_paste_credit_lines_adds_parsed_credits_in_one_step(editor: CreditEditor, stack: QUndoStack) -> None:
    article = abc_article()
    editor.set_article(article)
    editor.select_rows([0])
    added = editor.add_credit_lines(
        "  • " + TECHCRUNCH_PRINTED + "\n\n"
        "• Ressources sur les concurrents européens de l’IA – Études sectorielles, articles spécialisés\n"
    )
    assert added == 2
    assert titles(article)[:3] == ["A", TECHCRUNCH_PRINTED.split(" – ")[0],
                                   "Ressources sur les concurrents européens de l’IA"]
    assert article.credits[1] == Credit(
        title="What is Mistral AI? Everything to know about the OpenAI competitor",
        author="Anna Heim", outlet="TechCrunch", date=date(2025, 9, 9),
    )
    assert article.credits[2].description == "Études sectorielles, articles spécialisés"
    assert editor.selected_rows() == [1, 2]
    stack.undo()
    assert titles(article) == ["A", "B", "C"]


def test_paste_dialog_is_prefilled_from_the_clipboard_and_previews(qtbot, editor: CreditEditor) -> None:
    article = Article(title="Mistral", language="en")
    editor.set_article(article)
    QGuiApplication.clipboard().setText(TECHCRUNCH_PRINTED)
    seen: list[object] = []

    def answer() -> None:
        dialog = editor.findChild(CreditPasteDialog, "pasteCreditDialog")
        assert dialog is not None
        seen.append(dialog.text_edit.toPlainText())
        # How the line is read, printed in the article's language.
        seen.append([dialog.preview.item(i).text() for i in range(dialog.preview.count())])
        dialog.text_edit.setPlainText("\n   \n•  \n")
        seen.append((dialog.add_button.isEnabled(), dialog._summary.text()))
        dialog.text_edit.setPlainText("  " + TECHCRUNCH_PRINTED + "\n• Second source – Someone – Outlet")
        seen.append(dialog.add_button.isEnabled())
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    editor.paste_action.trigger()
    assert seen == [
        TECHCRUNCH_PRINTED,
        [TECHCRUNCH_PRINTED.replace("(09/09/2025)", "(Sep 9, 2025)")],
        (False, "No credit recognised yet."),
        True,
    ]
    assert titles(article) == [
        "What is Mistral AI? Everything to know about the OpenAI competitor", "Second source",
    ]
    assert editor.model().index(1, CreditColumn.OUTLET).data() == "Outlet"


def test_cancelling_the_paste_dialog_adds_nothing(qtbot, editor: CreditEditor, stack: QUndoStack) -> None:
    article = abc_article()
    editor.set_article(article)
    QGuiApplication.clipboard().setText(TECHCRUNCH_PRINTED)
    QTimer.singleShot(0, lambda: editor.findChild(CreditPasteDialog).reject())
    editor.paste_action.trigger()
    assert titles(article) == ["A", "B", "C"]
    assert stack.count() == 0


# ------------------------------------------------------------------ narrow panel


def test_narrow_panel_shows_printed_credits_and_a_form(qtbot, editor: CreditEditor, stack: QUndoStack) -> None:
    article = Article(title="Mistral", credits=[techcrunch(), Credit(title="B")])
    editor.set_article(article)
    view = editor.view()
    assert not editor.is_compact()
    assert not editor.details().isVisible()
    editor.resize(380, 520)
    qtbot.waitUntil(editor.is_compact)
    assert [c for c in CreditColumn if not view.isColumnHidden(c)] == [CreditColumn.PRINTED]
    assert editor.details().isVisible()
    assert not editor.details().isEnabled()  # nothing selected yet
    editor.select_rows([0])
    fields = editor.details().fields
    assert fields[CreditColumn.AUTHOR].text() == "Anna Heim"
    assert fields[CreditColumn.DATE].text() == "09/09/2025"
    # Edit a field of the form: written on Enter, through the model, undoable.
    fields[CreditColumn.AUTHOR].setFocus()
    fields[CreditColumn.AUTHOR].selectAll()
    qtbot.keyClicks(fields[CreditColumn.AUTHOR], "A. Heim")
    qtbot.keyClick(fields[CreditColumn.AUTHOR], Qt.Key.Key_Return)
    assert article.credits[0].author == "A. Heim"
    assert view.model().index(0, CreditColumn.PRINTED).data().startswith(
        "What is Mistral AI? Everything to know about the OpenAI competitor – A. Heim –"
    )
    # A bad date stays in the field, marked, with the message; the credit keeps its date.
    date_field = fields[CreditColumn.DATE]
    date_field.setFocus()
    date_field.selectAll()
    qtbot.keyClicks(date_field, "30/02/2025")
    qtbot.keyClick(date_field, Qt.Key.Key_Return)
    assert article.credits[0].date == date(2025, 9, 9)
    assert date_field.text() == "30/02/2025"
    assert date_field.property("invalid") is True
    assert "“30/02/2025” is not a day of the calendar" in editor.message()
    stack.undo()
    assert article.credits[0].author == "Anna Heim"
    assert fields[CreditColumn.AUTHOR].text() == "Anna Heim"
    assert date_field.text() == "09/09/2025"  # the form shows the stored credit again
    # The form follows its credit when the credit moves.
    editor.move_selected_down()
    assert editor.details().row() == 1
    assert fields[CreditColumn.AUTHOR].text() == "Anna Heim"
    # A new credit in a narrow panel is typed in the form.
    editor.add_credit()
    assert fields[CreditColumn.TITLE].text() == ""
    assert editor.details().row() == 2
    editor.resize(1000, 400)
    qtbot.waitUntil(lambda: not editor.is_compact())
    assert not any(view.isColumnHidden(c) for c in CreditColumn)
    assert not editor.details().isVisible()


# ------------------------------------------------------------------ with the library


def test_edits_survive_saving_and_loading_the_article(editor: CreditEditor, library) -> None:
    stored = Article(title="Mistral AI", lead="Lead.", credits=[Credit(title="A"), Credit(title="B")])
    library.save_article(stored)
    article = library.load_article(stored.id)
    editor.set_article(article)
    model = editor.model()
    editor.select_rows([1])
    editor.add_credit()
    for column, text in (
        (CreditColumn.TITLE, "What is Mistral AI? Everything to know about the OpenAI competitor"),
        (CreditColumn.AUTHOR, "Anna Heim"),
        (CreditColumn.OUTLET, "TechCrunch"),
        (CreditColumn.DATE, "09/09/2025"),
        (CreditColumn.URL, "https://techcrunch.com/"),
    ):
        assert model.setData(model.index(2, column), text, Qt.ItemDataRole.EditRole)
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    editor.select_rows([1])
    editor.remove_selected()
    library.save_article(article)
    again = library.load_article(stored.id)
    assert again == article
    assert [c.title for c in again.credits] == [
        "What is Mistral AI? Everything to know about the OpenAI competitor", "B",
    ]
    assert again.credits[0].date == date(2025, 9, 9)
    assert again.credits[0].url == "https://techcrunch.com/"
    editor.set_article(again)
    assert model.index(0, CreditColumn.PRINTED).data() == TECHCRUNCH_PRINTED


def test_icons_follow_the_palette(editor: CreditEditor) -> None:
    before = editor.add_action.icon().pixmap(16, 16).toImage()
    assert not editor.add_action.icon().isNull()
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    editor.setPalette(palette)  # as a switch to the dark theme does
    after = editor.add_action.icon().pixmap(16, 16).toImage()
    assert not after.isNull()
    assert after != before


def test_without_an_article_the_panel_is_inert(editor: CreditEditor) -> None:
    editor.set_article(None)
    assert editor.model().rowCount() == 0
    assert not editor.add_action.isEnabled()
    assert editor.add_credit() == -1
    assert editor.add_credit_lines(TECHCRUNCH_PRINTED) == 0
