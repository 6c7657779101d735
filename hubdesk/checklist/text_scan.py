"""Scanning one piece of article Markdown (the lead or a section body) for the checklist.

Code (spans and fenced blocks), URLs, link targets, HTML tags and entities, link
definitions and table rules are masked first: typography rules never look inside
them. Every function returns findings with offsets into the text it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from hubdesk.checklist.findings import Finding, Fix
from hubdesk.model.document import FenceTracker, may_hold_fences

NNBSP = "\u202f"
NBSP = "\u00a0"
_HIDE = "\x00"
_SPACES = " \t\n" + NBSP + NNBSP

_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?\1")
_INLINE_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\n]*)\)")  # tried by _inline_links only
_AUTOLINK = re.compile(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>")
_BARE_URL = re.compile(r"\b(?:https?|ftp|mailto):[^\s<>)\]]+|\bwww\.[^\s<>)\]]+", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")  # found by _html_tags (linear), not by itself
_TAG_OPEN = re.compile(r"</?[a-zA-Z]")
_LINK_OPEN = re.compile(r"\[")
_ENTITY = re.compile(r"&#?\w+;")
_DEFINITION = re.compile(r"^[ ]{0,3}\[(\^?[^\]\n]+)\]:[ \t]*(\S*)[^\n]*", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$",
                         re.MULTILINE)
_HEADING = re.compile(r"^(#{1,6})[ \t]", re.MULTILINE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_OPENING_AFTER = set(" \t\n" + NBSP + NNBSP + "([{<«“‘—–-/" + _HIDE)

_FR_PUNCT = re.compile(r"[;:!?]")
_FR_QUOTES = re.compile(r"[«»\"]")
_APOSTROPHE = re.compile(r"'")
_EN_QUOTES = re.compile(r"[\"']")


@dataclass(frozen=True)
class Link:
    offset: int  # of the target in the text
    url: str
    image: bool = False
    alt: str = ""

    @property
    def key(self) -> str:
        """The address as compared for duplicates (case and a final ``/`` ignored)."""
        return self.url.rstrip("/").lower()


def _hidden(text: str) -> str:
    """``text`` with every character but line breaks hidden."""
    return "\n".join(_HIDE * len(line) for line in text.split("\n"))


def _hide_all(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: _hidden(m.group()), text)


class _Next:
    """The next position of one character in a text, for positions asked in increasing order
    (each character of the text is looked at once, whatever the number of questions)."""

    def __init__(self, text: str, char: str) -> None:
        self.text, self.char, self.at = text, char, -1

    def after(self, position: int) -> int:
        """The first index >= ``position`` holding the character, or ``len(text)``."""
        if self.at < position:
            found = self.text.find(self.char, position)
            self.at = len(self.text) if found < 0 else found
        return self.at


def _html_tags(text: str) -> list[tuple[int, int]]:
    """The spans ``_HTML_TAG.finditer`` finds, in linear time.

    The expression itself is quadratic where tags never close (``<a `` repeated: every
    ``<`` scans to the end of the line); a tag runs from its ``<`` to the first ``>``,
    if that comes before the end of the line.
    """
    spans = []
    closing, newline = _Next(text, ">"), _Next(text, "\n")
    end = 0
    for m in _TAG_OPEN.finditer(text):
        if m.start() < end:
            continue
        gt = closing.after(m.end())
        if gt < len(text) and gt < newline.after(m.end()):
            spans.append((m.start(), gt + 1))
            end = gt + 1
    return spans


def _inline_links(text: str) -> list[re.Match[str]]:
    """The matches of ``_INLINE_LINK.finditer``, in linear time (the expression is tried
    only where its closing ``](`` and ``)`` come before the end of the line)."""
    found = []
    bracket, paren = _Next(text, "]"), _Next(text, ")")
    line_end, target_line_end = _Next(text, "\n"), _Next(text, "\n")  # two increasing streams
    end = 0
    for opening in _LINK_OPEN.finditer(text):
        start = opening.start()
        if start < end:
            continue
        close = bracket.after(start + 1)
        if close + 1 >= len(text) or text[close + 1] != "(" or line_end.after(start + 1) < close:
            continue
        if paren.after(close + 2) >= min(target_line_end.after(close + 2), len(text)):
            continue
        if start > end and text[start - 1] == "!":
            start -= 1
        match = _INLINE_LINK.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _hide_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out, last = [], 0
    for start, stop in spans:
        out += [text[last:start], _hidden(text[start:stop])]
        last = stop
    out.append(text[last:])
    return "".join(out)


def _hide_fences(text: str) -> str:
    if not may_hold_fences(text):
        return text
    fences = FenceTracker()
    return "\n".join(_HIDE * len(line) if fences.in_code(line) else line
                     for line in text.split("\n"))


def _hide_definition(m: re.Match[str]) -> str:
    """A link definition whole; only the ``[^1]:`` opening of a footnote definition."""
    if m.group(1).startswith("^"):
        return _hidden(m.group()[: m.start(2) - m.start()]) + m.group()[m.start(2) - m.start():]
    return _hidden(m.group())


def _hide_link_target(m: re.Match[str]) -> str:
    """``[text](target)`` keeps its text; an image's ``!`` goes too."""
    whole = m.group()
    keep_from, keep_to = m.start(2) - m.start() - 1, m.end(2) - m.start() + 1
    return _hidden(whole[:keep_from]) + "[" + whole[keep_from + 1:keep_to - 1] + "]" \
        + _hidden(whole[keep_to:])


