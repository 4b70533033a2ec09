"""MkDocs adapter for scripts/build/minify.py and purge_css.py: our CSS and JavaScript minified,
Material's stylesheet without the rules of components the site never shows, and the HTML's
indentation dropped, in the output (`mkdocs serve` too, so it serves what is published; the
readable sources are in docs/assets/ and overrides/)."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import minify, purge_css  # noqa: E402


@mkdocs.plugins.event_priority(-90)  # after every step that copies or writes assets, before the .gz files (-100)
def on_post_build(config):
    minify.minify_assets(Path(config["site_dir"]))
    minify.trim_pages(Path(config["site_dir"]))
    purge_css.purge_site(Path(config["site_dir"]))  # last: it scans every page and script
