"""The site model: source paragraphs, pages with their front matter, the related-pages graph.

Built once per build by `load` and passed to every step; steps never re-read docs/.
The model is the checker's result (policy_site/fidelity.checks.SiteCheck), so what the steps
render is exactly what the gate checked.
"""

from __future__ import annotations

from pathlib import Path

from policy_site.fidelity.checks import SiteCheck, check_site

SiteModel = SiteCheck

def load(docs_dir: Path, source_path: Path | None = None) -> SiteModel:
    """The one model of a build: the adapter makes it once per build and passes it to every step."""
    return check_site(Path(docs_dir)) if source_path is None else check_site(Path(docs_dir), Path(source_path))


def failure_message(diagnostics: list) -> str:
    listing = "\n".join(d.format() for d in diagnostics)
    return f"{len(diagnostics)} page problem(s) against source/original.txt; nothing was built:\n{listing}"


def failure_page(diagnostics: list) -> str:
    """The page `mkdocs serve` shows in place of every page while the gate fails."""
    body = failure_message(diagnostics).replace("```", "ʼʼʼ")
    return f"# 构建失败：页面与原文不符 {{#build-failed}}\n\n修改后保存，本页会自动刷新。\n\n```text\n{body}\n```\n"
