"""Deterministic generated articles and libraries for benchmarks and scale tests.

The text is made from a small French and English vocabulary so that search,
rendering and word counts behave as they do on real prose.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hubdesk.model.article import Article, Credit, Disclosure, Section, Status

_FR = (
    "la souveraineté numérique européenne est un enjeu majeur pour les rédactions qui publient "
    "chaque semaine des articles longs sur l’intelligence artificielle la régulation les "
    "modèles de langage les startups de la French Tech les investisseurs les institutions "
    "publiques et les citoyens débat analyse stratégie financement innovation éthique données "
    "sécurité transparence ouverture croissance marché concurrence emploi formation école "
    "université recherche laboratoire énergie climat santé hôpital transport ville région"
).split()
_EN = (
    "digital sovereignty in europe is a major question for newsrooms that publish long "
    "articles every week about artificial intelligence regulation language models startups "
    "investors public institutions and citizens debate analysis strategy funding innovation "
    "ethics data security transparency openness growth market competition jobs training school "
    "university research laboratory energy climate health hospital transport city region"
).split()
_MARKUP = ("**{}**", "*{}*", "[{}](https://example.org/{})", "`{}`")


def _sentence(rng: random.Random, vocab: list[str], n: int) -> str:
    words = [rng.choice(vocab) for _ in range(n)]
    if rng.random() < 0.3:
        i = rng.randrange(n)
        fmt = rng.choice(_MARKUP)
        words[i] = fmt.format(words[i], words[i])
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, vocab: list[str], words: int) -> str:
    out, left = [], words
    while left > 0:
        n = min(left, rng.randint(12, 28))
        out.append(_sentence(rng, vocab, n))
        left -= n
    return " ".join(out)


def _cite(rng: random.Random, paragraph: str, n_refs: int, n_notes: int) -> str:
    """The paragraph with a reference link and, sometimes, a footnote added."""
    words = paragraph.split(" ")
    i = rng.randrange(len(words))
    ref = rng.randrange(n_refs)
    words[i] = rng.choice((f"[{words[i]}][ref{ref}]", f"[{words[i]} and more][ref{ref}]"))
    if rng.random() < 0.5:
        j = rng.randrange(len(words))
        words[j] += f"[^{rng.randrange(n_notes) + 1}]"
    return " ".join(words)


def make_article(
    words: int = 2000,
    *,
    seed: int = 0,
    language: str = "fr",
    sections: int | None = None,
    references: bool = False,
) -> Article:
    """An article of about ``words`` words, with a lead, sections, 8 credits and a disclosure.

    With ``references``, paragraphs cite reference-style links and footnotes whose
    definitions are all in a last section, as blog posts often have them.
    """
    rng = random.Random(seed)
    vocab = _FR if language == "fr" else _EN
    n_sections = sections or max(3, min(200, words // 250))
    per_section = max(20, (words - 80) // n_sections)
    secs = []
    for i in range(n_sections):
        paras, left = [], per_section
        while left > 0:
            n = min(left, rng.randint(60, 140))
            paras.append(_paragraph(rng, vocab, n))
            left -= n
        heading = " ".join(rng.choice(vocab) for _ in range(rng.randint(3, 7))).capitalize()
        if references:
            paras = [_cite(rng, p, 40, 20) for p in paras]
        secs.append(Section(heading=f"{heading} {i + 1}", body="\n\n".join(paras)))
    if references:
        refs = [f"[ref{n}]: https://example.org/source/{n} \"Source {n}\"" for n in range(40)]
        notes = [f"[^{n}]: {_sentence(rng, vocab, 14)}" for n in range(1, 21)]
        secs.append(Section(heading="Notes", body="\n".join(refs) + "\n\n" + "\n".join(notes)))
    credits = [
        Credit(
            title=f"{' '.join(rng.choice(vocab) for _ in range(5)).capitalize()}",
            author=rng.choice(("Anna Heim", "Léa Martin", "John Smith", "Chloé Durand")),
            outlet=rng.choice(("TechCrunch", "Le Monde", "Les Échos", "Wired")),
            date=date(2025, 1, 1) + timedelta(days=rng.randrange(300)),
        )
        for _ in range(8)
    ]
    title = " ".join(rng.choice(vocab) for _ in range(rng.randint(4, 9))).capitalize()
    return Article(
        title=f"{title} {seed}",
        lead=_paragraph(rng, vocab, 40) + "\n\n" + _paragraph(rng, vocab, 40),
        sections=secs,
        credits=credits,
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil"),
        language=language,
        author=rng.choice(("Camille Roux", "Sam Taylor", "Inès Moreau")),
        tags=rng.sample(["ia", "europe", "startups", "régulation", "climat", "santé"], 2),
        status=rng.choice(list(Status)),
    )


def fill_library(library, count: int, *, words: int = 2000, batch: int = 200) -> None:
    """Add ``count`` generated articles (alternating French and English) to a library."""
    for start in range(0, count, batch):
        library.save_articles(
            [
                make_article(words, seed=i, language="fr" if i % 2 == 0 else "en")
                for i in range(start, min(count, start + batch))
            ]
        )
