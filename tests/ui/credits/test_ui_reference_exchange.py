"""Credits from and to reference managers in the Credits panel, in French and English."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hubdesk.citations import read_references
from hubdesk.model.article import Article, Credit
from hubdesk.ui.credits.credit_editor import CreditEditor
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests.citations import zotero_files
from tests.ui_helpers import record_errors

TEXT = {
    "en": {"imported": "2 credits imported from refs.json.", "skipped": "2 malformed entries skipped:",
           "ccc": ": no such date 2024-2-30", "ddd": ": no title", "again": "0 credits imported",
           "already": "2 already in the credits, not added again.", "button": "References",
           "nothing": "No credits were imported.", "bib": "1 malformed entry skipped:",
           "broken": ": malformed BibTeX"},
    "fr": {"imported": "2 crédits importés de refs.json.", "skipped": "2 entrées mal formées ignorées :",
           "ccc": " : date inexistante 2024-2-30", "ddd": " : sans titre", "again": "0 crédit importé",
           "already": "2 déjà dans les crédits, pas ajoutés de nouveau.", "button": "Références",
           "nothing": "Aucun crédit n’a été importé.", "bib": "1 entrée mal formée ignorée :",
           "broken": " : BibTeX mal formé"},
}


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


@pytest.fixture
def panel(qtbot, language):
    stack = QUndoStack()
    widget = CreditEditor(stack)
    qtbot.addWidget(widget)
    widget.show()
    article = Article(title="Trains de nuit", language=language,
                      credits=[Credit(title="Déjà là", outlet="Le Rail")])
    widget.set_article(article)
    return widget, stack, article


def _messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: (
            shown.append((k, text)), QMessageBox.StandardButton.Ok)[1])
    return shown


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_adds_one_undo_step_and_lists_the_skipped(panel, tmp_path, monkeypatch,
                                                         language) -> None:
    editor, stack, article = panel
    t = TEXT[language]
    refs = _file(tmp_path, "refs.json", zotero_files.CSL_JSON)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(refs), ""))
    shown = _messages(monkeypatch)
    exchange = editor.references
    assert exchange.button.isVisible() and exchange.button.text() == t["button"]
    assert exchange.button.menu().actions() == [exchange.import_action, exchange.export_action]
    before = stack.count()
    exchange.import_action.trigger()
    assert [c.title for c in article.credits] == [
        "Déjà là", "Night trains are back", "Sleeper cabins, a guide"]
    assert editor.model().rowCount() == 3
    assert stack.count() == before + 1  # one undo step
    kind, text = shown[-1]
    assert kind == "warning"
    assert text.splitlines()[0] == t["imported"]
    assert t["skipped"] in text
    assert any(line.endswith("CCC" + t["ccc"]) for line in text.splitlines())
    assert any(line.endswith("DDD" + t["ddd"]) for line in text.splitlines())
    stack.undo()
    assert [c.title for c in article.credits] == ["Déjà là"]
    stack.redo()
    assert len(article.credits) == 3

    exchange.import_action.trigger()  # the same file again: nothing added twice
    assert len(article.credits) == 3
    assert shown[-1][1].startswith(t["again"]) and t["already"] in shown[-1][1]

    bib = _file(tmp_path, "refs.bib", zotero_files.BIBTEX)
    assert exchange.import_path(bib) == 3
    assert t["bib"] in shown[-1][1] and t["broken"] in shown[-1][1]
    assert len(article.credits) == 6


def test_unreadable_file_says_so_and_changes_nothing(panel, tmp_path, monkeypatch,
                                                     language) -> None:
    editor, stack, article = panel
    errors = record_errors(monkeypatch)
    shown = _messages(monkeypatch)
    junk = _file(tmp_path, "notes.txt", "Just some notes, no references here.\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    before = stack.count()
    assert editor.references.import_file() == 0
    assert [c.title for c in article.credits] == ["Déjà là"] and stack.count() == before
    assert len(errors) == 1 and errors[0][0] == TEXT[language]["nothing"]
    assert "notes.txt" in errors[0][1] and "\n" not in errors[0][1].strip()
    assert shown == []


@pytest.mark.parametrize(("name", "chosen"), [("out.json", 0), ("out.bib", 1), ("plain", 1)])
def test_export_credits_as_csl_json_or_bibtex(panel, tmp_path, monkeypatch, name, chosen) -> None:
    editor, _stack, article = panel
    editor.add_credits(read_references(_file(tmp_path, "refs.json", zotero_files.CSL_JSON))
                       .credits)

    def save(_parent, _title, _dir, filters):
        return str(tmp_path / name), filters.split(";;")[chosen]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    assert editor.references.export_action.isEnabled()
    written = editor.references.export_file()
    expected = "out.json" if name == "out.json" else "out.bib" if name == "out.bib" else "plain.bib"
    assert written == tmp_path / expected and written.exists()
    back = read_references(written)
    assert [(c.title, c.outlet, c.date) for c in back.credits] == [
        (c.title, c.outlet, c.date) for c in article.credits]


def test_export_is_off_without_credits(qtbot, language) -> None:
    widget = CreditEditor(QUndoStack())
    qtbot.addWidget(widget)
    assert not widget.references.import_action.isEnabled()
    widget.set_article(Article(title="Vide", language=language))
    assert widget.references.import_action.isEnabled()
    assert not widget.references.export_action.isEnabled()
