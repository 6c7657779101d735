"""The user's-language wording of the core's validation errors (hubdesk.validation)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hubdesk.model import validation as v

logger = logging.getLogger(__name__)

_CONTEXT = "ValidationMessages"


def validation_message(error: v.ValidationError) -> str:
    """A translated sentence for ``error``, naming what was typed and what to type instead."""
    value = error.value.strip()

    def fill(text: str) -> str:
        return text.replace("%1", value)

    kind = error.kind
    if kind == v.DATE_FORMAT:
        return fill(QCoreApplication.translate("ValidationMessages", "“%1” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025) or YYYY-MM-DD."))
    if kind == v.DATE_OUT_OF_RANGE:
        return fill(QCoreApplication.translate("ValidationMessages", "“%1” is not a day of the calendar: check the day and the month (DD/MM/YYYY)."))
    if kind == v.URL_SPACES:
        return fill(QCoreApplication.translate("ValidationMessages", "“%1” is not a web address: it contains spaces."))
    if kind == v.URL_SCHEME:
        return fill(QCoreApplication.translate("ValidationMessages", "“%1” is not a web address: a credit link must start with http:// or https://."))
    if kind == v.URL_HOST:
        return fill(QCoreApplication.translate("ValidationMessages", "“%1” has no valid host name after http:// or https://."))
    if kind == v.SLUG_EMPTY:
        return fill(QCoreApplication.translate("ValidationMessages", "The slug cannot be empty: use letters or digits."))
    if kind == v.SLUG_CHARACTERS:
        return fill(QCoreApplication.translate("ValidationMessages", "A slug may only hold lower-case letters a-z, digits and single hyphens between words."))
    if kind == v.SLUG_TOO_LONG:
        return QCoreApplication.translate(
            "ValidationMessages", "A slug may not be longer than %1 characters."
        ).replace("%1", str(v.SLUG_MAX_LENGTH))
    logger.warning("no translated message for validation error kind %r", kind)
    return str(error)
