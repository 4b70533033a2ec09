"""MkDocs hook: replace Material's search index with the one the CJK search worker reads.

The building is in scripts/search/build_index.py; this only wires it in after the
search plugin has written search/search_index.json, and refuses a degraded index.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.model import for_build  # noqa: E402
from scripts.search.build_index import build, validate  # noqa: E402


def on_config(config):
    try:
        import opencc  # noqa: F401
    except Exception as exc:
        raise PluginError(f"OpenCC is unavailable ({exc!r}): Traditional-character search would silently fail. "
                          "Install the pinned requirements.") from exc
    return config


def on_post_build(config):
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.exists():
        raise PluginError(f"{path} is missing: is Material's search plugin enabled?")
    site = for_build(config)
    pages = {p.url.lstrip("/"): {"kind": p.kind, "title": p.meta.get("title")} for p in site.pages}
    index = build(json.loads(path.read_text(encoding="utf-8")), pages, site.paragraphs)
    problems = validate(index)
    if problems:
        path.unlink()  # no degraded index left behind for a deploy to publish
        raise PluginError("search index would not find Chinese text:\n  " + "\n  ".join(problems))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
