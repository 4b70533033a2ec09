"""MkDocs adapter: refuse to build without working dependencies or with pages that depart
from the source. Checks live in scripts/fidelity and scripts/build/theme.py."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.environment import dependency_problems  # noqa: E402
from scripts.build.model import for_build  # noqa: E402


@mkdocs.plugins.event_priority(80)
def on_config(config):
    problems = dependency_problems()
    if problems:
        raise PluginError("cannot build: " + "; ".join(problems))
    return config


@mkdocs.plugins.event_priority(100)  # before anything is generated or written
def on_pre_build(config):
    result = for_build(config)
    if not result.ok:
        listing = "\n".join(d.format() for d in result.diagnostics)
        raise PluginError(f"{len(result.diagnostics)} page problem(s) against source/original.txt; nothing was built:\n{listing}")
