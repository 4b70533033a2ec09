"""Reviewed framing points (policy_site/fidelity/points.py): each plain sentence passes where the cited
paragraphs bear it out and fails, N026 or A004, where they do not."""

from __future__ import annotations

import pytest

from policy_site.fidelity import points
from policy_site.fidelity.checks import check_site
from tests.test_checker import REPO, site_with
from tests.test_claims import GOOD, problems, with_sources

BOX = '\n!!! info "原文未载明"\n\n    - {item}\n'


def page_with(prose: str = "", item: str = "", sources: str = "q2-7, q1-4") -> str:
    text = with_sources(GOOD, sources).replace("2014年1-6月，全国专利权质押融资金额突破235亿元，同比增长124%。", prose or "建立知识产权金融服务需求调查制度。")
    return text + (BOX.format(item=item) if item else "")


@pytest.mark.parametrize("prose, sources", [
    ("这是问一介绍的已有工作。", "q2-7, q1-4"),
    ("推进知识产权金融创新服务是问一介绍的已有工作。", "q2-7, q1-4"),
    ("这是问四提出的今后打算。", "q2-7, q4-3"),
    ("继续深化知识产权质押融资试点工作是问四提出的今后打算。", "q2-7, q4-3"),
    ("这是《意见》提出的做法。", "q2-7"),
    ("这里原文写的是“中小企业”，不只是小微企业。", "q2-7, q1-4"),
])
def test_true_prose_points_pass(tmp_path, prose, sources):
    assert [d.format() for d in problems(tmp_path, page_with(prose, sources=sources))] == []


@pytest.mark.parametrize("prose, sources, says", [
    ("这是问一介绍的已有工作。", "q2-7", "cites none of q1-3"),       # a plan told as existing work
    ("这是问四提出的今后打算。", "q2-7, q1-4", "cites none of q4-2"),  # existing work told as a plan
    ("专利执行保险是《意见》提出的做法。", "q2-7, q1-4", "is not in q2-7"),  # said in 问一, not in a highlight
    ("专利保险是问四提出的今后打算。", "q2-7, q4-2", "'保险' is not in q4-2"),  # the subject is not in that part
    ("这里原文写的是“中小企业”，不只是小微企业。", "q2-7", "“中小企业”"),
])
def test_false_prose_points_fail(tmp_path, prose, sources, says):
    every = problems(tmp_path, page_with(prose, sources=sources))
    found = [d for d in every if d.code == "N026"]
    assert found and says in found[0].message and found[0].line == 14, [d.format() for d in every]


def test_prose_point_outside_the_pattern_is_plain_prose(tmp_path):
    # 已有 and 今后 are not the text's words: only the reviewed sentence may say them
    found = problems(tmp_path, page_with("融资服务是已有工作。"))
    assert [d.code for d in found] == ["N021"]


@pytest.mark.parametrize("item, sources", [
    ("原文没有说明小微企业怎样申请。", "q2-7"),
    ("原文没有说明如何申请优先审查。", "q2-7, q1-5"),  # q1-5's hotline is not about it
    ("原文没有写明奖励的金额。", "q2-7, q1-4"),
    ("亮点原文没有写明由哪个部门负责。", "q2-7, q1-4"),
    # no-date: 《意见》 is matched whole, over the whole text (q3-2 dates another 意见); 8月29日 is no year
    ("原文没有给出《意见》的施行日期、有效期或失效日期。", "q2-7"),
    ("原文写“今年8月29日”，没有写明年份。", "q2-7, q2-3"),
    # no-count: 五家 counts the centres, not their 成效; 2013年底 dates the base, it counts nothing
    ("原文没有给出这些中心成效的具体数字。", "q2-7, q1-5"),
    ("原文没有给出培训基地的数量。", "q2-7, q1-6"),
    ("原文没有给出数量。", "q2-7, q2-3"),  # 8月29日 is a date, not a count
    # no-mention: the term as named, in the part the item names (q1-4's 专利保险 is not a highlight's)
    ("亮点原文没有提到专利保险。", "q2-7, q1-4"),
    ("政策亮点三的原文没有点名质押融资。", "q2-7, q1-4"),
    ("除问一外，原文没有提到培训基地。", "q2-7"),
    ("除政策亮点七外，原文没有提到“专利服务券”。", "q2-7"),
])
def test_true_absence_points_pass(tmp_path, item, sources):
    assert [d.format() for d in problems(tmp_path, page_with(item=item, sources=sources))] == []


