"""Keystroke cost with spell checking on, against spell checking off, in the same run.

For articles of 2,000, 20,000 and 100,000 words (French, the corpus's real words),
opens the real main window, puts the cursor in the middle section and types. Each
keystroke is timed from the key press to the preview updated (editor, highlighter
with its spell check, part tracker, navigator, preview) as main-thread CPU time.
The same window is measured with the "spell_check" preference on, then off.

    python -m benchmarks.bench_spelling [--keys 40]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="hubdesk-bench-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_preview import SIZES, _place_cursor, incremental, summary  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402
from tests import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    app = QApplication([])
    print(f"keystroke -> preview updated, main-thread CPU ms, {args.keys} keys, median / p95")
    print(f"{'words':>8} {'spell check on':>18} {'spell check off':>18} {'ratio':>7} "
          f"{'open on (s)':>12} {'open off (s)':>12}  target <16 ms")
    for words in SIZES:
        library = Library.open(_TMP / f"bench-{words}.hubdesk")
        article = corpus.make_article(words, seed=7)
        article.language = "fr"
        library.save_article(article)
        rows = {}
        opened = {}
        for on in (True, False):
            settings = Settings(QSettings(str(_TMP / f"settings-{words}-{on}.ini"),
                                          QSettings.Format.IniFormat))
            settings.set("autosave_delay_ms", 60000)  # saving is not part of the keystroke
            settings.set("spell_check", on)
            window = MainWindow(library, settings)
            window.resize(1440, 900)
            window.show()
            QTest.qWaitForWindowExposed(window)
            c0 = time.thread_time()
            window.open_article(article.id)
            app.processEvents()
            opened[on] = time.thread_time() - c0
            loading_until = time.monotonic() + 30  # the dictionary loads in a thread
            while window.spelling.checker.active != on and time.monotonic() < loading_until:
                app.processEvents()
                time.sleep(0.01)
            assert window.spelling.checker.active == on
            window.preview.complete_backlog()
            while not window.highlighter.is_coloured():  # a long text's colours come in slices
                app.processEvents()
            _place_cursor(window)
            gc.collect()
            incremental(app, window, 5)
            rows[on] = summary(incremental(app, window, args.keys))
            window.session._dirty = False
            window.close()
            window.deleteLater()
            app.processEvents()
        on, off = rows[True], rows[False]
        verdict = "ok" if on[1] < 16 else "SLOW"
        print(f"{words:>8} {on[0]:>8.2f} / {on[1]:>6.2f} {off[0]:>8.2f} / {off[1]:>6.2f}"
              f" {on[0] / off[0]:>6.2f}x {opened[True]:>12.2f} {opened[False]:>12.2f}  {verdict}")
        library.close()
    shutil.rmtree(_TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
