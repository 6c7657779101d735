"""The Markdown engine: Python-Markdown configured once, able to render one part of a document.

Markdown resolves some things across the whole document: reference links
(``[text][ref]`` with ``[ref]: url`` anywhere), footnotes (one numbering and one
list of notes at the end) and abbreviations (``*[HTML]: ...``). To render one
part exactly as it renders inside the whole text, :func:`render_part` runs
Python-Markdown's own pipeline on the part, and between the block parse and the
inline phase swaps in the document-wide definitions (a :class:`Context`). What the
part itself defines, and which definitions it looked up, come back with the HTML,
so that a caller can tell which parts to render again when a definition changes.

Two choices make parts and the whole agree by construction:

* fenced code follows the shared fence scanner (``model.document.FenceTracker``),
  which is also what splits the text into sections, so a heading inside a fence
  never starts a section and a fence never spans two;
* duplicate footnote references are numbered in reading order (``fnref``,
  ``fnref2``…), where Python-Markdown numbers them in the order of its tree walk.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import abbr as md_abbr
from markdown.extensions import footnotes as md_footnotes
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from hubdesk.formats.md_lists import NestedLists
from hubdesk.model.document import FenceTracker
from hubdesk.pacing import pause

_SEP = "-"  # footnote ids: "fn-1", "fnref-1" (valid XML names, unlike "fn:1")
_NOTES_MARKER = "\x00hubdesk-notes\x00"  # never in text: the notes always go at the end
BACKLINK_TITLE = {
    "fr": "Revenir à l’appel de la note {}",
    "en": "Back to the reference of note {}",
}
_FENCE_OPEN_RE = re.compile(r"^([ \t]{0,3})(`{3,}|~{3,})[ \t]*(.*)$")
_LANG_RE = re.compile(r"^\.?([\w#.+-]+)")

Reference = tuple[str, str | None]  # url, title


@dataclass(frozen=True)
class Definitions:
    """What one part of the text defines, in the order Markdown reads it."""

    references: tuple[tuple[str, Reference], ...] = ()
    footnotes: tuple[tuple[str, str], ...] = ()
    abbreviations: tuple[tuple[str, str | None], ...] = ()  # ``None``: the abbreviation is removed

    def __bool__(self) -> bool:
        return bool(self.references or self.footnotes or self.abbreviations)


@dataclass
class Context:
    """The document-wide definitions, as Markdown sees them after reading the whole text."""

    references: dict[str, Reference] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)  # order = numbering
    abbreviations: dict[str, str] = field(default_factory=dict)

    @classmethod
    def merge(cls, parts: list[Definitions]) -> Context:
        ctx = cls()
        for d in parts:
            ctx.references.update(d.references)
            for key, text in d.footnotes:
                ctx.footnotes[key] = text  # first definition's place, last one's text
            for key, title in d.abbreviations:
                if title is None:
                    ctx.abbreviations.pop(key, None)
                else:
                    ctx.abbreviations[key] = title
        return ctx

    def numbers(self) -> dict[str, int]:
        return {key: n for n, key in enumerate(self.footnotes, start=1)}


@dataclass(frozen=True)
class PartRender:
    """One part rendered (unsanitised HTML), with what it defined and what it used."""

    html: str
    definitions: Definitions
    references_seen: dict[str, Reference | None]
    footnotes_seen: dict[str, int | None]  # id looked up -> its number (None: undefined)
    footnote_refs: tuple[str, ...]  # footnote ids referenced, in reading order
    prior_seen: dict[str, int]  # references to each used footnote before this part
    abbreviations_used: dict[str, str] = field(default_factory=dict)  # those in the text


# ---------------------------------------------------------------- recording state


class _References(dict):
    """``md.references`` that records lookups and can be frozen against writes."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, Reference | None] = {}

    def __contains__(self, key: object) -> bool:
        found = super().__contains__(key)
        if isinstance(key, str):
            self.seen[key] = super().get(key)
        return found


class _Abbreviations(dict):
    """The abbreviation table, recording definitions and removals in order."""

    def __init__(self) -> None:
        super().__init__()
        self.ops: list[tuple[str, str | None]] = []

    def __setitem__(self, key: str, value: str) -> None:
        self.ops.append((key, value))
        super().__setitem__(key, value)

    def pop(self, key: str, default: object = None) -> object:
        self.ops.append((key, None))
        return super().pop(key, default)

    def install(self, table: dict[str, str]) -> None:
        dict.clear(self)
        dict.update(self, table)


class _State:
    """What one rendering needs besides the text."""

    def __init__(self) -> None:
        self.emit_notes = True
        self.prior: Counter[str] = Counter()
        self.fn_seen: dict[str, int | None] = {}
        self.fn_refs: list[str] = []


