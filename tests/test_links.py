"""Addresses that last: the URL manifest, redirects, short links, copy-link, citation, exports, sharing, print."""

from __future__ import annotations

import hashlib
import json
import re
import shutil

import pytest
from conftest import REPO, mkdocs_build

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.source import load_paragraphs
from policy_site.pipeline.published_urls import check
from policy_site.pipeline.published_urls import read_manifest as _read
from policy_site.tools.url_manifest import MANIFEST


def read_manifest() -> list[str]:
    return _read(MANIFEST)

SITE = check_site(REPO / "docs")
MEASURES = sorted((p for p in SITE.pages if p.kind == "measure"), key=lambda p: p.meta["number"])
CITABLE = [p for p in SITE.pages if p.kind in ("measure", "programme")]


def test_every_published_url_and_anchor_still_resolves(site_dir):
    broken, new = check(site_dir, read_manifest())
    assert broken == []
    assert new == [], "new URLs or anchors: run `python -m policy_site.tools.url_manifest SITE_DIR --write` and commit"
    assert len(read_manifest()) >= 300


def test_a_vanished_anchor_or_page_is_reported(site_dir, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    page = copy / "measures" / "financing" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="key-points"', 'id="points"'), encoding="utf-8")
    shutil.rmtree(copy / "programmes" / "patent-insurance")
    broken, _ = check(copy, read_manifest())
    assert "/measures/financing/#key-points: /measures/financing/ has no anchor #key-points any more" in broken
    assert any(b.startswith("/programmes/patent-insurance/: /programmes/patent-insurance/ is gone") for b in broken)


def test_a_moved_page_with_a_redirect_keeps_its_published_urls(tmp_path):
    root = tmp_path / "repo"
    for item in ("docs", "overrides", "source"):
        shutil.copytree(REPO / item, root / item)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    # Move the patent-insurance page and add the redirect, as a maintainer would.
    (root / "docs/programmes/patent-insurance.md").rename(root / "docs/programmes/insurance.md")
    moved = (root / "docs/programmes/insurance.md").read_text(encoding="utf-8").replace("id: patent-insurance", "id: insurance")
    (root / "docs/programmes/insurance.md").write_text(moved, encoding="utf-8")
    for path in (root / "docs").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        text = text.replace("/programmes/patent-insurance.md", "/programmes/insurance.md")
        text = re.sub(r"\bpatent-insurance\b(?=[,\]])", "insurance", text)
        path.write_text(text, encoding="utf-8")
    config = config.replace("programmes/patent-insurance.md", "programmes/insurance.md")
    config = config.replace("      redirect_maps: {}", "      redirect_maps:\n        programmes/patent-insurance.md: programmes/insurance.md")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    out = tmp_path / "site"
    result = mkdocs_build(out, config=root / "mkdocs.yml")
    assert result.returncode == 0, result.stderr[-2000:]
    broken, _ = check(out, read_manifest())
    assert broken == []


def test_short_links_lead_to_the_measures_in_the_text_order(site_dir, page, site_url):
    assert len(MEASURES) == 8
    for measure in MEASURES:
        stub = (site_dir / "m" / str(measure.meta["number"]) / "index.html").read_text(encoding="utf-8")
        assert f'url=../..{measure.url}"' in stub
    page.goto(site_url + "m/3/")
    page.wait_for_url(re.compile(r"/measures/financing/$"))
    assert page.locator("h1").inner_text().startswith("缓解小微企业融资难")


def test_copy_link_puts_the_full_url_on_the_clipboard(browser, site_url):
    """The copied address is the page's canonical one (SITE_URL), whatever host served it."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "measures/financing/?h=融资")
    page.wait_for_load_state("networkidle")  # scripts run after the first paint (first_paint.py)
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    page.locator("#source-text .copy-link").click()
    assert page.evaluate("navigator.clipboard.readText()") == canonical + "#source-text"
    page.goto(site_url + "original/")
    page.wait_for_load_state("networkidle")  # scripts run after the first paint (first_paint.py)
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    menus = page.locator(".source-paragraph .quote-menu__toggle")
    assert menus.count() == len(load_paragraphs()) - 1  # the title is an <h1>, with its own menu
    page.locator("#q2-7 .quote-menu__toggle").click()
    link = page.locator("#q2-7").get_by_role("button", name="复制链接")
    link.click()
    page.wait_for_function("[...document.querySelectorAll('#q2-7 .quote-menu__item')].some(b => b.textContent === '已复制')")
    assert page.evaluate("navigator.clipboard.readText()") == canonical + "#q2-7"
    context.close()


def test_every_heading_has_a_copy_link(browser, site_url):
    page = browser.new_page()
    for p in SITE.pages:
        page.goto(site_url + p.url.lstrip("/"))
        headings = page.locator(".md-content .md-typeset :is(h2,h3,h4)[id]").count()
        if headings:  # copy-link.js adds them; it runs after the first paint (first_paint.py)
            page.locator(".md-content .md-typeset :is(h2,h3,h4)[id] > .copy-link").first.wait_for(state="attached")
        assert page.locator(".md-content .md-typeset :is(h2,h3,h4)[id] > .copy-link").count() == headings, p.url
    page.close()


@pytest.mark.parametrize("page_meta", CITABLE, ids=lambda p: p.id)
def test_citation_block_on_measure_and_programme_pages(site_dir, page_meta):
    html = (site_dir / page_meta.url.strip("/") / "index.html").read_text(encoding="utf-8")
    cite = re.search(r'<p class="citation" id="citation-text">(.*?)</p>', html).group(1)
    assert re.fullmatch(re.escape(f"{page_meta.meta['title']}[EB/OL]//知识产权支持小微企业发展 · 政策解读（非官方整理）. "
                                  f"[引用日期]. http://127.0.0.1:8000{page_meta.url}.")
                        + r' <span class="page-version">（版本 [0-9a-f]{8}）</span>', cite)
    for source in page_meta.sources:
        assert f'href="../../original/#{source}"' in html.split('id="cite"')[1]


def test_exports_are_generated_from_the_same_data(site_dir):
    pages = json.loads((site_dir / "pages.json").read_text(encoding="utf-8"))
    assert {p["id"] for p in pages} == {p.id for p in SITE.pages}
    by_id = {p["id"]: p for p in pages}
    assert by_id["financing"]["url"] == "http://127.0.0.1:8000/measures/financing/"
    assert by_id["financing"]["sources"] == SITE.page_by_id()["financing"].sources
    assert "pledge-financing" in by_id["financing"]["related"] and "financing" in by_id["pledge-financing"]["related"]
    paragraphs = json.loads((site_dir / "paragraphs.json").read_text(encoding="utf-8"))
    source = load_paragraphs()
    assert [p["id"] for p in paragraphs] == [p.id for p in source]
    for exported, para in zip(paragraphs, source):
        assert exported["text"] == para.text
        assert exported["sha256"] == hashlib.sha256(para.text.encode()).hexdigest()
        assert exported["url"] == f"http://127.0.0.1:8000/original/#{para.id}"
        assert exported["cited_by"]


def test_sharing_metadata_and_sitemap_follow_site_url(tmp_path):
    out = tmp_path / "site"
    result = mkdocs_build(out, env={"SITE_URL": "https://example.org/ip/"})
    assert result.returncode == 0, result.stderr[-2000:]
    html = (out / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    summary = SITE.page_by_id()["financing"].meta["summary"]
    assert '<link rel="canonical" href="https://example.org/ip/measures/financing/">' in html
    assert '<meta property="og:url" content="https://example.org/ip/measures/financing/">' in html
    assert f'<meta property="og:description" content="{summary}">' in html
    assert '<meta property="og:title" content="缓解小微企业融资难">' in html
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    for p in SITE.pages:
        assert f"<loc>https://example.org/ip{p.url}</loc>" in sitemap
    assert json.loads((out / "pages.json").read_text(encoding="utf-8"))[0]["url"].startswith("https://example.org/ip/")
    # (this build has no PDF, SITE_PDF=0: the 打印版 has no 下载 PDF link, and its search entry does not offer one)
    printed = next(d for d in json.loads((out / "search" / "cjk-index.json").read_text(encoding="utf-8"))["docs"] if d["location"] == "print/")
    assert "下载 PDF" not in (out / "print" / "index.html").read_text(encoding="utf-8") and "打印本页" in printed["text"], printed
    assert "PDF" not in printed["text"], printed


def test_printed_measure_page_shows_url_quotes_and_citation_without_chrome(page, site_url, artifacts):
    page.goto(site_url + "measures/financing/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".copy-link"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator(".print-url").is_visible()
    assert "http://127.0.0.1:8000/measures/financing/" in page.locator(".print-url").inner_text()
    assert page.locator("article blockquote").first.is_visible()
    assert page.locator("#citation-text").is_visible()
    page.screenshot(path=str(artifacts / "print-measure-financing.png"), full_page=True)
