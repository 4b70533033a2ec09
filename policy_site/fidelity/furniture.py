"""Site furniture (furniture.yml): the fixed strings the theme, the build and the generated pages
show, in one file the build renders from and the checker reads.

- `labels`: strings that say how to use or read the site, never what the policy is; each is
  reviewed when it is added. The published-output check (published.py, W010) accepts them.
- `named`: such labels that the build renders by key (the 图解's words, for one), so that the
  string shown and the string reviewed are one.
- `statements`: site sentences that do speak about the text (what 问一 reports, what a stage of
  the 举措清单 means). Each names the paragraphs it rests on and is checked like a page's own
  sentences (figures, names, words, negations and verb pairings: U001 with the checker's code).
- `patterns`: regular expressions for site strings with digits (a page version, a count of the
  site's own entries, a site date), each limited to the output files it may appear in.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

FURNITURE_PATH = Path(__file__).with_name("furniture.yml")


class FurnitureError(ValueError):
    pass


@functools.lru_cache(maxsize=1)
def load(path: Path = FURNITURE_PATH) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("labels"), list) or not all(isinstance(x, str) for x in data["labels"]):
        raise FurnitureError(f"{path}: needs `labels`, a list of strings")
    statements = data.get("statements") or {}
    if not isinstance(statements, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("text"), str) and isinstance(v.get("sources"), list) for v in statements.values()):
        raise FurnitureError(f"{path}: `statements` maps a key to {{text, sources}}")
    patterns = data.get("patterns") or []
    if not isinstance(patterns, list) or not all(isinstance(p, dict) and isinstance(p.get("re"), str) for p in patterns):
        raise FurnitureError(f"{path}: `patterns` is a list of {{re, where}}")
    return data


def _sentences(value) -> list[str]:
    """A named string, or a list of sentences rendered one after another (each a label: the
    published check matches labels of up to 80 characters)."""
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def labels() -> list[str]:
    """Every furniture string: the `labels` list and the `named` strings the build renders by key."""
    return list(load()["labels"]) + [s for v in (load().get("named") or {}).values() for s in _sentences(v)]


def named(key: str) -> str:
    try:
        return "".join(_sentences(load()["named"][key]))
    except KeyError as exc:
        raise FurnitureError(f"{FURNITURE_PATH.name}: no named string {key!r}") from exc


def statement(key: str) -> str:
    try:
        return str(load()["statements"][key]["text"])
    except KeyError as exc:
        raise FurnitureError(f"{FURNITURE_PATH.name}: no statement {key!r}") from exc


def statements() -> dict[str, dict]:
    return dict(load().get("statements") or {})
