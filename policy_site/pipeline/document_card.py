"""文件信息 card and 文中提及的文件, from the source only.

The card states what the document is. Other copies of the 意见 circulate with a document
number and a date; our source gives neither, so the card says 原文未载明. `check_card`
accepts a value only if it is verbatim from the source (or its pinned sha256) or one of
FIXED_PHRASES, and the fields the text does not give must say so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from policy_site.fidelity.source import SOURCE_SHA256, Paragraph

NOT_GIVEN = "原文未载明"
FIXED_PHRASES = frozenset({NOT_GIVEN, "非官方整理"})

# (label, value); "{title}" and "{sha256}" are filled from the source.
CARD: list[tuple[str, str]] = [
    ("标题", "{title}"),
    ("解读发布机关", NOT_GIVEN),
    ("发布日期", NOT_GIVEN),
    ("文号", NOT_GIVEN),
    ("本站性质", "非官方整理"),
    ("原文校验", "{sha256}"),
]
# Fields whose value is fixed: the text gives none of them.
MUST_BE = {"解读发布机关": NOT_GIVEN, "发布日期": NOT_GIVEN, "文号": NOT_GIVEN, "本站性质": "非官方整理"}

TITLE_RE = re.compile(r"《([^《》]+)》")


class CardError(ValueError):
    pass


def card_values(paragraphs: list[Paragraph], card: list[tuple[str, str]] = CARD) -> list[tuple[str, str]]:
    title = paragraphs[0].text
    return [(label, value.format(title=title, sha256=SOURCE_SHA256)) for label, value in card]


def check_card(values: list[tuple[str, str]], paragraphs: list[Paragraph]) -> list[str]:
    """Every problem with the card, as messages; empty when it states only what the text states."""
    problems = []
    texts = [p.text for p in paragraphs]
    for label, value in values:
        value = value.strip()
        if label in MUST_BE and value != MUST_BE[label]:
            problems.append(f"文件信息 {label}: {value!r} — the source gives no {label}; the card must say {MUST_BE[label]!r}")
            continue
        if label == "标题" and value != paragraphs[0].text:
            problems.append(f"文件信息 标题: {value!r} is not the source's title line {paragraphs[0].text!r}")
            continue
        if label == "原文校验" and value != SOURCE_SHA256:
            problems.append(f"文件信息 原文校验: {value!r} is not the pinned sha256 {SOURCE_SHA256}")
            continue
        if not value or not (value in FIXED_PHRASES or value == SOURCE_SHA256 or any(value in t for t in texts)):
            problems.append(f"文件信息 {label}: {value!r} is neither verbatim from source/original.txt "
                            f"nor one of {sorted(FIXED_PHRASES)}")
    return problems


@dataclass(frozen=True)
class Mention:
    name: str  # without 《》
    paragraph_ids: tuple[str, ...]


def mentioned_documents(paragraphs: list[Paragraph]) -> list[Mention]:
    """Every title in 《》 in the text, in order of first mention, with every paragraph naming it."""
    found: dict[str, list[str]] = {}
    for para in paragraphs:
        for m in TITLE_RE.finditer(para.text):
            ids = found.setdefault(m.group(1), [])
            if para.id not in ids:
                ids.append(para.id)
    return [Mention(name, tuple(ids)) for name, ids in found.items()]


def render(paragraphs: list[Paragraph], original_href: str, print_href: str, pdf_href: str,
           card: list[tuple[str, str]] = CARD) -> str:
    """The card and the list of named documents as HTML (inserted into Markdown pages)."""
    values = card_values(paragraphs, card)
    problems = check_card(values, paragraphs)
    if problems:
        raise CardError("\n".join(problems))
    rows = "".join(
        f'<div class="card-row"><dt>{html.escape(k)}</dt><dd{" class=card-hash" if k == "原文校验" else ""}>'
        f'{html.escape(v)}{" (sha256)" if k == "原文校验" else ""}</dd></div>'
        for k, v in values)
    items = []
    for m in mentioned_documents(paragraphs):
        links = "、".join(f'<a href="{original_href}#{pid}">{pid}</a>' for pid in m.paragraph_ids)
        items.append(f"<li>《{html.escape(m.name)}》：见原文 {links}</li>")
    return (
        '<section class="document-card" aria-label="文件信息">'
        '<h2>文件信息</h2>'
        f'<dl>{rows}</dl>'
        '<p class="card-note">“原文未载明”：本站所依据的文本没有给出这一项，本站也不补写。</p>'
        '<h3>文中提及的文件</h3>'
        f'<ul>{"".join(items)}</ul>'
        f'<p class="whole-document-links"><a href="{print_href}">打印版（全文一页）</a>'
        f'<span class="pdf-link"> · <a href="{pdf_href}" download>下载 PDF</a>'
        '<span class="pdf-size"><!-- pdf-size --></span></span></p>'
        "</section>"
    )
