"""Pages a small-firm owner can read (issue 19), measured on the built site: no clause more than
twice, a next step on every content page, terms linked on first use to entries that lead with
the text's own explaining sentence."""

from __future__ import annotations

import re

import pytest

from policy_site.fidelity import model
from policy_site.fidelity.checks import check_site
from policy_site.fidelity.source import load_paragraphs
from policy_site.pipeline import terms
from policy_site.tools import readability
from tests.test_claims import GOOD, problems

REPO = readability.REPO
CONTENT = [p for p in check_site(REPO / "docs").pages if p.kind in model.SUBSTANTIAL_KINDS]


def built(site_dir, page) -> str:
    return (site_dir / page.url.strip("/") / "index.html").read_text(encoding="utf-8")


def test_repetition_counter_finds_a_clause_said_three_times():
    said = "建立知识产权金融服务需求调查制度。"
    assert readability.repeated(said * 2) == {}
    assert readability.repeated(said * 3) == {"建立知识产权金融服务需求调查制度": 3}
    assert readability.repeated("《企业知识产权管理规范》国家标准" * 3) == {}  # names in 《》 are not counted
    html = f"<article><p>{said}</p><p><a href='/x/'>{said}</a></p><blockquote><p>{said}</p></blockquote></article>"
    assert readability.article_text(html).count(said) == 2  # link labels are not counted


def test_no_content_page_repeats_a_clause_more_than_twice(site_dir):
    found = {p.rel: readability.repeated(readability.article_text(built(site_dir, p))) for p in CONTENT}
    assert {rel: reps for rel, reps in found.items() if reps} == {}


def test_every_content_page_has_a_next_step_with_a_way_on(site_dir):
    for page in CONTENT:
        html = built(site_dir, page)
        step = re.search(r'<p class="next-step"[^>]*>(.*?)</p>', html, re.S)
        assert step and "下一步" in step.group(1) and "by-need/" in step.group(1), page.rel
        if "enforcement" in (page.meta.get("needs") or []) and page.id != "assistance-centres":
            assert "assistance-centres/" in step.group(1), page.rel  # the 12330 page


def test_a_content_page_without_its_next_step_fails(tmp_path):
    found = problems(tmp_path, GOOD.replace("<!-- generated: next-step -->", ""))
    assert [d.code for d in found] == ["P003"]


@pytest.mark.parametrize("term", ["托管", "优先审查", "实质审查", "质物处置平台", "专利执行险", "二次开发"])
def test_hard_terms_link_to_their_entry_on_first_use(site_dir, term):
    entry = next(e for e in terms.load_entries() if term in (e.term, e.short))
    target = f"terms/#{terms.anchor(entry.term)}"
    linked = 0
    for page in CONTENT:
        article = readability.article_text(built(site_dir, page))  # link labels left out
        html = built(site_dir, page)
        first = re.search(rf'<a href="[./]*{re.escape(target)}">([^<]*)</a>', html)
        if first:
            linked += 1
            assert first.group(1) in (entry.term, entry.short)
            # linked at its first use in the page's own prose: no earlier unlinked use
            body = html.split('id="page-title"', 1)[1].split("</h1>", 1)[1]  # after the title
            before = body[:body.index(first.group(0))]
            own = re.sub(r"<blockquote.*?</blockquote>|<h\d.*?</h\d>|<a\b.*?</a>|<[^>]+>", "", before, flags=re.S)
            assert first.group(1) not in own, page.rel
        else:
            assert term not in article.replace(entry.term, "") or page.kind == "question", page.rel
    assert linked


def test_terms_entry_leads_with_the_sentence_that_explains_it(site_dir):
    html = (site_dir / "terms" / "index.html").read_text(encoding="utf-8")
    section = html.split(f'id="{terms.anchor("优先审查")}"', 1)[1].split("<h2", 1)[0]
    first = re.search(r'class="concordance-id"[^>]*>([^<]+)</a> <span class="kwic">(.*?)</span>', section)
    assert first.group(1) == "q2-5" and "缩短专利实质审查时间" in first.group(2)
    sentences = terms.sentences_with(terms.Entry("质物处置平台", lead="q4-3"), load_paragraphs())
    assert sentences[0][0] == "q4-3" and sentences[0][1].endswith("。")
