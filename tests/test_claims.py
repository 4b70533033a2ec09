"""The claim checks against pages that are wrong on purpose: one clear message each,
naming file, line, the offending words and the source text to compare."""

from __future__ import annotations

import pytest

from policy_site.fidelity.checks import check_site
from tests.test_checker import FIXTURES, site_with

GOOD = (FIXTURES / "good_measure.md").read_text(encoding="utf-8").replace("related: [pledge-financing]", "related: []")
REL = "measures/financing.md"


def problems(tmp_path, page: str) -> list:
    docs = site_with(tmp_path, {REL: page}, with_real_site=False)
    return [d for d in check_site(docs).diagnostics if d.file == REL]


def with_sources(page: str, sources: str) -> str:
    return page.replace("sources: [q2-7, q1-4]", f"sources: [{sources}]")


def test_good_page_has_no_claim_problems(tmp_path):
    assert problems(tmp_path, GOOD) == []


@pytest.mark.parametrize("prose, code, words", [
    # figures match whole: a figure that lost a digit is not part of 1170万 / 235亿元
    ("我国约有170万小微企业。", "N001", "170万"),
    ("质押融资金额突破35亿元。", "N001", "35亿元"),
    # names, places, organisations, titles, terms
    ("申长风同志在广东省佛山市南海区调研。", "N014", "申长风"),
    ("在广东中山、江苏南京设立了快速维权中心。", "N013", "南京"),
    ("申长雨同志在广东省珠海市调研。", "N013", "珠海"),
    ("推行《企业知识产权管理标准》国家标准。", "N011", "企业知识产权管理标准"),
    ("推广“专利服务卡”。", "N012", "专利服务卡"),
    ("国家知识产权局会同财政部实施工程。", "N013", "财政部"),
    ("该项工作由中国人民银行牵头。", "N013", "中国人民银行"),
    # characters
    ("推進專利保險試點。", "L003", "專"),
    ("解读的答覆首先指出。", "L003", "覆"),  # 覆 is also Simplified; the word 答覆 is not
    ("质押融资金额突破23\u200b5亿元。", "L002", "U+200B"),
    ("质押融资\u00a0金额。", "L002", "U+00A0"),
    # negative claims belong in their block
    ("原文没有说明申请条件。", "A001", "没有说明"),
])
def test_wrong_prose_is_refused_with_its_words(tmp_path, prose, code, words):
    page = with_sources(GOOD, "q2-7, q1-4, q1-3, q1-5, q2-3, q2-11") + f"\n{prose}\n"
    diags = problems(tmp_path, page)
    line = len(page.split("\n")) - 1
    hits = [d for d in diags if d.code == code and d.line == line]
    assert hits, [d.format() for d in diags]
    assert any(words in d.message for d in hits)
    assert all(d.line == line for d in diags), [d.format() for d in diags]


def test_message_shows_source_text_to_compare(tmp_path):
    page = with_sources(GOOD, "q2-7, q1-4, q2-3") + "\n申长风同志在广东省佛山市南海区调研。\n"
    diag = next(d for d in problems(tmp_path, page) if d.code == "N014")
    assert "申长雨" in diag.message and "申长雨" in diag.expected and "(q2-3)" in diag.expected


def test_name_must_be_in_a_cited_paragraph_not_just_anywhere(tmp_path):
    # 工业和信息化部 is in q1-3, which this page does not cite
    page = GOOD + "\n国家知识产权局会同工业和信息化部实施工程。\n"
    diags = problems(tmp_path, page)
    assert any(d.code == "N013" and "信息化部" in d.message and "q1-3" in (d.expected or "") for d in diags), \
        [d.format() for d in diags]


def test_negative_claim_inside_its_block_is_accepted_and_collected(tmp_path):
    from policy_site.fidelity.name_checks import absences
    from policy_site.fidelity.pages import read_page

    page = GOOD + '\n!!! info "原文未载明"\n\n    - 亮点原文没有点名质押融资或专利保险。\n'
    assert problems(tmp_path, page) == []
    docs = tmp_path / "docs"
    assert absences(read_page(docs / REL, REL, [])) == [(23, "亮点原文没有点名质押融资或专利保险。")]


def test_traditional_in_summary_is_reported_on_its_line(tmp_path):
    page = GOOD.replace("summary: 建立知识产权金融服务需求调查制度。", "summary: 建立知识产权金融服務需求调查制度。")
    assert [(d.code, d.line) for d in problems(tmp_path, page)] == [("L003", 6)]


def test_citation_label_and_link_must_agree(tmp_path):
    page = GOOD.replace("> —— [原文 q2-7](/original.md#q2-7)", "> —— [原文 q2-7](/original.md#q1-4)")
    diags = problems(tmp_path, page)
    assert ("Q006", 19) in [(d.code, d.line) for d in diags]
    assert "q2-7" in next(d for d in diags if d.code == "Q006").message


