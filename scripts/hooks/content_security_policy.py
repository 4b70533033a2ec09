"""MkDocs hook, last on on_post_build: the published-text check (scripts/fidelity/published.py),
CSP meta tags (scripts/build/csp.py), then the server files and .gz copies (scripts/build/server.py). Not applied under `mkdocs serve`,
whose live-reload script is inline."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError
from mkdocs_redirects.plugin import HTML_TEMPLATE

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import csp, server  # noqa: E402
from scripts.build.model import failure_message, for_build, ready  # noqa: E402
from scripts.fidelity import published  # noqa: E402

_command = "build"


def on_startup(command, dirty):
    global _command
    _command = command


@mkdocs.plugins.event_priority(-100)  # after every plugin and hook has written its files
def on_post_build(config):
    site_dir = Path(config["site_dir"])
    # What is published: every string a built page shows or shares is checked text or furniture.
    problems = published.check_site_output(site_dir, for_build(config), config["theme"].dirs) if ready(config) else []
    if problems and _command != "serve":
        raise PluginError(failure_message(problems))
    if problems:
        print("ERROR   -  " + failure_message(problems), file=sys.stderr)
    if _command == "serve":
        return
    patterns = csp.template_patterns(config["theme"].dirs, [HTML_TEMPLATE.format(url="{{ url }}")])
    try:
        hashes = csp.apply(site_dir, patterns)
    except csp.CSPError as exc:
        raise PluginError(str(exc)) from exc
    server.write(site_dir, csp.header_policy(hashes))
