"""Entry point of the frozen HubDesk: the same ``main`` as the ``hubdesk`` command.

``freeze_support()`` comes first: the app's import and export worker processes are
started ("spawn") by running this same executable, and in such a process it runs
the worker's code and exits, so that a worker never starts the desktop app.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from hubdesk.__main__ import main

    sys.exit(main())
