"""Start-up: launch to a shown main window with the last article open, and memory.

Builds a library of 1,000 generated articles (``corpus.fill_library``), opens the
app once so that an article is remembered as the last one, then launches it
again several times in fresh processes. Each launch is timed from the process
start (before Python imports anything of HubDesk or Qt) the first paint of the
window with the article in the editor and preview ("shown"), and to the end of
the deferred start-up work (icons, metadata and credit panels); the resident
memory (RSS) is read at that second point. In the same run the baseline is a
bare ``QApplication`` showing an empty ``QMainWindow`` in a fresh process: the
floor that Python and Qt themselves cost on this machine.

    python -m benchmarks.bench_startup [--runs 5] [--articles 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import os, sys, time, json
T0 = float(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from PySide6.QtCore import QTimer

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

if sys.argv[1] == "app":
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    painted = {}

    class FirstPaint(QObject):
        # The first paint of the editor, with the article in it: the window is on screen.
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "s" not in painted:
                painted["s"] = time.time() - T0
            return False

    from hubdesk.ui.shell.app import build, create_application
    first_paint = FirstPaint(create_application([]))
    QApplication.instance().installEventFilter(first_paint)
    app, window = build(Path(sys.argv[4]), [])
    def done():
        if "s" not in painted and time.time() - T0 < 10:
            QTimer.singleShot(1, done)  # not painted yet: look again at the next turn
            return
        ok = window.session.article is not None and window.preview.frame_count() > 0
        ok = ok and window.side.built and "s" in painted
        print(json.dumps({"shown": painted.get("s", 0), "s": time.time() - T0, "rss": rss_mb(),
                          "ok": ok, "title": window.session.article.title if ok else ""}))
        window.close()
        app.quit()
else:
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1440, 900)
    window.show()
    def done():
        now = time.time() - T0
        print(json.dumps({"shown": now, "s": now, "rss": rss_mb(), "ok": True, "title": ""}))
        app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def launch(kind: str, db: Path, env: dict[str, str]) -> dict:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", PROBE, kind, repr(start), str(ROOT), str(db)],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-startup-"))
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
               XDG_CACHE_HOME=str(tmp / "cache"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hubdesk.library.store import Library
    from tests import corpus

    db = tmp / "library.hubdesk"
    with Library.open(db) as library:
        corpus.fill_library(library, args.articles, words=2000)
    first = launch("app", db, env)  # remembers the last article and the layout
    apps = [launch("app", db, env) for _ in range(args.runs)]
    bases = [launch("base", db, env) for _ in range(args.runs)]
    assert all(r["ok"] for r in apps), apps
    app_s = statistics.median(r["s"] for r in apps)
    shown_s = statistics.median(r["shown"] for r in apps)
    base_s = statistics.median(r["s"] for r in bases)
    app_mb = statistics.median(r["rss"] for r in apps)
    base_mb = statistics.median(r["rss"] for r in bases)
    print(f"library: {args.articles} articles of ~2,000 words; last article: {first['title']!r}")
    print(f"{'':30} {'start-up (s)':>13} {'RSS (MB)':>10}")
    verdict = "ok" if shown_s < 1 and app_mb < 200 else "MISSED"
    print(f"{'HubDesk shown, article in it':30} {shown_s:>13.3f}"
          f"                targets: shown < 1 s, RSS < 200 MB -> {verdict}")
    print(f"{'HubDesk with icons and panels':30} {app_s:>13.3f} {app_mb:>10.1f}")
    print(f"{'bare Qt window (floor)':30} {base_s:>13.3f} {base_mb:>10.1f}")
    print(f"HubDesk / floor: {shown_s / base_s:.2f}x time to shown, {app_mb / base_mb:.2f}x memory")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
