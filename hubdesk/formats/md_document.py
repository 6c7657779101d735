"""An article's Markdown as one document, rendered part by part.

The parts are the lead and the sections (each ``## heading`` with its body), in
order, plus the list of notes at the end. Each part is rendered on its own, with
the document-wide definitions (references, footnotes, abbreviations) of every
part, so that the parts put end to end give the same HTML as the whole text
rendered at once. Each rendering remembers what it used; after an edit,
:meth:`MarkdownDocument.stale` names the parts whose HTML the edit changed
(a definition they use, a footnote number, an earlier reference to the same
note), and only those need rendering again.

A part can also be rendered elsewhere (a worker thread): :meth:`MarkdownDocument.jobs`
takes, on the document's thread, what rendering some parts needs (``RenderJob``);
``RenderJob.run`` renders with nothing shared but that; :meth:`MarkdownDocument.accept`
keeps a result only if the part, the definitions and the notes before it are still
those it was rendered with.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from hubdesk.formats.md_guard import defuse

if TYPE_CHECKING:  # Python-Markdown and its extensions load when a part is first rendered
    from hubdesk.formats.md_engine import Context, Definitions, PartRender

log = logging.getLogger(__name__)

_MAY_DEFINE = re.compile(r"\]:|\*\[")  # every definition holds one of these


@dataclass
class _Part:
    text: str
    definitions: Definitions | None = None  # None: not read yet
    result: PartRender | None = None
    shown: str | None = None  # the sanitised HTML last handed out
    refs: tuple[str, ...] = ()  # footnote references as last rendered


@dataclass(frozen=True)
class RenderJob:
    """What rendering one part needs, copied so that any thread can run it."""

    index: int
    part: _Part  # which part it was (an edit replaces the object, not its text)
    text: str
    context: Context
    prior: Counter[str]
    language: str

    def run(self) -> tuple[PartRender, str]:
        """The part rendered, and its sanitised HTML (thread-safe: one engine per thread)."""
        result = _render_text(self.text, self.context, self.prior, self.language)
        return result, _sanitize(result.html)


class MarkdownDocument:
    """The parts of one Markdown text, rendered as one document.

    ``html(i)`` renders part ``i`` (cached); ``notes_html()`` the notes;
    ``stale()`` the parts to render again after ``set_part`` or ``replace``.
    Index ``len(parts)`` stands for the notes in ``stale()``.
    """

    def __init__(self, parts: list[str] | None = None, language: str = "en") -> None:
        self.language = language
        self._parts: list[_Part] = [_Part(t) for t in parts or []]
        self._notes: PartRender | None = None
        self._context: Context | None = None
        self._notes_key: tuple = ()
        self._notes_shown = ""
        # _prefix[k]: footnote references counted over parts 0 .. k-1 (shared, never
        # changed in place), kept so that rendering every part is linear, not quadratic.
        self._prefix: list[Counter[str]] = [Counter()]
        self._epoch = 0  # bumped when something document-wide may have changed
        self._checked = 0  # the epoch ``stale`` last looked at
        self.renders = 0  # parts rendered so far (for tests and benchmarks)

    def __len__(self) -> int:
        return len(self._parts)

    @property
    def notes_index(self) -> int:
        return len(self._parts)

    # ------------------------------------------------------------ edits

    def set_part(self, index: int, text: str) -> None:
        part = self._parts[index]
        if part.text == text:
            return
        had = part.definitions
        part.text = text
        part.result = None
        del self._prefix[index + 1 :]
        if had or _MAY_DEFINE.search(text):
            part.definitions = None
            self._forget_context()
        # else: still no definitions, the context stands

    def replace(self, start: int, removed: int, texts: list[str]) -> None:
        """Parts ``start .. start+removed`` become ``texts``.

        A new text equal to one of the replaced parts (a moved section) keeps that
        part's rendering; :meth:`html` renders it again only if where it now stands
        changes its HTML (a footnote number).
        """
        old = self._parts[start : start + removed]
        by_text: dict[str, list[_Part]] = {}
        for part in old:
            by_text.setdefault(part.text, []).append(part)
        new = [by_text[t].pop(0) if by_text.get(t) else _Part(t) for t in texts]
        self._parts[start : start + removed] = new
        del self._prefix[start + 1 :]
        if any(p.definitions is None or p.definitions for p in old) or any(
            _MAY_DEFINE.search(t) for t in texts
        ):
            self._forget_context()
        elif any(p.refs or "[^" in p.text for p in old) or any("[^" in t for t in texts):
            self._epoch += 1  # footnote numbers after the run may change
        # else: no definition and no note reference came or went: every other part's
        # HTML stands, and html() checks the kept ones where they now stand.

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._notes = None
            self._epoch += 1

    # ------------------------------------------------------------ rendering

    def context(self) -> Context:
        if self._context is None:
            from hubdesk.formats.md_engine import Context, Definitions, engine

            eng = engine()
            for part in self._parts:
                if part.definitions is None:
                    part.definitions = (
                        eng.collect(defuse(part.text).text)
                        if _MAY_DEFINE.search(part.text)
                        else Definitions()
                    )
            ctx = Context.merge([p.definitions or Definitions() for p in self._parts])
            # Notes are read after the body, and what they define counts for the whole text.
            inner = [eng.collect(t) for t in ctx.footnotes.values() if _MAY_DEFINE.search(t)]
            if any(inner):
                notes = Context.merge(
                    [Definitions(abbreviations=tuple(ctx.abbreviations.items())), *inner]
                )
                ctx.references.update(notes.references)
                ctx.abbreviations = notes.abbreviations
            self._context = ctx
        return self._context

    def html(self, index: int) -> str:
        """Sanitised HTML of part ``index``, rendering it if it is new or stale."""
        part = self._parts[index]
        if part.result is None or self._outdated(index, part.result):
            self._render(index)
        assert part.result is not None
        if part.shown is None:
            part.shown = _sanitize(part.result.html)
        return part.shown

    def notes_html(self) -> str:
        """Sanitised HTML of the list of notes (empty without footnotes)."""
        ctx = self.context()
        if not ctx.footnotes:
            self._notes = None
            self._notes_shown = ""
            return ""
        totals = self._prior(self.notes_index)
        if self._notes_outdated(totals):
            self._notes = self._guarded("", ctx, totals, notes=True)
            self._notes_key = (
                tuple(ctx.footnotes.items()),
                tuple(sorted(totals.items())),
                self.language,
            )
            self._notes_shown = _sanitize(self._notes.html)
        return self._notes_shown

    def stale(self) -> list[int]:
        """Parts rendered before whose HTML is no longer right (the notes: ``len(self)``).

        Cheap when nothing document-wide changed since the last call. Rendering
        the parts it names may make others stale in turn: call it until it is empty.
        """
        if self._epoch == self._checked:
            return []  # the parts named before are taken as rendered
        self._checked = self._epoch
        out = []
        prior: Counter[str] = Counter()
        for i, part in enumerate(self._parts):
            if part.result is not None and self._outdated(i, part.result, prior):
                out.append(i)
            prior.update(self._refs(i))
        if self._notes_outdated(prior):
            out.append(self.notes_index)
        return out

    def jobs(self, indices: range) -> list[RenderJob]:
        """What rendering the parts in ``indices`` that need it takes (none: all are ready)."""
        out = []
        for index in indices:
            part = self._parts[index]
            if part.result is None or self._outdated(index, part.result):
                ctx, prior = self.context(), self._prior(index)
                out.append(RenderJob(index, part, part.text, ctx, prior, self.language))
        return out

    def accept(self, job: RenderJob, result: PartRender, shown: str) -> bool:
        """Keep a job's result if its part is still as rendered; False (dropped) otherwise."""
        index, part = job.index, job.part
        if index >= len(self._parts) or self._parts[index] is not part or part.text != job.text:
            return False
        if self._context is not job.context or self.language != job.language:
            return False
        prior = self._prior(index)
        if prior != job.prior:
            return False
        self.renders += 1
        self._store(index, result, prior, shown)
        return True

    def all_html(self) -> list[str]:
        """Every part, then the notes: the whole document."""
        return [self.html(i) for i in range(len(self._parts))] + [self.notes_html()]

    # ------------------------------------------------------------ internals

    def _render(self, index: int) -> None:
        part = self._parts[index]
        ctx = self.context()
        prior = self._prior(index)
        self._store(index, self._guarded(part.text, ctx, prior), prior)

    def _store(
        self, index: int, result: PartRender, prior: Counter[str], shown: str | None = None
    ) -> None:
        """Keep ``result`` as part ``index``'s rendering (``shown``: its sanitised HTML, if known)."""
        part = self._parts[index]
        if part.definitions is None and not result.definitions:
            part.definitions = result.definitions  # a new part defining nothing: the context stands
        elif part.definitions != result.definitions:
            part.definitions = result.definitions
            self._forget_context()
            ctx = self.context()
            if self._outdated(index, result, prior):
                result = self._guarded(part.text, ctx, prior)
                shown = None
        if part.refs != result.footnote_refs:
            self._epoch += 1
            del self._prefix[index + 1 :]
        part.refs = result.footnote_refs
        part.result = result
        part.shown = shown

    def _forget_context(self) -> None:
        self._context = None
        self._epoch += 1

    def _guarded(
        self, text: str, ctx: Context, prior: Counter[str], notes: bool = False
    ) -> PartRender:
        self.renders += 1
        return _render_text(text, ctx, prior, self.language, notes)

    def _refs(self, index: int) -> tuple[str, ...]:
        """Footnote references of part ``index`` as last rendered (rendering it if never)."""
        part = self._parts[index]
        if "[^" not in part.text:
            return ()
        if part.result is None:
            self._render(index)
        assert part.result is not None
        return part.result.footnote_refs

    def _prior(self, index: int) -> Counter[str]:
        """Footnote references counted over the parts before ``index`` (a new Counter)."""
        index = min(index, len(self._parts))
        while len(self._prefix) <= index:
            k = len(self._prefix) - 1
            refs = self._refs(k)  # may render part k, which keeps _prefix[: k + 1]
            before = self._prefix[k]
            if refs:
                before = before.copy()
                before.update(refs)
            self._prefix.append(before)
        return self._prefix[index].copy()

    def _outdated(self, index: int, result: PartRender, prior: Counter[str] | None = None) -> bool:
        ctx = self.context()
        refs = ctx.references
        if any(refs.get(k) != v for k, v in result.references_seen.items()):
            return True
        if result.footnotes_seen or result.prior_seen:
            numbers = ctx.numbers()
            if any(numbers.get(k) != v for k, v in result.footnotes_seen.items()):
                return True
            if result.prior_seen:
                prior = self._prior(index) if prior is None else prior
                if any(prior.get(k, 0) != v for k, v in result.prior_seen.items()):
                    return True
        text = self._parts[index].text if index < len(self._parts) else ""
        used = {k: v for k, v in ctx.abbreviations.items() if k in text}
        return used != result.abbreviations_used

    def _notes_outdated(self, totals: Counter[str]) -> bool:
        ctx = self.context()
        if not ctx.footnotes:
            return self._notes_shown != ""
        if self._notes is None:
            return True
        key = (tuple(ctx.footnotes.items()), tuple(sorted(totals.items())), self.language)
        if key != self._notes_key:
            return True
        notes = self._notes
        if any(ctx.references.get(k) != v for k, v in notes.references_seen.items()):
            return True
        text = "\n".join(ctx.footnotes.values())
        used = {k: v for k, v in ctx.abbreviations.items() if k in text}
        return used != notes.abbreviations_used


