"""The status bar: the part being edited, the word count, and whether all is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusLine(QWidget):
    """Owns the status bar's labels; the window tells it what changed."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.hide()  # holds the labels; the status bar shows them
        self.part_label = QLabel(bar)
        self.part_label.setObjectName("currentPart")
        self.words_label = QLabel(bar)
        self.words_label.setObjectName("wordCount")
        self.selection_label = QLabel(bar)
        self.selection_label.setObjectName("selectionWords")
        self.target_label = QLabel(bar)
        self.target_label.setObjectName("wordTarget")
        self.save_label = QLabel(bar)
        self.save_label.setObjectName("saveState")
        bar.addWidget(self.part_label, 1)
        bar.addPermanentWidget(self.selection_label)
        bar.addPermanentWidget(self.words_label)
        bar.addPermanentWidget(self.target_label)
        bar.addPermanentWidget(self.save_label)

    def show_saved(self, has_article: bool, dirty: bool) -> None:
        if not has_article:
            self.save_label.setText("")
        else:
            self.save_label.setText(self.tr("● Unsaved changes") if dirty else self.tr("✓ Saved"))
        self.save_label.setToolTip(
            self.tr("Changes are saved a moment after you stop typing (Ctrl+S saves now)"))

    def show_words(self, words: int | None) -> None:
        self.words_label.setText("" if words is None else self.tr("%n word(s)", "", words))

    def show_part(self, name: str) -> None:
        self.part_label.setText(name)

    def show_selection(self, words: int | None) -> None:
        """Words in the selection (None: nothing selected)."""
        self.selection_label.setText("" if words is None else self.tr("%n word(s) selected", "", words))

    def show_target(self, words: int | None, target: int | None) -> None:
        """Progress towards the article's word target (None: no target)."""
        if words is None or not target:
            self.target_label.setText("")
            self.target_label.setToolTip("")
            return
        percent = min(999, round(100 * words / target))
        self.target_label.setText(self.tr("%1 % of %2").replace("%1", str(percent))
                                  .replace("%2", str(target)))
        left = max(0, target - words)
        self.target_label.setToolTip(
            self.tr("Word target: %1 words; %2 to go").replace("%1", str(target)).replace("%2", str(left))
            if left else self.tr("Word target of %1 words reached").replace("%1", str(target)))
