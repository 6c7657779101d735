"""Import and search speed: the sample page, a 1,000-file batch, search over 10,000 articles.

Run from the repository: ``python -m benchmarks.bench_import_search``. The 10,000-article
library is built once into ``benchmarks/out/`` (git-ignored) and reused; ``--rebuild``
builds it again. Every figure is printed beside a baseline measured in the same run:

- import: reading the same file and splitting its lines (the least any importer does);
- batch: reading the same 1,000 files;
- search: a naive ``LIKE '%word%'`` scan of the same text, the way a search
  without an index works. Target: library search median under 30 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

from hubdesk.formats.markdown_format import article_to_markdown  # noqa: E402
from hubdesk.importers import import_file, iter_import_paths  # noqa: E402
from hubdesk.library.search_query import to_fts_query  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from tests import corpus  # noqa: E402

OUT = HERE / "out"
SAMPLE = ROOT.parent / "shared" / "samples" / "000_f27d53dc912c0ddd.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "web_page_fr.txt"
TARGET_MS = 30.0
ONE_WORD = ("souveraineté", "hôpital", "climate", "laboratoire", "transparency", "énergie")
THREE_WORDS = (
    "souveraineté numérique européenne",
    "digital sovereignty europe",
    "régulation modèles langage",
    "hospital energy climate",
    '"intelligence artificielle"',
    "startup* investisseurs données",
)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` calls (after one warm-up call)."""
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def row(name: str, ours: list[float], base: list[float], note: str = "") -> None:
    m, b = statistics.median(ours), statistics.median(base)
    ratio = b / m if m else float("inf")
    print(
        f"{name:<44} {m:9.2f} {max(ours):9.2f} {b:10.2f} {ratio:8.1f}x  {note}"
    )


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"{'':<44} {'median ms':>9} {'worst ms':>9} {'baseline':>10} {'ratio':>9}")


def bench_single(repeat: int) -> None:
    header("Import one web page (baseline: read the file and split its lines)")
    for label, path in (("sample (000_f27d53dc912c0ddd.txt)", SAMPLE), ("fixture web_page_fr.txt", FIXTURE)):
        if not path.exists():
            print(f"{label:<44} missing: {path}")
            continue
        ours = timed(lambda p=path: import_file(p), repeat)
        base = timed(lambda p=path: p.read_text(encoding="utf-8").split("\n"), repeat)
        row(label, ours, base, "baseline/ours: how close import is to raw reading")


def bench_batch(count: int, words: int) -> None:
    header(f"Import a batch of {count:,} Markdown files of ~{words:,} words (baseline: read them)")
    with tempfile.TemporaryDirectory(prefix="hubdesk-batch-") as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        for i in range(count):
            article = corpus.make_article(words, seed=100_000 + i, language="fr" if i % 2 else "en")
            (folder / f"{i:05d}.md").write_text(article_to_markdown(article), encoding="utf-8")
        t0 = time.perf_counter()
        paths = list(iter_import_paths([folder]))
        articles = [import_file(p) for p in paths]
        t_parse = (time.perf_counter() - t0) * 1000
        with Library.open(Path(tmp) / "batch.hubdesk") as lib:
            t1 = time.perf_counter()
            lib.save_articles(articles)
            t_save = (time.perf_counter() - t1) * 1000
            assert lib.count_articles() == count
        t2 = time.perf_counter()
        for p in paths:
            p.read_bytes()
        t_read = (time.perf_counter() - t2) * 1000
    total = t_parse + t_save
    print(f"{'parse ' + str(count) + ' files':<44} {t_parse:9.0f}")
    print(f"{'save in one transaction (with FTS index)':<44} {t_save:9.0f}")
    print(
        f"{'total':<44} {total:9.0f} {'':9} {t_read:10.0f} {t_read / total:8.3f}x  "
        f"{total / count:.1f} ms per article"
    )