@pytest.mark.parametrize("item, sources, says", [
    ("原文没有说明小微企业怎样申报。", "q2-7, q2-8", "q2-8 says '申报'"),
    ("原文没有说明怎样联系维权援助中心。", "q2-7, q1-5", "q1-5 says '热线'"),
    ("原文没有写明专利执行保险的金额。", "q2-7, q1-4", "9505万元"),
    ("原文没有写明金额。", "q2-7, q1-4", "235亿元"),
    ("原文没有写明由哪个部门负责。", "q2-7, q1-4", "国家知识产权局"),
    ("问一没有写明由哪个部门负责。", "q2-7", "国家知识产权局"),  # the part it names, cited or not
    ("原文没有写明调研的日期。", "q2-7, q2-3", "8月29日"),
    ("原文没有给出日期。", "q2-7, q1-6", "2013年底"),
    ("原文没有给出《意见》提到的质押融资的时间。", "q2-7", "2008年"),  # an item on 《意见》: the whole text
    ("原文没有给出快速维权中心的数量。", "q2-7, q1-5", "q1-5 gives '五家'"),  # a Chinese numeral
    ("原文没有给出政策措施的数量。", "q2-7, q2-2", "q2-2 gives '十五个方面'"),
    ("原文没有给出专利执行保险的具体数字。", "q2-7, q1-4", "q1-4 gives '34个'"),
    ("原文没有给出数量。", "q2-7, q1-4", "q1-4 gives '235亿元'"),
    ("亮点原文没有提到商业银行。", "q2-7, q1-4", "q2-7 says '商业银行'"),
    ("政策亮点三的原文没有点名商业银行。", "q2-7", "q2-7 says '商业银行'"),
    ("除问一外，原文没有提到托管。", "q2-7", "q4-4 says '托管'"),  # the whole text but 问一, cited or not
    ("原文未提及“专利执行保险”。", "q2-7, q1-4", "q1-4 says '专利执行保险'"),
    ("问四没有提到贴息或风险补偿。", "q2-7", "q4-3 says '贴息'"),  # each of a list
])
def test_false_absence_points_fail(tmp_path, item, sources, says):
    every = problems(tmp_path, page_with(item=item, sources=sources))
    found = [d for d in every if d.code == "A004"]
    assert found and says in found[0].message, [d.format() for d in every]


def test_a_false_count_on_a_real_page_names_the_paragraph_and_figure(tmp_path):
    rel = "programmes/assistance-centres.md"
    page = (REPO / "docs" / rel).read_text(encoding="utf-8")
    item = "    - 原文没有列出78家维权援助中心的名称或地区。\n"
    assert item in page
    docs = site_with(tmp_path, {rel: page.replace(item, item + "    - 原文没有给出维权援助中心的数量。\n")}, with_real_site=False)
    found = [d for d in check_site(docs).diagnostics if d.file == rel and d.code == "A004"]
    assert len(found) == 1 and "no-count" in found[0].message and "q1-5 gives '78家'" in found[0].message, found


@pytest.mark.parametrize("item", [
    "原文没有单独给出托管试点的数字。",  # a combined figure, none for the part alone: another claim
    "本页标题是本站的归纳，原文没有这一说法。",
    "原文没有说明培训基地的规模。",
])
def test_items_that_are_not_count_or_mention_points(item):
    assert not [p.name for p in points.POINTS if p.where == "absence" and p.name in ("no-count", "no-mention")
                and p.pattern.search(item)]


def test_every_point_has_an_example_that_matches_it():
    for point in points.POINTS:
        assert point.pattern.search(point.example), point.name


@pytest.mark.parametrize("prose, sources, says", [
    ("推进知识产权金融创新服务是问三介绍的已有工作。", "q2-7, q1-4", "not in 问三"),  # existing work is 问一's
    ("这是问二提出的今后打算。", "q2-7, q4-3", "not in 问二"),  # plans are 问四's
    ("不断完善相关政策、不加大扶持力度是问四提出的今后打算。", "q2-7, q4-3", "'不加大'"),  # a negation the text lacks
])
def test_a_stage_point_names_the_right_part_and_keeps_the_texts_negations(tmp_path, prose, sources, says):
    every = problems(tmp_path, page_with(prose, sources=sources))
    found = [d for d in every if d.code == "N026"]
    assert found and says in found[0].message, [d.format() for d in every]
