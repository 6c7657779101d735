"""Keystroke to updated preview: HubDesk's incremental preview against the naive approach.

For articles of 2,000, 20,000 and 100,000 words, opens the real main window on a
temporary library, puts the cursor in the middle section and types characters.
Each keystroke is timed from the key press to the preview updated and repainted
(editor, highlighter, part tracker, navigator, preview) as CPU time of the main
thread (``time.thread_time``), which other processes on a busy machine do not
inflate; the wall-clock median is printed beside it.
In the same run, the baseline does what a simple preview would: parse the whole
text, render the whole article and ``setHtml`` it into a preview of the same size.
The articles cite reference-style links and footnotes defined in a last section
(``corpus.make_article(references=True)``), so every section depends on it.

    python -m benchmarks.bench_preview [--keys 40] [--plain]

``--plain`` uses articles without reference links and footnotes (the figures of
earlier versions were taken on those).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="hubdesk-bench-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from hubdesk.formats.render import render_article_body  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.model.document import parse  # noqa: E402
from hubdesk.ui.shell.app import GIL_SWITCH_S  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402
from tests import corpus  # noqa: E402

SIZES = tuple(int(s) for s in os.environ.get("HUBDESK_BENCH_SIZES", "2000,20000,100000").split(","))
KEYS = "the quick brown fox jumps over "


def _place_cursor(window: MainWindow) -> None:
    tracker = window.session.tracker
    middle = len(tracker.parts) // 2
    block = window.editor.document().findBlockByNumber(tracker.parts[middle].start_block + 2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.centerCursor()


Timing = tuple[list[float], list[float]]  # main-thread CPU ms, wall-clock ms


def incremental(app: QApplication, window: MainWindow, keys: int) -> Timing:
    cpu, wall = [], []
    for n in range(keys):
        ch = KEYS[n % len(KEYS)]
        c0, t0 = time.thread_time(), time.perf_counter()
        QTest.keyClick(window.editor, ch)
        window.preview.flush()
        app.processEvents()
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return cpu, wall


def naive(app: QApplication, window: MainWindow, browser: QTextBrowser, keys: int) -> Timing:
    article = window.session.article
    cpu, wall = [], []
    for n in range(keys):
        ch = KEYS[n % len(KEYS)]
        c0, t0 = time.thread_time(), time.perf_counter()
        QTest.keyClick(window.editor, ch)
        article.lead, article.sections = parse(window.editor.toPlainText(), article.sections)
        browser.setHtml(render_article_body(article))
        app.processEvents()
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return cpu, wall


def summary(timing: Timing) -> tuple[float, float, float]:
    """Median and 95th percentile of main-thread CPU time, and median wall-clock time."""
    cpu = sorted(timing[0])
    return statistics.median(cpu), cpu[max(0, int(len(cpu) * 0.95) - 1)], statistics.median(timing[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--plain", action="store_true", help="no reference links or footnotes")
    args = parser.parse_args()
    sys.setswitchinterval(GIL_SWITCH_S)  # as the app does (hubdesk.ui.shell.app)
    app = QApplication([])
    settings = Settings()
    settings.set("autosave_delay_ms", 60000)  # saving is not part of the keystroke
    kind = "plain prose" if args.plain else "prose with reference links and footnotes"
    print(f"{kind}; keystroke -> preview updated: main-thread CPU time, {args.keys} keys,"
          " median / p95 (ms), [wall-clock median, noisy on a shared machine]")
    print(f"{'words':>8} {'incremental':>24} {'naive baseline':>26} {'ratio':>7}  target <16 ms")
    for words in SIZES:
        library = Library.open(_TMP / f"bench-{words}.hubdesk")
        article = corpus.make_article(words, seed=7, references=not args.plain)
        library.save_article(article)
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()
        window.open_article(article.id)
        QTest.qWaitForWindowExposed(window)
        app.processEvents()
        window.preview.complete_backlog()  # long articles finish rendering after opening
        _place_cursor(window)
        opening = summary(incremental(app, window, 10))  # while a long text is still coloured
        while not window.highlighter.is_coloured():  # a long text's colours come in slices
            app.processEvents()
        _place_cursor(window)
        gc.collect()
        gc.freeze()  # as the app does after start-up
        incremental(app, window, 5)  # warm-up
        inc = summary(incremental(app, window, args.keys))

        window.session.parts_replaced.disconnect(window.preview.parts_replaced)
        browser = QTextBrowser()
        browser.resize(window.preview.size())
        browser.show()
        naive(app, window, browser, 3)
        base = summary(naive(app, window, browser, max(10, args.keys // 2)))
        verdict = "ok" if inc[1] < 16 else "SLOW"
        print(f"{words:>8} {inc[0]:>6.2f} / {inc[1]:>6.2f} [{inc[2]:>6.2f}]"
              f"  {base[0]:>7.2f} / {base[1]:>7.2f} [{base[2]:>7.2f}]"
              f"  {base[0] / inc[0]:>6.1f}x  {verdict}"
              f"   (just after opening: {opening[0]:.2f} / {opening[1]:.2f})")
        window.session.mark_dirty()
        window.session._dirty = False  # nothing to keep: the library is thrown away
        window.close()
        browser.close()
        window.deleteLater()
        browser.deleteLater()
        library.close()
        app.processEvents()
        gc.collect()
    shutil.rmtree(_TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
