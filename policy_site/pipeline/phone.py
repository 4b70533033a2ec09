"""The phone reader's build steps (no MkDocs): short page titles, the pass-it-on block
(QR code, 复制标题和链接), tel: links for the hotline, and the data 复制引文 needs on quotes.

Everything generated comes from checked data: the page's canonical address and title,
and source paragraphs (id, label, text) from the site model.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from policy_site.pipeline import qr

SEP = "｜"
HOTLINE = "12330"


def short_site_name(site_name: str) -> str:
    """知识产权支持小微企业发展 · 政策解读 -> 知识产权支持小微企业发展·政策解读"""
    return re.sub(r"\s*·\s*", "·", site_name).strip()


def page_title(title: str | None, site_name: str, *, is_home: bool = False) -> str:
    """页面｜站名; the page title alone when it already names the site (the home page)."""
    site = short_site_name(site_name)
    title = re.sub(r"<[^>]+>", "", title or "").strip()
    if not title:
        return site
    plain = re.sub(r"[\s·：:]", "", title)
    if is_home or plain == re.sub(r"[\s·：:]", "", site):
        return title
    return f"{title}{SEP}{site}"


def pass_on(url: str, title: str, source_title: str) -> str:
    """复制标题和链接 (docs/assets/copy-link.js) and a collapsed 手机扫码打开 block with the
    page's QR code, generated here (inline SVG, no JavaScript)."""
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    code = _scalable(qr.svg(url, f"本页地址的二维码：{url}"))
    return (
        f'<section class="pass-on" aria-label="转给别人" data-page-title="{e(title)}" '
        f'data-page-url="{e(url)}" data-source-title="{e(source_title)}">\n'
        '<button type="button" class="pass-on__copy md-button">复制标题和链接</button>\n'
        '<details class="pass-on__qr">\n<summary>手机扫码打开</summary>\n'
        f'<div class="pass-on__code">{code}</div>\n'
        f'<p class="pass-on__url">{e(url)}</p>\n</details>\n</section>\n'
    )


def _scalable(svg: str) -> str:
    """Give segno's fixed-size <svg> a viewBox, so CSS can size it for phones."""
    m = re.match(r'<svg\b[^>]*\bwidth="(\d+)" height="(\d+)"', svg)
    if m and "viewBox" not in svg[: svg.index(">")]:
        svg = svg.replace("<svg ", f'<svg viewBox="0 0 {m.group(1)} {m.group(2)}" ', 1)
    return svg


_TAG = re.compile(r"(<[^>]+>)")
_SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "title", "button", "summary", "svg"}
# The 引用本页 citation, and the home page's cards, whose whole box is already one link.
_SKIP_CLASS = re.compile(r'class="[^"]*\b(citation|glance|glance-figures)\b')
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The number where the same run of text calls it the hotline: “12330”举报投诉公益热线电话.
_HOTLINE = re.compile(rf"(?<!\d){HOTLINE}(?!\d)(?=[^<]{{0,12}}热线)")


def link_hotline(content: str) -> str:
    """Wrap the hotline number in a tel: link where the text names it as the hotline.
    The characters of the text (and of quotes) are unchanged: only a link is added around
    the digits. Not inside links, headings, code, SVG (the 图解), the home page's cards or
    the 引用本页 citation."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements, and whether each one forbids the link
    for part in _TAG.split(content):
        m = re.match(r"<(/?)([a-zA-Z0-9]+)", part) if part.startswith("<") else None
        if m:
            name = m.group(2).lower()
            if m.group(1):
                names = [n for n, _ in stack]
                if name in names:
                    del stack[len(names) - 1 - names[::-1].index(name):]
            elif not part.endswith("/>") and name not in _VOID:
                stack.append((name, name in _SKIP or bool(_SKIP_CLASS.search(part))))
            out.append(part)
        elif part.startswith("<") or any(skip for _, skip in stack):
            out.append(part)
        else:
            out.append(_HOTLINE.sub(f'<a class="tel-link" href="tel:{HOTLINE}">{HOTLINE}</a>', part))
    return "".join(out)


_QUOTE = re.compile(r"<blockquote>(.*?)</blockquote>", re.S)
_SOURCE_LINK = re.compile(r'<p class="quote-source">.*?href="[^"]*original/#([\w-]+)"', re.S)


def mark_quotes(content: str, paragraphs: Iterable) -> str:
    """Give each quote the paragraph it cites: data-quote-id and -label, and, when the page
    quotes only part of it, the whole paragraph in data-quote-text (复制引文 copies the
    paragraph exactly as in paragraphs.json either way)."""
    by_id = {p.id: p for p in paragraphs}

    def one(m: re.Match) -> str:
        src = _SOURCE_LINK.search(m.group(1))
        para = by_id.get(src.group(1)) if src else None
        if para is None:
            return m.group(0)
        e = lambda s: html.escape(s, quote=True)  # noqa: E731
        # What copy-link.js reads from a whole-paragraph quote: its <p>s' text, joined.
        shown = "".join(html.unescape(re.sub(r"<[^>]+>", "", t))
                        for t in re.findall(r"<p>(.*?)</p>", m.group(1), re.S))
        text = "" if shown == para.text else f' data-quote-text="{e(para.text)}"'
        return (f'<blockquote class="quote" data-quote-id="{e(para.id)}" '
                f'data-quote-label="{e(para.label)}"{text}>{m.group(1)}</blockquote>')

    return _QUOTE.sub(one, content)


def title_of(page: Any, site_name: str) -> str:
    """The <title> of a MkDocs page (or of a page-less template such as 404): 页面｜站名."""
    if page is None:
        return page_title(None, site_name)
    title = (page.meta or {}).get("title") or page.title
    return page_title(title, site_name, is_home=page.is_homepage)


def page_content(content: str, paragraphs: list, canonical_url: str | None, title: str) -> str:
    """tel: links for the hotline, 复制引文 data on quotes, and the pass-it-on block (QR code)."""
    content = mark_quotes(link_hotline(content), paragraphs)
    if canonical_url:
        title_para = next(p for p in paragraphs if p.id == "title")
        content += pass_on(canonical_url, title, title_para.text)
    return content