class _FencedCode(Preprocessor):
    """Fenced code blocks as the shared fence scanner sees them (unclosed: to the end)."""

    def run(self, lines: list[str]) -> list[str]:
        if not any("```" in line or "~~~" in line for line in lines):
            return lines
        out: list[str] = []
        tracker = FenceTracker()
        code: list[str] | None = None
        lang = ""
        indent = 0
        for line in lines:
            if code is None:
                if not tracker.in_code(line):
                    out.append(line)
                    continue
                m = _FENCE_OPEN_RE.match(line)
                indent = len(m.group(1)) if m else 0
                info = _LANG_RE.match(m.group(3)) if m else None
                lang = info.group(1) if info else ""
                code = []
                continue
            if tracker.in_code(line) and tracker.fence is not None:
                code.append(_dedent(line, indent))
                continue
            out += self._store(code, lang)
            code = None
        if code is not None:  # unclosed: the code runs to the end of the text
            while code and not code[-1].strip():
                code.pop()
            out += self._store(code, lang) + [""]
        return out

    def _store(self, code: list[str], lang: str) -> list[str]:
        body = html.escape("".join(line + "\n" for line in code), quote=False)
        cls = f' class="language-{html.escape(lang, quote=True)}"' if lang else ""
        return ["", self.md.htmlStash.store(f"<pre><code{cls}>{body}</code></pre>"), ""]


_DOUBLE_ABBR_RE = re.compile(r"(<abbr\b[^>]*>)<abbr\b[^>]*>([^<]*)</abbr>(</abbr>)")


def _dedent(line: str, width: int) -> str:
    n = 0
    while n < width and n < len(line) and line[n] == " ":
        n += 1
    return line[n:]


class _FootnoteRef(md_footnotes.FootnoteInlineProcessor):
    """Footnote references, recording which ids were looked up."""

    def __init__(self, pattern: str, footnotes: md_footnotes.FootnoteExtension, state: _State):
        super().__init__(pattern, footnotes)
        self.state = state

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's name)
        key = m.group(1)
        keys = list(self.footnotes.footnotes.keys())
        self.state.fn_seen[key] = keys.index(key) + 1 if key in keys else None
        return super().handleMatch(m, data)


class _Notes(md_footnotes.FootnoteTreeprocessor):
    """The list of notes, only when this rendering is asked for it."""

    def __init__(self, footnotes: md_footnotes.FootnoteExtension, state: _State):
        super().__init__(footnotes)
        self.state = state

    def run(self, root: etree.Element) -> None:
        if self.state.emit_notes:
            super().run(root)


class _ReadingOrder(Treeprocessor):
    """Numbers repeated references to a note in reading order, after those of earlier parts."""

    def __init__(self, md: markdown.Markdown, state: _State):
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        counts = Counter(self.state.prior)
        prefix = "#fn" + _SEP
        for sup in root.iter("sup"):
            link = sup.find("a")
            href = link.get("href", "") if link is not None else ""
            if link is None or link.get("class") != "footnote-ref" or not href.startswith(prefix):
                continue
            key = href[len(prefix):]
            counts[key] += 1
            n = counts[key]
            sup.set("id", f"fnref{_SEP}{key}" if n == 1 else f"fnref{n}{_SEP}{key}")
            self.state.fn_refs.append(key)


class _BlockPause(BlockProcessor):
    """Not a kind of block: tried first on every block, it lets the UI thread go first
    (``pacing.pause``), so a long part rendered in a worker never keeps the UI thread
    waiting through a paint."""

    def test(self, parent: etree.Element, block: str) -> bool:
        pause()
        return False

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        return False


class _InlinePause(InlineProcessor):
    """Not an inline pattern: tried first on every run of text (never matching), it lets
    the UI thread go first, as ``_BlockPause`` does between blocks."""

    def __init__(self) -> None:
        super().__init__(r"\A(?!)")

    def getCompiledRegExp(self) -> re.Pattern[str]:  # noqa: N802 (Python-Markdown's name)
        pause()
        return self.compiled_re