def mask(text: str) -> str:
    """``text`` with everything typography must not touch replaced by NUL characters.

    The result has the same length and the same line breaks as ``text``.
    """
    masked = _hide_fences(text)
    if "`" in masked:
        masked = _hide_all(_CODE_SPAN, masked)
    if "<" in masked:
        masked = _hide_all(_AUTOLINK, masked)
        masked = _hide_spans(masked, _html_tags(masked))
    if "&" in masked:
        masked = _hide_all(_ENTITY, masked)
    if "-" in masked and "|" in masked:
        masked = _hide_all(_TABLE_RULE, masked)
    if "]:" in masked:
        masked = _DEFINITION.sub(_hide_definition, masked)
    if "](" in masked:
        matches = _inline_links(masked)
        if matches:
            out, last = [], 0
            for m in matches:
                out += [masked[last:m.start()], _hide_link_target(m)]
                last = m.end()
            masked = "".join(out) + masked[last:]
    if ":" in masked or "www." in masked:
        masked = _hide_all(_BARE_URL, masked)
    return masked


# ---------------------------------------------------------------- typography


def _opens(masked: str, i: int) -> bool:
    return i == 0 or masked[i - 1] in _OPENING_AFTER


def french_typography(masked: str) -> list[Finding]:
    """Missing narrow no-break spaces before ``; : ! ?`` and inside « », straight quotes
    and apostrophes, in a masked French text (offsets into it)."""
    found: list[Finding] = []
    for m in _FR_PUNCT.finditer(masked):
        i = m.start()
        prev = masked[i - 1] if i else "\n"
        if prev in (NNBSP, NBSP, "\n", _HIDE) or prev in "!?;:":
            continue
        nxt = masked[i + 1] if i + 1 < len(masked) else ""
        if m.group() == ":" and prev.isdigit() and nxt.isdigit():
            continue  # 10:30
        before = masked[:i].rstrip(" \t")
        if before == "" or before.endswith("\n") or before[-1:] == _HIDE:
            continue  # at the start of a line, or right after code or a link
        if prev in " \t":
            fix = Fix(i - 1, 1, NNBSP)
        else:
            fix = Fix(i, 0, NNBSP)
        found.append(Finding("typo.fr.space", "", None, i, 1, {"char": m.group()}, fix))
    for m in _FR_QUOTES.finditer(masked):
        i, char = m.start(), m.group()
        if char == "«":
            nxt = masked[i + 1] if i + 1 < len(masked) else ""
            if nxt in (NNBSP, NBSP, "", "\n"):
                continue
            fix = Fix(i + 1, 1, NNBSP) if nxt in " \t" else Fix(i + 1, 0, NNBSP)
        elif char == "»":
            prev = masked[i - 1] if i else ""
            if prev in (NNBSP, NBSP, "", "\n"):
                continue
            fix = Fix(i - 1, 1, NNBSP) if prev in " \t" else Fix(i, 0, NNBSP)
        else:
            fix = Fix(i, 1, "«" + NNBSP) if _opens(masked, i) else Fix(i, 1, NNBSP + "»")
        found.append(Finding("typo.fr.guillemets", "", None, i, 1, {}, fix))
    for m in _APOSTROPHE.finditer(masked):
        found.append(Finding("typo.fr.apostrophe", "", None, m.start(), 1, {},
                             Fix(m.start(), 1, "’")))
    return found


