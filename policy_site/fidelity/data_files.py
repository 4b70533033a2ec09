"""The project's YAML data files (thesaurus, actions, …), read once per build: several steps read
the same file, and a changed file is read again (keyed by its modification time). Each caller
gets its own copy, so no step sees another's changes."""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import yaml


@functools.lru_cache(maxsize=16)
def _parsed(path: Path, mtime_ns: int) -> object:
    # libyaml's loader when PyYAML has it (its wheels do): the pure-Python one takes 1.6 s on the thesaurus.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_yaml(path: Path) -> object:
    path = Path(path)
    return copy.deepcopy(_parsed(path, path.stat().st_mtime_ns))
