"""A Markdown extension that refuses to render a page outside the MkDocs build that checks it.

mkdocs.yml lists it under `markdown_extensions`. Generators that read mkdocs.yml and run its Python-Markdown
extensions but skip its `hooks:` (Zensical; MkDocs 2) would otherwise publish the pages with no fidelity gate,
no generated pages and no published-text check. Under MkDocs the gate (scripts/hooks/fidelity_gate.py,
on_pre_build) has built this build's site model (scripts/build/model.py) before any page is rendered, so the
guard only looks that up and changes nothing. Elsewhere it raises on the first page, before any HTML exists.

It is a top-level module, importable from the repo root, and imports nothing of `scripts`: MkDocs loads
Markdown extensions before the hooks, and importing the package that early would bind it to the working
directory's copy.
"""

from __future__ import annotations

import sys

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

GATE_MODEL = "scripts.build.model"  # whose gate_ran() says this process's MkDocs build ran the gate


class UncheckedBuild(RuntimeError):
    pass


def gate_ran() -> bool:
    model = sys.modules.get(GATE_MODEL)
    return model is not None and model.gate_ran()


class _Guard(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not gate_ran():
            raise UncheckedBuild(
                "refusing to render pages that the fidelity gate has not checked: this generator did not run "
                "mkdocs.yml's hooks (Zensical and MkDocs 2 skip them), so the gate, the generated pages and the "
                "published-text check did not run. Build with `.venv/bin/python -m mkdocs build --strict`.")
        return lines


class PipelineGuard(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_Guard(md), "pipeline_guard", 1000)  # before every other preprocessor


def makeExtension(**kwargs) -> PipelineGuard:  # noqa: N802 (Python-Markdown's name)
    return PipelineGuard(**kwargs)
