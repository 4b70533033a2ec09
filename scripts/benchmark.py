"""`python -m scripts.benchmark`, the documented command: runs scripts/tools/benchmark.py."""

import sys

from scripts.tools.benchmark import main

if __name__ == "__main__":
    sys.exit(main())
