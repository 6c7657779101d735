"""Sanitised HTML flattened to paragraphs of formatted runs, for word-processor formats.

DOCX and ODT have paragraphs with styles and runs with character formatting, not
nested elements. ``blocks(html)`` turns a rendered fragment into exactly that:
a list of ``Block`` (paragraph, heading, list item, quote, code, rule) each
holding ``Run``s (text with bold/italic/code/link flags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from hubdesk.export.html_tree import Element, Node, parse

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
    image: str = ""  # the source of an image, whose alternative text is ``text``


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "item", "quote", "code", "rule"
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level, or list depth (1 = top level) for items
    ordered: bool = False  # items: numbered list
    quote: int = 0  # block-quote depth

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
    return [b for b in out if b.kind in ("rule", "code") or b.runs]


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
            _blocks(node.children, replace(ctx, lists=(*ctx.lists, tag == "ol")), out)
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
        elif tag == "tr":
            block = _new_block(ctx)
            for cell in node.children:
                if isinstance(cell, Element):
                    if block.runs:
                        block.runs.append(Run(" | "))
                    bold = cell.tag == "th"
                    _inline(cell.children, Run("", bold=bold), block.runs)
            out.append(_trim(block))
        elif tag in ("dt", "dd", "caption", "figcaption"):
            block = _new_block(ctx)
            _inline(node.children, Run("", bold=tag == "dt", italic=tag != "dt"), block.runs)
            out.append(_trim(block))
        else:  # containers and tables: their children are blocks
            _blocks(node.children, ctx, out)
    if pending is not None:
        _trim(pending)


def _is_block(node: Element) -> bool:
    return node.tag in _HEADINGS or node.tag in _CONTAINERS or node.tag in {
        "p", "ul", "ol", "li", "blockquote", "pre", "hr", "table", "tr", "dt", "dd",
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
        if tag == "br":
            runs.append(Run("", line_break=True))
        elif tag == "img":
            alt = node.attrs.get("alt", "") or node.attrs.get("src", "")
            src = node.attrs.get("src", "")
            href = src if src.startswith(("http://", "https://")) else style.href
            runs.append(replace(style, text=f"[{alt}]", href=href, image=src))
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


def _same_style(a: Run, b: Run) -> bool:
    return replace(a, text="") == replace(b, text="")


def _trim(block: Block) -> Block:
    """Drop the white space HTML would not show at the start and end of a block."""
    if block.kind == "code":
        return block
    runs = block.runs
    while runs and not runs[0].line_break and not runs[0].text.lstrip():
        runs.pop(0)
    if runs and not runs[0].line_break:
        runs[0] = replace(runs[0], text=runs[0].text.lstrip())
    while runs and not runs[-1].line_break and not runs[-1].text.rstrip():
        runs.pop()
    if runs and not runs[-1].line_break:
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return block
