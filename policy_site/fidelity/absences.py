"""原文未载明 items are claims about the whole text (A002, A003)."""

from __future__ import annotations

import re

from . import model, points, sentence_checks
from .diagnostics import Diagnostic
from .figures import find_figures
from .name_checks import NEGATIVE_RE, TERM_RE, _d
from .pages import Page
from .source import Paragraph
from .text import CJK_RE

ABSENCE_CODES = ("A002", "A003", "A004")
# The fixed framing of a 原文未载明 item: who is silent, and the verb of saying it does not use.
ABSENCE_FRAME_RE = re.compile(
    r"(?:(?:亮点)?原文|文本|解读|问答)?(?:中)?(?:没有|未|并未|并没有|不曾)(?:逐一|单独|具体)?"
    r"(?:说明|载明|提到|提及|点名|列出|给出|写明|讲|谈到|涉及|交代|明确|规定|指出|界定|介绍|这一说法)"
)


def check_absence_items(page: Page, all_paragraphs: list[Paragraph]) -> list[Diagnostic]:
    """A 原文未载明 item is a claim about the whole text: it must say that something is missing
    (A002: a positive statement in the box is not checked against anything), and outside that
    framing its words, figures and quoted terms must be the text's (A003), or words that name a
    kind of information (金额, 条件, 如何 …: `absence_words` in framing.yml)."""
    items = [u for u in page.units if u.role == "absence"]
    if not items:
        return []
    whole = sentence_checks.whole_scope(tuple(all_paragraphs))
    by_id = {p.id: p for p in all_paragraphs}
    cited = [by_id[s] for s in page.sources if s in by_id]
    allowed = sentence_checks.framing_words() | sentence_checks.absence_words()
    out = []
    for unit in items:
        text = unit.text
        if not NEGATIVE_RE.search(text):
            out.append(_d(page, unit.line, "A002",
                          f"'{text[:30]}' in a '{model.ABSENCE_TITLE}' box does not say what the text lacks: a positive statement "
                          "here is checked against nothing", "write it as prose outside the box, or as '原文没有说明……'"))
            continue
        out += points.check_absence_points(page, unit.line, text, cited, by_id)
        for m in TERM_RE.finditer(text):
            if m.group(1) not in whole.text:
                out.append(_d(page, unit.line, "A003", f"quoted term “{m.group(1)}” in a '{model.ABSENCE_TITLE}' item is not in the text"))
        for _, figure in _figures(text):
            if figure not in whole.text:
                out.append(_d(page, unit.line, "A003", f"figure '{figure}' in a '{model.ABSENCE_TITLE}' item is not in the text"))
        plain = TERM_RE.sub(lambda m: "，" * len(m.group(0)), text)
        plain = ABSENCE_FRAME_RE.sub(lambda m: "，" * len(m.group(0)), sentence_checks.PART_RE.sub(lambda m: "，" * len(m.group(0)), plain))
        at = 0
        for word in sentence_checks.cut(plain):
            # jieba sometimes merges across the text's words (集聚区|小微 -> 区小微): a word of three or
            # more characters also passes when each of its characters stands beside a neighbour it has in the text.
            merged = len(word) >= 3 and all(whole.has(c, plain, at + i) for i, c in enumerate(word))
            if CJK_RE.search(word) and word not in allowed and not whole.has(word, plain, at) \
                    and not merged and word not in model.SITE_LABELS:
                out.append(_d(page, unit.line, "A003",
                              f"'{word}' in a '{model.ABSENCE_TITLE}' item is neither a word of the text nor a word that names "
                              "what is missing (framing.yml `absence_words`)", whole.nearest(text)))
                break
            at += len(word)
    return out


def _figures(text: str) -> list[tuple[int, str]]:
    return find_figures(text)
