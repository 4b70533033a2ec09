"""A Markdown extension that refuses to render a page outside the build that checks it.

mkdocs.yml lists it under `markdown_extensions`. Generators that read mkdocs.yml and run its
Python-Markdown extensions but not its MkDocs plugins (Zensical; MkDocs 2) would otherwise publish
the pages with no fidelity gate, no generated pages and no published-text check. Under MkDocs the
policy-site plugin (mkdocs_plugin.py) sets this extension's `gate` option in the build's own
config once the gate has run, so the guard changes nothing; anywhere else the option is unset
and it raises on the first page, before any HTML exists. No state outside the build's config.
"""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

NAME = "policy_site.adapters.markdown_guard"  # as mkdocs.yml lists it, and the key of its options
GATE_RAN = "ran"


class UncheckedBuild(RuntimeError):
    pass


class _Guard(Preprocessor):
    def __init__(self, md: Markdown, gate: str) -> None:
        super().__init__(md)
        self.gate = gate

    def run(self, lines: list[str]) -> list[str]:
        if self.gate != GATE_RAN:
            raise UncheckedBuild(
                "refusing to render pages that the fidelity gate has not checked: this generator did not run "
                "the policy-site MkDocs plugin (Zensical and MkDocs 2 skip MkDocs plugins), so the gate, the "
                "generated pages and the published-text check did not run. Build with "
                "`.venv/bin/python -m mkdocs build --strict`.")
        return lines


class MarkdownGuard(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {"gate": ["", "set to 'ran' by the policy-site plugin once the gate has run"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_Guard(md, self.getConfig("gate")), "policy_site_guard", 1000)  # before every other


def makeExtension(**kwargs) -> MarkdownGuard:  # noqa: N802 (Python-Markdown's name)
    return MarkdownGuard(**kwargs)
