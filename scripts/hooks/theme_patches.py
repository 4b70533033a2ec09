"""MkDocs adapter: small filters on Material's output instead of copies of its templates
(scripts/build/theme.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import theme  # noqa: E402


@mkdocs.plugins.event_priority(0)
def on_post_page(output, page, config):
    try:
        return theme.add_skip_link(theme.name_search_dialog(output))
    except theme.ThemeError as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from exc
