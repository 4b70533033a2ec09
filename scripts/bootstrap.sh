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

if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv 2>/dev/null; then
    rm -rf .venv
    echo "bootstrap: python3 cannot create a venv; installing python3-venv" >&2
    apt_install python3-venv
    python3 -m venv .venv
  fi
fi
req=requirements.txt
[ "$what" = test ] && req=requirements-test.txt
stamp=".venv/.installed-$(sha256sum requirements.txt $req | sha256sum | cut -c1-16)"
# The stamp says these files were installed once; the check says every pin is still there
# (a package removed or changed by hand since is reinstalled).
if [ ! -e "$stamp" ] || ! .venv/bin/python policy_site/tools/check_requirements.py "$req"; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
  .venv/bin/python policy_site/tools/check_requirements.py "$req"
  touch "$stamp"
fi

# This project's own package (policy_site/, with the MkDocs plugin's entry point), editable: the
# checkout's code is what runs. Reinstalled when pyproject.toml changes or the venv points elsewhere.
pkg_stamp=".venv/.installed-package-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -e "$pkg_stamp" ] || ! (cd / && "$OLDPWD/.venv/bin/python" -c "import sys, policy_site; sys.exit(policy_site.__file__ != sys.argv[1])" "$OLDPWD/policy_site/__init__.py") 2>/dev/null; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  rm -f .venv/.installed-package-*
  touch "$pkg_stamp"
fi

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
