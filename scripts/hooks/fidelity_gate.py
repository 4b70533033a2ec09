"""MkDocs adapter: refuse to build without working dependencies or with pages that depart
from the source. Checks live in scripts/fidelity and scripts/build/theme.py."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.environment import dependency_problems  # noqa: E402
from scripts.build.model import failure_message, failure_page, for_build  # noqa: E402

_state: dict = {}


def on_startup(command, dirty):
    _state["serve"] = command == "serve"


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
        message = failure_message(result.diagnostics)
        if not _state.get("serve"):
            raise PluginError(message)
        # `mkdocs serve` hangs on a failed rebuild; instead every page shows the problems.
        print("ERROR   -  " + message, file=sys.stderr)


@mkdocs.plugins.event_priority(100)  # under serve only: a page MkDocs cannot even decode is shown as the problem list
def on_files(files, config):
    result = for_build(config)
    if _state.get("serve") and not result.ok:
        for rel in {d.file for d in result.diagnostics if d.code == "E001"}:
            bad = files.get_file_from_path(rel)
            if bad is not None:
                files.remove(bad)
                files.append(File.generated(config, rel, content=failure_page(result.diagnostics)))
    return files


@mkdocs.plugins.event_priority(200)  # under serve only, and only while the pages fail the gate
def on_page_markdown(markdown, page, config, files):
    result = for_build(config)
    return markdown if result.ok or not _state.get("serve") else failure_page(result.diagnostics)