def english_typography(masked: str) -> list[Finding]:
    """Straight quotes and apostrophes in a masked English text."""
    found: list[Finding] = []
    for m in _EN_QUOTES.finditer(masked):
        i, char = m.start(), m.group()
        opens = _opens(masked, i)
        curly = ("“" if opens else "”") if char == '"' else ("‘" if opens else "’")
        found.append(Finding("typo.en.quotes", "", None, i, 1, {}, Fix(i, 1, curly)))
    return found


def typography(language: str, masked: str) -> list[Finding]:
    lang = (language or "").lower()[:2]
    if lang == "fr":
        return french_typography(masked)
    if lang == "en":
        return english_typography(masked)
    return []


def apply_fixes(text: str, findings: list[Finding]) -> str:
    """``text`` with the fixes of ``findings`` applied (offsets into ``text``)."""
    fixes = sorted({(f.fix.offset, f.fix.length, f.fix.text) for f in findings if f.fix})
    out, pos = [], 0
    for offset, length, new in fixes:
        if offset < pos:
            continue  # overlapping fixes: the first one wins, a second pass finds the rest
        out.append(text[pos:offset])
        out.append(new)
        pos = offset + length
    out.append(text[pos:])
    return "".join(out)


def fix_typography(language: str, text: str) -> str:
    """``text`` with every typography finding fixed."""
    return apply_fixes(text, typography(language, mask(text)))


# ---------------------------------------------------------------- links, images, headings


def links(text: str) -> list[Link]:
    """Inline links and images, autolinks and link definitions, in order."""
    found: list[Link] = []
    fenced = mask_fences_only(text)
    for m in _inline_links(fenced):
        target = m.group(3).strip()
        url = target.split()[0] if target and (target.endswith('"') or target.endswith("'")) \
            and len(target.split()) > 1 else target
        found.append(Link(m.start(3), url, bool(m.group(1)), m.group(2).strip()))
    for m in _AUTOLINK.finditer(fenced):
        found.append(Link(m.start() + 1, m.group()[1:-1]))
    for m in _DEFINITION.finditer(fenced):
        if not m.group(1).startswith("^"):
            found.append(Link(m.start(2), m.group(2).strip("<>")))
    found.sort(key=lambda link: link.offset)
    return found


def mask_fences_only(text: str) -> str:
    """``text`` with fenced code blocks and code spans hidden (links in code are not links)."""
    if "`" not in text and "~~~" not in text:
        return text
    masked = _hide_fences(text)
    return _hide_all(_CODE_SPAN, masked) if "`" in masked else masked


def url_problem(url: str) -> str | None:
    """``malformed``, ``http`` or None for a link target."""
    if not url or any(ch.isspace() for ch in url) or url.lower().startswith("www."):
        return "malformed"
    m = _SCHEME.match(url)
    if not m:
        return None  # relative to the article's address, or an anchor
    scheme = m.group(1).lower()
    if scheme == "mailto":
        return None if "@" in url else "malformed"
    if scheme not in ("http", "https"):
        return "malformed"
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return "malformed"
    if not host or "." not in host.strip(".") and host != "localhost":
        return "malformed"
    return "http" if scheme == "http" else None


def link_findings(found: list[Link]) -> list[Finding]:
    """Malformed and insecure links, and images without alternative text."""
    out: list[Finding] = []
    for link in found:
        problem = url_problem(link.url)
        if problem == "malformed":
            out.append(Finding("link.malformed", "", None, link.offset, len(link.url),
                               {"url": link.url or "()"}))
        elif problem == "http":
            out.append(Finding("link.http", "", None, link.offset, len(link.url),
                               {"url": link.url}, Fix(link.offset, 4, "https")))
        if link.image and not link.alt:
            out.append(Finding("image.alt", "", None, max(0, link.offset - 3), 0, {}))
    return out


def heading_findings(text: str) -> list[Finding]:
    """Headings inside a section body that skip a level (the section itself is level 2)."""
    out: list[Finding] = []
    if "#" not in text:
        return out
    fenced = mask_fences_only(text)
    previous = 2
    for m in _HEADING.finditer(fenced):
        level = len(m.group(1))
        if level > previous + 1:
            out.append(Finding("heading.skipped", "", None, m.start(), m.end() - m.start(),
                               {"level": level, "previous": previous}))
        previous = max(level, 2)
    return out
