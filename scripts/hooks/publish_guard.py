"""MkDocs hook: a publishing build (PUBLISH=1) refuses a missing or loopback SITE_URL (scripts/build/publish.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.publish import site_url_problem  # noqa: E402


@mkdocs.plugins.event_priority(100)  # first: before any other hook does work
def on_config(config):
    problem = site_url_problem(os.environ)
    if problem:
        raise PluginError(problem)
    return config
