"""A finding of the checklist: which rule, where in the article, and how to say it."""

from __future__ import annotations

from dataclasses import dataclass, field

from hubdesk.checklist.rules import RULES_BY_ID, Rule, Severity

#: The parts of an article a finding can point at. ``index`` counts sections (for
#: ``section``) or credits (for ``credit``) from 0; ``offset`` is in characters into
#: the part's text (a section's body, the lead, the title).
PARTS = ("title", "lead", "section", "credit", "disclosure", "article")


@dataclass(frozen=True)
class Fix:
    """Replace ``length`` characters at ``offset`` (same frame as the finding) with ``text``."""

    offset: int
    length: int
    text: str


@dataclass(frozen=True)
class Finding:
    rule: str
    part: str
    index: int | None = None
    offset: int = 0
    length: int = 0
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    fix: Fix | None = field(default=None, compare=False)

    @property
    def rule_data(self) -> Rule:
        return RULES_BY_ID[self.rule]

    @property
    def severity(self) -> Severity:
        return self.rule_data.severity

    @property
    def blocks(self) -> bool:
        """True when this finding blocks publication."""
        return self.severity is Severity.ERROR

    def message(self, language: str = "en") -> str:
        return self.rule_data.message(language, **self.params)

    def moved(self, part: str, index: int | None, shift: int = 0) -> Finding:
        """The same finding placed in ``part``/``index``, ``shift`` characters further on."""
        fix = self.fix and Fix(self.fix.offset + shift, self.fix.length, self.fix.text)
        return Finding(self.rule, part, index, self.offset + shift, self.length,
                       self.params, fix)

    def to_dict(self, language: str = "en") -> dict[str, object]:
        """What ``hubdesk checklist --format json`` prints for this finding."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "part": self.part,
            "index": self.index,
            "section": None if self.part != "section" or self.index is None else self.index + 1,
            "position": {"offset": self.offset, "length": self.length},
            "message": self.message(language),
        }


def blocking(findings: list[Finding]) -> bool:
    """Whether any finding blocks publication."""
    return any(f.blocks for f in findings)
