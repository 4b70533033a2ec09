"""A reader in real Chromium: home page -> a measure page -> its quote's paragraph on the 原文 page."""

from __future__ import annotations

import re

from policy_site.fidelity.source import load_paragraphs

PARAGRAPHS = {p.id: p.text for p in load_paragraphs()}


def test_reader_goes_from_home_to_a_measure_and_follows_its_quote(page, site_url, artifacts):
    page.goto(site_url)
    assert page.locator("html").get_attribute("lang") == "zh"
    page.screenshot(path=str(artifacts / "home.png"), full_page=False)

    page.locator("article").get_by_role("link", name="缓解小微企业融资难").first.click()
    page.wait_for_url(re.compile(r"/measures/financing/$"))
    assert page.locator("h1").inner_text().rstrip("¶") == "缓解小微企业融资难"
    page.screenshot(path=str(artifacts / "measure-financing.png"), full_page=True)

    quote = page.locator("article blockquote").first
    assert quote.inner_text().startswith("三是缓解小微企业融资难")
    quote.get_by_role("link", name="原文 q2-7").click()
    page.wait_for_url(re.compile(r"/original/#q2-7$"))
    target = page.locator("#q2-7")
    assert target.locator(".source-text").inner_text() == PARAGRAPHS["q2-7"]
    assert target.evaluate("el => el.matches(':target')")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"], "the paragraph is not scrolled into view"
    page.screenshot(path=str(artifacts / "original-q2-7.png"))


def test_phone_reader_opens_the_menu_and_reaches_a_programme(browser, site_url, artifacts):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "measures/protection/")
    page.screenshot(path=str(artifacts / "phone-measure-protection.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"page scrolls sideways on a phone ({width}px)"
    page.locator("article").get_by_role("link", name=re.compile("维权援助中心与")).first.click()
    page.wait_for_url(re.compile(r"/programmes/assistance-centres/$"))
    assert "12330" in page.locator("article").inner_text()
    page.goto(site_url + "original/#q1-5")
    page.screenshot(path=str(artifacts / "phone-original.png"))
    context.close()


def test_chinese_search_finds_the_programme(page, site_url):
    page.goto(site_url)
    page.keyboard.press("s")  # Material's search shortcut
    box = page.locator("input.md-search__input")
    box.fill("质押融资")
    box.press("End")  # Material queries on keyup; fill() alone types no key
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__item > a").all()]
    assert "/programmes/pledge-financing/" in hrefs[0], hrefs[:5]
