"""Sanitised HTML flattened to paragraphs of formatted runs, for word-processor formats.

DOCX and ODT have paragraphs with styles and runs with character formatting, not
nested elements. ``blocks(html)`` turns a rendered fragment into exactly that:
a list of ``Block`` (paragraph, heading, list item, quote, code, rule, table) each
holding ``Run``s (text with bold/italic/code/link flags). A table block holds rows
of ``Cell``s, each with its own blocks. A footnote reference is a run naming its
note (``Run.note``); ``notes(html)`` reads the list of notes. An element's ``id``
becomes an empty run marking the place (``Run.anchor``), for bookmarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from hubdesk.export.html_tree import Element, Node, parse
from hubdesk.formats.render import remote_image_label

_SPACES = re.compile(r"\s+")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTAINERS = {"div", "section", "article", "header", "footer", "nav", "figure", "main",
               "tbody", "thead", "tfoot", "dl"}


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    superscript: bool = False
    subscript: bool = False
    href: str = ""
    line_break: bool = False
    image: str = ""  # the source of an image, whose alternative text is ``alt``
    alt: str = ""
    note: str = ""  # a footnote reference: the note's id (``text`` is its number)
    anchor: str = ""  # an empty run marking where an element with this id starts


@dataclass
class Cell:
    blocks: list[Block]
    header: bool = False  # a ``th``
    align: str = ""  # "left", "center", "right" or ""


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "item", "quote", "code", "rule", "table"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level, or list depth (1 = top level) for items
    ordered: bool = False  # items: numbered list
    quote: int = 0  # block-quote depth
    rows: list[list[Cell]] = field(default_factory=list)  # tables: rows of cells
    header_rows: int = 0  # tables: how many of the first rows are the header
    start: int | None = None  # the first item of a list: the number it starts at (1 for bullets)

    def text(self) -> str:
        return "".join("\n" if r.line_break else r.text for r in self.runs)


@dataclass
class _Ctx:
    lists: tuple[bool, ...] = ()  # ordered flag of each enclosing list
    quote: int = 0


def blocks(fragment: str) -> list[Block]:
    """The blocks of a sanitised HTML fragment, in reading order."""
    out: list[Block] = []
    _blocks(parse(fragment), _Ctx(), out)
    return _kept(out)


def _kept(out: list[Block]) -> list[Block]:
    return [b for b in out if b.kind in ("rule", "code") or b.runs or b.rows]


def notes(fragment: str) -> dict[str, list[Block]]:
    """The notes of a rendered notes list by id (``fn-x`` gives ``x``), without their back links."""
    found: dict[str, list[Block]] = {}
    _find_notes(parse(fragment), found)
    return found


def _find_notes(nodes: list[Node], found: dict[str, list[Block]]) -> None:
    for node in nodes:
        if not isinstance(node, Element):
            continue
        note_id = node.attrs.get("id", "")
        if node.tag == "li" and note_id.startswith("fn-"):
            out: list[Block] = []
            _blocks(_without_backrefs(node.children), _Ctx(), out)
            found[note_id[3:]] = _kept(out)
        else:
            _find_notes(node.children, found)


def _without_backrefs(nodes: list[Node]) -> list[Node]:
    kept: list[Node] = []
    for node in nodes:
        if isinstance(node, Element):
            if node.tag == "a" and "footnote-backref" in node.attrs.get("class", ""):
                continue
            node = Element(node.tag, node.attrs, _without_backrefs(node.children))
        kept.append(node)
    return kept


def _new_block(ctx: _Ctx, kind: str = "paragraph", level: int = 0) -> Block:
    if kind == "paragraph" and ctx.lists:
        return Block("item", level=len(ctx.lists), ordered=ctx.lists[-1], quote=ctx.quote)
    if kind == "paragraph" and ctx.quote:
        return Block("quote", quote=ctx.quote)
    return Block(kind, level=level, quote=ctx.quote)


def _blocks(nodes: list[Node], ctx: _Ctx, out: list[Block]) -> None:
    pending: Block | None = None  # loose inline content between blocks
    for node in nodes:
        if isinstance(node, str) or not _is_block(node):
            if pending is None:
                if isinstance(node, str) and not node.strip():
                    continue
                pending = _new_block(ctx)
                out.append(pending)
            _inline([node], Run(""), pending.runs)
            continue
        if pending is not None:
            _trim(pending)
            pending = None
        start = len(out)
        _block(node, ctx, out)
        anchor = node.attrs.get("id", "")
        if anchor and len(out) > start and out[start].kind != "table":
            out[start].runs.insert(0, Run("", anchor=anchor))
    if pending is not None:
        _trim(pending)


def _block(node: Element, ctx: _Ctx, out: list[Block]) -> None:
    """The blocks of one block-level element."""
    tag = node.tag
    if tag in _HEADINGS:
        block = Block("heading", level=_HEADINGS[tag], quote=ctx.quote)
        _inline(node.children, Run(""), block.runs)
        out.append(_trim(block))
    elif tag == "p":
        block = _new_block(ctx)
        _inline(node.children, Run(""), block.runs)
        out.append(_trim(block))
    elif tag in ("ul", "ol"):
        first = len(out)
        _blocks(node.children, replace(ctx, lists=(*ctx.lists, tag == "ol")), out)
        depth = len(ctx.lists) + 1
        for block in out[first:]:
            if block.kind == "item" and block.level == depth:
                block.start = _list_start(node) if tag == "ol" else 1
                break
    elif tag == "li":
        start = len(out)
        _blocks(node.children, ctx, out)
        if len(out) == start:
            out.append(_new_block(ctx))
    elif tag == "blockquote":
        _blocks(node.children, replace(ctx, quote=ctx.quote + 1, lists=()), out)
    elif tag == "pre":
        block = Block("code", quote=ctx.quote)
        for line in node.text().rstrip("\n").split("\n"):
            if block.runs:
                block.runs.append(Run("", line_break=True))
            block.runs.append(Run(line, code=True))
        out.append(block)
    elif tag == "hr":
        out.append(Block("rule"))
    elif tag == "table":
        _table(node, ctx, out)
    elif tag in ("dt", "dd", "caption", "figcaption"):
        block = _new_block(ctx)
        _inline(node.children, Run("", bold=tag == "dt", italic=tag != "dt"), block.runs)
        out.append(_trim(block))
    else:  # containers: their children are blocks
        _blocks(node.children, ctx, out)


def _list_start(node: Element) -> int:
    """The number an ``<ol>`` starts at (its ``start`` attribute; 1 without a usable one)."""
    value = node.attrs.get("start", "").strip()
    try:
        return max(0, min(int(value), 999_999_999)) if value else 1
    except ValueError:
        return 1


_ALIGN = re.compile(r"\bhd-align-(left|center|right)\b")


def _table(node: Element, ctx: _Ctx, out: list[Block]) -> None:
    """A table block (its caption first, as a paragraph): rows in order, header rows first."""
    head: list[list[Cell]] = []
    body: list[list[Cell]] = []
    for child in node.children:
        if not isinstance(child, Element):
            continue
        if child.tag == "caption":
            _block(child, ctx, out)
        elif child.tag in ("thead", "tbody", "tfoot"):
            trs = [r for r in child.children if isinstance(r, Element) and r.tag == "tr"]
            (head if child.tag == "thead" else body).extend(_row(r) for r in trs)
        elif child.tag == "tr":
            body.append(_row(child))
    rows = [r for r in head + body if r]
    if not rows:
        return
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend(Cell([]) for _ in range(width - len(r)))
    header = len([r for r in head if r])
    if not header and all(c.header for c in rows[0]):
        header = 1
    out.append(Block("table", quote=ctx.quote, rows=rows, header_rows=header))


def _row(tr: Element) -> list[Cell]:
    cells = []
    for td in tr.children:
        if isinstance(td, Element) and td.tag in ("td", "th"):
            found: list[Block] = []
            if td.tag == "th":
                _blocks([Element("strong", {}, td.children)], _Ctx(), found)
            else:
                _blocks(td.children, _Ctx(), found)
            m = _ALIGN.search(td.attrs.get("class", ""))
            cells.append(Cell(_kept(found), td.tag == "th", m.group(1) if m else ""))
    return cells


def _is_block(node: Element) -> bool:
    return node.tag in _HEADINGS or node.tag in _CONTAINERS or node.tag in {
        "p", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "dt", "dd",
        "caption", "figcaption",
    }


def _inline(nodes: list[Node], style: Run, runs: list[Run]) -> None:
    for node in nodes:
        if isinstance(node, str):
            text = node if style.code else _SPACES.sub(" ", node)
            if not text:
                continue
            if runs and not runs[-1].line_break and _same_style(runs[-1], style):
                runs[-1] = replace(runs[-1], text=runs[-1].text + text)
            else:
                runs.append(replace(style, text=text))
            continue
        tag = node.tag
        note = _note_ref(node)
        if note is not None:
            runs.append(replace(style, text=node.text().strip(), note=note, superscript=True))
            continue
        if node.attrs.get("id"):
            runs.append(Run("", anchor=node.attrs["id"]))
        if tag == "br":
            runs.append(Run("", line_break=True))
        elif tag == "img":
            alt = node.attrs.get("alt", "")
            src = node.attrs.get("src", "")
            web = src.startswith(("http://", "https://"))
            href = src if web else style.href
            text = remote_image_label(src, alt) if web else f"[{alt or src}]"
            runs.append(replace(style, text=text, href=href, image=src, alt=alt))
        elif tag in ("strong", "b"):
            _inline(node.children, replace(style, bold=True), runs)
        elif tag in ("em", "i", "cite", "q"):
            _inline(node.children, replace(style, italic=True), runs)
        elif tag in ("code", "kbd"):
            _inline(node.children, replace(style, code=True), runs)
        elif tag in ("del", "s"):
            _inline(node.children, replace(style, strike=True), runs)
        elif tag == "sup":
            _inline(node.children, replace(style, superscript=True), runs)
        elif tag == "sub":
            _inline(node.children, replace(style, subscript=True), runs)
        elif tag == "a":
            href = node.attrs.get("href", "")
            _inline(node.children, replace(style, href=href), runs)
        else:
            _inline(node.children, style, runs)


def _note_ref(node: Element) -> str | None:
    """The note id of a footnote reference (``<sup id="fnref-x"><a href="#fn-x">``), else None."""
    if node.tag != "sup" or not node.attrs.get("id", "").startswith("fnref"):
        return None
    links = [c for c in node.children if isinstance(c, Element) and c.tag == "a"]
    href = links[0].attrs.get("href", "") if len(links) == 1 else ""
    return href[4:] if href.startswith("#fn-") else None


def _same_style(a: Run, b: Run) -> bool:
    return not a.note and not a.anchor and replace(a, text="") == replace(b, text="")


def _empty(run: Run) -> bool:
    """A run that shows nothing (markers and notes show something or mark a place)."""
    return not run.line_break and not run.anchor and not run.note and not run.text.strip()


def _trim(block: Block) -> Block:
    """Drop the white space HTML would not show at the start and end of a block."""
    if block.kind == "code":
        return block
    runs = block.runs
    while runs and _empty(runs[0]):
        runs.pop(0)
    first = next((i for i, r in enumerate(runs) if not r.anchor), None)
    if first is not None and not runs[first].line_break:
        runs[first] = replace(runs[first], text=runs[first].text.lstrip())
    while runs and _empty(runs[-1]):
        runs.pop()
    if runs and not runs[-1].line_break and not runs[-1].anchor:
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return block
