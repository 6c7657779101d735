"""The pre-publication checklist: runs the rules of ``RULES`` over an article.

``Checklist.run(article, context)`` returns every finding, in the article's order
(title, lead, sections, credits, disclosure, article). The text of the lead and of
each section is scanned once and remembered by its content, so that running the
checklist again after a keystroke only rescans the part that changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from hubdesk.checklist import text_scan
from hubdesk.checklist.findings import Finding
from hubdesk.model.article import Article, count_words
from hubdesk.model.signoff import SignOff, SignState, latest, section_state
from hubdesk.model.validation import ValidationError, validate_credit_url
from hubdesk.pacing import pause

log = logging.getLogger(__name__)

TITLE_LENGTH = (10, 120)  # characters
LEAD_WORDS = (20, 160)
EARLIEST_CREDIT_YEAR = 1800
_CACHE_SIZE = 512


@dataclass(frozen=True)
class CheckContext:
    """What the checklist needs beyond the article itself."""

    today: date = field(default_factory=date.today)
    word_target: int = 0  # 0: none
    misspelled: int | None = None  # None: spell check off
    signoffs: tuple[SignOff, ...] | None = None  # None: review not checked


@dataclass(frozen=True)
class _Scan:
    """What one piece of text gave: findings (offsets into it) and its links."""

    findings: tuple[Finding, ...]
    links: tuple[text_scan.Link, ...]


class Checklist:
    """Runs the checklist; keeps the scans of recent texts (keyed by language and content)."""

    def __init__(self) -> None:
        self._scans: dict[tuple[str, bool, str], _Scan] = {}
        self._used: dict[tuple[str, bool, str], _Scan] = {}
        self.scanned = 0  # texts actually scanned (not found in the cache), for tests

    def _scan(self, language: str, text: str, is_section: bool) -> _Scan:
        key = (language, is_section, text)
        scan = self._scans.get(key)
        if scan is not None:
            self._used[key] = scan
            return scan
        self.scanned += 1
        found = text_scan.typography(language, text_scan.mask(text))
        found_links = text_scan.links(text)
        found += text_scan.link_findings(found_links)
        if is_section:
            found += text_scan.heading_findings(text)
        found.sort(key=lambda f: f.offset)
        scan = _Scan(tuple(found), tuple(found_links))
        self._scans[key] = scan
        self._used[key] = scan
        return scan

    def _forget_unused(self) -> None:
        """Keep the scans of the texts this run looked at (and a few more): never all
        history, and never fewer than one article needs (no thrashing on long ones)."""
        if len(self._scans) > len(self._used) + _CACHE_SIZE:
            self._scans = dict(self._used)
        self._used = {}

    def run(self, article: Article, context: CheckContext | None = None) -> list[Finding]:
        ctx = context or CheckContext()
        lang = article.language
        out: list[Finding] = []
        out += _title(article)
        out += _lead(article)
        seen_urls: dict[str, int] = {}
        lead_scan = self._scan(lang, article.lead, False)
        out += [f.moved("lead", None) for f in lead_scan.findings]
        out += _duplicates(lead_scan.links, "lead", None, seen_urls)
        if not article.sections:
            out.append(Finding("sections.none", "article"))
        for n, section in enumerate(article.sections):
            pause()
            if not section.body.strip():
                out.append(Finding("section.empty", "section", n, 0, 0,
                                   {"heading": section.heading}))
            scan = self._scan(lang, section.body, True)
            out += [f.moved("section", n) for f in scan.findings]
            out += _duplicates(scan.links, "section", n, seen_urls)
        out += _credits(article, ctx.today)
        out += _disclosure(article)
        out += _words(article, ctx)
        if ctx.signoffs is not None:
            out += _review(article, ctx.signoffs)
        self._forget_unused()
        return out


def _title(article: Article) -> list[Finding]:
    title = article.title.strip()
    if not title:
        return [Finding("title.missing", "title")]
    low, high = TITLE_LENGTH
    if not low <= len(title) <= high:
        return [Finding("title.length", "title", None, 0, len(title),
                        {"length": len(title), "low": low, "high": high})]
    return []


def _lead(article: Article) -> list[Finding]:
    if not article.lead.strip():
        return [Finding("lead.missing", "lead")]
    words = count_words(article.lead)
    low, high = LEAD_WORDS
    if not low <= words <= high:
        return [Finding("lead.length", "lead", None, 0, 0,
                        {"words": words, "low": low, "high": high})]
    return []


def _duplicates(links: tuple[text_scan.Link, ...], part: str, index: int | None,
                seen: dict[str, int]) -> list[Finding]:
    out = []
    for link in links:
        if link.image:
            continue
        key = link.key
        if not key or key.startswith("#"):
            continue
        if key in seen:
            out.append(Finding("link.duplicate", part, index, link.offset, len(link.url),
                               {"url": link.url}))
        else:
            seen[key] = 1
    return out


def _credit_key(credit) -> tuple[str, ...]:
    return tuple(" ".join(x.casefold().split()) for x in (credit.title, credit.author,
                                                           credit.outlet))


def _credits(article: Article, today: date) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, ...], int] = {}
    seen_urls: dict[str, int] = {}
    for n, credit in enumerate(article.credits):
        number = n + 1
        if not credit.title.strip():
            out.append(Finding("credit.title", "credit", n, 0, 0, {"number": number}))
        if not credit.outlet.strip() and not credit.description.strip():
            out.append(Finding("credit.outlet", "credit", n, 0, 0, {"number": number}))
        if credit.date is not None:
            if credit.date > today:
                out.append(Finding("credit.date_future", "credit", n, 0, 0,
                                   {"number": number, "date": credit.date.isoformat()}))
            elif credit.date.year < EARLIEST_CREDIT_YEAR:
                out.append(Finding("credit.date_implausible", "credit", n, 0, 0,
                                   {"number": number, "date": credit.date.isoformat()}))
        if credit.url.strip():
            try:
                validate_credit_url(credit.url)
            except ValidationError:
                out.append(Finding("credit.url", "credit", n, 0, 0,
                                   {"number": number, "url": credit.url}))
        key = _credit_key(credit)
        url = credit.url.strip().rstrip("/").lower()
        first = seen.get(key) if credit.title.strip() else None
        if first is None and url:
            first = seen_urls.get(url)
        if first is not None:
            out.append(Finding("credit.duplicate", "credit", n, 0, 0,
                               {"number": number, "first": first}))
        else:
            if credit.title.strip():
                seen.setdefault(key, number)
            if url:
                seen_urls.setdefault(url, number)
    return out


def _disclosure(article: Article) -> list[Finding]:
    d = article.disclosure
    if not d.ai_written:
        return [Finding("disclosure.ai_sections", "section", n - 1, 0, 0,
                        {"number": n, "assistant": article.origins[s.id].assistant or "?"})
                for n, s in enumerate(article.sections, 1) if s.id in article.origins]
    return [Finding(f"disclosure.{name}", "disclosure")
            for name, value in (("assistant", d.assistant), ("organisation", d.organisation),
                                ("editor", d.editor)) if not value.strip()]


def _words(article: Article, ctx: CheckContext) -> list[Finding]:
    out: list[Finding] = []
    if ctx.word_target > 0:
        words = article.word_count
        if words < ctx.word_target:
            out.append(Finding("words.target", "article", None, 0, 0,
                               {"words": words, "target": ctx.word_target}))
    if ctx.misspelled:
        out.append(Finding("spelling.errors", "article", None, 0, 0,
                           {"count": ctx.misspelled}))
    return out


def _review(article: Article, signoffs: tuple[SignOff, ...]) -> list[Finding]:
    newest = latest(list(signoffs))
    out: list[Finding] = []
    for n, section in enumerate(article.sections):
        state = section_state(section, newest)
        if state is SignState.UNSIGNED:
            out.append(Finding("signoff.missing", "section", n, 0, 0,
                               {"heading": section.heading}))
        elif state is SignState.STALE:
            out.append(Finding("signoff.stale", "section", n, 0, 0,
                               {"heading": section.heading, "by": newest[section.id].by}))
    return out


def run_checklist(article: Article, context: CheckContext | None = None) -> list[Finding]:
    """Every finding for ``article`` (a fresh ``Checklist``; keep one to reuse its scans)."""
    return Checklist().run(article, context)
