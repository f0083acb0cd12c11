"""The frozen ``fieldkit-gui`` program (no console window on Windows and macOS): ``fieldkit gui``."""

import sys

from fieldkit.cli import main

if __name__ == "__main__":
    sys.argv[1:1] = ["gui"]
    sys.exit(main())
