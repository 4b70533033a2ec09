"""Issue 11: the document card, terms, actions, print page, PDF, 纠错, versions."""

from __future__ import annotations

import pytest

from scripts.build import document_card
from scripts.fidelity.source import SOURCE_SHA256, load_paragraphs

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
