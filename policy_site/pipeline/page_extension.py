"""The page transforms as a Python-Markdown extension: a page's Markdown becomes its final Markdown
(site_pages.final_markdown: the home page's glance, the 文件信息 card, related pages, 引用本页, the
lists behind markers) inside the Markdown run that renders it, before any other preprocessor.

Python-Markdown does not know which page it renders, so whoever renders passes it in the
extension's options: the MkDocs plugin sets them in its build's `mdx_configs` for each page, a
script passes them to `markdown.Markdown(extensions=[PageTransforms(...)])`. Without a page the
extension changes nothing (and the Markdown guard refuses a render outside the checked build).
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

from policy_site.pipeline import site_pages

NAME = "policy_site.pipeline.page_extension"


class _Transforms(Preprocessor):
    def __init__(self, md: Markdown, options: dict[str, Any]) -> None:
        super().__init__(md)
        self.options = options

    def run(self, lines: list[str]) -> list[str]:
        o = self.options
        if not o["page"] or not o["site"]:
            return lines
        text = site_pages.final_markdown(o["site"], o["page"], "\n".join(lines), o["existing"], o["site_url"], o["generated"])
        return text.split("\n")


class PageTransforms(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {
            "site": ["", "the checked site model (a non-None, non-bool default: Python-Markdown would make it a bool)"],
            "page": ["", "the page's file under docs/, e.g. measures/financing.md"],
            "existing": [frozenset(), "the files of the build (glance cards link only to these)"],
            "site_url": ["", "the site's address"],
            "generated": [False, "a page the build generates: only the 文件信息 card"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_Transforms(md, self.getConfigs()), "policy_site_page", 900)  # after the guard, before all else


def makeExtension(**kwargs) -> PageTransforms:  # noqa: N802 (Python-Markdown's name)
    return PageTransforms(**kwargs)
