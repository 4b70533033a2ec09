"""/print/: the whole site on one page, in reading order, from the pages' rendered HTML.

Nothing is written here: sections are the checked pages' own content, with every id
prefixed by the page's slug (so ids stay unique) and every link to a page in the print
made an in-page link.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
from dataclasses import dataclass

PLACEHOLDER = "PRINT-DOCUMENT-PLACEHOLDER"
PRINT_KINDS = ("home", "measure", "programme", "question", "topic", "figures", "original")
_ID_RE = re.compile(r'(\s(?:id|for|aria-labelledby|aria-describedby)=")([^"]+)(")')
_HREF_RE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
# A page's 转给别人 block (copy button, its QR code: phone.py) shares that page; the print shares
# itself (its own QR code in the header), so the sections do not carry it, on paper or in the PDF.
_PASS_ON_RE = re.compile(r'<section class="pass-on"[^>]*>.*?</section>', re.S)


@dataclass(frozen=True)
class Section:
    slug: str  # page id, e.g. financing; "original" for the 原文
    url: str  # site path, e.g. /measures/financing/
    title: str
    html: str  # the page's rendered content


def prefix(slug: str, ident: str) -> str:
    return f"{slug}--{ident}"


def _rewrite_href(href: str, section: Section, slugs: dict[str, str], print_url: str) -> str:
    if not href or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", href):  # any scheme: https:, mailto:, tel:, data:
        return href
    if href.startswith("#"):
        return "#" + prefix(section.slug, href[1:]) if len(href) > 1 else "#" + section.slug
    path, _, frag = href.partition("#")
    target = posixpath.normpath(posixpath.join(section.url, path)) if path else section.url
    if path.endswith("/") or not path:
        target = target.rstrip("/") + "/"
    target = target.replace("//", "/")
    if target.endswith("/index.html"):
        target = target[: -len("index.html")]
    if target in slugs:
        return "#" + (prefix(slugs[target], frag) if frag else slugs[target])
    out = posixpath.relpath(target, print_url.rstrip("/"))
    if target.endswith("/") and not out.endswith("/"):
        out += "/"
    return out + ("#" + frag if frag else "")


def section_html(section: Section, slugs: dict[str, str], print_url: str = "/print/") -> str:
    body = _ID_RE.sub(lambda m: m.group(1) + " ".join(prefix(section.slug, i) for i in m.group(2).split()) + m.group(3),
                      _PASS_ON_RE.sub("", section.html))
    body = _HREF_RE.sub(lambda m: m.group(1) + _rewrite_href(m.group(2), section, slugs, print_url) + m.group(3), body)
    return (f'<section class="print-section" id="{section.slug}" aria-label="{html.escape(section.title)}">'
            f'<p class="print-section-url">{html.escape(section.url)}</p>\n{body}\n</section>')


def version(source_sha256: str, sections: list[Section]) -> str:
    h = hashlib.sha256(source_sha256.encode())
    for s in sections:
        h.update(s.url.encode() + b"\0" + s.html.encode())
    return h.hexdigest()[:10]


def assemble(sections: list[Section], *, site_url: str, source_sha256: str, qr_svg: str, pdf_href: str | None) -> str:
    """The print document: header, table of contents, then each page on its own sheet."""
    slugs = {s.url: s.slug for s in sections}
    ver = version(source_sha256, sections)
    toc = "".join(f'<li><a href="#{s.slug}">{html.escape(s.title)}</a></li>' for s in sections)
    pdf = (f'<a href="{pdf_href}" download>下载 PDF</a><span class="pdf-size"><!-- pdf-size --></span> · '
           if pdf_href else "")
    header = (
        '<header class="print-header">'
        f'<div class="print-qr">{qr_svg}</div>'
        '<div class="print-meta">'
        f'<p class="print-id">网站地址：{html.escape(site_url)}</p>'
        f'<p class="print-id">构建版本：<span class="print-version">{ver}</span></p>'
        f'<p class="print-id">原文校验（sha256）：<span class="print-hash">{source_sha256}</span></p>'
        f'<p class="print-actions">{pdf}<a href="?print=1" class="print-now">打印本页</a></p>'
        "</div></header>"
        '<nav class="print-toc" aria-label="打印版目录"><h2>目录</h2>'
        f"<ol>{toc}</ol></nav>"
    )
    return header + "\n".join(section_html(s, slugs) for s in sections)


def standalone(article: str, *, title: str, css: str) -> str:
    """A bare HTML document for the PDF renderer (never served)."""
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{css}</style></head><body>{article}</body></html>")


def extract(page_html: str) -> str:
    """The assembled document from the built /print/ page."""
    start = page_html.index('<div class="print-document">')
    end = page_html.index("<!-- /print-document -->", start)
    return page_html[start:end] + "</div>"
