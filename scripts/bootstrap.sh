#!/usr/bin/env bash
# Set up everything the site and its tests need on a fresh Debian machine, idempotently.
#   scripts/bootstrap.sh site   -> .venv with the build requirements, cairo and CJK fonts
#   scripts/bootstrap.sh test   -> also the test requirements, Debian's Chromium and nginx
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-site}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

make_venv() {
  if ! python3 -m venv .venv 2>/dev/null; then
    rm -rf .venv
    echo "bootstrap: python3 cannot create a venv; installing python3-venv" >&2
    apt_install python3-venv
    python3 -m venv .venv
  fi
}
[ -x .venv/bin/python ] || make_venv

# The locks (requirements*.txt, generated from requirements*.in by `uv pip compile --generate-hashes`: see
# requirements.in) are installed and checked by uv, pinned in the lock itself. pip, which every venv has,
# installs that one pinned uv, hash-checked, when the venv has no uv or another version.
uv_pin=$(sed -n 's/^uv==\([^ ;]*\).*/\1/p' requirements.txt)
if [ "$(.venv/bin/uv --version 2>/dev/null | cut -d' ' -f1-2)" != "uv $uv_pin" ]; then
  .venv/bin/python -m pip --version >/dev/null 2>&1 || { rm -rf .venv; make_venv; }
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
    -r <(awk '/^uv==/ { p = 1 } p { print; if (!/\\$/) exit }' requirements.txt)
fi
# For the tests, `uv pip sync` makes the venv exactly the test lock: a package missing, of another version or not in
# the lock (removed, changed or added by hand) is put right. For the site, `uv pip install` puts right what differs
# from the site lock and leaves other packages (the tests') in place. Every download is hash-checked. When nothing
# differs uv only checks, from its cache without the network (tens of milliseconds).
# --compile-bytecode writes the .pyc files once, here: where PYTHONDONTWRITEBYTECODE is set (as on the CI
# machines) Python would otherwise compile every module from source in every process, about 1 s a build.
if [ "$what" = test ]; then
  uv_lock() { .venv/bin/uv pip sync -q --python .venv/bin/python --require-hashes --compile-bytecode "$@" requirements-test.txt; }
else
  uv_lock() { .venv/bin/uv pip install -q --python .venv/bin/python --require-hashes --compile-bytecode "$@" -r requirements.txt; }
fi
uv_lock --offline 2>/dev/null || uv_lock

# This project's own package (policy_site/, with the MkDocs plugin's entry point), editable: the
# checkout's code is what runs. Not in the lock (uv's hash mode has no hash for a local folder), so
# installed after it; uv builds it with the setuptools pinned in pyproject.toml, from its cache.
.venv/bin/uv pip install -q --python .venv/bin/python --no-deps --offline -e . 2>/dev/null \
  || .venv/bin/uv pip install -q --python .venv/bin/python --no-deps -e .

# The build renders the 图解 PNG (policy_site/pipeline/tujie.py) with cairo and the PDF (policy_site/pipeline/pdf.py)
# with WeasyPrint (Pango); Chinese glyphs need Debian's CJK fonts.
if ! dpkg -s libcairo2 fontconfig fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1; then
  echo "bootstrap: installing libcairo2, Pango, fontconfig and fonts-noto-cjk (the 图解 PNG and the PDF)" >&2
  apt_install libcairo2 libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-noto-cjk
fi

if [ "$what" = test ]; then
  if ! command -v pdftotext >/dev/null; then
    echo "bootstrap: installing poppler-utils (tests read the PDF's text with pdftotext)" >&2
    apt_install poppler-utils
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "bootstrap: installing Debian's chromium" >&2
    apt_install chromium
  fi
  if ! command -v zbarimg >/dev/null; then
    echo "bootstrap: installing Debian's zbar-tools (tests/test_phone.py decodes the QR codes)" >&2
    apt_install zbar-tools
  fi
  # Pinned npm tools (tools/node/package-lock.json): the current axe-core for the browser tests.
  # (Lighthouse is the benchmark's own: policy_site/tools/benchmark.py installs tools/benchmark/ when it runs.)
  if ! command -v npm >/dev/null; then
    echo "bootstrap: installing Debian's nodejs and npm (axe-core)" >&2
    apt_install nodejs npm
  fi
  node_stamp="tools/node/node_modules/.installed-$(sha256sum tools/node/package-lock.json | cut -c1-16)"
  if [ ! -e "$node_stamp" ]; then
    (cd tools/node && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    touch "$node_stamp"
  fi
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "bootstrap: installing Debian's nginx (tests/test_nginx.py serves the site with deploy/nginx.conf)" >&2
    apt_install nginx
  fi
fi
