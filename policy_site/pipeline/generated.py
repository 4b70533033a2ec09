"""Content generated from the source and the front matter: plain functions of the site model.

- `original_page`: the verbatim source, every paragraph in its own element with its id.
- `verification_page`: which pages cite each paragraph, and every 原文未载明 statement.
- `page_markdown`: one hand-written page's Markdown with its markers replaced, citation
  lines separated, and (measures, programmes) the related and 引用本页 sections appended.
- `short_links`: /m/1/ … /m/8/ to the measures, from their `number`.
- `exports`: pages.json and paragraphs.json.
- `localise_redirect_stub`: mkdocs-redirects' English stub in Chinese.

Runs without MkDocs: `python -m policy_site.pipeline DOCS OUT` writes these files for inspection.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

from policy_site.fidelity import diagnostics, model, name_checks
from policy_site.fidelity.checks import SiteCheck
from policy_site.fidelity.pages import CITE_LINK, GENERATED_MARKER_RE, Page
from policy_site.fidelity.source import Paragraph

from . import term_links, terms

# Generated sections' headings carry this attribute: Material's search leaves the whole section
# out of the index, so a page is not found by the titles of the pages it links to.
SEARCH_EXCLUDE = "data-search-exclude"


class GenerationError(Exception):
    pass


@functools.lru_cache(maxsize=1)
def _term_entries() -> list[terms.Entry]:
    return terms.load_entries()


def _link(page: Page) -> str:
    return f"[{page.meta.get('title', page.rel)}](/{page.rel})"


def _order(page: Page) -> tuple[Any, str]:
    return (page.meta.get("number", 99), page.rel)


def pages_of(site: SiteCheck, kind: str) -> list[Page]:
    return sorted((p for p in site.pages if p.kind == kind), key=_order)


def original_page(site: SiteCheck) -> str:
    paragraphs = site.paragraphs or [Paragraph("title", "（原文文件缺失或已被改动）", 1, 0)]
    title = paragraphs[0]
    out = [
        "---",
        "title: 原文",
        "description: 《国家知识产权局关于知识产权支持小微企业发展的若干意见》有关问题的解读，逐字原文，每段带固定锚点。",
        "---",
        "",
        '<h1 id="title" class="source-title">' + html.escape(title.text) + "</h1>",
        "",
        '<p class="source-note">以下为所发布解读文本的逐字转录，未作任何改动。每段前的编号（如 q2-5）'
        "是固定锚点，可链接到该段，例如本页地址后加 #q2-5。</p>",
        "",
    ]
    for para in paragraphs[1:]:
        tag = "h2" if "-" not in para.id else "p"
        out.append(
            f'<div class="source-paragraph" id="{para.id}">'
            f'<a class="paragraph-id" href="#{para.id}" title="{para.label}">{para.id}</a>'
            f'<{tag} class="source-text">{html.escape(para.text)}</{tag}></div>'
        )
        out.append("")
    return "\n".join(out)


def verification_page(site: SiteCheck) -> str:
    citing = site.citing_pages()
    out = [
        "---",
        "title: 核验",
        "description: 本站每页引文、数字、名称对照原文自动核验；此页列出原文每一段被哪些页面引用，以及本站所说的原文未载明之处。",
        "search:",
        "  exclude: true",
        "---",
        "",
        "# 核验 {#verification}",
        "",
        "本页说明本站怎样对照[原文](/original.md)核验每一页，并列出原文每一段被哪些页面引用。",
        "",
        diagnostics.promise(),
        "",
        "## 句子的内容 {#sentences}",
        "",
        next(p for p, codes in diagnostics.PROMISE if "N021" in codes) + "。",
        "",
        "## 原文各段的引用情况 {#paragraphs}",
        "",
        "| 段落 | 位置 | 开头 | 引用本段的页面 |",
        "| --- | --- | --- | --- |",
    ]
    for para in site.paragraphs:
        pages = "、".join(_link(p) for p in citing[para.id]) or "—"
        start = para.text[:16] + ("…" if len(para.text) > 16 else "")
        out.append(f"| [{para.id}](/original.md#{para.id}) | {para.label} | {start} | {pages} |")
    out += [
        "",
        f"## 本站所说的“{model.ABSENCE_TITLE}” {{#absences}}",
        "",
        f"以下是本站各页指出原文没有写明的内容，每条都放在页面上标为“{model.ABSENCE_TITLE}”的框中，"
        "并已对照原文全文复核。它们说的是这份解读文本没有写明，不是说相关事项不存在。",
        "",
    ]
    listed = 0
    for page in sorted(site.pages, key=lambda p: (list(model.KIND_DIRS).index(p.kind) if p.kind in model.KIND_DIRS else 99, _order(p))):
        items = name_checks.absences(page)
        if not items or "title" not in page.meta:
            continue
        out.append(f"- {_link(page)}")
        out += [f"    - {text}" for _, text in items]
        listed += len(items)
    if not listed:
        out.append("（目前没有。）")
    out.append("")
    return "\n".join(out)


def related_section(site: SiteCheck, page_id: str) -> str:
    by_id = site.page_by_id()
    related = [by_id[r] for r in site.related_graph().get(page_id, [])]
    parts = []
    for kind, heading, anchor in model.RELATED_SECTIONS:
        pages = sorted((p for p in related if p.kind == kind), key=_order)
        if pages:
            parts.append(f"## {heading} {{#{anchor} {SEARCH_EXCLUDE} }}\n\n"
                         + "\n".join(f"- {_link(p)}" for p in pages))
    return "\n\n".join(parts)


def citation_section(site: SiteCheck, page_id: str, site_url: str) -> str:
    """引用本页 in GB/T 7714 style for a part of an electronic resource; the reader adds the date."""
    page = site.page_by_id()[page_id]
    url = site_url.rstrip("/") + page.url
    sources = "、".join(f"[{s}](/original.md#{s})" for s in page.sources)
    return (
        f"## 引用本页 {{#{model.CITE_SECTION} {SEARCH_EXCLUDE} }}\n\n"
        f'<p class="citation" id="citation-text">{page.meta["title"]}[EB/OL]//{model.SITE_TITLE}. [引用日期]. {url}.</p>\n\n'
        f"所依据的原文段落：{sources}。“[引用日期]”请填写您访问本页的日期。"
    )


def needs(site: SiteCheck) -> list[tuple[str, str, list[Page], list[Page]]]:
    """(need id, label, measures, programmes) in the order of model.NEEDS: the one grouping of pages
    by need, for 按需查找, the home page's cards and the search's need entries."""
    out = []
    for need, label in model.NEEDS.items():
        ms = [p for p in pages_of(site, "measure") if need in (p.meta.get("needs") or [])]
        ps = [p for p in pages_of(site, "programme") if need in (p.meta.get("needs") or [])]
        out.append((need, label, ms, ps))
    return out


def by_need(site: SiteCheck) -> str:
    blocks = []
    for need, label, measures, programmes in needs(site):
        lines = [f"## {label} {{#{need}}}", ""]
        lines += [f"- 政策亮点：{_link(p)}" for p in measures]
        lines += [f"- 项目与机制：{_link(p)}" for p in programmes]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def figures_table(meta: dict) -> str:
    rows = ["| 数字 | 含义 | 出处 |", "| --- | --- | --- |"]
    for row in meta.get("figures") or []:
        pid = row["paragraph"]
        rows.append(f"| {row['figure']} | {row['what']} | [{pid}](/original.md#{pid}) |")
    return "\n".join(rows)


# The page of the one contact the text gives (the 12330 hotline, q1-5): a next step for pages on 维权.
HOTLINE_PAGE, HOTLINE_PARAGRAPH = "assistance-centres", "q1-5"


def next_step(site: SiteCheck, page: Page) -> str:
    """Where a reader goes from here, from the page's own data: its needs in 按需查找, the 12330 page
    where the page is about 维权 or cites the paragraph naming it, and a programme's highlights.
    Site pages only: the text names no office to apply to, so the line names none."""
    needs = page.meta.get("needs") or []
    links = [f"[按需查找：{model.NEEDS[n]}](/by-need.md#{n})" for n in needs if n in model.NEEDS] or ["[按需查找](/by-need.md)"]
    hotline = site.page_by_id().get(HOTLINE_PAGE)
    if hotline and hotline.id != page.id and ("enforcement" in needs or HOTLINE_PARAGRAPH in page.sources):
        links.append(_link(hotline))
    if page.kind == "programme":
        by_id = site.page_by_id()
        links += [_link(by_id[r]) for r in site.related_graph().get(page.id or "", []) if by_id[r].kind == "measure"]
    return f"**下一步**：{'　'.join(links)}\n{{: .next-step {SEARCH_EXCLUDE} }}"


def marker(site: SiteCheck, name: str, page: Page) -> str:
    if name == model.NEXT_STEP_MARKER:
        return next_step(site, page)
    if name == "by-need":
        return by_need(site)
    if name in ("measures", "programmes", "questions"):
        return "\n".join(f"- {_link(p)}：{p.meta['summary']}" for p in pages_of(site, name[:-1]))
    if name == "figures-table":
        return figures_table(page.meta)
    raise GenerationError(f"{page.rel}: unknown marker 'generated: {name}'")


_CITE_LINE_RE = re.compile(rf"^([ \t]*>[ \t]*)({CITE_LINK})[ \t]*$", re.M)


def separate_citations(markdown: str) -> str:
    """A quote's citation line becomes its own paragraph with class quote-source."""
    return _CITE_LINE_RE.sub(lambda m: f"{m.group(1).rstrip()}\n{m.group(1)}{m.group(2)}\n{m.group(1)}{{: .quote-source }}", markdown)


