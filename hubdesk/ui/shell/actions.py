"""Every menu and tool-bar action of the main window, declared in one place.

Actions carry their text, icon, shortcut (Qt's standard key sequence where one
exists) and tip; the main window connects them to intents. Some are connected by
the modules that own the feature (reader mode, history, backups, export).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QWidget

from hubdesk.ui.shell import icons

SK = QKeySequence.StandardKey


# Called by this name so that lupdate collects every ``translate("Actions", …)`` below.
translate = QCoreApplication.translate


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
        _Spec("new_article", translate("Actions", "&New Article"), "mdi6.file-document-plus-outline", (SK.New,),
              translate("Actions", "Start a new article")),
        _Spec("duplicate_article", translate("Actions", "D&uplicate Article"), "mdi6.content-duplicate", (),
              translate("Actions", "Make a copy of the selected article")),
        _Spec("delete_article", translate("Actions", "Move to &Trash"), "mdi6.delete-outline", (),
              translate("Actions", "Move the selected article to the trash (it can be restored)")),
        _Spec("empty_trash", translate("Actions", "Empty T&rash…"), "mdi6.delete-forever-outline", (),
              translate("Actions", "Remove for good the articles in the trash (they go by themselves after 30 days)")),
        _Spec("save", translate("Actions", "&Save"), "mdi6.content-save-outline", (SK.Save,),
              translate("Actions", "Save the article now (it is also saved as you write)")),
        _Spec("import_files", translate("Actions", "&Import Files…"), "mdi6.file-import-outline", ("Ctrl+Shift+O",)),
        _Spec("import_folder", translate("Actions", "Import &Folder…"), "mdi6.folder-download-outline", (),
              translate("Actions", "Import every article file of a folder")),
        _Spec("export", translate("Actions", "&Export…"), "mdi6.export-variant", ("Ctrl+E",),
              translate("Actions", "Export to HTML, Markdown, PDF, EPUB, Word or OpenDocument")),
        _Spec("export_archive", translate("Actions", "Export &Archive…"), "mdi6.archive-arrow-up-outline", (),
              translate("Actions", "Put the whole library or the selected articles in one file for a colleague")),
        _Spec("publish", translate("Actions", "&Publish…"), "mdi6.wordpress", (),
              translate("Actions", "Publish the article to a WordPress site, or update its post")),
        _Spec("pull_from_site", translate("Actions", "P&ull from Site…"), "mdi6.cloud-download-outline", (),
              translate("Actions", "Bring the site's new and changed posts into the library")),
        _Spec("wordpress_sites", translate("Actions", "&WordPress Sites…"), "mdi6.web", (),
              translate("Actions", "Add or remove the WordPress sites you publish to")),
        _Spec("import_archive", translate("Actions", "Import Ar&chive…"), "mdi6.archive-arrow-down-outline", (),
              translate("Actions", "Merge a colleague's archive into this library, keeping the newer copies")),
        _Spec("history", translate("Actions", "Article &History…"), "mdi6.history", ("Ctrl+Shift+H",),
              translate("Actions", "Earlier versions of this article")),
        _Spec("restore_backup", translate("Actions", "&Restore a Backup…"), "mdi6.backup-restore", (),
              translate("Actions", "Bring the library back from a backup")),
        _Spec("preferences", translate("Actions", "&Preferences…"), "mdi6.cog-outline", (SK.Preferences, "Ctrl+,"),
              translate("Actions", "Theme, fonts, autosave and language")),
        _Spec("quit", translate("Actions", "&Quit"), "mdi6.exit-to-app", (SK.Quit,)),
        # Edit
        _Spec("undo", translate("Actions", "&Undo"), "mdi6.undo", (SK.Undo,)),
        _Spec("redo", translate("Actions", "&Redo"), "mdi6.redo", (SK.Redo,)),
        _Spec("cut", translate("Actions", "Cu&t"), "mdi6.content-cut", (SK.Cut,)),
        _Spec("copy", translate("Actions", "&Copy"), "mdi6.content-copy", (SK.Copy,)),
        _Spec("paste", translate("Actions", "&Paste"), "mdi6.content-paste", (SK.Paste,)),
        _Spec("select_all", translate("Actions", "Select &All"), "", (SK.SelectAll,)),
        _Spec("find", translate("Actions", "&Find…"), "mdi6.magnify", (SK.Find,)),
        _Spec("find_next", translate("Actions", "Find &Next"), "", (SK.FindNext,)),
        _Spec("find_previous", translate("Actions", "Find Pre&vious"), "", (SK.FindPrevious,)),
        _Spec("replace", translate("Actions", "&Replace…"), "mdi6.find-replace", (SK.Replace, "Ctrl+H")),
        _Spec("search_library", translate("Actions", "Search the &Library"), "mdi6.text-search", ("Ctrl+Shift+F",),
              translate("Actions", "Full-text search in every article")),
        _Spec("spell_check_article", translate("Actions", "Check &Spelling in This Article"),
              "mdi6.spellcheck", (), translate("Actions", "Underline misspelt words in this article "
                                                          "(this article's choice wins over the preference)"), True),
        # Format
        _Spec("format_bold", translate("Actions", "&Bold"), "mdi6.format-bold", (SK.Bold, "Ctrl+B"),
              translate("Actions", "Make the selection bold (**…**), or start bold text")),
        _Spec("format_italic", translate("Actions", "&Italic"), "mdi6.format-italic", (SK.Italic, "Ctrl+I"),
              translate("Actions", "Put the selection in italics (*…*), or start italic text")),
        _Spec("format_link", translate("Actions", "&Link"), "mdi6.link-variant", ("Ctrl+K",),
              translate("Actions", "Make the selection a link: type its address between the parentheses")),
        _Spec("insert_image", translate("Actions", "Insert &Image…"), "mdi6.image-outline", (),
              translate("Actions", "Insert a picture from a file on this computer")),
        _Spec("insert_table", translate("Actions", "Insert &Table…"), "mdi6.table", (),
              translate("Actions", "Insert a table of the rows and columns you choose")),
        _Spec("fix_typography", translate("Actions", "Fix &Typography…"), "mdi6.format-quote-close", (),
              translate("Actions", "Apply the typography of the article's language to the selection or the "
                                   "whole article, after a look at each change")),
        # Sections
        _Spec("section_add", translate("Actions", "&Add Section…"), "mdi6.plus", ("Ctrl+Shift+N",),
              translate("Actions", "Add a section after the current one")),
        _Spec("section_rename", translate("Actions", "&Rename Section…"), "mdi6.rename-outline", ("F2",)),
        _Spec("section_delete", translate("Actions", "&Delete Section"), "mdi6.minus", (),
              translate("Actions", "Delete the current section (Ctrl+Z brings it back)")),
        _Spec("section_split", translate("Actions", "&Split Section Here…"), "mdi6.call-split", ("Ctrl+Shift+Return",),
              translate("Actions", "Start a new section at the cursor")),
        _Spec("section_merge", translate("Actions", "&Merge with Next"), "mdi6.call-merge", ("Ctrl+Shift+M",)),
        _Spec("section_up", translate("Actions", "Move Section &Up"), "mdi6.arrow-up", ("Ctrl+Shift+Up",)),
        _Spec("section_down", translate("Actions", "Move Section Do&wn"), "mdi6.arrow-down", ("Ctrl+Shift+Down",)),
        # View
        _Spec("focus_section", translate("Actions", "&Focus on Section"), "mdi6.image-filter-center-focus",
              ("Ctrl+Shift+L",), translate("Actions", "Show only the section being written (Esc to leave)"), True),
        _Spec("show_preview", translate("Actions", "Show &Preview"), "mdi6.eye-outline", ("Ctrl+Shift+P",),
              translate("Actions", "Show or hide the live preview"), True),
        _Spec("reader_mode", translate("Actions", "&Reader Mode"), "mdi6.book-open-page-variant-outline", ("F11",),
              translate("Actions", "Read the article full screen")),
        _Spec("word_target", translate("Actions", "Word &Target…"), "mdi6.bullseye-arrow", (),
              translate("Actions", "Set how many words this article should reach")),
        _Spec("distraction_free", translate("Actions", "&Distraction-Free Writing"), "mdi6.fullscreen",
              ("Ctrl+Shift+D", "Shift+F11"),
              translate("Actions", "Only the text, full screen, in a centred column (Esc to leave)"), True),
        _Spec("typewriter_scrolling", translate("Actions", "T&ypewriter Scrolling"), "", (),
              translate("Actions", "Keep the line being written in the middle of the screen"), True),
        # Help
        _Spec("user_guide", translate("Actions", "&User Guide"), "mdi6.book-open-outline", (SK.HelpContents,),
              translate("Actions", "Open the guide to HubDesk (the welcome article)")),
        _Spec("keyboard_shortcuts", translate("Actions", "&Keyboard Shortcuts"), "mdi6.keyboard-outline",
              ("Ctrl+/",), translate("Actions", "Every shortcut, by menu, with a search field")),
        _Spec("about", translate("Actions", "&About HubDesk"), "mdi6.information-outline", ()),
        _Spec("about_qt", translate("Actions", "About &Qt"), "", ()),
    ]


class Actions(QObject):
    """The window's actions as typed attributes (``actions.save``, ``actions.export``…).

    Each declared spec must have its annotation here (a test checks both lists agree),
    so that a type checker sees every action and a misspelt name fails at once.
    """

    new_article: QAction
    duplicate_article: QAction
    delete_article: QAction
    empty_trash: QAction
    save: QAction
    import_files: QAction
    import_folder: QAction
    export: QAction
    export_archive: QAction
    import_archive: QAction
    publish: QAction
    pull_from_site: QAction
    wordpress_sites: QAction
    history: QAction
    restore_backup: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    select_all: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    replace: QAction
    search_library: QAction
    format_bold: QAction
    format_italic: QAction
    format_link: QAction
    insert_image: QAction
    insert_table: QAction
    fix_typography: QAction
    spell_check_article: QAction
    section_add: QAction
    section_rename: QAction
    section_delete: QAction
    section_split: QAction
    section_merge: QAction
    section_up: QAction
    section_down: QAction
    focus_section: QAction
    show_preview: QAction
    reader_mode: QAction
    word_target: QAction
    distraction_free: QAction
    typewriter_scrolling: QAction
    user_guide: QAction
    keyboard_shortcuts: QAction
    about: QAction
    about_qt: QAction

    def __init__(self, parent: QWidget, with_icons: bool = True) -> None:
        super().__init__(parent)
        self.all: dict[str, QAction] = {}
        self._icons: dict[str, str] = {}
        for spec in _specs():
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            if spec.icon:
                self._icons[spec.name] = spec.icon
            shortcuts: list[QKeySequence] = []
            for key in spec.keys:
                for seq in (QKeySequence.keyBindings(key) if isinstance(key, SK) else
                            [QKeySequence(key)]):
                    if not seq.isEmpty() and seq not in shortcuts:
                        shortcuts.append(seq)
            if shortcuts:
                action.setShortcuts(shortcuts)
            if spec.tip:
                self._set_tip(action, spec.tip)
            action.setCheckable(spec.checkable)
            parent.addAction(action)
            self.all[spec.name] = action
            if spec.name not in type(self).__annotations__:
                raise AttributeError(f"action {spec.name!r} has no typed attribute on Actions")
            setattr(self, spec.name, action)
        if with_icons:
            self.load_icons()
        else:  # until load_icons(): blank icons, so that the tool bar never shows the names
            blank = QPixmap(32, 32)  # (wider buttons) and keeps its shape when the icons come
            blank.fill(Qt.GlobalColor.transparent)
            for name in self._icons:
                self.all[name].setIcon(QIcon(blank))

    @staticmethod
    def _set_tip(action: QAction, tip: str) -> None:
        shortcuts = action.shortcuts()
        shortcut = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)

    def load_icons(self) -> None:
        """Give every action its icon, in the window's text colour (again after a theme change).

        The Import action's tip comes with them: it names the importers' formats, and
        reading their list loads the importers, which the first paint does without.
        """
        if not self.import_files.statusTip():
            from hubdesk.ui.library.import_formats import import_tip

            self._set_tip(self.import_files, import_tip())
        parent = self.parent()
        colour = parent.palette().windowText().color()
        for name, icon_name in self._icons.items():
            self.all[name].setIcon(icons.icon(icon_name, colour))
