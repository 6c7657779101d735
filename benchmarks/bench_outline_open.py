"""Opening an article: the outline's fill and the editor's put-in, now and as before.

For the shapes of ``bench_open`` that cost most on this side (many sections, lines
of only ``-``) at 10, 20, 40 and 80 KB, in a real main window, times on the UI
thread (median of 5, wall clock and main-thread CPU):

- "outline": the navigator filled for the open article. Before: one
  ``addTopLevelItem`` per row, each row built in the tree (a signal and a relayout
  each). Now: rows made outside the tree and put in with one call.
- "put in": the editor's ``setPlainText`` of the article's text. Before: the
  highlighter attached, called by Qt once per line to set the line's state (the
  "light pass"). Now: the highlighter detached, only the fenced lines' states set.

Both paths run in the same pass over the same articles.

    python -m benchmarks.bench_outline_open
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTreeWidgetItem  # noqa: E402

from benchmarks.bench_open import SHAPES, SIZES  # noqa: E402
from hubdesk.importers.dispatch import import_text  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.ui.editor import section_navigator  # noqa: E402
from hubdesk.ui.editor.markdown_highlighter import _FENCE, _IN_FENCE  # noqa: E402
from hubdesk.ui.shell.app import GIL_SWITCH_S  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402

RUNS = 5
BENCH_SHAPES = ("many sections", "lines of only '-'")


def _old_fill(nav) -> None:
    """The outline filled row by row, as before (title, lead, sections, closing rows)."""
    nav.blockSignals(True)
    nav.clear()
    parts = nav.session.tracker.parts
    nav._counts = [section_navigator._words(p) for p in parts]
    rows = [("Title", 0, -1), ("Lead", nav._counts[0], 0)]
    rows += [(p.heading or "", nav._counts[n], n) for n, p in enumerate(parts) if n > 0]
    rows += [("Credits", 0, -2), ("AI disclosure", 0, -3)]
    icon = nav._row_icon("mdi6.format-header-2")
    for text, count, part in rows:
        item = QTreeWidgetItem([text, str(count)])
        item.setData(0, section_navigator.ROLE_PART, part)
        item.setIcon(0, icon)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if part > 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        nav.addTopLevelItem(item)
    nav.blockSignals(False)
    nav._fit_counts()


def _new_fill(nav) -> None:
    nav._counts = []
    nav.rebuild()


def _old_put(window, text: str) -> None:
    """setPlainText with the highlighter attached giving each line its state."""
    highlighter = window.highlighter

    def light(line: str) -> None:
        in_fence = highlighter.previousBlockState() == _IN_FENCE
        highlighter.setCurrentBlockState(_IN_FENCE if in_fence != bool(_FENCE.match(line)) else 0)

    highlighter.highlightBlock = light
    try:
        QPlainTextEdit.setPlainText(window.editor, text)
    finally:
        del highlighter.highlightBlock


def _new_put(window, text: str) -> None:
    window.editor.setPlainText(text)


def _timed(app: QApplication, action) -> tuple[float, float]:
    app.processEvents()
    wall, cpu = time.perf_counter(), time.thread_time()
    action()
    return time.perf_counter() - wall, time.thread_time() - cpu


def _settle(app: QApplication, window: MainWindow) -> None:
    end = time.monotonic() + 60
    while time.monotonic() < end and not (
        window.preview.is_complete()
        and window.highlighter.is_coloured()
        and window.review.marks.is_done()
    ):
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    sys.setswitchinterval(GIL_SWITCH_S)  # as the app does (hubdesk.ui.shell.app)
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-outline-"))
    library = Library.open(tmp / "bench.hubdesk")
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.resize(1400, 900)
    window.show()
    blank = import_text("# Blank\n\nNothing.\n", markdown=True)
    library.save_article(blank)
    print(f"UI-thread time (ms, median of {RUNS}: wall / main-thread CPU); sizes 10, 20, 40, 80 KB")
    print(f"{'shape':20} {'step':8} {'path':7} " + " ".join(f"{s // 1024:>11} KB" for s in SIZES))
    for name in BENCH_SHAPES:
        rows: dict[tuple[str, str], list[str]] = {}
        ratios: dict[str, list[str]] = {"outline": [], "put in": []}
        for size in SIZES:
            article = import_text(f"# {name} {size}\n\n{SHAPES[name](size)}\n", markdown=True)
            library.save_article(article)
            window.open_article(article.id)
            _settle(app, window)
            text = window.editor.toPlainText()
            steps = {
                "outline": (
                    lambda: _old_fill(window.navigator),
                    lambda: _new_fill(window.navigator),
                ),
                "put in": (lambda t=text: _old_put(window, t), lambda t=text: _new_put(window, t)),
            }
            for step, (old, new) in steps.items():
                # The put-in alone: the part tracker waits, as when an article is shown.
                window.session.tracker.suspended = step == "put in"
                times: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
                for _ in range(RUNS):
                    for path, action in (("before", old), ("after", new)):
                        if step == "put in":
                            window.editor.setPlainText("")  # each put-in replaces a short text
                        times[path].append(_timed(app, action))
                        _settle(app, window)
                medians = {}
                for path, values in times.items():
                    wall = statistics.median(v[0] for v in values) * 1000
                    cpu = statistics.median(v[1] for v in values) * 1000
                    medians[path] = cpu
                    rows.setdefault((step, path), []).append(f"{wall:6.1f}/{cpu:6.1f}")
                ratios[step].append(f"{medians['before'] / max(medians['after'], 1e-6):6.1f}x cpu")
            window.session.tracker.suspended = False
            window.open_article(blank.id)
            _settle(app, window)
        for (step, path), cells in rows.items():
            print(f"{name:20} {step:8} {path:7} " + " ".join(f"{c:>14}" for c in cells))
        for step, cells in ratios.items():
            print(f"{name:20} {step:8} {'ratio':7} " + " ".join(f"{c:>14}" for c in cells))
    window.close()
    library.close()


if __name__ == "__main__":
    main()
