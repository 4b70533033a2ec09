"""Chinese search in Chromium through the site's own search box (Material's UI, our worker)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import REPO

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.source import load_paragraphs
from policy_site.search.build_index import validate
from policy_site.tools.search_eval import evaluate, load_queries, open_search, run_query


@pytest.fixture(scope="module")
def report(site_dir, browser):
    return evaluate(site_dir, load_queries(), browser)


def test_query_set_is_large_and_covers_every_measure_and_programme():
    queries = load_queries()
    assert len(queries) >= 60
    expected = set(queries.values())
    for page in check_site(REPO / "docs").pages:
        if page.kind in ("measure", "programme"):
            assert page.url.lstrip("/") in expected, f"no query lands on {page.url}"


def test_intended_page_first_for_95_percent_and_top_three_for_all(report):
    misses = "\n".join(report.lines())
    assert report.first >= 0.95, misses
    assert report.top3 == 1.0, misses


def test_matched_terms_are_highlighted_in_the_results(report):
    assert all(r.marked for r in report.results), [r.query for r in report.results if not r.marked]


def test_measure_and_programme_pages_rank_above_qa_and_original_for_their_names(site_dir, browser):
    names = {p.meta["title"]: p.url.lstrip("/") for p in check_site(REPO / "docs").pages
             if p.kind in ("measure", "programme")}
    result = evaluate(site_dir, names, browser)
    assert result.first == 1.0, "\n".join(result.lines())


def test_every_string_of_the_text_finds_something(site_dir, browser, site_url):
    page = browser.new_page()
    open_search(page, site_url)
    probes = []
    for para in load_paragraphs():
        text = para.text
        for k, n in enumerate((4, 2, 3, 5, 6)):
            i = len(text) * k // 5
            while i + n <= len(text) and re.search(r"[，。、；：？！“”（）《》\s]", text[i:i + n]):
                i += 1
            if i + n <= len(text):
                probes.append(text[i:i + n])  # a string that occurs in the text, as typed
    empty = [q for q in probes if not run_query(page, q, site_url)[0]]
    page.close()
    assert len(probes) >= 130 and empty == []


def test_opened_page_highlights_the_query(browser, site_url):
    page = browser.new_page()
    open_search(page, site_url)
    box = page.locator("input.md-search__input")
    box.fill("質押融資")  # Traditional characters, highlighted in their Simplified form
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for()
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url(re.compile(r"/programmes/pledge-financing/\?h="))
    marks = page.locator("article mark[data-md-highlight]")
    marks.first.wait_for()
    assert marks.first.inner_text() == "质押融资"
    page.close()


def test_the_site_uses_our_worker_and_a_checked_index(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "cjk-search-loader.js" in html and "workers/search." not in html
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    assert validate(index) == []
    assert index["config"]["variants"]["專"] == "专"
    # 核验 (and the other tool pages) are found by what they are, never by their body, which lists
    # every paragraph: one entry, the page's title and description.
    tool = [d for d in index["docs"] if d["location"].startswith("verification/")]
    assert [(d["location"], d["title"], d["kind"]) for d in tool] == [("verification/", "核验", "site")], tool
    assert len(tool[0].get("text", "")) < 200


def test_index_validation_refuses_a_degraded_index(site_dir):
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    broken = {**index, "config": {**index["config"], "vocabulary": [], "separator": r"[\s\-]+|[\u4e00-\u9fff]"}}
    problems = validate(broken)
    assert any("segmentation did not happen" in p for p in problems)
    assert any("splits Chinese text or misses" in p for p in problems)