def search_library(count: int, words: int, rebuild: bool) -> Path:
    path = OUT / f"search-{count}x{words}.hubdesk"
    if rebuild and path.exists():
        for extra in path.parent.glob(path.name + "*"):
            extra.unlink()
    if path.exists():
        with Library.open(path) as lib:
            if lib.count_articles() == count:
                return path
        for extra in path.parent.glob(path.name + "*"):
            extra.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"\nBuilding {path.name} ({count:,} articles of ~{words:,} words); done once ...")
    t0 = time.perf_counter()
    tmp = path.with_suffix(".building")
    with Library.open(tmp) as lib:
        corpus.fill_library(lib, count, words=words)
    shutil.move(tmp, path)
    print(f"built in {time.perf_counter() - t0:.0f} s")
    return path


def bench_search(count: int, words: int, rebuild: bool, repeat: int) -> None:
    path = search_library(count, words, rebuild)
    with Library.open(path) as lib:
        con = lib.connection
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        header(
            f"Search {n:,} articles, 50 ranked hits with snippets "
            f"(baseline: LIKE '%word%' scan of every article)"
        )

        def naive(query: str) -> list:
            words_ = [w.strip('"*') for w in query.split()]
            where = " AND ".join(
                "(a.title LIKE ? OR a.lead LIKE ? OR EXISTS (SELECT 1 FROM sections s"
                " WHERE s.article_id = a.id AND s.body LIKE ?))" for _ in words_
            )
            args = [f"%{w}%" for w in words_ for _ in range(3)]
            # No index: every article is read, as ranking the hits requires.
            rows = con.execute(
                f"SELECT a.id, a.title FROM articles a WHERE a.deleted IS NULL AND {where}", args
            ).fetchall()
            return rows[:50]

        all_ours: dict[str, list[float]] = {"one word": [], "three words": []}
        for group, queries in (("one word", ONE_WORD), ("three words", THREE_WORDS)):
            for q in queries:
                hits = lib.search(q)
                assert hits and all(h.snippet for h in hits), q
                ours = timed(lambda q=q: lib.search(q), repeat)
                base = timed(lambda q=q: naive(q), max(1, repeat // 5))
                all_ours[group] += ours
                row(f"{group}: {q}", ours, base, f"{len(hits)} hits")
        print("\nWhere the time goes (three-word queries, medians over all of them):")
        ranking_sql = (
            "SELECT a.id, a.title, f.rank FROM articles_fts f JOIN articles a"
            " ON a.rowid = f.rowid WHERE articles_fts MATCH ? AND a.deleted IS NULL"
            " ORDER BY f.rank LIMIT 50"
        )
        counts, ranking = [], []
        for q in THREE_WORDS:
            fts = to_fts_query(q)
            counts.append(con.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts,)
            ).fetchone()[0])
            ranking += timed(lambda f=fts: con.execute(ranking_sql, (f,)).fetchall(), repeat)
        rank_ms = statistics.median(ranking)
        full_ms = statistics.median(all_ours["three words"])
        print(f"  articles matching each query: {min(counts):,} to {max(counts):,} of {n:,}")
        print(f"  match + bm25 ranking, 50 hits, no snippet: {rank_ms:7.2f} ms")
        print(f"  snippets for the 50 hits (the rest):        {full_ms - rank_ms:7.2f} ms")
        print()
        for group, values in all_ours.items():
            med = statistics.median(values)
            verdict = "meets" if med < TARGET_MS else "MISSES"
            print(
                f"{group:<12} median {med:7.2f} ms, worst {max(values):7.2f} ms: "
                f"{verdict} the {TARGET_MS:.0f} ms target"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the search library")
    parser.add_argument("--words", type=int, default=2_000, help="words per generated article")
    parser.add_argument("--batch", type=int, default=1_000, help="files in the batch import")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per measure")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the search library")
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}; times are milliseconds")
    bench_single(args.repeat)
    bench_batch(args.batch, args.words)
    if not args.skip_search:
        bench_search(args.articles, args.words, args.rebuild, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
