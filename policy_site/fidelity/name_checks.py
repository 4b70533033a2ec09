"""Checks on what the prose claims, beyond quotes and figures.

- Names and terms (N011-N015): persons, places, organisations, titles in 《》 and terms
  in “” must occur verbatim in a paragraph the page cites, or be a site label listed in
  model.SITE_LABELS.
- Characters (L002, L003): invisible characters and Traditional characters in prose.
- Citations (Q006): the paragraph id in a link's label equals the one in its target.
- Markup (X001): pages are Markdown; raw script, iframe, object, embed, event handlers
  and javascript: links are refused.
- Substance (P001, P002): measure and programme pages have a summary paragraph and quote
  at least one of their sources.
- Negative claims (A001): sentences saying what the text does not say live only in a
  `!!! info "原文未载明"` block, which the 核验 page lists.

Candidates for names come from jieba's part-of-speech tags (nr, ns, nt, nz and their
variants), from organisation suffixes (…部, …局, …院, …委, …银行, …中心) and from near
misses of the source's own names (申长风 beside 申长雨). jieba is the segmenter the search
already depends on; no maintained Chinese NER library installs without model downloads.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable

from . import model
from .diagnostics import Diagnostic
from .pages import Page
from .source import Paragraph
from .text import CJK, CN_NUMERALS, is_cjk

# jieba's dictionary tags are noisy for persons (采取措施 is 'nr') and proper nouns (英文 is
# 'nz'); places and organisations are reliable. Persons are taken from jieba's HMM (words not in
# its dictionary) when they start with a common surname. Measured on the pages of 2026-11-25:
# all of nr/ns/nt/nz gave 81 alarms, about 70 false; this selection gives none false.
PLACE_ORG_FLAGS = {"ns": "place", "nt": "organisation"}
PERSON_FLAGS = {"nr", "nrfg", "nrt"}
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤申甘易常温康施牛"
)
# Suffixes of organisation names; a token ending in one names a body (财政部, 国家知识产权局).
ORG_SUFFIXES = ("银行", "中心", "委员会", "办公厅", "部", "局", "院", "委", "厅", "署")
# Common words that end in such a suffix without naming a body.
NOT_ORGS = {"全部", "内部", "外部", "局部", "干部", "部", "局", "院", "委", "中心", "格局", "大局", "结局", "当局"}

TITLE_RE = re.compile(r"《([^《》]*(?:《[^《》]*》[^《》]*)*)》")
TERM_RE = re.compile(r"“\s*([^“”]{1,40}?)\s*”")
INVISIBLE = {"\u00a0": "no-break space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark / zero-width no-break space",
             "\u200b": "zero-width space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
             "\u2060": "word joiner", "\u3164": "Hangul filler"}
RAW_HTML_RE = re.compile(r"<\s*(script|iframe|object|embed|frame|frameset|base|meta|link|style|form)\b", re.I)
HANDLER_RE = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
JS_URL_RE = re.compile(r"(?:\]\(\s*<?|\b(?:href|src|action|formaction)\s*=\s*[\"']?)\s*(?:javascript|vbscript|data)\s*:", re.I)
CITE_LABEL_RE = re.compile(r"\[([^\]]*)\]\(/original\.md#([A-Za-z0-9_-]+)\)")
PARA_ID_RE = re.compile(r"\b(title|q[1-4](?:-\d{1,2})?)\b")
ABSENCE_RE = re.compile(r"^(\s*)!!!\s+\w+\s+\"" + re.escape(model.ABSENCE_TITLE) + r"\"\s*$")
# Phrases that say the text is silent on something: such sentences belong in a 原文未载明 block.
NEGATIVE_RE = re.compile(
    r"(?:没有|未|并未|并没有|不曾)(?:说明|载明|提到|提及|点名|列出|给出|写明|讲|谈到|涉及|交代|明确|规定|指出|具体说明|逐一)"
    r"|(?:原文|文本|解读|问答)(?:中)?(?:没有|未|并未)"
)


@functools.lru_cache(maxsize=1)
def _jieba():
    import warnings

    with warnings.catch_warnings():  # jieba 0.42 warns when it imports pkg_resources
        warnings.simplefilter("ignore")
        import jieba
        import jieba.posseg as pseg

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return pseg


def _kind(word: str, flag: str) -> str | None:
    """What a token names, or None: place, organisation or person."""
    if len(word) < 2 or not re.fullmatch(f"[{CJK}]+", word) or word[0] in CN_NUMERALS:
        return None
    if flag in PLACE_ORG_FLAGS and flag == _jieba().dt.word_tag_tab.get(word):
        return PLACE_ORG_FLAGS[flag]
    if flag in PERSON_FLAGS and word not in _jieba().dt.word_tag_tab and word[0] in SURNAMES and len(word) <= 3:
        return "person"
    if word.endswith(ORG_SUFFIXES) and word not in NOT_ORGS:
        return "organisation"
    return None


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, str, int], ...]:
    out, at = [], 0
    for pair in _jieba().cut(text):
        out.append((pair.word, pair.flag, at))
        at += len(pair.word)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=8192)
def _traditional(ch: str) -> str | None:
    """The Simplified form of a Traditional character, or None."""
    if not is_cjk(ch):
        return None
    simple = _t2s().convert(ch)
    return simple if simple != ch else None


def _d(page: Page, line: int, code: str, message: str, expected: str | None = None) -> Diagnostic:
    return Diagnostic(page.rel, line, code, message, expected)


def _where(word: str, paragraphs: Iterable[Paragraph], limit: int = 2) -> str | None:
    hits = [f"…{p.text[max(0, i - 12): i + len(word) + 12]}… ({p.id})"
            for p in paragraphs for i in [p.text.find(word)] if i >= 0]
    return "; ".join(hits[:limit]) or None


def _near_misses(word: str, entities: Iterable[str]) -> list[str]:
    return [e for e in entities if len(e) == len(word) and e != word
            and sum(a != b for a, b in zip(e, word)) == 1]


@functools.lru_cache(maxsize=1)
def source_entities(paragraph_texts: tuple[str, ...]) -> dict[str, str]:
    """Names the source uses, with their kind (two-character places included: the mutation
    self-test swaps them); near misses of those of three or more characters are typos or swaps.
    Titles and quoted terms count as names."""
    found: dict[str, str] = {}
    for text in paragraph_texts:
        for word, flag, _ in _tokens(text):
            kind = _kind(word, flag)
            # organisations known only by their suffix (分中心) are too generic for near misses
            if kind and "小微" not in word and (flag in PLACE_ORG_FLAGS or kind == "person" or len(word) >= 4):
                found[word] = kind
        found.update((m.group(1), "title") for m in TITLE_RE.finditer(text) if len(m.group(1)) >= 3)
        found.update((m.group(1), "term") for m in TERM_RE.finditer(text) if len(m.group(1)) >= 3)
    return found


def name_candidates(text: str) -> list[tuple[int, str, str]]:
    """(offset, word, kind) for every name-like word in `text`."""
    out = []
    tokens = _tokens(text)
    for i, (word, flag, at) in enumerate(tokens):
        kind = _kind(word, flag)
        if kind == "person" and ("小微" in word or (i > 0 and tokens[i - 1][0][-1:].isdigit() and word[0] in "万亿千百")):
            kind = None  # 1170万小微企业: a unit and a common word, not 万 the surname
        if kind:
            out.append((at, word, kind))
        elif word in ("部", "局", "委", "院") and i > 0 and re.fullmatch(f"[{CJK}]{{2,}}", tokens[i - 1][0]):
            prev, _, prev_at = tokens[i - 1]  # 信息化 + 部: jieba splits unknown bodies
            out.append((prev_at, prev + word, "organisation"))
    return out


def check_names(page: Page, texts: list[tuple[int, str]], cited: list[Paragraph], all_paragraphs: list[Paragraph]) -> list[Diagnostic]:
    """Names, titles and quoted terms in the page's own prose against the cited paragraphs."""
    out: list[Diagnostic] = []
    cited_text = "\n".join(p.text for p in cited)
    labels = model.SITE_LABELS
    entities = [e for e in source_entities(tuple(p.text for p in all_paragraphs)) if len(e) >= 3]
    where = ", ".join(p.id for p in cited) or "none"

    def known(word: str) -> bool:
        return word in cited_text or word in labels

    for line, text in texts:
        for m in TITLE_RE.finditer(text):
            inner = m.group(1)
            if not (known(inner) or known(inner.replace("〈", "《").replace("〉", "》"))):
                out.append(_d(page, line, "N011", f"title 《{inner}》 does not occur in the paragraphs this page cites ({where})",
                              _where_similar(inner, cited, all_paragraphs)))
        for m in TERM_RE.finditer(text):
            if not known(m.group(1)):
                out.append(_d(page, line, "N012", f"quoted term “{m.group(1)}” does not occur in the paragraphs this page cites ({where})",
                              _where_similar(m.group(1), cited, all_paragraphs)))
        masked = TITLE_RE.sub(lambda m: "　" * len(m.group(0)), TERM_RE.sub(lambda m: "　" * len(m.group(0)), text))
        for _offset, word, kind in name_candidates(masked):
            if known(word):
                continue
            out.append(_d(page, line, "N013", f"{kind} '{word}' does not occur in the paragraphs this page cites ({where})",
                          _where_similar(word, cited, all_paragraphs)))
        # Near misses, on word boundaries: 申长风 (申|长风) beside the source's 申长雨.
        bounds = [at for _, _, at in _tokens(masked)] + [len(masked)]
        for a in bounds:
            for b in bounds:
                span = masked[a:b]
                if not 3 <= len(span) <= 12 or span in cited_text or not re.fullmatch(f"[{CJK}]+", span):
                    continue
                near = _near_misses(span, entities)
                if near:
                    out.append(_d(page, line, "N014", f"'{span}' is one character away from the source's '{near[0]}'",
                                  _where(near[0], all_paragraphs)))
    return out


