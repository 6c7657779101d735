"""Reader mode: the current article alone, set for reading, with nothing to edit.

The page is the published rendering of the article (``hubdesk.render``) in a
column of comfortable measure, in a light, sepia or dark theme, at a font size
the reader chooses (both remembered). A thin bar offers the table of contents,
the previous and next article of the library list, the theme and the font size.
Keys: N/J/Ctrl+Down and P/K/Ctrl+Up move between sections, Page Down/Up and
Space move by a screen, Home/End go to the top/bottom, Ctrl+plus/minus/0 size
the text, Alt+Left/Right (or [ and ]) change article, T opens the contents, and
Escape leaves. Where reading stopped is saved per article in the library and
restored when the article is opened again. Nothing is ever fetched from the
network; web links open in the browser only after the reader confirms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.export.library_images import assets_dir
from hubdesk.library import positions as reading
from hubdesk.library.store import Library
from hubdesk.model.article import Article
from hubdesk.ui.reader.reader_browser import ReaderBrowser
from hubdesk.ui.reader.reader_keys import command_for
from hubdesk.ui.reader.reader_theme import (
    DEFAULT_FONT,
    FONT_SETTING,
    MAX_FONT,
    MIN_FONT,
    THEME_SETTING,
    THEMES,
    bar_stylesheet,
    page_css,
    reading_font,
)
from hubdesk.ui.shell import offline_policy
from hubdesk.ui.shell.settings import Settings

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000
NeighbourProvider = Callable[[str, int], "str | None"]


class ReaderView(QWidget):
    """A distraction-free reader of one article of the library at a time."""

    exit_requested = Signal()
    article_changed = Signal(str)  # the reader moved to another article (its id)
    position_saved = Signal(str, float)  # article id, share of it read (0..1)

    def __init__(
        self, library: Library, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self._library = library
        self._settings = settings if settings is not None else Settings(parent=self)
        self._article: Article | None = None
        self._words: list[int] = []  # words of the head, then of each section
        self._neighbours: NeighbourProvider | None = None
        self._restoring = False
        self._pending: reading.ReadingPosition | None = None
        self._theme = self._settings.get(THEME_SETTING.key)
        self._font_size = self._settings.get(FONT_SETTING.key)
        self._settings.changed.connect(self._on_setting_changed)

        self.browser = ReaderBrowser(self)
        self.browser.images_folder = assets_dir(library.path)
        self.browser.document().setDefaultFont(reading_font(self._font_size))
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.installEventFilter(self)
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.browser.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_position)

        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.browser, 1)
        self.setFocusProxy(self.browser)
        self._apply_theme_colours()

    # ------------------------------------------------------------ bar

    def _tool(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self.bar)
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _build_bar(self) -> None:
        self.bar = QWidget(self)
        self.bar.setObjectName("ReaderBar")
        self.bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(10, 4, 10, 4)
        self.toc_menu = QMenu(self)
        self.toc_button = self._tool(self.tr("Contents"), self.tr("Go to a section (T)"),
                                     self.show_contents)
        self.previous_article_button = self._tool(
            self.tr("‹ Previous"), self.tr("Previous article in the list (Alt+Left)"),
            lambda: self.go_to_article(-1))
        self.next_article_button = self._tool(
            self.tr("Next ›"), self.tr("Next article in the list (Alt+Right)"),
            lambda: self.go_to_article(1))
        self.position_label = QLabel(self.bar)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.theme_combo = QComboBox(self.bar)
        self.theme_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme_combo.setToolTip(self.tr("Reading theme"))
        for name, theme in THEMES.items():
            self.theme_combo.addItem(theme.label(), name)
        self.theme_combo.setCurrentIndex(list(THEMES).index(self._theme))
        self.theme_combo.currentIndexChanged.connect(
            lambda i: self.set_theme(self.theme_combo.itemData(i)))
        self.smaller_button = self._tool(self.tr("A−"), self.tr("Smaller text (Ctrl+Minus)"),
                                         self.zoom_out)
        self.larger_button = self._tool(self.tr("A+"), self.tr("Larger text (Ctrl+Plus)"),
                                        self.zoom_in)
        self.exit_button = self._tool(self.tr("Leave reader"), self.tr("Back to writing (Esc)"),
                                      self.exit_requested.emit)
        for w in (self.toc_button, self.previous_article_button, self.next_article_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.position_label)
        row.addStretch(1)
        for w in (self.theme_combo, self.smaller_button, self.larger_button, self.exit_button):
            row.addWidget(w)

    # ------------------------------------------------------------ articles

    @property
    def article(self) -> Article | None:
        return self._article

    def set_neighbour_provider(self, provider: NeighbourProvider | None) -> None:
        """``provider(article_id, step)`` gives the id ``step`` places away in the list, or None."""
        self._neighbours = provider
        self._update_article_buttons()

    def set_sequence(self, article_ids: list[str]) -> None:
        """Next and previous article follow this fixed list of ids."""
        ids = list(article_ids)

        def provider(current: str, step: int) -> str | None:
            try:
                n = ids.index(current) + step
            except ValueError:
                return None
            return ids[n] if 0 <= n < len(ids) else None

        self.set_neighbour_provider(provider)

    def open_article(self, article: Article | str) -> None:
        """Show an article (or the article with this id) where its reading last stopped."""
        if isinstance(article, str):
            article = self._library.load_article(article)
        self.close_article()
        self._article = article
        # Rough counts (split on spaces) are enough to tell how much is read, and cheap.
        self._words = [len(article.title.split()) + len(article.lead.split())]
        self._words += [len(s.heading.split()) + len(s.body.split()) for s in article.sections]
        saved = reading.load_position(self._library, article.id) or reading.ReadingPosition()
        self.browser.document().setDefaultStyleSheet(page_css(THEMES[self._theme]))
        self._restoring = True
        try:
            self.browser.show_article(article, upto=saved.section + 1)
        finally:
            self._restoring = False
        self._rebuild_contents()
        self._update_article_buttons()
        self._restore(saved)
        self._update_label()

    def close_article(self) -> None:
        """Save where reading stopped and show nothing."""
        if self._article is not None:
            self.save_position()
        self._save_timer.stop()
        self._article = None

    def go_to_article(self, step: int) -> bool:
        """Open the next (1) or previous (-1) article of the list; False at either end."""
        if self._article is None or self._neighbours is None:
            return False
        target = self._neighbours(self._article.id, step)
        if not target:
            return False
        try:
            self.open_article(target)
        except HubDeskError as exc:
            log.warning("Cannot open article %s in the reader: %s", target, exc)
            return False
        self.article_changed.emit(target)
        return True

    def _update_article_buttons(self) -> None:
        current = self._article.id if self._article else None
        for button, step in ((self.previous_article_button, -1), (self.next_article_button, 1)):
            button.setEnabled(bool(current and self._neighbours and self._neighbours(current, step)))

    # ------------------------------------------------------------ page

    def _relayout(self, change: Callable[[], object]) -> None:
        """Apply a change of theme or font size and lay the page out again, in the same place."""
        if self._article is None:
            change()
            return
        position = self.position()
        change()
        self.browser.document().setDefaultStyleSheet(page_css(THEMES[self._theme]))
        self._restoring = True
        try:
            self.browser.rebuild()
        finally:
            self._restoring = False
        self._restore(position)

    def _place(self, position: reading.ReadingPosition) -> None:
        self._restoring = True
        try:
            if position.fraction >= 1.0:
                self.browser.scroll_to_end()
            else:
                self.browser.scroll_to(position.section, position.section_fraction)
        finally:
            self._restoring = False

    def _restore(self, position: reading.ReadingPosition) -> None:
        self._place(position)
        # The scroll range settles once the page is laid out: place it again
        # then, unless the reader has moved in the meantime.
        self._pending = position
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        position, self._pending = self._pending, None
        if self._article is None or position is None:
            return
        self._place(position)
        self._update_label()

    def _rebuild_contents(self) -> None:
        self.toc_menu.clear()
        if self._article is None:
            return
        top = self.toc_menu.addAction(self._article.title or self.tr("Top of the article"))
        top.triggered.connect(lambda: self.go_to_section(-1))
        for i, section in enumerate(self._article.sections):
            action = self.toc_menu.addAction(f"{i + 1}. {section.heading}")
            action.triggered.connect(lambda _=False, i=i: self.go_to_section(i))

    def show_contents(self) -> None:
        self.toc_menu.popup(self.toc_button.mapToGlobal(QPoint(0, self.toc_button.height())))

    # ------------------------------------------------------------ moving

    def current_section(self) -> int:
        return self.browser.current_section()

    def go_to_section(self, index: int) -> None:
        """Scroll to a section (-1: the top of the article)."""
        self._pending = None
        count = self.browser.section_count
        self.browser.scroll_to_section(min(max(-1, index), count - 1))

    def next_section(self) -> None:
        current = self.current_section()
        if current + 1 < self.browser.section_count:
            self.go_to_section(current + 1)

    def previous_section(self) -> None:
        current = self.current_section()
        at_heading = abs(self.browser.verticalScrollBar().value() - self.browser.section_top(current)) < 24
        self.go_to_section(current - 1 if at_heading or current < 0 else current)

    def _page(self, action: QAbstractSlider.SliderAction) -> None:
        self.browser.verticalScrollBar().triggerAction(action)

    def _handle_key(self, event: QKeyEvent) -> bool:
        command = command_for(event)
        if command is None:
            return False
        self._pending = None
        slider = QAbstractSlider.SliderAction
        actions: dict[str, Callable[[], object]] = {
            "next_section": self.next_section,
            "previous_section": self.previous_section,
            "page_down": lambda: self._page(slider.SliderPageStepAdd),
            "page_up": lambda: self._page(slider.SliderPageStepSub),
            "top": lambda: self.go_to_section(-1),
            "end": self.browser.scroll_to_end,
            "next_article": lambda: self.go_to_article(1),
            "previous_article": lambda: self.go_to_article(-1),
            "contents": self.show_contents,
            "leave": self.exit_requested.emit,
            "zoom_in": self.zoom_in,
            "zoom_out": self.zoom_out,
            "zoom_reset": lambda: self.set_font_size(DEFAULT_FONT),
        }
        actions[command]()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.browser and event.type() == QEvent.Type.KeyPress:
            if self._handle_key(event):  # type: ignore[arg-type]
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not self._handle_key(event):
            super().keyPressEvent(event)

    # ------------------------------------------------------------ look

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def font_size(self) -> int:
        return self._font_size

    def set_theme(self, name: str) -> None:
        if name not in THEMES or name == self._theme:
            return
        self._theme = name
        self._settings.set(THEME_SETTING.key, name)
        self.theme_combo.setCurrentIndex(list(THEMES).index(name))
        self._relayout(self._apply_theme_colours)

    def _apply_theme_colours(self) -> None:
        theme = THEMES[self._theme]
        self.setStyleSheet(
            bar_stylesheet(theme)
            + f"#ReaderPage {{ background: {theme.background}; color: {theme.text}; border: none; }}"
        )

    def set_font_size(self, size: int) -> None:
        size = min(MAX_FONT, max(MIN_FONT, int(size)))
        if size == self._font_size:
            return
        self._font_size = size
        self._settings.set(FONT_SETTING.key, size)
        self._relayout(lambda: self.browser.document().setDefaultFont(reading_font(size)))

    def _on_setting_changed(self, key: str) -> None:
        """The Preferences dialog (or another reader) changed a reader setting."""
        if key == THEME_SETTING.key:
            self.set_theme(self._settings.get(key))
        elif key == FONT_SETTING.key:
            self.set_font_size(self._settings.get(key))

    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - 1)

    # ------------------------------------------------------------ progress

    def position(self) -> reading.ReadingPosition:
        """Where the reader stands; the share of the article read is counted in words."""
        section, inside, at_end = self.browser.locate()
        total = sum(self._words)
        if at_end or total == 0:
            return reading.ReadingPosition(section, 1.0 if at_end else inside, 1.0 if at_end else 0.0)
        before = sum(self._words[: section + 1])
        fraction = (before + inside * self._words[section + 1]) / total
        return reading.ReadingPosition(section, inside, min(1.0, fraction))

    def save_position(self) -> None:
        """Write where reading stands now into the library."""
        self._save_timer.stop()
        if self._article is None:
            return
        try:
            stored = reading.save_position(self._library, self._article.id, self.position())
        except HubDeskError as exc:
            log.warning("Reading position of %s not saved: %s", self._article.id, exc)
            return
        self.position_saved.emit(self._article.id, stored.fraction)

    def _on_scrolled(self, _value: int) -> None:
        self._update_label()
        if not (self._restoring or self.browser.adjusting) and self._article is not None:
            self._save_timer.start()

    def _on_user_scroll(self, _action: int) -> None:
        self._pending = None  # the reader moved: a restore still waiting must not undo it

    def _update_label(self) -> None:
        if self._article is None:
            self.position_label.clear()
            return
        pos = self.position()
        count = self.browser.section_count
        left = reading.reading_minutes(round(sum(self._words) * (1 - pos.fraction)),
                                       self._article.language)
        if pos.section < 0 or count == 0:
            where = self.tr("Beginning")
        else:
            where = self.tr("Section %1 of %2").replace("%1", str(pos.section + 1)).replace(
                "%2", str(count))
        remaining = (self.tr("%1 min left").replace("%1", str(left)) if left
                     else self.tr("Finished"))
        self.position_label.setText(f"{where} · {pos.percent} % · {remaining}")

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if self._article is not None and self._save_timer.isActive():
            self.save_position()
        super().hideEvent(event)

    # ------------------------------------------------------------ links

    def _on_link(self, url: QUrl) -> None:
        if offline_policy.is_page_anchor(url):
            fragment = url.fragment()
            if fragment == "top":
                self.go_to_section(-1)
            else:
                self.browser.scrollToAnchor(fragment)
            return
        if offline_policy.is_external_link(url):
            if offline_policy.ask_to_open(self, url):
                offline_policy.open_in_browser(url)