def page_markdown(site: SiteCheck, rel: str, markdown: str, site_url: str, handled: frozenset[str] = frozenset()) -> str:
    """The Markdown MkDocs renders for a hand-written page. `handled`: markers another step replaces."""
    page = next((p for p in site.pages if p.rel == rel), None)
    if page is None:
        return markdown
    markdown = term_links.link_terms(markdown, page, _term_entries())
    markdown = GENERATED_MARKER_RE.sub(
        lambda m: m.group(0) if m.group(1) in handled else marker(site, m.group(1), page), markdown)
    markdown = separate_citations(markdown)
    # The page title gets a fixed id too, never the toc extension's `_1` for Chinese text.
    markdown = re.sub(r"^# (.+?)\s*$", r"# \1 {#page-title}", markdown, count=1, flags=re.M)
    if page.kind in model.RELATABLE_KINDS and page.id:
        section = related_section(site, page.id)
        if section:
            markdown = markdown.rstrip() + "\n\n" + section + "\n"
        markdown = markdown.rstrip() + "\n\n" + citation_section(site, page.id, site_url) + "\n"
    return markdown


# The 原文未载明 box's anchor: the search links a question the text may not answer to the first
# page's box (overrides/assets/javascripts/cjk-search-worker.js, `silent`). In published-urls.txt.
ABSENCE_ID = "not-stated"
_ABSENCE_BOX_RE = re.compile(r'<div class="admonition info">(\s*<p class="admonition-title">' + re.escape(model.ABSENCE_TITLE) + "</p>)")


