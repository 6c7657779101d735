"""The command line: ``hubdesk [--db PATH] [--version] SUBCOMMAND ...``.

Each subcommand lives in its own module listed in ``COMMANDS``, named after it
(``cmd_list`` registers ``list``): only the module of the subcommand given is
imported, and none when the desktop app starts (``--help`` and a mistyped name load
them all). A module defines
``register(subparsers)``, which adds its parser and sets ``handler=run``, and
``run(args, library) -> int``. The framework opens the library named by ``--db``
(else ``$HUBDESK_DB``, else the user data folder), passes it to ``run`` and closes
it afterwards. A module that opens the library itself sets ``needs_library =
False`` and receives ``None``; ``args.db_path`` always holds the path.

Any ``HubDeskError`` becomes one line on stderr (``hubdesk: <message>``) and exit
code 1; usage errors exit with 2. ``hubdesk`` alone starts the desktop app that the
entry point registered with ``register_app`` (the core never imports the UI).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hubdesk import __version__
from hubdesk.errors import HubDeskError
from hubdesk.paths import DB_ENV, default_library_path

log = logging.getLogger(__name__)

PROG = "hubdesk"

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "hubdesk.cli.cmd_import",
    "hubdesk.cli.cmd_list",
    "hubdesk.cli.cmd_show",
    "hubdesk.cli.cmd_search",
    "hubdesk.cli.cmd_delete",
    "hubdesk.cli.cmd_trash",
    "hubdesk.cli.cmd_export",
    "hubdesk.cli.cmd_checklist",
    "hubdesk.cli.cmd_signoff",
    "hubdesk.cli.cmd_credits",
    "hubdesk.cli.cmd_check",
    "hubdesk.cli.cmd_backup",
    "hubdesk.cli.cmd_restore",
    "hubdesk.cli.cmd_site",
    "hubdesk.cli.cmd_publish",
    "hubdesk.cli.cmd_pull",
)

#: Subcommand name -> its module (the module is named after the subcommand).
NAMES: dict[str, str] = {module.rpartition(".cmd_")[2]: module for module in COMMANDS}

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

#: ``start(db_path, argv) -> exit code``: runs the desktop app on the library ``db_path``
#: with the arguments no subcommand took (Qt options, files to open).
AppStarter = Callable[[Path, list[str]], int]

_app_starter: AppStarter | None = None


def register_app(start: AppStarter | None) -> None:
    """Set what ``hubdesk`` without a subcommand runs (``None``: nothing, a usage error)."""
    global _app_starter
    _app_starter = start


def _load_commands(names: Sequence[str]) -> list[object]:
    """The subcommand modules; one that does not import is a bug, and fails loudly."""
    return [importlib.import_module(name) for name in names]


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    """The argument parser with the global options and every available subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "HubDesk, the editorial desk for long-form web articles. "
            "Without a subcommand, starts the desktop app."
        ),
        epilog=f"The library is --db PATH, else ${DB_ENV}, else {default_library_path()}.",
    )
    parser.add_argument(
        "--db", metavar="PATH", type=Path,
        help=f"the library file to use (overrides ${DB_ENV})",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--smoke-test", action="store_true",
        help="check that the installed app starts and can render, then exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress on stderr")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", title="subcommands")
    for module in _load_commands(commands):
        module.register(sub)  # type: ignore[attr-defined]
    return parser


def _needs_library(handler: object) -> bool:
    module = sys.modules.get(getattr(handler, "__module__", ""), None)
    return bool(getattr(module, "needs_library", True))


def _read_only(handler: object) -> bool:
    """Whether the command only reads (``read_only = True``): it needs no writer's lock."""
    module = sys.modules.get(getattr(handler, "__module__", ""), None)
    return bool(getattr(module, "read_only", False))


def _opens_read_only(handler: object) -> bool:
    """Whether the command only looks (``opens_read_only = True``): the library is opened
    read-only, so nothing is created and a read-only folder is fine."""
    module = sys.modules.get(getattr(handler, "__module__", ""), None)
    return bool(getattr(module, "opens_read_only", False))


def _starts_like_sqlite(path: Path) -> bool:
    """Whether ``path`` is absent, empty or begins like an SQLite file (damaged or not)."""
    from hubdesk.library.store import SQLITE_MAGIC

    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return True  # absent or unreadable: the store reports it
    return not head or head == SQLITE_MAGIC