class Engine:
    """One configured Python-Markdown instance (not thread-safe: one per thread)."""

    def __init__(self) -> None:
        # "extra" and "sane_lists" as instances, in the order "extra" registers them: a name
        # makes Python-Markdown read every installed package's entry points first.
        md = markdown.Markdown(
            extensions=[
                FencedCodeExtension(),
                md_footnotes.FootnoteExtension(),
                AttrListExtension(),
                DefListExtension(),
                TableExtension(),
                md_abbr.AbbrExtension(),
                MarkdownInHtmlExtension(),
                SaneListExtension(),
            ],
            output_format="html",
        )
        self.md = md
        self.state = _State()
        self.refs = _References()
        md.references = self.refs
        self.footnotes = next(
            e for e in md.registeredExtensions if isinstance(e, md_footnotes.FootnoteExtension)
        )
        self.footnotes.setConfig("SEPARATOR", _SEP)
        self.footnotes.setConfig("PLACE_MARKER", _NOTES_MARKER)
        abbr_ext = next(e for e in md.registeredExtensions if isinstance(e, md_abbr.AbbrExtension))
        self.abbrs = _Abbreviations()
        abbr_ext.abbrs = self.abbrs
        md.treeprocessors["abbr"].abbrs = self.abbrs
        md.parser.blockprocessors["abbr"].abbrs = self.abbrs
        md.preprocessors.register(_FencedCode(md), "fenced_code_block", 25)
        md.preprocessors.register(NestedLists(md), "hd-nested-lists", 19)  # after raw HTML (20)
        md.inlinePatterns.register(
            _FootnoteRef(r"\[\^([^\]]*)\]", self.footnotes, self.state), "footnote", 175
        )
        md.treeprocessors.register(_Notes(self.footnotes, self.state), "footnote", 50)
        md.treeprocessors.register(_ReadingOrder(md, self.state), "hd-reading-order", 17)
        md.parser.blockprocessors.register(_BlockPause(md.parser), "hd-pause", 1000)
        md.inlinePatterns.register(_InlinePause(), "hd-pause", 1000)

    def _reset(self, language: str) -> None:
        self.md.reset()
        self.refs.seen = {}
        self.abbrs.ops = []
        self.abbrs.install({})
        self.state.fn_seen = {}
        self.state.fn_refs = []
        self.state.prior = Counter()
        title = BACKLINK_TITLE.get(language, BACKLINK_TITLE["en"])
        self.footnotes.setConfig("BACKLINK_TITLE", title)

    def _parse(self, text: str) -> tuple[etree.Element, Definitions]:
        md = self.md
        lines = text.split("\n")
        for prep in md.preprocessors:
            lines = prep.run(lines)
        root = md.parser.parseDocument(lines).getroot()
        found = Definitions(
            references=tuple(dict.items(self.refs)),
            footnotes=tuple(self.footnotes.footnotes.items()),
            abbreviations=tuple(self.abbrs.ops),
        )
        return root, found

    def _finish(self, root: etree.Element) -> str:
        md = self.md
        for processor in md.treeprocessors:
            new = processor.run(root)
            if new is not None:
                root = new
        output = md.serializer(root)
        start = output.find(f"<{md.doc_tag}>")
        end = output.rfind(f"</{md.doc_tag}>")
        output = output[start + len(md.doc_tag) + 2 : end].strip() if start >= 0 <= end else ""
        for post in md.postprocessors:
            output = post.run(output)
        if "<abbr" in output:  # an abbreviation the writer marked up by hand is not wrapped again
            output = _DOUBLE_ABBR_RE.sub(r"\1\2\3", output)
        return output.strip()

    def collect(self, text: str) -> Definitions:
        """The definitions ``text`` makes (block parse only, no rendering)."""
        self._reset("en")
        if not text.strip():
            return Definitions()
        return self._parse(text)[1]

    def render(
        self,
        text: str,
        context: Context | None,
        *,
        prior: Counter[str] | None = None,
        notes: bool = False,
        language: str = "en",
    ) -> PartRender:
        """Render ``text`` (a whole document when ``context`` is None, else one part of one).

        With a context, the part's own definitions are replaced by the document's
        before inline parsing, and ``notes`` asks for the list of notes alone (``text``
        is then empty). ``prior`` counts the references to each note in earlier parts.
        """
        self._reset(language)
        state = self.state
        state.emit_notes = context is None or notes
        state.prior = Counter(prior or {})
        root, found = self._parse(text) if text.strip() else (etree.Element(self.md.doc_tag), Definitions())
        if context is not None:
            dict.clear(self.refs)
            dict.update(self.refs, context.references)
            self.footnotes.footnotes = OrderedDict(context.footnotes)
            self.abbrs.install(context.abbreviations)
            self.footnotes.found_refs = {f"fnref{_SEP}{k}": n for k, n in state.prior.items()}
        out = self._finish(root)
        source = "\n".join(self.footnotes.footnotes.values()) if notes else text
        abbrs_used = {k: v for k, v in dict.items(self.abbrs) if k in source}
        used = set(state.fn_refs) | {k for k, v in state.fn_seen.items() if v is not None}
        return PartRender(
            html=out,
            definitions=found,
            references_seen=dict(self.refs.seen),
            footnotes_seen=dict(state.fn_seen),
            footnote_refs=tuple(state.fn_refs),
            prior_seen={k: state.prior.get(k, 0) for k in used},
            abbreviations_used=abbrs_used,
        )


_local = threading.local()


def engine() -> Engine:
    """This thread's engine."""
    eng = getattr(_local, "engine", None)
    if eng is None:
        eng = _local.engine = Engine()
    return eng