def anchor_absence_box(page_html: str) -> str:
    """Give a page's 原文未载明 box its fixed id (at most one box per page)."""
    return _ABSENCE_BOX_RE.sub(lambda m: f'<div class="admonition info" id="{ABSENCE_ID}">' + m.group(1), page_html, count=1)


def short_links(site: SiteCheck) -> dict[str, str]:
    """Redirect map entries: m/N.md -> the measure page with that number."""
    return {f"m/{p.meta['number']}.md": p.rel for p in site.pages
            if p.kind == "measure" and isinstance(p.meta.get("number"), int)}


def exports(site: SiteCheck, site_url: str) -> dict[str, list]:
    """pages.json and paragraphs.json: the same data the pages are built from."""
    base = site_url.rstrip("/")
    graph = site.related_graph()
    citing = site.citing_pages()
    pages = [{
        "id": p.id, "kind": p.kind, "title": p.meta["title"], "url": base + p.url,
        "sources": p.sources, "related": graph.get(p.id or "", []),
    } for p in sorted(site.pages, key=lambda p: p.url)]
    paragraphs = [{
        "id": para.id, "text": para.text, "sha256": para.sha256, "url": f"{base}/original/#{para.id}",
        "cited_by": [p.id for p in citing[para.id]],
    } for para in site.paragraphs]
    return {"pages.json": pages, "paragraphs.json": paragraphs}


def localise_redirect_stub(text: str) -> str:
    """mkdocs-redirects writes English stubs (lang="en"); ours say the same in Chinese."""
    return (text.replace('<html lang="en">', '<html lang="zh">')
            .replace("<title>Redirecting...</title>", "<title>正在跳转…</title>")
            .replace("You're being redirected to a ", "正在跳转到")
            .replace(">new destination</a>.", ">新地址</a>。"))
