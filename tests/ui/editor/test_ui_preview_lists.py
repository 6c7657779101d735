"""Long lists go into the preview as runs of lists: the same items, the same numbers."""

from __future__ import annotations

import random
import re

import pytest

from hubdesk.model.article import Article
from hubdesk.ui.editor import preview_lists
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.preview_lists import cut_long_lists


def _items(html: str) -> list[str]:
    return re.findall(r"<li>(.*?)</li>", html)


@pytest.mark.parametrize("count", [1, 9, 10, 11, 25, 100])
@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_a_list_is_cut_into_runs_of_at_most_the_bound(count, tag):
    html = f'<p>Before</p><{tag} class="x">' + "".join(f"<li>i{n}</li>" for n in range(count)) + f"</{tag}><p>After</p>"
    cut = cut_long_lists(html, items=10)
    assert _items(cut) == [f"i{n}" for n in range(count)]
    runs = re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", cut)
    assert [len(_items(r)) for r in runs] == [min(10, count - k) for k in range(0, count, 10)]
    if tag == "ol":  # each run goes on numbering from where the one before stopped
        starts = re.findall(r'<ol class="x"(?: start="(\d+)")?>', cut)
        assert starts == [""] + [str(k + 1) for k in range(10, count, 10)]
    assert cut.startswith("<p>Before</p>") and cut.endswith("<p>After</p>")
    if count <= 10:
        assert cut == html


def test_a_numbered_list_starting_elsewhere_goes_on_from_its_start():
    html = '<ol start="7">' + "".join(f"<li>{n}</li>" for n in range(25)) + "</ol>"
    cut = cut_long_lists(html, items=10)
    assert re.findall(r"<ol[^>]*>", cut) == ['<ol start="7">', '<ol start="17">', '<ol start="27">']


def test_nested_lists_are_counted_apart_and_stay_inside_their_item():
    rng = random.Random(5)
    parts = []
    for n in range(23):
        inner = "".join(f"<li>n{n}.{k}</li>" for k in range(rng.randint(0, 14)))
        parts.append(f"<li>o{n}<ul>{inner}</ul></li>" if inner else f"<li>o{n}</li>")
    html = "<ol>" + "".join(parts) + "</ol>"
    cut = cut_long_lists(html, items=10)
    assert _items(re.sub(r"<[uo]l[^>]*>|</[uo]l>", "", cut)) == _items(
        re.sub(r"<[uo]l[^>]*>|</[uo]l>", "", html))
    depth = 0
    for tag in re.findall(r"</?(?:ul|ol)\b", cut):  # well nested
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0
    assert cut.count("<ol") == 3  # 23 outer items: 10, 10, 3


def test_the_preview_shows_a_long_numbered_list_whole_and_numbered(qtbot, monkeypatch):
    lead = "".join(f"{n}. Item {n}\n" for n in range(1, 2501))
    article = Article(title="List", language="en", lead=lead)
    texts = []
    for items in (10**9, preview_lists.LIST_ITEMS):  # whole, then cut
        monkeypatch.setattr(preview_lists, "LIST_ITEMS", items)
        preview = Preview()
        qtbot.addWidget(preview)
        preview.resize(700, 500)
        preview.show()
        preview.show_article(article)
        qtbot.waitUntil(preview.is_complete, timeout=60_000)
        doc = preview.document()
        numbers = {}
        block = doc.firstBlock()
        while block.isValid():
            if block.textList() is not None and block.text() in ("Item 1", "Item 1001", "Item 2500"):
                numbers[block.text()] = block.textList().itemText(block)
            block = block.next()
        texts.append((preview.part_text(0), numbers))
    assert texts[0] == texts[1]
    assert texts[1][1] == {"Item 1": "1.", "Item 1001": "1001.", "Item 2500": "2500."}
