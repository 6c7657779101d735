"""A small element tree from sanitised HTML, and its XHTML serialisation.

The exporters that cannot take HTML as it is (DOCX, ODT, EPUB's XHTML) walk this
tree instead of parsing Markdown a second time. Input is the output of
``hubdesk.render`` (already sanitised), so the parser only needs to be tolerant,
not defensive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID = frozenset({"br", "hr", "img", "wbr", "meta", "link", "col", "input", "source"})
# Elements whose start implicitly closes an open <p> (HTML's optional end tags).
_CLOSES_P = frozenset(
    {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
     "table", "section", "footer", "header", "nav", "figure", "hr", "dl"}
)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        """All the text inside, concatenated."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


Node = Element | str


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack: list[Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P and self.stack[-1].tag == "p":
            self.stack.pop()
        el = Element(tag, {k: (v or "") for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: (v or "") for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse(fragment: str) -> list[Node]:
    """The top-level nodes of an HTML fragment."""
    builder = _Builder()
    builder.feed(fragment)
    builder.close()
    return builder.root.children


def xml_id(value: str) -> str:
    """An id (or fragment) usable in XHTML: no colons or spaces."""
    return value.replace(":", "-").replace(" ", "-")


def to_xhtml(nodes: list[Node], ids: set[str] | None = None) -> str:
    """Well-formed XHTML for the nodes (void elements closed, ids unique and XML-safe)."""
    out: list[str] = []
    _write(nodes, out, ids if ids is not None else set())
    return "".join(out)


def _write(nodes: list[Node], out: list[str], ids: set[str]) -> None:
    for node in nodes:
        if isinstance(node, str):
            out.append(escape(node, quote=False))
            continue
        attrs = []
        for key, value in node.attrs.items():
            if key == "id":
                value = xml_id(value)
                if value in ids:
                    continue
                ids.add(value)
            elif key == "href" and value.startswith("#"):
                value = "#" + xml_id(value[1:])
            elif key == "rel":
                continue
            attrs.append(f' {key}="{escape(value, quote=True)}"')
        if node.tag in VOID:
            out.append(f"<{node.tag}{''.join(attrs)}/>")
        else:
            out.append(f"<{node.tag}{''.join(attrs)}>")
            _write(node.children, out, ids)
            out.append(f"</{node.tag}>")
