#!/usr/bin/env bash
# Set up and run every test: checker unit tests, strict build, built-site checks, Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
exec .venv/bin/python -m pytest "$@"
