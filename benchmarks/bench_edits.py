"""UI-thread time of an autosave and of the structural edits, at 2k, 20k and 100k words.

Opens a generated article in a real main window, then times on the UI thread
(median of several runs): a save after one typed character (what autosave
does), moving a section down and back, adding a section, splitting one and
merging it back. Each operation is followed by the event loop until it is idle,
so the preview's and outline's updates are counted too. The issue's target is
under 16 ms for each at 100k words.

    python -m benchmarks.bench_edits [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hubdesk.library.store import Library  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402
from tests import corpus  # noqa: E402
from tests.ui_helpers import put_cursor_in  # noqa: E402

WORDS = (2_000, 20_000, 100_000)


def _idle(app: QApplication, window: MainWindow) -> None:
    for _ in range(3):
        app.processEvents()
    window.preview.flush()


def _timed(app: QApplication, window: MainWindow, action) -> float:
    start = time.perf_counter()
    action()
    _idle(app, window)
    return time.perf_counter() - start


def measure(app: QApplication, window: MainWindow, runs: int) -> dict[str, float]:
    nav = window.navigator
    times: dict[str, list[float]] = {k: [] for k in ("autosave", "move", "new heading", "split", "merge")}
    middle = len(window.session.article.sections) // 2
    for _ in range(runs):
        put_cursor_in(window, middle)
        window.editor.insertPlainText("x")
        _idle(app, window)
        times["autosave"].append(_timed(app, window, window.session.save))
        put_cursor_in(window, middle)
        times["move"].append(_timed(app, window, lambda: nav.move_current(1)))
        nav.move_current(-1)
        _idle(app, window)
        put_cursor_in(window, middle)
        times["new heading"].append(_timed(app, window, nav.add_section))
        window.editor.undo()
        _idle(app, window)
        put_cursor_in(window, middle, line=1)
        times["split"].append(_timed(app, window, nav.split_at_cursor))
        times["merge"].append(_timed(app, window, nav.merge_current))
        _idle(app, window)
        window.session.save()
    return {k: statistics.median(v) * 1000 for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-edits-"))
    library = Library.open(tmp / "bench.hubdesk")
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.resize(1400, 900)
    window.show()
    rows = {}
    for words in WORDS:
        article = corpus.make_article(words, seed=words, language="en")
        library.save_article(article)
        window.open_article(article.id)
        window.preview.complete_backlog()
        _idle(app, window)
        rows[words] = measure(app, window, args.runs)
    print("UI-thread time per operation (ms, median); target: under 16 ms at 100k words")
    names = list(rows[WORDS[0]])
    print(f"{'words':>8} " + " ".join(f"{n:>12}" for n in names))
    for words, row in rows.items():
        print(f"{words:>8,} " + " ".join(f"{row[n]:>12.1f}" for n in names))
    window.close()
    library.close()


if __name__ == "__main__":
    main()
