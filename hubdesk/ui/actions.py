"""Every menu and tool-bar action of the main window, declared in one place.

Actions carry their text, icon, shortcut (Qt's standard key sequence where one
exists) and tip; the main window connects them to intents. Some are connected by
the modules that own the feature (reader mode, history, backups, export).
"""

from __future__ import annotations

from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

SK = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class _Spec:
    name: str
    text: str
    icon: str = ""
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


def _specs() -> list[_Spec]:
    return [
        # Library / file
        _Spec("new_article", _tr("&New Article"), "mdi6.file-document-plus-outline", (SK.New,),
              _tr("Start a new article")),
        _Spec("duplicate_article", _tr("D&uplicate Article"), "mdi6.content-duplicate", (),
              _tr("Make a copy of the selected article")),
        _Spec("delete_article", _tr("Move to &Trash"), "mdi6.delete-outline", (),
              _tr("Move the selected article to the trash (it can be restored)")),
        _Spec("save", _tr("&Save"), "mdi6.content-save-outline", (SK.Save,),
              _tr("Save the article now (it is also saved as you write)")),
        _Spec("import_files", _tr("&Import Files…"), "mdi6.file-import-outline", ("Ctrl+I",),
              _tr("Import Markdown, HTML, Word or OpenDocument files")),
        _Spec("import_folder", _tr("Import &Folder…"), "mdi6.folder-download-outline", (),
              _tr("Import every article file of a folder")),
        _Spec("export", _tr("&Export…"), "mdi6.export-variant", ("Ctrl+E",),
              _tr("Export to HTML, Markdown, PDF, EPUB, Word or OpenDocument")),
        _Spec("history", _tr("Article &History…"), "mdi6.history", ("Ctrl+Shift+H",),
              _tr("Earlier versions of this article")),
        _Spec("restore_backup", _tr("&Restore a Backup…"), "mdi6.backup-restore", (),
              _tr("Bring the library back from a backup")),
        _Spec("preferences", _tr("&Preferences…"), "mdi6.cog-outline", (SK.Preferences, "Ctrl+,"),
              _tr("Theme, fonts, autosave and language")),
        _Spec("quit", _tr("&Quit"), "mdi6.exit-to-app", (SK.Quit,)),
        # Edit
        _Spec("undo", _tr("&Undo"), "mdi6.undo", (SK.Undo,)),
        _Spec("redo", _tr("&Redo"), "mdi6.redo", (SK.Redo,)),
        _Spec("cut", _tr("Cu&t"), "mdi6.content-cut", (SK.Cut,)),
        _Spec("copy", _tr("&Copy"), "mdi6.content-copy", (SK.Copy,)),
        _Spec("paste", _tr("&Paste"), "mdi6.content-paste", (SK.Paste,)),
        _Spec("select_all", _tr("Select &All"), "", (SK.SelectAll,)),
        _Spec("find", _tr("&Find…"), "mdi6.magnify", (SK.Find,)),
        _Spec("find_next", _tr("Find &Next"), "", (SK.FindNext,)),
        _Spec("find_previous", _tr("Find Pre&vious"), "", (SK.FindPrevious,)),
        _Spec("replace", _tr("&Replace…"), "mdi6.find-replace", (SK.Replace, "Ctrl+H")),
        _Spec("search_library", _tr("Search the &Library"), "mdi6.text-search", ("Ctrl+Shift+F",),
              _tr("Full-text search in every article")),
        # Sections
        _Spec("section_add", _tr("&Add Section…"), "mdi6.plus", ("Ctrl+Shift+N",),
              _tr("Add a section after the current one")),
        _Spec("section_rename", _tr("&Rename Section…"), "mdi6.rename-outline", ("F2",)),
        _Spec("section_delete", _tr("&Delete Section"), "mdi6.minus", (),
              _tr("Delete the current section (Ctrl+Z brings it back)")),
        _Spec("section_split", _tr("&Split Section Here…"), "mdi6.call-split", ("Ctrl+Shift+Return",),
              _tr("Start a new section at the cursor")),
        _Spec("section_merge", _tr("&Merge with Next"), "mdi6.call-merge", ("Ctrl+Shift+M",)),
        _Spec("section_up", _tr("Move Section &Up"), "mdi6.arrow-up", ("Ctrl+Shift+Up",)),
        _Spec("section_down", _tr("Move Section Do&wn"), "mdi6.arrow-down", ("Ctrl+Shift+Down",)),
        # View
        _Spec("focus_section", _tr("&Focus on Section"), "mdi6.image-filter-center-focus",
              ("Ctrl+Shift+L",), _tr("Show only the section being written (Esc to leave)"), True),
        _Spec("show_preview", _tr("Show &Preview"), "mdi6.eye-outline", ("Ctrl+Shift+P",),
              _tr("Show or hide the live preview"), True),
        _Spec("reader_mode", _tr("&Reader Mode"), "mdi6.book-open-page-variant-outline", ("F11",),
              _tr("Read the article full screen")),
        # Help
        _Spec("about", _tr("&About HubDesk"), "mdi6.information-outline", ()),
        _Spec("about_qt", _tr("About &Qt"), "", ()),
    ]


class Actions(QObject):
    """The window's actions as attributes (``actions.save``, ``actions.export``…)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.all: dict[str, QAction] = {}
        colour = parent.palette().windowText().color()
        for spec in _specs():
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            if spec.icon:
                action.setIcon(qta.icon(spec.icon, color=colour))
            shortcuts: list[QKeySequence] = []
            for key in spec.keys:
                for seq in (QKeySequence.keyBindings(key) if isinstance(key, SK) else
                            [QKeySequence(key)]):
                    if not seq.isEmpty() and seq not in shortcuts:
                        shortcuts.append(seq)
            if shortcuts:
                action.setShortcuts(shortcuts)
            if spec.tip:
                action.setStatusTip(spec.tip)
                shortcut = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
                action.setToolTip(f"{spec.tip} ({shortcut})" if shortcut else spec.tip)
            action.setCheckable(spec.checkable)
            parent.addAction(action)
            self.all[spec.name] = action
            setattr(self, spec.name, action)

    def __getattr__(self, name: str) -> QAction:  # for type checkers; set in __init__
        raise AttributeError(name)