def _where_similar(word: str, cited: list[Paragraph], all_paragraphs: list[Paragraph]) -> str | None:
    """Where the word (or its longest known part) stands in the source, for the message."""
    hit = _where(word, all_paragraphs)
    if hit:
        return f"in the source but not in a cited paragraph: {hit}"
    for k in range(len(word) - 1, 1, -1):
        for i in range(0, len(word) - k + 1):
            hit = _where(word[i:i + k], cited or all_paragraphs, 1)
            if hit:
                return hit
    return None


def check_characters(page: Page, lines: list[tuple[int, str]], source_text: str) -> list[Diagnostic]:
    """Invisible characters, and Traditional characters or usages (答覆 for 答复: OpenCC converts
    whole phrases, so a character that is also Simplified is caught in a Traditional word)."""
    out = []
    for line, text in lines:
        simplified = _t2s().convert(text) if any(is_cjk(ch) for ch in text) else text
        aligned = len(simplified) == len(text)
        for col, ch in enumerate(text, start=1):
            name = INVISIBLE.get(ch)
            if name is None and unicodedata.category(ch) == "Cf":
                name = unicodedata.name(ch, "format character").lower()
            if name:
                out.append(_d(page, line, "L002", f"col {col}: invisible character U+{ord(ch):04X} ({name})",
                              "delete it (or use a plain space)"))
                continue
            if unicodedata.decomposition(ch):
                continue  # a Kangxi radical or compatibility ideograph: L001 names it
            simple = simplified[col - 1] if aligned and simplified[col - 1] != ch else _traditional(ch)
            if simple and simple != ch and ch not in source_text:
                word = text[max(0, col - 2): col + 1]
                out.append(_d(page, line, "L003", f"col {col}: Traditional character '{ch}' in Simplified text (…{word}…)",
                              f"'{simple}'"))
            elif simple and simple != ch and aligned and text[max(0, col - 2): col + 1] not in source_text:
                out.append(_d(page, line, "L003", f"col {col}: Traditional usage '{ch}' in '…{text[max(0, col - 2): col + 1]}…'",
                              f"'{simple}'"))
    return out


