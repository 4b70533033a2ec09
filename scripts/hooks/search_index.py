"""MkDocs adapter: replace Material's search index with the one the CJK worker reads
(scripts/search/build_index.py); refuse a degraded index."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.model import for_build, ready  # noqa: E402
from scripts.search.build_index import SearchIndexError, write_index  # noqa: E402


@mkdocs.plugins.event_priority(-10)  # after Material's search plugin wrote its index, before the CSP step
def on_post_build(config):
    if not ready(config):
        return
    try:
        write_index(Path(config["site_dir"]) / "search" / "search_index.json", for_build(config))
    except SearchIndexError as exc:
        raise PluginError(str(exc)) from exc
