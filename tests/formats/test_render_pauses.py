"""A render lets the UI thread go first between blocks and runs of text (md_engine)."""

from __future__ import annotations

import threading
import time

from hubdesk import pacing
from hubdesk.formats import md_engine
from hubdesk.formats.md_document import whole_html
from hubdesk.formats.render import section_markdown
from tests.formats.markdown_gen import Gen


def _texts() -> list[str]:
    return ["\n\n".join(section_markdown(s) for s in Gen(seed).article().sections)
            for seed in range(40)]


def test_the_pause_points_change_no_rendering(monkeypatch) -> None:
    texts = _texts()
    with_pauses = [whole_html(t) for t in texts]
    md = md_engine.engine().md
    block = md.parser.blockprocessors["hd-pause"]
    inline = md.inlinePatterns["hd-pause"]
    md.parser.blockprocessors.deregister("hd-pause")
    md.inlinePatterns.deregister("hd-pause")
    try:
        without = [whole_html(t) for t in texts]
    finally:
        md.parser.blockprocessors.register(block, "hd-pause", 1000)
        md.inlinePatterns.register(inline, "hd-pause", 1000)
    assert with_pauses == without
    assert sum(len(h) for h in without) > 40 * 500  # real articles, not empty renders


def test_a_render_pauses_at_every_block_and_run_of_text(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(md_engine, "pause", lambda: calls.append(1))
    paragraphs = 300
    text = "\n\n".join(f"Paragraph {n} with *emphasis* and a [link](https://example.org/{n})."
                       for n in range(paragraphs))
    html = whole_html(text)
    assert html.count("<p>") == paragraphs
    assert len(calls) >= 2 * paragraphs  # at least one per block and one per paragraph's text


def test_a_long_render_in_a_worker_waits_while_the_ui_thread_holds(monkeypatch) -> None:
    monkeypatch.setattr(pacing, "MAX_WAIT_S", 600.0)
    text = "\n\n".join(f"Paragraph {n} of a long part." for n in range(2000))
    whole_html(text)  # the worker's engine aside, warm the imports
    done = threading.Event()
    result: list[str] = []

    def work() -> None:
        result.append(whole_html(text))
        done.set()

    pacing.hold(0.3)  # the UI thread paints: a worker rendering steps aside
    start = time.monotonic()
    try:
        threading.Thread(target=work).start()
        assert done.wait(30)
    finally:
        pacing.release()
    assert time.monotonic() - start >= 0.28
    assert result[0].count("<p>") == 2000
