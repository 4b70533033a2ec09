"""The site's pages as Markdown, before rendering: the pages the build adds (原文, 核验, 无障碍声明,
terms, actions, print, changes, 图解), and each hand-written page's final Markdown (the home
page's glance, the 文件信息 card, generated sections: related pages, 引用本页, lists behind
markers). Used by the MkDocs adapter and by `python -m policy_site.pipeline`."""

from __future__ import annotations

from pathlib import Path

from policy_site.fidelity.model import GENERATED_PAGES
from policy_site.fidelity.pages import GENERATED_MARKER_RE, url_of
from policy_site.pipeline import accessibility, generated, glance, tujie, whole_document
from policy_site.pipeline.model import SiteModel, failure_page


class SitePagesError(Exception):
    """A marker or card this page asks for cannot be made; the message names it."""


def final_markdown(site: SiteModel, src_uri: str, markdown: str, existing: set[str], site_url: str,
                   generated_page: bool = False) -> str:
    """A page's Markdown as it is rendered. Generated pages (`generated_page`) get only the card."""
    def glance_marker(m):
        return glance.render(m.group(1), site, existing) if m.group(1) in glance.MARKERS else m.group(0)

    try:
        if src_uri == "index.md":
            markdown = GENERATED_MARKER_RE.sub(glance_marker, markdown)
        markdown = whole_document.with_card(site, markdown, src_uri, url_of(src_uri))
        return markdown if generated_page else generated.page_markdown(site, src_uri, markdown, site_url)
    except (glance.GlanceError, whole_document.WholeDocumentError, generated.GenerationError) as exc:
        raise SitePagesError(f"{src_uri}: {exc}") from exc


def generated_pages(site: SiteModel, repo_root: Path, site_url: str) -> dict[str, str]:
    """The pages the build adds. Under `mkdocs serve` with failing pages, each shows the problems."""
    if not site.ok:
        return dict.fromkeys(GENERATED_PAGES, failure_page(site.diagnostics))
    try:
        pages = {"original.md": generated.original_page(site), "verification.md": generated.verification_page(site),
                 accessibility.PAGE: accessibility.statement_page(), **whole_document.generated_pages(site, repo_root)}
        content = tujie.content(site, site_url.rstrip("/") + "/tujie/")
    except (glance.GlanceError, whole_document.WholeDocumentError) as exc:
        raise SitePagesError(str(exc)) from exc
    pages["tujie.md"] = tujie.markdown(content, tujie.svg(content))
    assert set(pages) == set(GENERATED_PAGES), sorted(set(pages) ^ set(GENERATED_PAGES))
    return pages
