"""What the main window hands each feature: one install function per feature.

``MainWindow`` builds the editor, the preview, the library list and the docks;
the features below (reader mode, folder and archive exchange, modes and help,
sites, the review desk, the editor's commands) are connected here so that the
window stays an assembly of parts. ``install_features`` runs after the first
paint when the app starts (``MainWindow.finish_building``), at once otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from hubdesk.ui.shell.main_window import MainWindow


def install_reader(window: MainWindow) -> None:
    """F11: the reader in place of the workspace."""
    from hubdesk.ui.reader.reader_mode import ReaderMode

    window.reader = ReaderMode(
        window, library=window.library, settings=window.settings, session=window.session,
        library_panel=window.library_panel, action=window.actions_.reader_mode,
        open_article=window.open_article, editor=window.editor,
    )


def install_exchange(window: MainWindow) -> None:
    """Folder import and archives."""
    from hubdesk.ui.library.library_exchange import LibraryExchange

    a = window.actions_
    window.exchange = LibraryExchange(
        window, library=window.library, session=window.session, library_panel=window.library_panel,
        export_archive_action=a.export_archive, import_archive_action=a.import_archive,
        open_article=window.open_article,
    )


def install_modes(window: MainWindow) -> None:
    """Distraction-free, typewriter, the Help menu, the language restart."""
    from hubdesk.ui.shell.modes_and_help import ModesAndHelp

    window.modes = ModesAndHelp(
        window, actions=window.actions_, settings=window.settings, library=window.library,
        editor=window.editor, splitter=window.splitter, hide_also=[window.preview, window.find_bar],
        outline=window.navigator, counts=window.counts, library_panel=window.library_panel,
        open_article=window.open_article)


def install_sites(window: MainWindow) -> None:
    """File ▸ Publish…, Pull from Site…, Sites…"""
    from hubdesk.ui.publish.wiring import install_site_exchange

    window.sites = install_site_exchange(window, window.actions_)


def install_review(window: MainWindow) -> None:
    """The pre-publication checklist and sign-offs, in the window's ``review_frame``."""
    from hubdesk.ui.review.review_desk import ReviewDesk

    w = window
    w.review = ReviewDesk(
        w, session=w.session, editor=w.editor, word_target=w.counts.target,
        settings=w.settings, navigator=w.navigator, undo_stack=w.undo_stack,
        spell_checker=w.spelling.checker, frame=w.review_frame,
        show_title=lambda: w.show_dock(w.metadata_dock),
        show_credits=lambda: w.show_dock(w.credits_dock))
    w.side.title_changed.connect(w.review.article_changed)
    w.side.credits_changed.connect(w.review.article_changed)
    w.review.signed.connect(w.library_panel.model.update_review)


def install_late_features(window: MainWindow) -> None:
    """The features the first paint does without (none follows the opening of an article)."""
    install_reader(window)
    install_exchange(window)
    install_modes(window)
    install_sites(window)


def install_features(window: MainWindow) -> None:
    """Every feature above, in the order they add their menus and docks."""
    install_late_features(window)
    install_review(window)


def install_editor_commands(window: MainWindow) -> None:
    """Edit, Find, Format and Section actions: connected to the editor and the outline."""
    from hubdesk.ui.editor.fix_typography import FixTypography

    w, a = window, window.actions_
    a.undo.triggered.connect(lambda: w.edit("undo"))
    a.redo.triggered.connect(lambda: w.edit("redo"))
    a.cut.triggered.connect(w.editor.cut)
    a.copy.triggered.connect(lambda: w.edit("copy"))
    a.paste.triggered.connect(w.editor.paste)
    a.select_all.triggered.connect(lambda: w.edit("selectAll"))
    a.find.triggered.connect(lambda: w.find_bar.open_bar(False))
    a.replace.triggered.connect(lambda: w.find_bar.open_bar(True))
    a.find_next.triggered.connect(w.find_bar.find)
    a.find_previous.triggered.connect(lambda: w.find_bar.find(backward=True))
    nav = w.navigator
    a.section_add.triggered.connect(nav.add_section)
    a.section_rename.triggered.connect(nav.rename_current)
    a.section_delete.triggered.connect(nav.delete_current)
    a.section_split.triggered.connect(nav.split_at_cursor)
    a.section_merge.triggered.connect(nav.merge_current)
    a.section_up.triggered.connect(lambda: nav.move_current(-1))
    a.section_down.triggered.connect(lambda: nav.move_current(1))
    a.focus_section.toggled.connect(w.set_focus_mode)
    a.word_target.triggered.connect(w.counts.ask_target)
    a.format_bold.triggered.connect(w.formatting.bold)
    a.format_italic.triggered.connect(w.formatting.italic)
    a.format_link.triggered.connect(w.formatting.link)
    a.insert_image.triggered.connect(w.formatting.insert_image)
    a.insert_table.triggered.connect(w.formatting.insert_table)
    w.fix_typography = FixTypography(
        w.editor, lambda: w.session.article.language if w.session.article else "", w)
    a.fix_typography.triggered.connect(w.fix_typography.run)
    w.editor.context_menu_hooks.append(w.formatting.menu_hook(
        [a.format_bold, a.format_italic, a.format_link, a.insert_image, a.insert_table]))
    a.show_preview.setChecked(True)
    a.show_preview.toggled.connect(w.preview.setVisible)
    a.about.triggered.connect(w.show_about)
    a.about_qt.triggered.connect(QApplication.aboutQt)
    for action in (a.section_up, a.section_down, a.section_split, a.section_merge,
                   a.format_bold, a.format_italic, a.format_link):
        w.editor.window_shortcuts.update(action.shortcuts())
    nav.set_context_actions([
        a.section_add, a.section_rename, a.section_delete, a.section_split,
        a.section_merge, a.section_up, a.section_down,
    ])
