"""The phone reader's build steps (no MkDocs): short page titles, the pass-it-on block
(QR code, 复制标题和链接) and each page's QR file, tel: links for the hotline, and the data
复制引文 needs on quotes.

Everything generated comes from checked data: the page's canonical address and title,
and source paragraphs (id, label, text) from the site model.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from policy_site.pipeline import qr

SEP = "｜"
HOTLINE = "12330"
QR_FILE = "qr.svg"  # beside each page's index.html (write_qr_files)
QR_LABEL = "本页地址的二维码："  # then the address: the alt of the QR image (furniture.yml, W010)


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
    page's QR code: an image of the file `write_qr_files` puts beside the page, loaded lazily, so
    it is fetched only when the reader opens the block (no JavaScript; width and height keep its
    place)."""
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    side = qr.size(url)
    return (
        f'<section class="pass-on" aria-label="转给别人" data-search-exclude data-page-title="{e(title)}" '
        f'data-page-url="{e(url)}" data-source-title="{e(source_title)}">\n'
        '<button type="button" class="pass-on__copy md-button">复制标题和链接</button>\n'
        '<details class="pass-on__qr">\n<summary>手机扫码打开</summary>\n'
        f'<div class="pass-on__code"><img src="{QR_FILE}" loading="lazy" width="{side}" height="{side}" '
        f'alt="{e(QR_LABEL + url)}"></div>\n'
        f'<p class="pass-on__url">{e(url)}</p>\n</details>\n</section>\n'
    )


_CANONICAL_RE = re.compile(r'<link rel="canonical" href="([^"]+)">')
_PASS_ON_RE = re.compile(r'<section class="pass-on"[^>]*?\sdata-page-url="([^"]*)"[^>]*>(.*?)</section>', re.S)
_QR_IMG_RE = re.compile(r'<img src="([^"]+)" loading="lazy" width="(\d+)" height="(\d+)" alt="([^"]*)">')


def write_qr_files(site_dir: Path) -> list[str]:
    """Write each page's QR file (QR_FILE beside its index.html) from the page's canonical
    address, then hold every pass-on block of every page (the print page repeats the pages'
    blocks) to it: one lazy image whose file is the code of the block's address, whose size is
    that code's and whose alt is QR_LABEL and that address. Returns the problems (a wrong address
    in the alt, an image of another page's code, a missing file)."""
    problems: list[str] = []
    written: dict[str, str] = {}  # normalised file path -> the address it encodes
    pages = [(path, path.read_text(encoding="utf-8")) for path in sorted(site_dir.rglob("*.html"))]
    for path, text in pages:
        canonical = _CANONICAL_RE.search(text)
        if not canonical or 'class="pass-on"' not in text:
            continue
        url = html.unescape(canonical.group(1))
        own = [m for m in _PASS_ON_RE.finditer(text) if html.unescape(m.group(1)) == url]
        if path.name != "index.html" or len(own) != 1:
            problems.append(f"{path}: expected index.html with one pass-on block for its address {url}, found {len(own)}")
            continue
        target = path.parent / QR_FILE
        target.write_text(qr.file(url), encoding="utf-8")
        written[os.path.normpath(target)] = url
    for path, text in pages:
        for block in _PASS_ON_RE.finditer(text):
            url = html.unescape(block.group(1))
            images = _QR_IMG_RE.findall(block.group(2))
            if len(images) != 1 or block.group(2).count("<img") != 1:
                problems.append(f"{path}: the pass-on block of {url} has not one QR image in the form {_QR_IMG_RE.pattern!r}")
                continue
            src, width, height, alt = (html.unescape(v) for v in images[0])
            if written.get(os.path.normpath(path.parent / src)) != url:
                problems.append(f"{path}: the QR image {src} of {url} is not that address's code")
            if alt != QR_LABEL + url:
                problems.append(f"{path}: the QR image of {url} says {alt!r}, not {QR_LABEL + url!r}")
            if int(width) != int(height) or int(width) != qr.size(url):
                problems.append(f"{path}: the QR image of {url} is {width}×{height}, its code {qr.size(url)} px")
    return problems


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
    """tel: links for the hotline, 复制引文 data on quotes, and the pass-it-on block (QR image)."""
    content = mark_quotes(link_hotline(content), paragraphs)
    if canonical_url:
        title_para = next(p for p in paragraphs if p.id == "title")
        content += pass_on(canonical_url, title, title_para.text)
    return content