@pytest.mark.parametrize("html", [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[点此](javascript:alert(1))",
    '<iframe src="https://example.com/"></iframe>',
    '<object data="x.swf"></object>',
    '<a href="javascript:void(0)">x</a>',
])
def test_raw_script_and_handlers_are_refused(tmp_path, html):
    page = GOOD + f"\n{html}\n"
    diags = problems(tmp_path, page)
    assert [(d.code, d.line) for d in diags] == [("X001", 21)], [d.format() for d in diags]


def test_emptied_page_is_refused(tmp_path):
    head = GOOD.split("# 缓解小微企业融资难")[0]
    diags = problems(tmp_path, head + "# 缓解小微企业融资难\n")
    assert sorted(d.code for d in diags) == ["P001", "P002", "P003"]


def test_bad_bytes_give_one_message_each(tmp_path):
    docs = site_with(tmp_path, {}, with_real_site=False)
    (docs / "measures").mkdir()
    (docs / "measures" / "gbk.md").write_bytes(GOOD.encode("gb18030"))
    (docs / "measures" / "bom.md").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (docs / "measures" / "folder.md").mkdir()
    diags = check_site(docs).diagnostics
    by_file = {d.file: d for d in diags if d.code.startswith("E")}
    assert by_file["measures/gbk.md"].code == "E001" and "GB18030" in by_file["measures/gbk.md"].message
    assert by_file["measures/bom.md"].code == "E002"
    assert by_file["measures/folder.md"].code == "E003"
    assert not [d for d in diags if d.file in by_file and not d.code.startswith("E")]


# What the prose says (policy_site/fidelity/sentence_checks.py): each sentence of a content page in the words of
# the paragraphs it cites, framing words aside. Each line below is a plausible edit that adds,
# reverses or misattributes something; the good page's own sentences pass (test above).
@pytest.mark.parametrize("prose, code, words", [
    ("政策亮点三提出引导各类金融机构为小微企业免费提供知识产权金融服务。", "N021", "免费"),   # adds a fact
    ("政策亮点三提出引导所有金融机构为小微企业提供知识产权金融服务。", "N021", "所有"),  # widens 各类
    ("需求调查制度已建立。", "N021", "已"),  # a plan told as done (q1-4 has 已, beside other words)
    ("多渠道降低贷款、担保和保险等费率，只面向科技型企业。", "N021", "只"),  # narrows
    ("这项制度明年建立。", "N021", "明年"),  # a date the text does not give
    ("政策亮点三提出不加强与商业银行的知识产权金融服务战略合作。", "N022", "不加强"),  # reverses
    ("问四说，要建立知识产权金融服务需求调查制度。", "N023", "需求调查制度"),  # said in 亮点三, not 问四
    ("政策亮点五提出建立知识产权金融服务需求调查制度。", "N023", "金融服务"),  # the wrong highlight
    ("问一和问四都提到建立知识产权金融服务需求调查制度。", "N023", "需求调查制度"),  # each must say it
    ("政策亮点三提出全面降低贷款、担保和保险等费率。", "N022", "全面降低"),  # a degree the text does not give
    ("政策亮点三提出多渠道提高贷款、担保和保险等费率。", "N025", "提高"),  # reversed (q1-6's 提高 is elsewhere)
    ("问一介绍了知识产权质押融资等试点，问三提出建立知识产权金融服务需求调查制度。", "N023", "需求调查制度"),
    # Recombinations of q2-7's own words around its policy verbs: it guides 各类金融机构, cooperates
    # with 商业银行; it has institutions 提供知识产权金融服务 and lowers the rates of 贷款、担保和保险.
    ("政策亮点三提出引导商业银行为小微企业提供知识产权金融服务。", "N025", "引导"),
    ("政策亮点三提出为小微企业提供贷款、担保和保险。", "N025", "提供"),
])
def test_prose_that_adds_reverses_or_misattributes_is_refused(tmp_path, prose, code, words):
    sources = "q2-7, q1-4, q4-3, q2-9, q2-2, q3-4" if code == "N023" else "q2-7, q1-4, q2-2, q1-6"  # 全面, 提高
    page = with_sources(GOOD, sources) + f"\n{prose}\n"
    line = len(page.split("\n")) - 1
    diags = problems(tmp_path, page)
    hits = [d for d in diags if d.code == code and d.line == line]
    assert hits, [d.format() for d in diags]
    assert any(words in d.message for d in hits) or code == "N023", [d.format() for d in hits]
    # The message shows the source sentence the page's sentence should have matched.
    assert hits[0].expected and "(q" in hits[0].expected, hits[0].format()