def _configure_output() -> None:
    """Write UTF-8 to pipes and files whatever the platform's default encoding is."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            pass


def error(message: str) -> None:
    """Report one problem on stderr, the way every subcommand does (control characters
    from file names or titles are shown escaped: see ``hubdesk.cli.terminal``)."""
    from hubdesk.cli.terminal import shown

    print(f"{PROG}: {shown(message)}", file=sys.stderr)


_GLOBAL_FLAGS = ("-v", "--verbose", "--smoke-test", "--version", "-h", "--help")


def _first_word(argv: list[str]) -> str | None:
    """The first token of ``argv`` that is not a global option (nor ``--db``'s value)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--db":
            i += 2
            continue
        if token.startswith("--db=") or token in _GLOBAL_FLAGS:
            i += 1
            continue
        return token
    return None


def _wants_app(argv: list[str]) -> bool:
    """True when ``argv`` names no subcommand: the rest is for the desktop app.

    The app takes Qt's options (``-style fusion``) and file paths; any other word is
    taken as a mistyped subcommand, so that argparse reports it.
    """
    token = _first_word(argv)
    if token is None:
        return True
    if token in NAMES:
        return False
    return token.startswith("-") or Path(token).exists()


def _commands_for(argv: list[str]) -> tuple[str, ...]:
    """The subcommand modules the parser of ``argv`` needs: the one named, none for
    ``--version``, all for ``--help`` before any (it lists them) and for a mistyped name
    (reported with the choices)."""
    token = _first_word(argv)
    before = argv if token is None else argv[: argv.index(token)]
    if {"-h", "--help"} & set(before):
        return COMMANDS
    if token is None:
        return ()
    module = NAMES.get(token)
    return (module,) if module else COMMANDS


def _global_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--smoke-test", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.set_defaults(command=None)
    return parser


# Arguments that name files: a file name may hold any bytes (Python keeps them as lone
# surrogates), so these are left to the commands, which report such names escaped.
_PATH_ARGUMENTS = frozenset({"paths", "output", "db", "db_path", "backup", "assets"})


def _not_text(args: argparse.Namespace) -> str | None:
    """The first argument that is not a file name and holds bytes that are not UTF-8
    (``show $'\\xff'``): such text can be neither stored nor looked up."""
    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                shown = {"ids": "ID", "id": "ID", "query": "QUERY"}
                return shown.get(name, f"--{name.replace('_', '-')}")
    return None


def run_cli(argv: list[str]) -> int:
    """Parse ``argv``, run the subcommand (or the app) and return the exit code."""
    _configure_output()
    try:
        if _wants_app(argv) and not {"-h", "--help", "--version"} & set(argv):
            args, rest = _global_parser().parse_known_args(argv)
        else:
            args, rest = build_parser(_commands_for(argv)).parse_known_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format=f"{PROG}: %(message)s",
    )
    db_path = args.db.expanduser() if args.db else default_library_path()
    args.db_path = db_path

    if args.smoke_test:
        from hubdesk.cli.cmd_smoke import main as smoke_main

        return int(smoke_main() or 0)
    if args.command is None:
        if _app_starter is None:
            error(f"the desktop app is not installed here; give a subcommand (see '{PROG} --help').")
            return EXIT_USAGE
        return int(_app_starter(db_path, rest) or 0)
    if rest:
        error(f"unrecognised arguments: {' '.join(rest)} (see '{PROG} {args.command} --help')")
        return EXIT_USAGE
    not_text = _not_text(args)
    if not_text:
        error(f"the {not_text} given is not valid text (it holds bytes that are not UTF-8); "
              "nothing was done.")
        return EXIT_USAGE

    handler = args.handler
    try:
        if not _needs_library(handler):
            return int(handler(args, None) or 0)
        from hubdesk.library.lock import CLI_WAIT, LibraryLock
        from hubdesk.library.recovery import refuse_if_damaged
        from hubdesk.library.store import Library, inspect_file

        # Not a library, or a damaged one: one line, nothing changed.
        # One writer: wait briefly for the app.
        if not _starts_like_sqlite(db_path):
            inspect_file(db_path)  # names a file of another kind as such
        refuse_if_damaged(db_path)
        if _opens_read_only(handler):
            library = Library.open_read_only(db_path)
            try:
                return int(handler(args, library) or 0)
            finally:
                library.close()
        lock = None if _read_only(handler) else LibraryLock(db_path).acquire(wait=CLI_WAIT)
        try:
            library = Library.open(db_path)
            try:
                return int(handler(args, library) or 0)
            finally:
                library.close()
        finally:
            if lock is not None:
                lock.release()
    except HubDeskError as exc:
        error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except OSError as exc:  # a file name too long, a path through a file...: one line
        name = str(exc.filename or "")
        shown = name if len(name) <= 80 else f"{name[:40]}…{name[-30:]}"
        error(f"{shown}: {exc.strerror or exc}." if shown else f"{exc.strerror or exc}.")
        return EXIT_ERROR
    except KeyboardInterrupt:
        error("interrupted.")
        return 130
