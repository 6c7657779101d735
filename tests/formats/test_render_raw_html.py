"""The raw HTML writers use comes out as they wrote it, and valid; what is removed goes whole.

Each fragment is checked with html5lib in strict mode (any parse error raises),
inside a minimal HTML5 page. The 30-post corpus carries the same elements through
the W3C Nu checker and epubcheck (tests/export/test_export_corpus.py).
"""

from __future__ import annotations

import html5lib
import pytest

from hubdesk.formats.render import markdown_to_html

KEPT = {
    "details": '<details><summary>More</summary>\n\nHidden text.\n\n</details>',
    "figure": '<figure>\n<img src="a.png" alt="A chart">\n<figcaption>The chart</figcaption>\n</figure>',
    "inline": ('Press <kbd>Ctrl</kbd>, read <abbr title="HyperText Markup Language">HTML</abbr>, '
               "<mark>marked</mark>, H<sub>2</sub>O and x<sup>2</sup>."),
    "table": "<table>\n<caption>Costs</caption>\n<thead><tr><th>Item</th><th>Price</th></tr></thead>\n"
             "<tbody><tr><td>Bread</td><td>2 €</td></tr></tbody>\n</table>",
}
TAGS = {
    "details": ["details", "summary"],
    "figure": ["figure", "img", "figcaption"],
    "inline": ["kbd", "abbr", "mark", "sub", "sup"],
    "table": ["table", "caption", "thead", "tr", "th", "tbody", "td"],
}


def _strict(fragment: str):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(f"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>{fragment}</body></html>")


@pytest.mark.parametrize("name", list(KEPT))
def test_writers_raw_html_is_kept_and_valid(name: str) -> None:
    out = markdown_to_html(KEPT[name])
    root = _strict(out)  # raises on any parse error
    found = [el.tag for el in root.find("body").iter()]
    for tag in TAGS[name]:
        assert tag in found, (tag, out)
    assert "<span><p>" not in out and "<p><details" not in out  # nothing rewrapped


def test_abbreviation_definitions_become_abbr() -> None:
    out = markdown_to_html("*[WAL]: Write-Ahead Log\n\nThe WAL grows.")
    assert '<abbr title="Write-Ahead Log">WAL</abbr>' in out


@pytest.mark.parametrize("removed, words", [
    ("<script>alert('gone')</script>", ["alert", "gone"]),
    ("<style>p { color: red }</style>", ["color"]),
    ('<iframe src="https://x.example">fallback words</iframe>', ["fallback"]),
    ("<form><input name=q><button>Send it</button></form>", ["Send", "input"]),
    ("<video src=v.mp4>no video here</video>", ["video"]),
    ("<object data=x.swf><p>old plugin</p></object>", ["plugin", "object"]),
])
def test_what_the_sanitiser_removes_goes_whole(removed: str, words: list[str]) -> None:
    out = markdown_to_html(f"Before.\n\n{removed}\n\nAfter.")
    for word in words:
        assert word not in out, out
    assert "Before." in out and "After." in out
    _strict(out)


def test_an_abbr_written_by_hand_is_not_wrapped_again() -> None:
    out = markdown_to_html('*[WAL]: Write-Ahead Log\n\nThe <abbr title="Write-ahead log">WAL</abbr> and the WAL.')
    assert out == ('<p>The <abbr title="Write-ahead log">WAL</abbr> and the '
                   '<abbr title="Write-Ahead Log">WAL</abbr>.</p>')
