"""Long lists cut into runs of lists for the preview, which Qt reads in linear time.

Qt's HTML reader takes time growing with the square of a list's items: a list of
8,000 items takes it 2 s (and Python's lock with it), 16,000 items 9 s. The same
items as runs of ``LIST_ITEMS`` each take it a tenth of a second. So the preview
puts a long list in as consecutive lists of the same kind and attributes, a numbered
one going on from the number where the run before it stopped (``start``). Only the
preview's HTML is cut: exports keep each list whole.
"""

from __future__ import annotations

import re

LIST_ITEMS = 1000  # items per list before the next run starts

_LIST_TAG_RE = re.compile(r"<(/?)(ul|ol|li)\b([^>]*)>", re.IGNORECASE)
_START_RE = re.compile(r"""\s+start=["']?(-?\d+)["']?""", re.IGNORECASE)


def _run_opening(tag: str, attrs: str, first_number: int) -> str:
    if tag != "ol":
        return f"<{tag}{attrs}>"
    return f'<ol{_START_RE.sub("", attrs)} start="{first_number}">'


def cut_long_lists(html: str, items: int | None = None) -> str:
    """``html`` with each list of more than ``items`` (``LIST_ITEMS``) items as runs of them."""
    items = LIST_ITEMS if items is None else items
    if html.count("<li") <= items:
        return html
    out: list[str] = []
    last = 0
    stack: list[list] = []  # open ul/ol: [tag, attrs, start, items]; li: ["li"]
    for match in _LIST_TAG_RE.finditer(html):
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            while stack and stack.pop()[0] != tag:
                pass  # an element left open closes with its parent
            continue
        if tag in ("ul", "ol"):
            start = _START_RE.search(attrs) if tag == "ol" else None
            stack.append([tag, attrs, int(start.group(1)) if start else 1, 0])
            continue
        if stack and stack[-1][0] != "li":  # an item of the list on top
            run = stack[-1]
            if run[3] and run[3] % items == 0:
                out.append(html[last : match.start()])
                out.append(f"</{run[0]}>" + _run_opening(run[0], run[1], run[2] + run[3]))
                last = match.start()
            run[3] += 1
        stack.append(["li"])
    out.append(html[last:])
    return "".join(out)
