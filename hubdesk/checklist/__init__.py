"""The pre-publication checklist: house rules as data, and a pure engine that applies them."""

from hubdesk.checklist.engine import CheckContext, Checklist, run_checklist
from hubdesk.checklist.findings import Finding, Fix, blocking
from hubdesk.checklist.rules import RULES, RULES_BY_ID, Rule, Severity

__all__ = [
    "RULES", "RULES_BY_ID", "CheckContext", "Checklist", "Finding", "Fix", "Rule", "Severity",
    "blocking", "run_checklist",
]
