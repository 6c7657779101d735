"""``hubdesk restore [BACKUP]``: replace the library by a backup (the newest good one by default)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hubdesk.errors import LibraryError
from hubdesk.library import backup
from hubdesk.library.lock import LibraryLock

needs_library = False  # works on a damaged library too: it is moved aside, never opened


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "restore", help="replace the library by a backup",
        description=(
            "Replace the library by a backup, by default the newest one that passes its "
            "check. The current library is kept beside it as <name>.replaced-<time>."
        ),
    )
    p.add_argument("backup", nargs="?", type=Path, metavar="BACKUP",
                   help="the backup file (default: the newest good backup)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, library: object) -> int:
    path: Path = args.db_path
    source = args.backup
    if source is None:
        newest = backup.newest_good_backup(path)
        if newest is None:
            raise LibraryError("backup.none_good", library=path, folder=backup.backup_dir(path))
        source = newest.path
    with LibraryLock(path).acquire(wait=3.0):
        aside = backup.restore_backup(source, path)
    print(f"Restored {path} from {source}")
    if aside is not None:
        print(f"The previous library is kept as {aside}")
    return 0
