"""Clause alignment (N027): a clause that states a fact says what one stretch of the text says,
its words in the text's order. Each case of issue 24 that kept every word the text's fails here;
plain rewordings that keep who does what pass."""

from __future__ import annotations

import pytest

from policy_site.fidelity import alignment
from tests.test_claims import GOOD, problems, with_sources

LEAD = "2014年1-6月，全国专利权质押融资金额突破235亿元，同比增长124%。"


def page(prose: str, sources: str = "q2-7, q1-4") -> str:
    return with_sources(GOOD, sources).replace(LEAD, prose)


@pytest.mark.parametrize("prose, sources", [
    ("政策亮点三引导各类金融机构为小微企业提供知识产权金融服务。", "q2-7, q1-4"),
    ("2014年1-6月，全国专利权质押融资金额突破235亿元。", "q2-7, q1-4"),  # two neighbouring clauses
    ("它加大对小微企业专利申请资助力度，首件发明专利予以奖励。", "q2-7, q2-6"),  # words dropped
    ("奖励首件发明专利。", "q2-7, q2-6"),  # a noun phrase turned into a verb phrase, roles kept
    ("问一介绍质押融资和专利保险试点。", "q2-7, q1-4"),  # about the text: one paragraph, any order
])
def test_aligned_clauses_pass(tmp_path, prose, sources):
    assert [d.format() for d in problems(tmp_path, page(prose, sources))] == []


@pytest.mark.parametrize("prose, sources", [
    # two actors' roles reversed, every word the paragraph's
    ("政策亮点三引导小微企业为各类金融机构提供知识产权金融服务。", "q2-7, q1-4"),
    # an invented sentence built from distant clauses of the cited paragraph
    ("政策亮点三提出商业银行降低贷款费率。", "q2-7, q1-4"),
    # a year borrowed from another clause
    ("2008年以来，全国专利权质押融资金额突破235亿元。", "q2-7, q1-4"),
    # one policy verb of the paragraph swapped for another (鼓励 -> 引导)
    ("政策亮点五引导国有企事业单位将闲置专利向小微企业许可转让。", "q2-7, q2-9"),
    # a figure moved to another noun
    ("专利授权的增速以年均53.8%上升。", "q2-7, q1-3"),
])
def test_recombined_clauses_fail_with_the_nearest_sentence(tmp_path, prose, sources):
    found = problems(tmp_path, page(prose, sources))
    assert found and all(d.line == 14 for d in found), [d.format() for d in found]
    assert any(d.code == "N027" for d in found) or any(d.code in ("N002", "N025") for d in found), [d.format() for d in found]
    n027 = [d for d in found if d.code == "N027"]
    assert not n027 or n027[0].expected  # shows the source sentence it came closest to


def test_the_five_cases_are_n027_even_where_other_checks_are_silent(tmp_path):
    # roles reversed and distant clauses joined: no other check can see these
    for n, prose in enumerate(("政策亮点三引导小微企业为各类金融机构提供知识产权金融服务。", "政策亮点三提出商业银行降低贷款费率。",
                               "2008年以来，国家知识产权局连续开展知识产权质押融资。")):  # the subject is the sentence before's
        (tmp_path / str(n)).mkdir()
        assert [d.code for d in problems(tmp_path / str(n), page(prose))] == ["N027"], prose


def test_windows_join_at_most_two_neighbouring_clauses():
    windows = alignment._windows("甲乙，丙丁，戊己。庚辛。")
    assert windows == ("甲乙，丙丁，", "丙丁，戊己。", "庚辛。")
    assert alignment.in_order(["资助", "专利申请"], "加大专利申请资助力度") is None  # two characters back: kept
    assert alignment.in_order(["引导", "小微", "金融机构"], "引导各类金融机构为小微企业") == "order"
    assert alignment.in_order(["引导", "商业银行"], "引导各类金融机构") == "missing"
