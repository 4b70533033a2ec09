#!/usr/bin/env bash
# Set up, check and build the site strictly, then serve it at http://127.0.0.1:8000/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh site
.venv/bin/python -m policy_site.fidelity
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
exec .venv/bin/python -m mkdocs serve --strict -a "${ADDR:-127.0.0.1:8000}"
