"""Typing in one long part: the longest time the UI thread is blocked per key.

Opens an article whose lead is one long part (ordinary paragraphs, or a list of
short items) of 256 KB, 512 KB, 1 MB and 2 MB in a real main window, waits until it
is loaded, coloured and previewed, then types six keys in the middle of the part,
one per event-loop turn, and records with a 1 ms timer on the UI thread the longest
gap between its ticks in the 300 ms after each key (the key itself, the part read
again, the outline's word count, the preview's render), and once more while the
preview catches up after the last key. The worst of the seven is reported. The same run measures the baseline: the long part rendered on the UI
thread after each key, as every part was before (``WORKER_PART_CHARS`` set past any
size); the ratio is baseline / now.

    python -m benchmarks.bench_typing_long
    python -m benchmarks.bench_typing_long --shapes list
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_open import StallMeter, _settle  # noqa: E402
from hubdesk.importers.dispatch import import_text  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.ui.editor import preview as preview_module  # noqa: E402
from hubdesk.ui.shell.app import GIL_SWITCH_S  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402

KB = 1024
SIZES = (256 * KB, 512 * KB, 1024 * KB, 2000 * KB)
SHAPES = {
    "prose": lambda size: (
        "A paragraph of ordinary prose, with *some* emphasis and a [link](https://example.org)"
        " in it, long enough to wrap on two lines of the editor.\n\n"
    ) * (size // 140),
    "list": lambda size: "".join(f"- Item number {i} of a long list\n" for i in range(size // 34)),
}


def _type_keys(app: QApplication, window: MainWindow, keys: str = "abcdef") -> list[float]:
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    editor.setTextCursor(cursor)
    editor.setFocus()
    meter, gaps = StallMeter(), []
    for key in keys:
        meter.start()
        QTimer.singleShot(0, lambda k=key: QTest.keyClick(editor, k))
        _settle(app, lambda: False, 0.3, 0)
        gaps.append(meter.stop())
    # Then the preview catching up once the typing stops (its render lands in the document).
    meter.start()
    _settle(app, window.preview.is_complete, 0.3, 300)
    gaps.append(meter.stop())
    return gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    args = parser.parse_args()
    sys.setswitchinterval(GIL_SWITCH_S)  # as the app does
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-typing-"))
    library = Library.open(tmp / "bench.hubdesk")
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.resize(1400, 900)
    window.show()
    worker_chars = preview_module.WORKER_PART_CHARS
    print("Longest UI-thread block while typing in one long part (s, worst of 6 keys and"
          " the preview catching up);"
          " sizes " + ", ".join(f"{s // KB:,}" for s in SIZES) + " KB")
    print(f"{'shape':8} {'path':9} {'n':>7} {'2n':>7} {'4n':>7} {'8n':>7} {'growth':>7}")
    for name in args.shapes:
        rows: dict[str, list[float]] = {"before": [], "after": []}
        for size in SIZES:
            article = import_text(f"# {name} {size}\n\n{SHAPES[name](size)}\n", markdown=True)
            library.save_article(article)
            for path, limit in (("before", 10**12), ("after", worker_chars)):
                preview_module.WORKER_PART_CHARS = limit
                window.session.show(library.load_article(article.id))
                _settle(app, lambda: not window.session.is_loading
                        and window.preview.is_complete() and window.highlighter.is_coloured(),
                        0.3, 300)
                rows[path].append(max(_type_keys(app, window)))
                window.session.save()
        for path, times in rows.items():
            growth = times[3] / times[0] if times[0] > 0 else float("nan")
            print(f"{name:8} {path:9} " + " ".join(f"{t:7.3f}" for t in times) + f" {growth:7.1f}")
        print(f"{'':8} {'ratio':9} " + " ".join(
            f"{b / a if a > 0 else float('inf'):6.1f}x"
            for b, a in zip(rows["before"], rows["after"], strict=True)), flush=True)
    preview_module.WORKER_PART_CHARS = worker_chars
    window.close()
    library.close()


if __name__ == "__main__":
    main()
