"""`python -m scripts.benchmark`, the documented command: runs policy_site/tools/benchmark.py."""

import sys

from policy_site.tools.benchmark import main

if __name__ == "__main__":
    sys.exit(main())
