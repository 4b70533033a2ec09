"""The site model: source paragraphs, pages with their front matter, the related-pages graph.

Built once per build by `for_build` and passed to every step; steps never re-read docs/.
The model is the checker's result (scripts/fidelity.checks.SiteCheck), so what the steps
render is exactly what the gate checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.fidelity.checks import SiteCheck, check_site

SiteModel = SiteCheck

_current: dict[int, SiteModel] = {}


def load(docs_dir: Path) -> SiteModel:
    return check_site(Path(docs_dir))


def for_build(config: Any) -> SiteModel:
    """The one model of this build (keyed by MkDocs' config object, new for every build)."""
    key = id(config)
    if key not in _current:
        _current.clear()
        _current[key] = load(Path(config["docs_dir"]))
    return _current[key]


def gate_ran() -> bool:
    """Whether a build in this process has run the gate (pipeline_guard.py asks before each page)."""
    return bool(_current)


def ready(config: Any) -> bool:
    """Whether this build's pages passed the gate. Under `mkdocs serve` a failing build still runs,
    so that every page can show the problems; the steps that read the model then stand aside."""
    return for_build(config).ok


def failure_message(diagnostics: list) -> str:
    listing = "\n".join(d.format() for d in diagnostics)
    return f"{len(diagnostics)} page problem(s) against source/original.txt; nothing was built:\n{listing}"


def failure_page(diagnostics: list) -> str:
    """The page `mkdocs serve` shows in place of every page while the gate fails."""
    body = failure_message(diagnostics).replace("```", "ʼʼʼ")
    return f"# 构建失败：页面与原文不符 {{#build-failed}}\n\n修改后保存，本页会自动刷新。\n\n```text\n{body}\n```\n"
