"""The HubDesk Markdown file: front matter with every field, then the body.

Importing the file gives back an equal article. The format is data, so the
export options do not change it: the disclosure and the credits are always kept.
"""

from __future__ import annotations

from pathlib import Path

from hubdesk.export.options import ExportOptions
from hubdesk.formats.markdown_format import article_to_markdown
from hubdesk.model.article import Article


def write_markdown(article: Article, path: Path, options: ExportOptions) -> None:
    path.write_text(article_to_markdown(article), encoding="utf-8", newline="\n")
