"""Signing off the open article or its current section, in the name set in Preferences."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from hubdesk.errors import HubDeskError
from hubdesk.library import signoffs
from hubdesk.model.signoff import SignOff, SignState, states
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.shell.errors import show_error
from hubdesk.ui.shell.settings import QT_TRANSLATE_NOOP, Setting, Settings, declare

log = logging.getLogger(__name__)


REVIEW = QT_TRANSLATE_NOOP("Settings", "Review")
REVIEWER = declare(Setting(
    "reviewer_name", str, "", QT_TRANSLATE_NOOP("Settings", "Your name, for review sign-offs"), REVIEW))
EXPORT_CHECK = declare(Setting(
    "signoff_export", str, "allow",
    QT_TRANSLATE_NOOP("Settings", "Exporting with sections not signed off"), REVIEW,
    choices=(("warn", QT_TRANSLATE_NOOP("Settings", "Warn")), ("refuse", QT_TRANSLATE_NOOP("Settings", "Refuse")),
             ("allow", QT_TRANSLATE_NOOP("Settings", "Allow"))),
))


class SignOffCommands(QObject):
    """Signs off sections, keeps the open article's sign-offs, and guards export."""

    changed = Signal()  # the open article's sign-offs changed (or another article opened)
    recorded = Signal(str)  # the id of an article just signed off

    def __init__(self, session: ArticleSession, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.dialog_parent = parent
        self.current: list[SignOff] = []
        session.article_loaded.connect(self.on_loaded)

    def on_loaded(self, article) -> None:
        """The open article's sign-offs (another article was opened)."""
        self.current = [] if article is None else signoffs.signoffs(
            self.session.library, article.id)
        self.changed.emit()

    def reviewer(self) -> str | None:
        """The name from Preferences; asked for (and kept) the first time."""
        name = str(self.settings.get("reviewer_name") or "").strip()
        if name:
            return name
        name, ok = QInputDialog.getText(
            self.dialog_parent, self.tr("Sign off"),
            self.tr("Your name, as the reviewing editor (kept in Preferences):"),
            QLineEdit.EchoMode.Normal, "")
        name = " ".join(name.split())
        if not ok or not name:
            return None
        self.settings.set("reviewer_name", name)
        return name

    def sign(self, section: int | None = None) -> list[SignOff]:
        """Sign off one section (0-based) or, with None, every section; the new sign-offs."""
        article = self.session.article
        if article is None or not article.sections:
            return []
        if section is not None and not 0 <= section < len(article.sections):
            return []
        name = self.reviewer()
        if name is None or not self.session.save():
            return []
        try:
            made = signoffs.sign(self.session.library, article, name, section)
        except HubDeskError as exc:
            show_error(self.dialog_parent, self.tr("The sign-off could not be recorded."), exc)
            return []
        if ((article.disclosure.ai_written or article.origins)
                and not article.disclosure.editor.strip()):
            article.disclosure.editor = name  # the printed disclosure names the reviewer
            self.session.mark_dirty()
            self.session.save()
        self.current.extend(made)
        self.changed.emit()
        self.recorded.emit(article.id)
        return made

    def missing(self) -> int:
        """Sections of the open article not signed, or changed since their sign-off."""
        article = self.session.article
        if article is None:
            return 0
        return sum(1 for s in states(article, self.current) if s is not SignState.SIGNED)

    def rule(self) -> str:
        """``allow``, ``warn`` or ``refuse``: what missing sign-offs do to export and status."""
        return str(self.settings.get("signoff_export") or "allow")

    def may_export(self, ids: list[str] | None = None, publishing: bool = False) -> bool:
        """Whether export (or publishing) of ``ids`` may go on, per the preference, when
        sign-offs are missing or stale; without ``ids``, the open article."""
        rule = self.rule()
        if rule == "allow":
            return True
        if ids is None or (len(ids) == 1 and self.session.article is not None
                           and ids[0] == self.session.article.id):
            missing = self.missing()
        else:
            found = signoffs.review_states(self.session.library, ids)
            missing = sum(total - signed for _state, signed, total in found.values())
        if not missing:
            return True
        title = self.tr("Publish") if publishing else self.tr("Export")
        text = self.tr("%n section(s) not signed off, or changed since.", "", missing)
        if rule == "refuse":
            after = (self.tr("Sign them off before publishing (see Preferences).") if publishing
                     else self.tr("Sign them off before exporting (see Preferences)."))
            QMessageBox.warning(self.dialog_parent, title, text + "\n" + after)
            return False
        ask = self.tr("Publish anyway?") if publishing else self.tr("Export anyway?")
        answer = QMessageBox.question(self.dialog_parent, title, text + "\n" + ask)
        return answer == QMessageBox.StandardButton.Yes
