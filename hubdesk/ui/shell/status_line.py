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
        self.save_label = QLabel(bar)
        self.save_label.setObjectName("saveState")
        bar.addWidget(self.part_label, 1)
        bar.addPermanentWidget(self.words_label)
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
