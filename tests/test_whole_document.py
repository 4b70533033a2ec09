"""Issue 11: the document card, terms, actions, print page, PDF, 纠错, versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import scripts_ran

from policy_site.fidelity.source import REPO_ROOT, SOURCE_SHA256, load_paragraphs
from policy_site.pipeline import document_card

PARAGRAPHS = load_paragraphs()


def test_card_states_only_what_the_source_states():
    values = document_card.card_values(PARAGRAPHS)
    assert document_card.check_card(values, PARAGRAPHS) == []
    assert dict(values)["标题"] == PARAGRAPHS[0].text
    assert dict(values)["原文校验"] == SOURCE_SHA256
    assert dict(values)["发布日期"] == dict(values)["文号"] == "原文未载明"


@pytest.mark.parametrize("label,value", [
    ("发布日期", "2014年10月"),
    ("文号", "国知发管字〔2014〕57号"),
    ("标题", "国家知识产权局关于知识产权支持小微企业发展的若干意见"),
    ("本站性质", "官方发布"),
    ("原文校验", "0" * 64),
])
def test_card_with_an_invented_value_is_refused(label, value):
    values = [(k, value if k == label else v) for k, v in document_card.card_values(PARAGRAPHS)]
    problems = document_card.check_card(values, PARAGRAPHS)
    assert len(problems) == 1 and label in problems[0] and value in problems[0]
    card = [(k, value if k == label else v) for k, v in document_card.CARD]
    with pytest.raises(document_card.CardError, match=label):
        document_card.render(PARAGRAPHS, "", "", "", card)


def test_an_added_field_must_be_verbatim_or_a_fixed_phrase():
    values = document_card.card_values(PARAGRAPHS) + [("成文日期", "2014年10月"), ("提及", "8月29日")]
    problems = document_card.check_card(values, PARAGRAPHS)
    assert len(problems) == 1 and "成文日期" in problems[0]


def test_every_document_named_in_the_text_is_listed_with_its_paragraphs():
    mentions = {m.name: m.paragraph_ids for m in document_card.mentioned_documents(PARAGRAPHS)}
    assert mentions["国家知识产权局关于知识产权支持小微企业发展的若干意见"][:2] == ("title", "q2")
    assert mentions["关于进一步支持小型微型企业健康发展的意见"] == ("q3-2",)
    assert mentions["企业知识产权管理规范"] == ("q1-3", "q2-8")
    html = document_card.render(PARAGRAPHS, "../original/", "../print/", "../jiedu.pdf")
    assert "http" not in html
    assert '<a href="../original/#q3-2">q3-2</a>' in html


def test_home_and_original_pages_carry_the_card(site_dir):
    for page in ("index.html", "original/index.html"):
        text = (site_dir / page).read_text(encoding="utf-8")
        assert 'class="document-card"' in text and SOURCE_SHA256 in text, page
        assert "2014年10月" not in text


# ---------------------------------------------------------------- terms and actions

import csv  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402

from policy_site.pipeline import actions, terms  # noqa: E402


def test_every_listed_term_is_in_the_text_and_there_are_at_least_30():
    listed = terms.load_terms()
    assert len(listed) >= 30
    assert terms.check_terms(listed, PARAGRAPHS) == []


def test_a_term_not_in_the_text_is_refused():
    problems = terms.check_terms(["知识产权托管", "知识产权托管服务中心", "知识产权托管"], PARAGRAPHS)
    assert any("知识产权托管服务中心" in p and "does not occur" in p for p in problems)
    assert any("listed twice" in p for p in problems)
    with pytest.raises(terms.TermsError):
        terms.render(["小微企业贷款贴息办法"], PARAGRAPHS, [])


def test_concordance_gives_every_occurrence_in_context():
    occ = terms.occurrences("知识产权质押融资", PARAGRAPHS)
    assert len(occ) == sum(p.text.count("知识产权质押融资") for p in PARAGRAPHS)
    for o in occ:
        para = next(p for p in PARAGRAPHS if p.id == o.paragraph_id)
        assert o.before + o.term + o.after in para.text
        assert len(o.before) <= 20 and len(o.after) <= 20


def test_every_action_clause_is_verbatim_in_its_paragraph():
    rows, problems = actions.check_actions(actions.load_actions(), PARAGRAPHS)
    assert problems == [] and len(rows) >= 40
    by_id = {p.id: p.text for p in PARAGRAPHS}
    assert all(a.clause in by_id[a.paragraph] for a in rows)
    assert {a.stage for a in rows} >= {"已开展", "《意见》提出", "今后将"}


@pytest.mark.parametrize("row,expected", [
    ({"paragraph": "q2-7", "stage": "《意见》提出", "needs": ["financing"], "clause": "设立小微企业知识产权融资担保基金"},
     "not verbatim in q2-7"),
    ({"paragraph": "q2-7", "stage": "《意见》提出", "needs": ["financing"], "clause": "建立知识产权金融服务需求调查制度。"},
     "not verbatim in q2-7"),
    ({"paragraph": "q1-4", "stage": "《意见》提出", "needs": ["financing"], "clause": "加强政银、政保合作"},
     "does not fit q1-4"),
    ({"paragraph": "q2-7", "stage": "已完成", "needs": ["financing"], "clause": "建立知识产权金融服务需求调查制度"},
     "is not one of"),
    ({"paragraph": "q2-7", "stage": "《意见》提出", "needs": ["money"], "clause": "建立知识产权金融服务需求调查制度"},
     "needs"),
    ({"paragraph": "q9-1", "stage": "今后将", "needs": ["financing"], "clause": "x"}, "does not exist"),
])
def test_a_wrong_action_is_refused_with_a_clear_message(row, expected):
    _, problems = actions.check_actions([row], PARAGRAPHS)
    assert len(problems) == 1 and expected in problems[0], problems
    with pytest.raises(actions.ActionsError, match="entry 1"):
        actions.checked([row], PARAGRAPHS)


def test_actions_exports(site_dir):
    data = json.loads((site_dir / "actions.json").read_text(encoding="utf-8"))
    raw = (site_dir / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == len(data) + 1 >= 41 and rows[0][0] == "编号"
    by_id = {p.id: p.text for p in PARAGRAPHS}
    assert all(r["clause"] in by_id[r["paragraph"]] for r in data)
    table = (site_dir / "actions" / "index.html").read_text(encoding="utf-8")
    assert table.count("<tr id=\"a") == len(data)


def test_terms_page_links_every_occurrence_to_its_paragraph(site_dir):
    page = (site_dir / "terms" / "index.html").read_text(encoding="utf-8")
    total = sum(len(terms.sentences_with(e, PARAGRAPHS)) for e in terms.load_entries())
    assert total >= len(terms.load_terms()) and page.count('class="concordance-id"') == total
    assert "programmes/pledge-financing/" in page


# ---------------------------------------------------------------- print, PDF, versions


def test_print_page_has_every_page_in_reading_order_with_unique_ids(site_dir):
    text = (site_dir / "print" / "index.html").read_text(encoding="utf-8")
    slugs = re.findall(r'<section class="print-section" id="([^"]+)"', text)
    assert slugs[0] == "home" and slugs[-1] == "original" and slugs.index("financing") < slugs.index("pledge-financing")
    assert len([s for s in slugs]) == len(set(slugs)) >= 30
    ids = re.findall(r'\sid="([^"]+)"', text)
    assert len(ids) == len(set(ids))
    assert SOURCE_SHA256 in text and "<svg" in text and 'class="print-version"' in text
    # Each page's 转给别人 block shares that page; the print shares itself (its header's QR code).
    from policy_site.pipeline import print_page
    assert 'class="pass-on' not in print_page.extract(text) and 'class="pass-on' in text  # the print's own, after it
    for para in PARAGRAPHS[1:]:
        assert f'id="original--{para.id}"' in text
        assert para.text.replace("“", "&ldquo;") in text or para.text in text or __import__("html").escape(para.text, quote=False) in text


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_pdf_holds_every_source_paragraph_verbatim(site_dir):
    pdf = site_dir / "jiedu.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 100_000
    flat = re.sub(r"\s+", "", _pdf_text(pdf))
    missing = [p.id for p in PARAGRAPHS if re.sub(r"\s+", "", p.text) not in flat]
    assert missing == []
    # No page's 转给别人 block (a copy button and a QR code for each of 35 pages) on paper.
    assert "复制标题和链接" not in flat and "手机扫码打开" not in flat
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="jiedu.pdf" download>下载 PDF</a><span class="pdf-size">（\d+(\.\d)? [KM]B）', home)


def test_pdf_check_catches_a_missing_paragraph(site_dir, tmp_path):
    """The same proof fails on a PDF made without one paragraph."""
    from policy_site.pipeline import pdf as pdf_build
    from policy_site.pipeline import print_page
    article = print_page.extract((site_dir / "print" / "index.html").read_text(encoding="utf-8"))
    cut = re.sub(r'<div class="source-paragraph" id="original--q3-3">.*?</div>', "", article, flags=re.S)
    assert cut != article
    out, _ = pdf_build.build(print_page.standalone(cut[-20000:], title="t", css=""), tmp_path / "x.pdf", tmp_path)
    flat = re.sub(r"\s+", "", _pdf_text(out))
    assert re.sub(r"\s+", "", next(p for p in PARAGRAPHS if p.id == "q3-3").text) not in flat


def test_pdf_is_cached_by_content(tmp_path):
    from policy_site.pipeline import pdf as pdf_build
    doc = "<html><body><p>知识产权</p></body></html>"
    _, hit1 = pdf_build.build(doc, tmp_path / "a.pdf", tmp_path / "cache")
    _, hit2 = pdf_build.build(doc, tmp_path / "b.pdf", tmp_path / "cache")
    assert (hit1, hit2) == (False, True)


def test_two_builds_of_the_same_pdf_at_once_both_succeed(tmp_path, monkeypatch):
    """Two builds rendering the same PDF into one cache at the same time (two test workers on a fresh
    clone): the second finishes while the first is still writing, then the first renames its file.
    With one shared <hash>.tmp the first's rename found the file gone (FileNotFoundError)."""
    import sys
    import types

    from policy_site.pipeline import pdf as pdf_build

    cache = tmp_path / "cache"
    calls = []

    class HTML:
        def __init__(self, string):
            self.string = string

        def write_pdf(self, target):
            Path(target).write_bytes(b"%PDF-1.7 " + self.string.encode())
            calls.append(target)
            if len(calls) == 1:  # the other build runs to the end meanwhile
                pdf_build.build(self.string, tmp_path / "other.pdf", cache)

    monkeypatch.setitem(sys.modules, "weasyprint", types.SimpleNamespace(HTML=HTML, __version__="test"))
    out, hit = pdf_build.build("<p>甲</p>", tmp_path / "first.pdf", cache)
    assert not hit and out.read_bytes() == (tmp_path / "other.pdf").read_bytes()
    assert [p.name for p in cache.iterdir()] == [f"{pdf_build.content_hash('<p>甲</p>')}.pdf"]  # no temporary file left


