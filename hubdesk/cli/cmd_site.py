"""``hubdesk site add|list|remove``: the WordPress sites articles are published to.

``site add NAME --url URL --user USER`` reads the application password from standard
input (one line; typed without echo on a terminal), proves it with the site
(``/wp/v2/users/me``) and keeps it in the system keyring, never in the library.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from hubdesk.library import site_links
from hubdesk.library.store import Library
from hubdesk.publish import credentials, sites


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "site", help="add, list or remove WordPress sites",
        description="The WordPress sites HubDesk publishes to and pulls from.",
    )
    sub = p.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add", help="add a site (the application password is read from standard input)",
        description=(
            "Add a WordPress site. The application password (Users > Profile > Application "
            "Passwords on the site) is read from standard input, checked with the site, "
            f"and kept in the system keyring; without a keyring, set ${credentials.PASSWORD_ENV}."
        ),
    )
    add.add_argument("name", metavar="NAME", help="a short name for the site (letters, digits, - or _)")
    add.add_argument("--url", required=True, help="the site's address, e.g. https://example.org")
    add.add_argument("--user", required=True, help="the WordPress user name")
    add.add_argument("--timeout", type=float, default=20.0, help=argparse.SUPPRESS)
    sub.add_parser("list", help="list the sites")
    remove = sub.add_parser("remove", help="forget a site and its password (articles stay)")
    remove.add_argument("name", metavar="NAME")
    p.set_defaults(handler=run)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Application password: ")
    return sys.stdin.readline().strip()


def run(args: argparse.Namespace, library: Library) -> int:
    if args.site_command == "list":
        found = site_links.list_sites(library)
        for site in found:
            pulled = site.last_pull or "never pulled"
            print(f"{site.name}\t{site.url}\t{site.user}\t{pulled}")
        if not found:
            print("No sites. Add one with: hubdesk site add NAME --url URL --user USER")
        return 0
    if args.site_command == "remove":
        sites.remove_site(library, args.name)
        print(f"Removed site {args.name}.")
        return 0
    password = _read_password()
    added = sites.add_site(library, args.name, args.url, args.user, password, timeout=args.timeout)
    where = (
        "the password is in the system keyring" if added.in_keyring
        else f"no keyring here: the password was not kept; set ${credentials.PASSWORD_ENV}"
    )
    print(f"Added site {added.site.name} ({added.site.url}) as {added.display_name}; {where}.")
    return 0
