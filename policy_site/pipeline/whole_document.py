"""The whole-document steps put together: the generated pages (terms, actions, print,
changes), the files written after the build (actions.json/csv, page versions, feed, PDF),
and the 文件信息 card on a page. Plain functions; policy_site/adapters/mkdocs_plugin.py calls them."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from policy_site.fidelity.checks import SiteCheck
from policy_site.fidelity.source import SOURCE_SHA256
from policy_site.pipeline import actions, document_card, pdf, print_page, qr, terms, versions

MARKER = "<!-- generated: document-card -->"
PDF_NAME = "jiedu.pdf"


class WholeDocumentError(Exception):
    pass


def rel(from_url: str, to_url: str) -> str:
    """Relative href from one page URL (/a/b/) to a site path (/c/ or /c.pdf)."""
    out = posixpath.relpath(to_url, from_url.rstrip("/") or "/")
    if to_url.endswith("/") and not out.endswith("/"):
        out += "/"
    return "./" if out in (".", "./") else out


def card(site: SiteCheck, here: str) -> str:
    original = "" if here == "/original/" else rel(here, "/original/")
    try:
        return document_card.render(site.paragraphs, original, rel(here, "/print/"), rel(here, "/" + PDF_NAME))
    except document_card.CardError as exc:
        raise WholeDocumentError(f"文件信息 card states what the source does not:\n{exc}") from exc


def with_card(site: SiteCheck, markdown: str, src_uri: str, here: str) -> str:
    """The card where a page asks for it, and on the 原文 page after its note."""
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, card(site, here))
    if src_uri == "original.md":
        note_end = markdown.find("</p>", markdown.find('class="source-note"')) + len("</p>")
        markdown = markdown[:note_end] + "\n\n" + card(site, here) + "\n" + markdown[note_end:]
    return markdown


PRINT_MD = f"""---
title: 打印版
description: 本站全部内容（首页、政策亮点、项目与机制、问答、关键数字和原文）合为一页，便于打印和保存。
search:
  exclude: true
---

# 打印版：全文一页 {{#page-title}}

本页按阅读顺序收录本站各页（首页、政策亮点一至八、项目与机制、问答、关键数字、原文），打印时每页另起一张。

<div class="print-document">{print_page.PLACEHOLDER}</div>
<!-- /print-document -->
"""


def generated_pages(site: SiteCheck, repo_root: Path) -> dict[str, str]:
    try:
        return {
            "terms.md": terms.render(terms.load_terms(), site.paragraphs, site.pages, terms.load_entries()),
            "actions.md": actions.render(actions.checked(actions.load_actions(), site.paragraphs)),
            "print.md": PRINT_MD,
            "changes.md": versions.render_page(versions.history(repo_root),
                                               {p.rel: p.meta.get("title") or p.rel for p in site.pages}),
        }
    except (terms.TermsError, actions.ActionsError) as exc:
        raise WholeDocumentError(f"whole document: data not verbatim in source/original.txt:\n{exc}") from exc


def print_slug(src_uri: str, meta: dict) -> str | None:
    if src_uri == "original.md":
        return "original"
    return meta.get("id") if meta.get("kind") in print_page.PRINT_KINDS else None


def assembled_print(sections: list, site_url: str) -> str:
    return print_page.assemble(
        sections, site_url=site_url, source_sha256=SOURCE_SHA256,
        qr_svg=qr.svg(site_url.rstrip("/") + "/print/", "打印版地址的二维码"),
        pdf_href="../" + PDF_NAME)


def add_versions(path: Path, page_versions: dict[str, str]) -> None:
    pages = json.loads(path.read_text(encoding="utf-8"))
    for p in pages:
        p["version"] = page_versions.get(p["id"])
    path.write_text(json.dumps(pages, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


_PDF_LINK_RE = re.compile(r'<span class="pdf-link">.*?<!-- pdf-size --></span></span>', re.S)
_PDF_ACTION_RE = re.compile(r'<a href="[^"]*" download>下载 PDF</a><span class="pdf-size"><!-- pdf-size --></span> · ')


def write_pdf(out: Path, site_name: str, command: str, cache: Path) -> None:
    """The PDF from /print/ (cached by content), its size next to its links; without it
    (SITE_PDF=0, serve), the links are removed rather than left dangling."""
    pages = [out / "index.html", out / "original" / "index.html", out / "print" / "index.html"]
    if not pdf.enabled(command):
        for page in pages:
            text = page.read_text(encoding="utf-8")
            page.write_text(_PDF_ACTION_RE.sub("", _PDF_LINK_RE.sub("", text)), encoding="utf-8")
        return
    article = print_page.extract((out / "print" / "index.html").read_text(encoding="utf-8"))
    document = print_page.standalone(article, title=site_name, css=pdf.CSS_FILE.read_text(encoding="utf-8"))
    path, _ = pdf.build(document, out / PDF_NAME, cache)
    size = f"（{pdf.human_size(path.stat().st_size)}）"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("<!-- pdf-size -->", size), encoding="utf-8")


def write_outputs(site: SiteCheck, out: Path, site_url: str, site_name: str, repo_root: Path, command: str) -> None:
    rows = actions.checked(actions.load_actions(), site.paragraphs)
    (out / "actions.json").write_text(actions.to_json(rows, site_url), encoding="utf-8")
    (out / "actions.csv").write_bytes(actions.to_csv(rows, site_url))
    (out / "changes.xml").write_text(versions.atom(versions.history(repo_root), site_url, site_name), encoding="utf-8")
    write_pdf(out, site_name, command, repo_root / ".cache" / "pdf")
