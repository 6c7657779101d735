"""Rendering a document of n parts does work proportional to n, not n²: the footnote
references counted before each part are kept as running totals (counted in calls,
not timed). Before, each part recounted every part before it: 8,000 sections took
34 s to render."""

from __future__ import annotations

import pytest

from hubdesk.formats import md_document
from hubdesk.formats.md_document import MarkdownDocument, whole_html
from tests.formats.test_render_document import blank_lines_aside, by_parts


def _parts(n: int, notes_every: int) -> list[str]:
    parts = ["Le chapeau."]
    for i in range(n):
        note = f" Voir[^n{i}].\n\n[^n{i}]: Note {i}." if notes_every and i % notes_every == 0 else ""
        parts.append(f"## Section {i}\n\nMot {i}.{note}")
    return parts


@pytest.mark.parametrize("notes_every", [0, 1, 7])
@pytest.mark.parametrize("n", [250, 1_000, 4_000])
def test_rendering_every_part_looks_at_each_part_a_bounded_number_of_times(monkeypatch, n, notes_every):
    calls = 0
    real = MarkdownDocument._refs

    def counted(self, index):
        nonlocal calls
        calls += 1
        return real(self, index)

    monkeypatch.setattr(md_document.MarkdownDocument, "_refs", counted)
    doc = MarkdownDocument(_parts(n, notes_every), "fr")
    html = doc.all_html()
    assert len(html) == n + 2
    assert calls <= 3 * (n + 1), calls  # was n²/2: every part recounted the parts before it


@pytest.mark.parametrize("notes_every", [0, 1, 3])
def test_running_totals_give_the_same_html_as_the_whole_text(notes_every):
    parts = _parts(60, notes_every)
    doc = MarkdownDocument(parts, "fr")
    assert by_parts(doc) == blank_lines_aside(whole_html("\n\n".join(parts) + "\n", "fr"))
    # An edit that adds a reference early moves every later note number.
    edited = list(parts)
    edited[2] = parts[2] + " Encore[^n0]." if notes_every else parts[2] + " Encore."
    doc.set_part(2, edited[2])
    while stale := doc.stale():
        for index in stale:
            if index < len(doc):
                doc.html(index)
            else:
                doc.notes_html()
    assert by_parts(doc) == blank_lines_aside(whole_html("\n\n".join(edited) + "\n", "fr"))
