"""The app's folder import on hostile folders: impossible front matter values and links
leaving the folder are refused one per line in the summary; the good files go in."""

from __future__ import annotations

from hubdesk.ui.library.import_dialog import ImportDialog
from tests.importers.test_impossible_values import BAD, _folder


def test_import_dialog_refuses_each_impossible_file_and_imports_the_rest(qtbot, library,
                                                                         tmp_path):
    folder = _folder(tmp_path, BAD)
    outside = tmp_path / "outside.md"
    outside.write_text("# Outside\n\nNot to be imported.\n", encoding="utf-8")
    (folder / "link.md").symlink_to(outside)
    dialog = ImportDialog(library, [folder])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.articles_imported, timeout=60000) as sig:
        dialog.start()
    dialog.wait_for_job()
    assert len(sig.args[0]) == 20 and library.count_articles() == 20
    refused = len(BAD) + 1
    assert dialog.summary.text() == f"20 imported, {refused} refused."
    rows = dict(dialog.group_rows(0))
    assert sorted(rows) == sorted([f"{name}.md" for name, _ in BAD] + ["link.md"])
    assert all(reason and "\n" not in reason for reason in rows.values())
    assert "outside the folder" in rows["link.md"]
    assert not library.search("Outside")
