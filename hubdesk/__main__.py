"""The ``hubdesk`` command: the desktop app, or a subcommand of the command line."""

from __future__ import annotations

import sys

from hubdesk.cli import run_cli


def main(argv: list[str] | None = None) -> int:
    """Run HubDesk with ``argv`` (``sys.argv[1:]`` by default) and return the exit code."""
    return run_cli(sys.argv[1:] if argv is None else list(argv))


if __name__ == "__main__":
    sys.exit(main())
