"""The History panel's rows for changes of sections' origin (AI draft, edited, person).

One row per batch: an import, a paste, a mark by hand or a save that changed an origin;
an import of nine sections is one row. Selecting it shows each section's new origin.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from hubdesk.library.provenance_events import Cause, ProvenanceEvent
from hubdesk.model.provenance import Origin

PROVENANCE_ROLE = Qt.ItemDataRole.UserRole + 2  # an origin row: its text, shown when selected


def origin_text(event: ProvenanceEvent) -> str:
    """The origin an event gave its section, in a few words."""
    if event.origin is Origin.PERSON:
        return QCoreApplication.translate("ProvenanceRows", "written by a person")
    name = event.assistant or QCoreApplication.translate("ProvenanceRows", "an AI")
    if event.origin is Origin.AI:
        text = QCoreApplication.translate("ProvenanceRows", "AI draft (%1)")
    else:
        text = QCoreApplication.translate("ProvenanceRows", "AI draft (%1), %2 % edited")
    return text.replace("%1", name).replace("%2", str(round(event.edited * 100)))


def cause_text(cause: Cause) -> str:
    if cause is Cause.IMPORT:
        return QCoreApplication.translate("ProvenanceRows", "set on import from the disclosure")
    if cause is Cause.PASTE:
        return QCoreApplication.translate("ProvenanceRows", "pasted as AI draft")
    if cause is Cause.HAND:
        return QCoreApplication.translate("ProvenanceRows", "marked by hand")
    if cause is Cause.EDIT:
        return QCoreApplication.translate("ProvenanceRows", "edited share changed on saving")
    return QCoreApplication.translate("ProvenanceRows", "recorded before this history")


def _untitled() -> str:
    return QCoreApplication.translate("ProvenanceRows", "(untitled section)")


def provenance_item(batch: list[ProvenanceEvent], when: str) -> QTreeWidgetItem:
    """One row for a batch of origin changes, with its full text for the detail view."""
    first = batch[0]
    if len({origin_text(e) for e in batch}) > 1:
        change = QCoreApplication.translate(  # always two or more
            "ProvenanceRows", "Origin: %1 sections changed").replace("%1", str(len(batch)))
    else:
        change = QCoreApplication.translate("ProvenanceRows", "Origin: %1").replace(
            "%1", origin_text(first))
    if len(batch) == 1:
        part = first.heading or _untitled()
    else:
        part = QCoreApplication.translate("ProvenanceRows", "%1 sections").replace(
            "%1", str(len(batch)))
    stamp = first.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines = [QCoreApplication.translate("ProvenanceRows", "Origin %1 on %2:")
             .replace("%1", cause_text(first.cause)).replace("%2", stamp)]
    for e in batch:
        lines.append(QCoreApplication.translate("ProvenanceRows", "Section %1 (%2): %3")
                     .replace("%1", str(e.position + 1)).replace("%2", e.heading or _untitled())
                     .replace("%3", origin_text(e)))
    item = QTreeWidgetItem([when, change, part])
    text = "\n".join(lines)
    item.setData(0, PROVENANCE_ROLE, text)
    for column in range(3):
        item.setToolTip(column, text)
    return item