def _render_text(
    text: str, ctx: Context, prior: Counter[str], language: str, notes: bool = False
) -> PartRender:
    """One part rendered with the document's definitions; plain text if Markdown cannot."""
    from hubdesk.formats.md_engine import Definitions, PartRender, engine

    safe = defuse(text)
    try:
        result = engine().render(safe.text, ctx, prior=prior, notes=notes, language=language)
    except RecursionError:
        log.warning("Markdown nested too deeply to render; shown as plain text")
        return PartRender(_plain(text), Definitions(), {}, {}, (), {})
    except RuntimeError as exc:  # e.g. a note defining another note inside it
        log.warning("Markdown could not be rendered (%s); shown as plain text", exc)
        return PartRender(_plain(text), Definitions(), {}, {}, (), {})
    if safe.plain:
        result = replace(result, html=safe.restore(result.html))
    return result


def whole_html(text: str, language: str = "en") -> str:
    """Sanitised HTML of a whole Markdown text rendered at once (the reference parts must match)."""
    from hubdesk.formats.md_engine import engine

    safe = defuse(text)
    out = engine().render(safe.text, None, language=language).html
    return _sanitize(safe.restore(out))


def _plain(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


_ALIGN_RE = re.compile(r'<(td|th) style="text-align: (left|center|right);">')


def _sanitize(fragment: str) -> str:
    """The sanitised HTML, table cell alignment kept as a class (inline styles are removed)."""
    from hubdesk.formats.render import sanitize

    return sanitize(_ALIGN_RE.sub(r'<\1 class="hd-align-\2">', fragment))
