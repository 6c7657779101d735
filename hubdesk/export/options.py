"""What the user chooses for an export (kept apart so that every writer can import it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAPER_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class ExportOptions:
    """Options of an export.

    ``paper`` applies to PDF, DOCX and ODT; ``include_toc`` to HTML, PDF, EPUB, DOCX and ODT;
    ``include_disclosure`` controls the printed AI disclosure sentence (the
    Markdown format always keeps the disclosure, it is data there).
    ``asset_dir`` is the folder of local image attachments: relative image paths
    are looked up inside it and embedded; nothing outside it is ever read.
    """

    paper: str = "A4"  # "A4" or "Letter"
    include_toc: bool = True
    include_disclosure: bool = True
    asset_dir: Path | None = None
    # HTML only: keep remote images as <img> (for publishing on the web). Off, they are
    # shown as "▣ alt · host" links, as in the preview: nothing is fetched.
    keep_remote_images: bool = False
