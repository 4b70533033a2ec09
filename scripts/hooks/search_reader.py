"""MkDocs hook: add what the worker needs to read readers' queries, and load the index lazily.

Runs after scripts/hooks/search_index.py has written search/search_index.json and before the
server-files hook gzips it. The work is in scripts/build/search_reader.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.model import for_build, ready  # noqa: E402
from scripts.build.search_reader import FULL_INDEX, enrich, validate  # noqa: E402
from scripts.fidelity.model import NEEDS  # noqa: E402


@mkdocs.plugins.event_priority(-50)  # after search_index.py (0), before content_security_policy.py (-100)
def on_post_build(config):
    if not ready(config):
        return
    site_dir = Path(config["site_dir"])
    path = site_dir / "search" / "search_index.json"
    stub, full = enrich(json.loads(path.read_text(encoding="utf-8")), for_build(config), NEEDS)
    problems = validate(full)
    if problems:
        path.unlink()
        raise PluginError("search index is incomplete:\n  " + "\n  ".join(problems))
    dump = lambda data: json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    (site_dir / FULL_INDEX).write_text(dump(full), encoding="utf-8")
    path.write_text(dump(stub), encoding="utf-8")
