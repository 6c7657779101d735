"""Entry point of the frozen HubDesk: the same ``main`` as the ``hubdesk`` command."""

import sys

from hubdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
