"""Rendering hostile Markdown, beside ordinary prose of the same size (the baseline).

    python -m benchmarks.bench_hostile

For each hostile structure (deep nesting, bracket floods, huge block counts), prints
the time ``markdown_to_html`` takes, the time it takes on generated prose of the same
length, and the ratio. Without the guard (``hubdesk.md_guard``) several of these
take minutes or end in a RecursionError.
"""

from __future__ import annotations

import time

from hubdesk.formats.render import markdown_to_html  # noqa: E402
from tests import corpus  # noqa: E402

CASES = {
    "5,000 nested lists": "\n".join("  " * i + "- x" for i in range(5000)),
    "3,000 growing quotes": "\n".join(">" * i + " x" for i in range(1, 3000)),
    "one line of 20,000 list markers": "- " * 20_000 + "x",
    "50,000 nested brackets": "[" * 50_000 + "x" + "]" * 50_000,
    "30,000 open links": "[a](" * 30_000,
    "25,000 small bracket floods": "\n\n".join(["[[[[[[[[[x]]]]]]]]]"] * 25_000),
    "100,000 one-word paragraphs": "\n\n".join(["mot"] * 100_000),
}


def _prose(length: int) -> str:
    text, seed = "", 0
    while len(text) < length:
        a = corpus.make_article(5000, seed=seed)
        text += "\n\n".join(s.body for s in a.sections) + "\n\n"
        seed += 1
    return text[:length]


def _time(text: str) -> float:
    t = time.perf_counter()
    markdown_to_html(text)
    return time.perf_counter() - t


def main() -> None:
    print(f"{'case':34} {'hostile':>9} {'prose':>9} {'ratio':>6}")
    for name, text in CASES.items():
        hostile = _time(text)
        prose = _time(_prose(len(text)))
        print(f"{name:34} {hostile:8.2f}s {prose:8.2f}s {hostile / prose:6.2f}")


if __name__ == "__main__":
    main()
