"""MkDocs adapter for scripts/build/atomic.py: `mkdocs build` writes into a staging folder,
moved over site_dir only if the whole (strict) build succeeded. Not under `serve`, which
builds into its own temporary folder, nor with --dirty, which updates in place."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.atomic import AtomicOutput  # noqa: E402

_state: dict = {}


def on_startup(command, dirty):
    _state.clear()
    _state.update(command=command, dirty=dirty)


@mkdocs.plugins.event_priority(90)  # before any step reads site_dir
def on_config(config):
    if _state.get("command") in ("build", "gh-deploy") and not _state.get("dirty") and "output" not in _state:
        _state["output"] = AtomicOutput(Path(config["site_dir"]), bool(config["strict"]))
        config["site_dir"] = str(_state["output"].staging)
    return config


@mkdocs.plugins.event_priority(-1000)  # the very last step of a build
def on_post_build(config):
    if "output" in _state:
        _state["output"].finished = True


def on_shutdown():
    output = _state.pop("output", None)
    if output is not None:
        output.close()