def test_a_paraphrase_in_the_texts_words_and_framing_passes(tmp_path):
    # Shortened, with framing words (政策亮点三, 提出, 问一, 介绍, 已有, 做法) and a negation
    # the text has (没有系统的梳理 is q3-4's): nothing to report.
    page = with_sources(GOOD, "q2-7, q1-4, q3-4") + (
        "\n政策亮点三提出建立知识产权金融服务需求调查制度，并多渠道降低贷款、担保和保险等费率。\n"
        "\n问一介绍的已有做法：2008年以来，连续开展知识产权质押融资、专利保险等多项试点。\n"
        "\n问三说知识产权金融服务方面有很多做法，但还没有系统的梳理这些政策措施。\n"
        "\n政策亮点三提出引导各类金融机构为小微企业提供知识产权金融服务，并加强与商业银行的战略合作。\n")
    assert problems(tmp_path, page) == []


def test_the_support_message_names_the_nearest_source_sentence(tmp_path):
    page = with_sources(GOOD, "q2-7, q1-4") + "\n政策亮点三提出为小微企业全额报销贷款利息。\n"
    diag = next(d for d in problems(tmp_path, page) if d.code == "N021")
    assert "全额" in diag.message and "q2-7" in diag.message
    assert "多渠道降低贷款" in diag.expected and diag.expected.endswith("(q2-7)"), diag.format()


def test_framing_words_are_reviewed_and_hold_no_fact_words():
    from policy_site.fidelity import sentence_checks

    words = sentence_checks.framing_words()
    # Words that would let an edit add a fact must never be framing.
    for word in ("已", "将", "最", "只", "不", "免费", "全部", "所有", "各省", "明年", "全额", "必须"):
        assert word not in words, word
    assert {"问一", "原文", "提出", "要点"} <= words


def test_a_link_label_must_number_the_page_it_links_to(tmp_path):
    # The fixture's page is measure number 3 (政策亮点三); a label calling it 亮点四 is refused.
    page = GOOD + "\n另见[政策亮点四：缓解小微企业融资难](/measures/financing.md)。\n"
    line = len(page.split("\n")) - 1
    (tmp_path / "wrong").mkdir()
    (tmp_path / "right").mkdir()
    diags = problems(tmp_path / "wrong", page)
    hit = [d for d in diags if d.code == "N024"]
    assert hit and hit[0].line == line and "亮点四" in hit[0].message and hit[0].expected.startswith("亮点三"), \
        [d.format() for d in diags]
    right = GOOD + "\n另见[政策亮点三：缓解小微企业融资难](/measures/financing.md)。\n"
    assert [d for d in problems(tmp_path / "right", right) if d.code == "N024"] == []


def test_a_question_page_with_only_its_title_is_refused(tmp_path):
    from tests.test_checker import REPO

    rel = "questions/basic-situation.md"
    real = (REPO / "docs" / rel).read_text(encoding="utf-8")
    head, title = real.split("\n---\n", 1)[0] + "\n---\n", real.split("title: ", 1)[1].split("\n", 1)[0]
    docs = site_with(tmp_path, {rel: head + f"\n# {title}\n"})
    assert sorted(d.code for d in check_site(docs).diagnostics if d.file == rel) == ["P001", "P002", "P003"]


@pytest.mark.parametrize("content", [b"---\nid: financing\nkind: measure\ntitle: [broken\n---\n# x\n", b"", b"# no front matter\n",
                                     b"\xef\xbb\xbf" + GOOD.encode(), GOOD.encode("gb18030")])
def test_one_broken_page_gives_one_message(tmp_path, content):
    """A page that cannot be read says so once; pages that link to it or relate to it are not blamed."""
    docs = site_with(tmp_path, {})
    (docs / REL).write_bytes(content)
    diags = check_site(docs).diagnostics
    assert len(diags) == 1 and diags[0].file == REL, [d.format() for d in diags]


@pytest.mark.parametrize("prose, sources", [
    ("优先审查是政策亮点三中的一项做法。", "q2-7, q2-5"),  # before the copula: held to the part named
    ("问四接着列出了《意见》的政策亮点一至八。", "q2-7, q4-1"),  # the highlights are 问二's
    ("《意见》和问三还提出在小微企业聚集区设立维权援助分中心。", "q2-7, q2-12, q3-4"),  # each named part must say it
])
def test_attributions_before_a_name_to_a_list_and_to_each_of_two(tmp_path, prose, sources):
    found = problems(tmp_path, with_sources(GOOD, sources) + f"\n{prose}\n")
    assert any(d.code == "N023" for d in found), [d.format() for d in found]
