"""Archive dialogs: export from one library, import into a new one, read the merge report."""

from __future__ import annotations

from datetime import timedelta

from hubdesk.library.store import Library
from hubdesk.ui.library.archive_dialogs import ArchiveExportDialog, ArchiveImportDialog
from tests import corpus


def run(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.completed, timeout=15000):
        dialog.start()
    dialog.wait_for_job()
    return dialog.result_value


def test_round_trip_an_archive_into_a_new_library(qtbot, library, tmp_path):
    arts = [corpus.make_article(600, seed=i, language="en" if i % 2 else "fr") for i in range(6)]
    library.save_articles(arts)
    path = tmp_path / "desk.hubdesk-archive"
    summary = run(qtbot, ArchiveExportDialog(library, path))
    assert summary.count == 6 and path.is_file()

    other_path = tmp_path / "colleague.hubdesk"
    with Library.open(other_path) as other:
        older = library.load_article(arts[0].id)
        older.title = "An older copy"
        older.updated -= timedelta(days=2)
        newer = library.load_article(arts[1].id)
        newer.title = "A newer copy"
        newer.updated += timedelta(days=2)
        other.save_articles([older, newer])

        dialog = ArchiveImportDialog(other, path)
        with qtbot.waitSignal(dialog.articles_changed, timeout=15000) as changed:
            report = run(qtbot, dialog)
        assert len(changed.args[0]) == 5
        assert dialog.summary.text() == "4 added, 1 replaced by a newer copy, 1 kept as they were."
        groups = [dialog.details.topLevelItem(i).text(0) for i in range(dialog.details.topLevelItemCount())]
        assert groups == ["Added (4)", "Replaced (the archive's copy was newer) (1)",
                          "Kept (the library's copy is as new or newer) (1)"]
        assert dialog.group_rows(1) == [(arts[0].title, arts[0].id[:8])]
        assert dialog.group_rows(2) == [("A newer copy", arts[1].id[:8])]
        assert report.written == 5
        assert other.count_articles() == 6
        for a in arts[2:] + [arts[0]]:
            assert other.load_article(a.id) == library.load_article(a.id)
        assert other.load_article(arts[1].id).title == "A newer copy"


def test_a_refused_archive_is_explained(qtbot, library, tmp_path):
    bad = tmp_path / "bad.hubdesk-archive"
    bad.write_bytes(b"not a zip at all")
    dialog = ArchiveImportDialog(library, bad)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10000) as sig:
        dialog.start()
    assert "not a readable ZIP" in sig.args[0] and str(bad) in sig.args[0]
    assert dialog.summary.text() == sig.args[0]
    assert library.count_articles() == 0


def test_export_of_a_selection(qtbot, library, tmp_path):
    arts = [corpus.make_article(300, seed=i) for i in range(4)]
    library.save_articles(arts)
    dialog = ArchiveExportDialog(library, tmp_path / "two", [arts[1].id, arts[3].id])
    assert "2 articles" in dialog.heading.text()
    summary = run(qtbot, dialog)
    assert summary.count == 2 and summary.path.name == "two.hubdesk-archive"
    assert dialog.summary.text() == f"2 articles written to {summary.path}."
