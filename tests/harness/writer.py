"""A real writer for the crash harness: saves articles in a loop until it is killed.

Every save stamps the lead and every section of one article with the same number
``⟦n⟧``; after the save has returned (the transaction is committed) the writer
appends ``<article id> <n>`` to the acknowledgement file. The checker then knows
which changes were reported saved, and that a save is whole when all parts of an
article carry the same number.

Modes: ``store`` saves through ``Library.save_article`` back to back (the kill
lands mid-transaction most of the time); ``session`` edits the text in the app's
editor and lets the app's own autosave (``ArticleSession``) write it.

    python -m tests.harness.writer --db LIB --acks FILE [--mode store|session] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

from hubdesk.library.lock import LibraryLock
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Section

ARTICLES = 3
MARK_RE = re.compile(r"⟦(\d+)⟧")
WORDS = ("texte", "section", "rédaction", "source", "crédit", "article", "lecture", "été")


def stamp(rng: random.Random, n: int, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"{body} ⟦{n}⟧"


def mark(text: str) -> int:
    found = MARK_RE.findall(text)
    return int(found[-1]) if found else 0


def edited(article: Article, rng: random.Random) -> int:
    """Stamp every part of the article with the next number; sometimes add or drop a section."""
    n = mark(article.lead) + 1
    article.lead = stamp(rng, n, rng.randint(5, 40))
    roll = rng.random()
    if roll < 0.1 and len(article.sections) > 2:
        article.sections.pop(rng.randrange(len(article.sections)))
    elif roll < 0.2 and len(article.sections) < 12:
        article.sections.insert(rng.randrange(len(article.sections) + 1), Section("Nouvelle"))
    elif roll < 0.3:
        rng.shuffle(article.sections)
    for s in article.sections:
        s.body = stamp(rng, n, rng.randint(20, 400))
    return n


def ensure_articles(library: Library, rng: random.Random) -> list[str]:
    ids = [s.id for s in library.list_articles(sort="created", descending=False)]
    while len(ids) < ARTICLES:
        a = Article(title=f"Article {len(ids) + 1}", lead=stamp(rng, 0, 10),
                    sections=[Section(f"Partie {i}", stamp(rng, 0, 50)) for i in range(4)])
        library.save_article(a)
        ids.append(a.id)
    return ids


def ready() -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()


def run_store(library: Library, ids: list[str], rng: random.Random, ack: int) -> None:
    ready()
    while True:
        article = library.load_article(rng.choice(ids))
        n = edited(article, rng)
        library.save_article(article)
        os.write(ack, f"{article.id} {n}\n".encode())


def run_session(library: Library, ids: list[str], rng: random.Random, ack: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from hubdesk.model.document import compose
    from hubdesk.ui.editor.article_session import ArticleSession

    app = QApplication.instance() or QApplication([])
    editor = QPlainTextEdit()
    session = ArticleSession(library, editor)
    session.set_autosave_delay(rng.choice((100, 150, 250)))
    pending: dict[str, int] = {}

    def next_edit() -> None:
        if not session.open(rng.choice(ids)):
            raise SystemExit("could not open an article")
        article = library.load_article(session.article.id)
        n = edited(article, rng)
        pending[article.id] = n
        cursor = QTextCursor(editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(compose(article.lead, article.sections))  # typed over, undoable

    def on_saved(article_id: str) -> None:
        os.write(ack, f"{article_id} {pending.pop(article_id)}\n".encode())
        next_edit()

    session.saved.connect(on_saved)
    ready()
    next_edit()
    app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--acks", type=Path, required=True)
    parser.add_argument("--mode", choices=("store", "session"), default="store")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    lock = LibraryLock(args.db).acquire(wait=5)  # the previous writer's lock is stale
    library = Library.open(args.db)
    ids = ensure_articles(library, rng)
    ack = os.open(args.acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if args.mode == "store":
            run_store(library, ids, rng, ack)
        else:
            run_session(library, ids, rng, ack)
    finally:
        library.close()
        lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
