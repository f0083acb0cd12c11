"""The frozen ``fieldkit`` command: the same entry point as the installed script."""

import sys

from fieldkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