def check_citation_labels(page: Page) -> list[Diagnostic]:
    out = []
    for n, raw in enumerate(page.lines, start=1):
        for m in CITE_LABEL_RE.finditer(raw):
            ids = set(PARA_ID_RE.findall(m.group(1)))
            if ids and m.group(2) not in ids:
                out.append(_d(page, n, "Q006", f"link label names {', '.join(sorted(ids))} but the link goes to #{m.group(2)}",
                              f"[原文 {m.group(2)}](/original.md#{m.group(2)}) or the link #{sorted(ids)[0]}"))
    return out


def check_markup(page: Page) -> list[Diagnostic]:
    out = []
    for n, raw in enumerate(page.lines, start=1):
        if n < page.body_start:
            continue
        for pattern, what in ((RAW_HTML_RE, "raw <{0}> element"), (HANDLER_RE, "event-handler attribute"),
                              (JS_URL_RE, "script URL")):
            m = pattern.search(raw)
            if m:
                found = what.format(m.group(1).lower()) if m.groups() else what
                out.append(_d(page, n, "X001", f"{found} in a page: pages are Markdown, scripts come only from the theme: {m.group(0).strip()}",
                              "write Markdown; put behaviour in overrides/ or docs/assets/"))
    return out


def check_substance(page: Page) -> list[Diagnostic]:
    if page.kind not in model.SUBSTANTIAL_KINDS:
        return []
    out = []
    body = [(n, t) for n, t in page.prose if t.strip() and not t.lstrip().startswith(("#", "<!--", "!!!", "{"))]
    if not body:
        out.append(_d(page, page.body_start, "P001", "page has no summary paragraph under its title",
                      "a plain-language summary drawn from the cited paragraphs"))
    if not any(q.excerpts and q.paragraph_id for q in page.quotes):
        out.append(_d(page, page.body_start, "P002", "page quotes none of its sources",
                      "at least one blockquote ending with '> —— [原文 q2-7](/original.md#q2-7)'"))
    if not any(name == model.NEXT_STEP_MARKER for _, name in page.markers):
        out.append(_d(page, page.body_start, "P003", "page has no next step for the reader",
                      f"a line '<!-- generated: {model.NEXT_STEP_MARKER} -->' after the opening (what the text does not say)"))
    return out


def absence_lines(page: Page) -> set[int]:
    """Line numbers inside `!!! info "原文未载明"` blocks."""
    inside: set[int] = set()
    lines = page.lines
    i = 0
    while i < len(lines):
        m = ABSENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        i += 1
        while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
            inside.add(i + 1)
            i += 1
    return inside


def absences(page: Page) -> list[tuple[int, str]]:
    """The page's statements of what the text does not say, as rendered: (line, text)."""
    return [(u.line, u.text) for u in page.units if u.role == "absence"]


def check_absences(page: Page, texts: list[tuple[int, str]]) -> list[Diagnostic]:
    """Negative claims only inside a 原文未载明 block, so each one is visible and reviewed."""
    inside = absence_lines(page)
    out = []
    for line, text in texts:
        if line in inside or (0 < line <= len(page.lines) and ABSENCE_RE.match(page.lines[line - 1])):
            continue
        for m in NEGATIVE_RE.finditer(text):
            out.append(_d(page, line, "A001",
                          f"'{text[max(0, m.start() - 8): m.end() + 8].strip()}' says what the text does not say; such claims "
                          f"go in a '!!! info \"{model.ABSENCE_TITLE}\"' block (one per list item), checked against the whole text"))
    return out

