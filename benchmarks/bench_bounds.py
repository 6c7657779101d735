"""Articles at the corners of what an import accepts: opening one, and typing in it.

Each article sits at one bound of ``hubdesk.model.bounds`` (and within the others):
2,000,000 characters of prose, 50,000 short lines, 5,000 sections, and lines of
10,000 characters. In a real main window the bench opens each (from a click, as the
library does) and records with a 1 ms timer on the UI thread the longest gap between
its ticks until the text is all in, coloured and previewed; then it types six keys
in the middle of the text and records the longest gap after each, and while the
preview catches up after the last (the worst of these).

The baseline runs in the same process: the text put in with one ``setPlainText``,
a long part typed in rendered on the UI thread, Qt laying the preview out in its
own steps, and the collector left on during the preview's build, as before.

    python -m benchmarks.bench_bounds
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_open import StallMeter, _settle  # noqa: E402
from benchmarks.bench_typing_long import _type_keys  # noqa: E402
from hubdesk.importers.dispatch import import_text  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.model import bounds  # noqa: E402
from hubdesk.ui.editor import preview as preview_module  # noqa: E402
from hubdesk.ui.editor import preview_builder, preview_layout, text_loader  # noqa: E402
from hubdesk.ui.shell.app import GIL_SWITCH_S  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402


def _prose() -> str:
    paragraph = ("Ordinary prose with *some* emphasis and a [link](https://example.org), "
                 "long enough to wrap. ") * 6
    return "\n\n".join([paragraph] * (bounds.MAX_TEXT_CHARS // (len(paragraph) + 2) - 5))


def _lines() -> str:
    return "\n".join("- item" for _ in range(bounds.MAX_LINES - 10))


def _sections() -> str:
    return "\n\n".join(f"## Section {i}\n\nA few words in section {i}."
                       for i in range(bounds.MAX_SECTIONS))


def _paragraphs() -> str:
    paragraph = ("word " * (bounds.MAX_LINE_CHARS // 5))[: bounds.MAX_LINE_CHARS]
    return "\n\n".join([paragraph] * (bounds.MAX_TEXT_CHARS // bounds.MAX_LINE_CHARS - 1))


CORNERS: dict[str, Callable[[], str]] = {
    "2,000,000 characters": _prose,
    "50,000 lines": _lines,
    "5,000 sections": _sections,
    "10,000-char lines": _paragraphs,
}


class _OldPaths:
    """The paths before: switched on for the baseline, off for the current code."""

    def __init__(self) -> None:
        self.saved = (text_loader.LONG_LOAD_CHARS, text_loader.LONG_LOAD_LINES,
                      preview_module.WORKER_PART_CHARS, preview_builder.PAUSED_COLLECTION_CHARS,
                      preview_layout.LayoutPacer.active)

    def set(self, old: bool) -> None:
        if not old:
            (text_loader.LONG_LOAD_CHARS, text_loader.LONG_LOAD_LINES,
             preview_module.WORKER_PART_CHARS, preview_builder.PAUSED_COLLECTION_CHARS,
             preview_layout.LayoutPacer.active) = self.saved
            return
        huge = 10**12
        text_loader.LONG_LOAD_CHARS = text_loader.LONG_LOAD_LINES = huge
        preview_module.WORKER_PART_CHARS = preview_builder.PAUSED_COLLECTION_CHARS = huge
        preview_layout.LayoutPacer.active = False


def _open(app: QApplication, window: MainWindow, article_id: str, blank: str) -> float:
    window.open_article(blank)
    _settle(app, window.preview.is_complete, 0.1)
    meter = StallMeter()
    meter.start()
    QTimer.singleShot(0, lambda: window.open_article(article_id))
    _settle(app, lambda: (
        window.session.article is not None and window.session.article.id == article_id
        and not window.session.is_loading and window.preview.is_complete()
        and window.highlighter.is_coloured()), 0.3, 300)
    return meter.stop()


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    sys.setswitchinterval(GIL_SWITCH_S)  # as the app does
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-bounds-"))
    library = Library.open(tmp / "bench.hubdesk")
    blank = import_text("# Blank\n\nNothing.\n", markdown=True)
    library.save_article(blank)
    window = MainWindow(library, Settings(QSettings(str(tmp / "s.ini"),
                                                    QSettings.Format.IniFormat)))
    window.resize(1400, 900)
    window.show()
    paths = _OldPaths()
    print("Longest UI-thread block (s): opening the article, and typing in it (worst of 6"
          " keys and the preview catching up); before = the old paths in the same run")
    print(f"{'article':22} {'open before':>12} {'open now':>9} {'ratio':>6}"
          f" {'key before':>11} {'key now':>8} {'ratio':>6}")
    for name, make in CORNERS.items():
        article = import_text(f"# {name}\n\n{make()}\n", markdown=True)
        assert bounds.bounds_error(article) is None, (name, bounds.bounds_error(article))
        library.save_article(article)
        cells = {}
        for path in ("before", "now"):
            paths.set(path == "before")
            cells[path] = (_open(app, window, article.id, blank.id),
                           max(_type_keys(app, window)))
            window.session.save()
        paths.set(False)
        (ob, kb), (on, kn) = cells["before"], cells["now"]
        print(f"{name:22} {ob:12.3f} {on:9.3f} {ob / on:5.1f}x {kb:11.3f} {kn:8.3f}"
              f" {kb / kn:5.1f}x", flush=True)
    window.close()
    library.close()


if __name__ == "__main__":
    main()
