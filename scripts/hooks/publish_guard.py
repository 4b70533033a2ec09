"""MkDocs hook: a publishing build (PUBLISH=1) refuses a missing or loopback SITE_URL
(scripts/build/publish.py) and a built site that breaks a published address
(scripts/build/published_urls.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.publish import is_publishing, site_url_problem  # noqa: E402
from scripts.build.published_urls import MANIFEST_NAME, publishing_problems  # noqa: E402


@mkdocs.plugins.event_priority(100)  # first: before any other hook does work
def on_config(config):
    problem = site_url_problem(os.environ)
    if problem:
        raise PluginError(problem)
    return config


@mkdocs.plugins.event_priority(-95)  # after every step that writes pages, before the CSP and server files
def on_post_build(config):
    if is_publishing(os.environ):
        broken = publishing_problems(Path(config["site_dir"]), Path(config["config_file_path"]).parent / MANIFEST_NAME)
        if broken:
            raise PluginError("this build would break published addresses (add a redirect in mkdocs.yml):\n" + "\n".join(broken))