def test_site_pdf_switch(monkeypatch):
    from policy_site.pipeline import pdf as pdf_build
    monkeypatch.setenv("SITE_PDF", "0")
    assert not pdf_build.enabled("build")
    monkeypatch.delenv("SITE_PDF")
    assert pdf_build.enabled("build") and not pdf_build.enabled("serve")


def test_versions_in_pages_json_and_citation(site_dir):
    pages = json.loads((site_dir / "pages.json").read_text(encoding="utf-8"))
    assert all(re.fullmatch(r"[0-9a-f]{8}", p["version"]) for p in pages)
    financing = next(p for p in pages if p["id"] == "financing")
    html_text = (site_dir / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    assert f'（版本 {financing["version"]}）' in html_text
    changes = (site_dir / "changes" / "index.html").read_text(encoding="utf-8")
    assert "本站修改的日期" in changes
    log = changes[changes.index("本站修改的日期"):changes.index("</article>")]
    assert not re.search(r"[A-Za-z]{4,} [a-z]{2,}", re.sub(r"<[^>]+>", "", log))  # developers' English notes stay out
    feed = (site_dir / "changes.xml").read_text(encoding="utf-8")
    assert feed.startswith("<?xml") and "<feed" in feed


def test_change_log_without_git_says_so(monkeypatch):
    from policy_site.pipeline import versions
    monkeypatch.setenv("PATH", "/nonexistent")
    assert versions.history(REPO_ROOT) is None
    assert "无法读取修改历史" in versions.render_page(None)
    assert "<entry>" not in versions.atom(None, "http://x/", "t")


def test_feedback_on_every_page(site_dir):
    for path in ("index.html", "measures/financing/index.html", "original/index.html", "terms/index.html"):
        text = (site_dir / path).read_text(encoding="utf-8")
        assert "本站整理有误？" in text and "对政策本身有疑问？" in text, path
        assert not re.search(r'<form[^>]*\b(method|action)=', text), path  # nothing is posted anywhere
    from policy_site.pipeline import feedback
    pid, quote = feedback.CHANNEL
    assert quote in next(p.text for p in PARAGRAPHS if p.id == pid)
    with pytest.raises(feedback.FeedbackError):
        feedback.settings("javascript:alert(1)", PARAGRAPHS)


def test_print_preview_and_feedback_in_chromium(browser, site_url, artifacts, site_dir):
    page = browser.new_page()
    page.goto(site_url + "print/")
    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts / "print-preview.png"), full_page=False)
    assert page.locator(".print-section").count() >= 30
    page.emulate_media(media="screen")
    page.goto(site_url + "measures/financing/")
    # whole-document.js (the link's handler) is added after the first paint: select and click once it
    # has run, as a reader would (CI once clicked first and reached the plain 纠错 section).
    scripts_ran(page)
    page.wait_for_function("() => [...document.scripts].some(s => s.src.includes('whole-document'))")
    page.wait_for_load_state("networkidle")
    page.evaluate("""() => { const p = document.querySelector('article p');
        const r = document.createRange(); r.selectNodeContents(p);
        const s = getSelection(); s.removeAllRanges(); s.addRange(r); }""")
    page.click("a.feedback-link")
    page.wait_for_url("**/about/**")
    assert "measures%2Ffinancing" in page.url
    assert "页面：" in page.locator("textarea.feedback-report").input_value()
    page.goto(site_url + "actions/")
    page.select_option('[data-filter="stage"]', "今后将")
    visible = page.locator(".actions-table tbody tr:visible").count()
    assert 0 < visible < page.locator(".actions-table tbody tr").count()
    page.close()
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(site_dir / "jiedu.pdf"),
                    str(artifacts / "pdf-page")], check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(site_dir / "jiedu.pdf"),
                    str(artifacts / "pdf-page")], check=True)


def test_pdf_cache_key_follows_the_document_and_its_style(tmp_path, monkeypatch):
    from policy_site.pipeline import pdf as pdf_build
    key = pdf_build.content_hash("<p>甲</p>")
    assert pdf_build.content_hash("<p>乙</p>") != key
    css = tmp_path / "pdf.css"
    css.write_text(pdf_build.CSS_FILE.read_text(encoding="utf-8") + "\np { color: red; }\n", encoding="utf-8")
    monkeypatch.setattr(pdf_build, "CSS_FILE", css)
    assert pdf_build.content_hash("<p>甲</p>") != key
