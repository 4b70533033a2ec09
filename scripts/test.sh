#!/usr/bin/env bash
# Set up and run every test: checker unit tests, strict build, built-site checks, Chromium.
# Two workers (pytest-xdist), each test file whole on one of them (--dist loadfile: a file's tests share
# their fixtures and order); each worker builds and serves its own site. Pass -n 0 to run in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
exec .venv/bin/python -m pytest -n 2 --dist loadfile "$@"
