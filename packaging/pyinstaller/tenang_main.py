"""PyInstaller's entry script: the same ``main`` as the ``tenang`` and ``tenang-cli`` commands."""

import sys

from tenang.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
