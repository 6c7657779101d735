"""Seeded random articles that put Markdown's document-wide parts across section boundaries.

Reference definitions (some redefined later, some in quotes or lists), footnotes
(repeated references, notes citing notes, multi-paragraph notes), abbreviations
(defined, redefined, removed), code fences that hold look-alike headings and
definitions (some unclosed at the end), indented code, nested lists, tables,
quotes and raw HTML blocks, in any section.
"""

from __future__ import annotations

import random

from hubdesk.model.article import Article, Section

WORDS = (
    "river market signal harbour lantern orbit ledger meadow circuit archive "
    "granite velvet compass timber beacon fabric quarry summit canvas thread"
).split()
REFS = ("docs", "Spec", "wiki", "home page", "rfc", "paper")
NOTES = ("1", "2", "note", "x", "long")
ABBRS = {"HTML": "HyperText Markup Language", "API": "Application Programming Interface",
         "W3C": "World Wide Web Consortium"}


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def words(self, lo: int = 3, hi: int = 9) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi)))

    def inline(self) -> str:
        r = self.rng
        bits = []
        for _ in range(r.randint(2, 6)):
            kind = r.random()
            ref = r.choice(REFS)
            if kind < 0.15:
                bits.append(f"[{self.words(1, 3)}][{ref if r.random() < 0.8 else ref.upper()}]")
            elif kind < 0.25:
                bits.append(f"[{ref}]")
            elif kind < 0.3:
                bits.append(f"[{ref}][]")
            elif kind < 0.33:
                bits.append(f"![{self.words(1, 2)}][{ref}]")
            elif kind < 0.5:
                bits.append(f"[^{r.choice(NOTES + ('undefined',))}]")
            elif kind < 0.6:
                bits.append(r.choice(list(ABBRS)))
            elif kind < 0.65:
                bits.append(f"`[^{r.choice(NOTES)}] [{ref}]`")
            elif kind < 0.7:
                bits.append(f"*{self.words(1, 2)}*")
            elif kind < 0.73:
                bits.append(f"[inline](https://example.org/{r.choice(WORDS)})")
            bits.append(self.words(1, 5))
        return " ".join(bits)

    def block(self) -> str:
        r = self.rng
        kind = r.randrange(16)
        if kind <= 3:
            return self.inline() + "."
        if kind == 4:
            ref = r.choice(REFS)
            title = r.choice(["", ' "A title"', " (Paren title)"])
            defs = [f"[{ref}]: https://example.org/{r.choice(WORDS)}{r.randint(0, 99)}{title}"]
            if r.random() < 0.4:
                defs.append(f"[{r.choice(REFS)}]: <https://example.com/{r.choice(WORDS)}>")
            return "\n".join(defs)
        if kind == 5:
            note = r.choice(NOTES)
            text = f"[^{note}]: {self.inline()}"
            if r.random() < 0.3:
                text += f"\n\n    {self.inline()}\n\n    - {self.words()}\n    - {self.words()}"
            return text
        if kind == 6:
            abbr = r.choice(list(ABBRS))
            title = ABBRS[abbr] if r.random() < 0.8 else r.choice(['""', "Other meaning"])
            return f"*[{abbr}]: {title}"
        if kind == 7:
            fence = r.choice(["```", "~~~", "````"])
            indent = " " * r.choice([0, 0, 0, 1, 3])
            lang = r.choice(["", "python", "sh", "md"])
            inner = r.choice([
                "## Not a heading", f"[{r.choice(REFS)}]: https://fake.example", "[^1]: not a note",
                "*[HTML]: nope", "<div>raw</div>", self.words(),
            ])
            inner_fence = "```" if fence == "~~~" else "~~~"
            return f"{indent}{fence}{lang}\n{inner}\n{inner_fence}\n{self.words()}\n{indent}{fence}"
        if kind == 8:
            return f"    [{r.choice(REFS)}]: https://indented.example\n    ## code line"
        if kind == 9:
            items = [f"- {self.inline()}" for _ in range(r.randint(1, 3))]
            if r.random() < 0.5:
                items.insert(1, f"    1. {self.inline()}\n    2. {self.words()}")
            return "\n".join(items)
        if kind == 10:
            return (
                f"| {self.words(1, 2)} | {self.words(1, 2)} |\n| --- | :-: |\n"
                f"| {self.inline()} | [^{r.choice(NOTES)}] |\n| [{r.choice(REFS)}] | HTML |"
            )
        if kind == 11:
            lines = [f"> {self.inline()}"]
            if r.random() < 0.3:
                lines.append(f"> [{r.choice(REFS)}]: https://quoted.example/{r.randint(0, 9)}")
            return "\n>\n".join(lines)
        if kind == 12:
            return r.choice([
                f"<div class=\"box\">\n<p>{self.words()}</p>\n</div>",
                f"<details>\n<summary>{self.words(1, 3)}</summary>\n<p>{self.words()}</p>\n</details>",
                f"<figure>\n<img src=\"pic.png\" alt=\"{self.words(1, 2)}\">\n"
                f"<figcaption>{self.words()}</figcaption>\n</figure>",
                f"<p>Press <kbd>Ctrl</kbd> and <mark>{self.words(1, 2)}</mark> H<sub>2</sub>O</p>",
            ])
        if kind == 13:
            return f"{self.words()}\n{'-' * r.randint(3, 8)}"
        if kind == 14:
            return "* * *"
        return f"Term {self.words(1, 2)}\n:   {self.inline()}"

    def body(self, lo: int = 1, hi: int = 6) -> str:
        return "\n\n".join(self.block() for _ in range(self.rng.randint(lo, hi)))

    def article(self) -> Article:
        r = self.rng
        sections = [
            Section(heading=self.inline() if r.random() < 0.2 else self.words(1, 4), body=self.body())
            for _ in range(r.randint(1, 6))
        ]
        if r.random() < 0.2:  # an unclosed fence at the very end
            sections[-1].body += "\n\n```\n## still code\n[docs]: https://never.example"
        lead = self.body(0, 2) if r.random() < 0.8 else ""
        return Article(title="Generated", lead=lead, sections=sections, language=r.choice(["en", "fr"]))
