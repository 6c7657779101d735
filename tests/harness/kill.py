"""The crash harness: start a real writer, kill it at a random moment, check, repeat.

After every kill the library must pass SQLite's integrity check and HubDesk's own
check, every save the writer acknowledged must be there, and every article must be
whole (its lead and all its sections from the same save).

    python -m tests.harness.kill --kills 200            # the full run
    python -m tests.harness.kill --kills 20 --mode mixed

Exits 0 when every check passed; prints one line per failure otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.library.check import check_library
from hubdesk.library.store import Library

from .writer import mark

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class HarnessResult:
    kills: int = 0
    acknowledged: int = 0  # saves reported saved, over all runs
    wal_to_replay: int = 0  # kills after which the write-ahead log held saves to replay
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def read_acks(path: Path) -> dict[str, int]:
    """The highest acknowledged save number of each article (a torn last line is ignored)."""
    best: dict[str, int] = {}
    if not path.exists():
        return best
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            best[parts[0]] = max(best.get(parts[0], 0), int(parts[1]))
    return best


def verify(db: Path, acks: dict[str, int]) -> list[str]:
    """What is wrong with the library after a kill (empty when everything holds)."""
    problems = []
    with Library.open(db) as lib:  # opening replays the write-ahead log, as the app does
        problems += [f"integrity: {p}" for p in lib.integrity_check()]
        for summary in lib.list_articles():
            article = lib.load_article(summary.id)
            n = mark(article.lead)
            marks = {mark(s.body) for s in article.sections}
            if marks != {n}:
                problems.append(f"{article.id}: half-written (lead {n}, sections {sorted(marks)})")
            if n < acks.get(article.id, 0):
                problems.append(f"{article.id}: acknowledged save {acks[article.id]} lost "
                                f"(library has {n})")
    report = check_library(db)
    problems += [f"check: {p}" for p in report.problems]
    return problems


def run_harness(
    kills: int, *, mode: str = "store", seed: int = 1, folder: Path | None = None,
    max_delay: float = 0.6, log=print,
) -> HarnessResult:
    """Kill a writer ``kills`` times; ``mode`` is store, session or mixed."""
    rng = random.Random(seed)
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="hubdesk-kill-")) if own else folder
    db, ack_file = folder / "library.hubdesk", folder / "acks.txt"
    result = HarnessResult()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    for i in range(kills):
        writer_mode = mode if mode != "mixed" else ("session" if i % 4 == 3 else "store")
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harness.writer", "--db", str(db), "--acks",
             str(ack_file), "--mode", writer_mode, "--seed", str(seed * 100_000 + i)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = proc.stdout.readline().strip()
        if line != "ready":
            proc.kill()
            err = proc.communicate(timeout=30)[1]
            result.failures.append(f"kill {i}: the writer did not start: {err.strip()[-500:]}")
            break
        time.sleep(rng.uniform(0.0, max_delay))
        if proc.poll() is not None:
            err = proc.communicate()[1]
            result.failures.append(f"kill {i}: the writer stopped by itself: {err.strip()[-500:]}")
            break
        proc.kill()  # SIGKILL on POSIX: no clean-up of any kind
        proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()
        result.kills += 1
        wal = db.with_name(db.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            result.wal_to_replay += 1
        acks = read_acks(ack_file)
        result.acknowledged = sum(1 for _ in ack_file.open(encoding="utf-8")) if ack_file.exists() else 0
        problems = verify(db, acks)
        for p in problems:
            result.failures.append(f"kill {i} ({writer_mode}): {p}")
        if problems:
            break
        if (i + 1) % 20 == 0:
            log(f"{i + 1} kills, {result.acknowledged} acknowledged saves, all checks passed")
    if own and result.ok:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--mode", choices=("store", "session", "mixed"), default="mixed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.6,
                        help="longest wait in seconds before a kill")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    result = run_harness(args.kills, mode=args.mode, seed=args.seed, folder=args.keep,
                         max_delay=args.max_delay)
    print(f"{result.kills} kills in {time.monotonic() - started:.0f} s, "
          f"{result.acknowledged} acknowledged saves, {result.wal_to_replay} kills with saves "
          f"pending in the write-ahead log, {len(result.failures)} failure(s)")
    for f in result.failures:
        print(f"FAIL {f}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
