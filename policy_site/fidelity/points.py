"""Reviewed framing points: the plain sentences that tell a reader what a clause means for them.

Notes about wording (这一句用的是“中小企业”) leave the point to the reader. A point says it
plainly (这里原文写的是“中小企业”，不只是小微企业) and is held by its own check against the
paragraphs the page cites, instead of by word-level support, which its framing words would fail:

- prose points (N026), in the page's own sentences: whether the text tells a thing as existing
  work (问一), a plan (问四) or a measure of the 意见 (the highlights), and whom a clause names;
- absence points (A004), in 原文未载明 items: no route to apply, no amount, no date, no count or
  figure, no department, and no mention of a term (没有提到 / 点名 X).
  Such an item is true of the paragraphs it is about: the part it names (亮点原文, 政策亮点三, 问四 …),
  the whole text but that part (除问一外), or else every paragraph the page cites (the whole text for
  an item on 《意见》 itself, or on a page that cites none), which are by rule every paragraph that
  speaks of the page's subject.

A sentence that matches a prose point is checked by the point alone; one that does not is ordinary
prose. Add a point here (pattern, check, the sentence CONTENT_MODEL shows) only with a mutation
class in policy_site/tools/mutation_selftest.py that makes it false.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .diagnostics import Diagnostic
from .figures import find_figures
from .pages import Page
from .sentence_checks import MODIFIERS, PART_RE, SENTENCE_RE, _part_ids, _Scope, cut, framing_words, sentences
from .source import Paragraph
from .text import CJK

# The parts of the text by what they tell (CONTENT_MODEL, paragraph ids).
EXISTING = tuple(f"q1-{n}" for n in range(3, 7))  # 问一：一是 … 四是, work done
PLANNED = tuple(f"q4-{n}" for n in range(2, 5))  # 问四：一是 … 三是, 我们将 …
HIGHLIGHTS = tuple(f"q2-{n}" for n in range(5, 13))  # 问二：政策亮点一 … 八
# Words that give a reader a way to apply, ask or report: a "no route" item is false where one stands.
ROUTE_WORDS = ("申报", "办理", "受理", "报名", "窗口", "递交", "热线", "电话", "网站", "网址", "联系")
ORGANISATION_RE = re.compile(rf"[{CJK}]{{2,}}(?:局|部|委|厅|署|办公室)|有关部门")
MONEY_RE = re.compile(r"\d[\d.]*(?:万|亿)?元")
# A date or year the text gives (2009年, 2014年1-6月, 8月29日, 2013年底).
DATE_RE = re.compile(r"\d{4}年(?:\d{1,2}(?:-\d{1,2})?月|底)?|\d{1,2}月\d{1,2}日")
YEAR_RE = re.compile(r"\d{4}年")
_WHAT = rf"(?P<what>[{CJK}“”《》、]{{2,30}}?)"
_PART = r"(?P<part>问[一二三四]|《意见》)"  # the part a stage point names: checked, not only matched
_SAY = r"(?:说明|写明|给出|提到|列出|说|写)"  # longest first: 写明 is not 写 + 明…
# 除问一外 / 除政策亮点七外: an item about the whole text but the parts it names.
EXCEPT_RE = re.compile(r"除(?P<parts>(?:(?:政策)?亮点[一二三四五六七八]|问[一二三四]|[和、])+)(?:以)?外")
# Words that make a no-mention object no term of its own (这一说法, 哪些地区, 是否相同): not checked.
NOT_A_TERM_RE = re.compile(r"^(?:这|那|该|此|其)|哪|什么|谁|怎|如何|多少|是否")


@dataclass(frozen=True)
class Point:
    name: str
    where: str  # "prose": a whole sentence of the page's own; "absence": inside a 原文未载明 item
    pattern: re.Pattern[str]
    example: str
    check: Callable[[re.Match[str], list[Paragraph]], str | None]  # what is wrong, or None


def _words_in(what: str | None, scope: list[Paragraph]) -> str | None:
    """Every word of `what` in one of the `scope` paragraphs (a stage point names its subject)."""
    if not what:
        return None
    s = _Scope(scope)
    plain = re.sub(r"[“”《》、]", "，", what)
    words = cut(plain)
    at = 0
    for n, word in enumerate(words):
        if re.search(f"[{CJK}]", word) and word not in framing_words() and not s.has(word, plain, at):
            return f"'{word}' is not in {', '.join(p.id for p in scope)}"
        # a negation or modifier only before the word the text has it before (as N022 holds prose)
        if word in MODIFIERS and n + 1 < len(words) and word + words[n + 1] not in s.text:
            return f"'{word + words[n + 1]}' is not in {', '.join(p.id for p in scope)}"
        at += len(word)
    return None


def _stage(ids: tuple[str, ...], told: str, part: str) -> Callable[[re.Match[str], list[Paragraph]], str | None]:
    def check(m: re.Match[str], cited: list[Paragraph]) -> str | None:
        if m.group("part") != part:
            return f"the text tells {told} in {part} ({ids[0]} … {ids[-1]}), not in {m.group('part')}"
        scope = [p for p in cited if p.id in ids]
        if not scope:
            return f"the page cites none of {ids[0]} … {ids[-1]}, where the text tells {told}"
        return _words_in(m.group("what"), scope)
    return check


def _scope_term(m: re.Match[str], cited: list[Paragraph]) -> str | None:
    term = m.group("term")
    return None if any(term in p.text for p in cited) else f"no paragraph the page cites says “{term}”"


def _no_route(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    """No sentence of the scope gives a route word, in a sentence on the item's subject if it names one
    (怎样申请优先审查: the 12330 hotline of another sentence is not a way to apply for it)."""
    subject = [w for w in cut(m.group("obj") or "") if len(w) >= 2 and w not in framing_words()]
    for p in scope:
        for sentence in SENTENCE_RE.findall(p.text):
            word = next((w for w in ROUTE_WORDS if w in sentence), None)
            if word and (not subject or any(w in sentence for w in subject)):
                return f"{p.id} says '{word}' in '{sentence[:40]}': the text gives a way there"
    return None


def _no_amount(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    what = m.group("what")
    for p in scope:
        for sentence in SENTENCE_RE.findall(p.text):
            money = MONEY_RE.search(sentence)
            if money and (not what or what in sentence):
                return f"{p.id} gives '{money.group(0)}'" + (f" in the sentence on {what}" if what else "")
    return None


def _no_date(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    """No sentence of the scope on the item's subject gives a date (a year, for 年份). The subject is
    what the item names before 的, else the words it quotes (原文写“今年8月29日”，没有写明年份); one in
    book-title marks (《意见》) is matched whole: the text dates 《关于进一步支持小型微型企业健康发展的意见》,
    not 《意见》."""
    what = m.group("what") or ""
    if re.fullmatch(r"《[^》]+》", what):
        subject = [what]
    elif what:
        subject = [w for w in cut(re.sub(r"《[^》]+》", "，", what)) if len(w) >= 2 and w not in framing_words()]
    else:
        subject = re.findall(r"“([^”]+)”", m.string)
    dated = YEAR_RE if m.group("kind") == "年份" else DATE_RE
    for p in scope:
        for sentence in SENTENCE_RE.findall(p.text):
            date = dated.search(sentence)
            if date and (not subject or any(w in sentence for w in subject)):
                return f"{p.id} gives '{date.group(0)}'" + (f" in the sentence on {what}" if what else "")
    return None


def figures_of(text: str) -> list[str]:
    """The figures of `text` that count or measure (find_figures: 78家, 五家, 53.8%, 1170万, 十五个方面;
    not 一是, 一批, 进一步), less dates and years (2009年, 8月29日), which no-date checks."""
    return [f for _, f in find_figures(text) if not DATE_RE.fullmatch(f)]


def _no_count(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    """No clause of the scope on the item's subject gives a figure. The subject is as for no-date (the
    words before 的, framing words dropped, 《》 whole); the figure must stand in a clause (between
    ，；：) that says the subject's head, its last word, in a sentence on the subject: 这些中心成效 is
    about 成效, and 五家 in 设立五家知识产权快速维权中心，…，取得显著成效 counts the centres, not their
    results. Dates are not counts. 原文没有单独给出托管试点的数字 (a combined figure, none for the part
    alone) is another claim, left to the other checks: the pattern wants the verb right after 没有."""
    what = m.group("what") or ""
    if re.fullmatch(r"《[^》]+》", what):
        subject, head = [what], what
    else:
        words = [w for w in cut(re.sub(r"《[^》]+》", "，", what)) if len(w) >= 2]
        subject = [w for w in words if w not in framing_words()]
        head = words[-1] if words and words[-1] not in ("这些", "这一", "这个", "这项") else ""
    on = [(sum(w in s for w in subject), p, s) for p in scope for s in SENTENCE_RE.findall(p.text)]
    # the sentences that say most of the subject first, for the figure the message names
    for hits, p, sentence in sorted(on, key=lambda o: -o[0]):
        if subject and not hits:
            continue
        for clause in re.split(r"[，；：,;:]", sentence):
            figures = figures_of(clause) if head in clause else []
            if figures:
                return f"{p.id} gives '{figures[0]}'" + (f" in '{clause[:30]}', on {what}" if what else "")
    return None


def _no_mention(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    """None of the scope's paragraphs says the term the item names (the words after 提到 / 提及 / 点名
    up to the end of the clause, quotes “” dropped; each of a list 甲、乙或丙). The term is matched
    whole, as named: the claim is that the text does not name 专利保险, not that it never says 专利 or
    保险; word by word, every item would fail over the whole text, whose words A003 requires them to
    use. 没有单独提到 / 没有具体提到 are other claims: the pattern wants the verb right after 没有."""
    term = m.group("term").replace("“", "").replace("”", "")
    if NOT_A_TERM_RE.search(term):
        return None
    for name in [term] + [t for t in re.split(r"[、和或]", term) if len(t) >= 2 and t != term]:
        said = next((p for p in scope if name in p.text), None)
        if said:
            return f"{said.id} says '{name}'"
    return None


def _no_department(m: re.Match[str], scope: list[Paragraph]) -> str | None:
    found = next(((o.group(0), p.id) for p in scope for o in [ORGANISATION_RE.search(p.text)] if o), None)
    return f"{found[1]} names '{found[0]}'" if found else None


POINTS: tuple[Point, ...] = (
    Point("stage-existing", "prose", re.compile(rf"^(?:{_WHAT}是|这是){_PART}(?:介绍|说|提出)的已有工作。?$"),
          "托管试点是问一介绍的已有工作。", _stage(EXISTING, "existing work", "问一")),
    Point("stage-planned", "prose", re.compile(rf"^(?:{_WHAT}是|这是){_PART}(?:介绍|说|提出)的今后打算。?$"),
          "加强知识产权托管工作是问四提出的今后打算。", _stage(PLANNED, "what is planned", "问四")),
    Point("stage-opinions", "prose", re.compile(rf"^(?:{_WHAT}是|这是){_PART}(?:提出|列出|介绍|说)的做法。?$"),
          "这是《意见》提出的做法。", _stage(HIGHLIGHTS, "the measures of the 意见", "《意见》")),
    Point("scope-term", "prose",
          re.compile(r"^(?:这里|这一项|这几段)?原文(?:写|说|用)的是“(?P<term>中小企业|中小微企业)”，不只是小微企业。?$"),
          "这里原文写的是“中小企业”，不只是小微企业。", _scope_term),
    Point("no-route", "absence",
          re.compile(rf"没有{_SAY}(?:企业|小微企业)?(?:怎样|如何|怎么|向哪里|到哪里|找谁)(?:申请|申报|办理|参加|联系)"
                     rf"(?P<obj>[{CJK}]{{0,12}})"),
          "原文没有说明小微企业怎样申请。", _no_route),
    Point("no-amount", "absence", re.compile(rf"没有{_SAY}{_WHAT}?的?(?:金额|数额|多少钱)"),
          "原文没有写明奖励的金额。", _no_amount),
    Point("no-date", "absence", re.compile(rf"没有{_SAY}{_WHAT}?的?(?P<kind>发布日期|施行日期|失效日期|有效期|日期|时间|年份)"),
          "原文没有给出《意见》的发布日期。", _no_date),
    # the count or figure of something: 的数量, 的具体数字, 的人数 … (not 数额: that is an amount)
    Point("no-count", "absence",
          re.compile(rf"没有{_SAY}{_WHAT}?的?(?P<kind>具体数字|数字|数量|个数|数目|人数|家数|件数|项数)"),
          "原文没有给出维权援助中心的数量。", _no_count),
    Point("no-department", "absence", re.compile(rf"没有{_SAY}(?:由)?哪个部门"),
          "亮点原文没有写明由哪个部门负责。", _no_department),
    Point("no-mention", "absence", re.compile(r"(?:没有|未)(?:提到|提及|点名)(?P<term>[^，。；：！？,;:!?\s]{2,40})"),
          "亮点原文没有提到专利保险。", _no_mention),
)


def prose_point(sentence: str) -> tuple[Point, re.Match[str]] | None:
    for point in POINTS:
        m = point.pattern.match(sentence.strip()) if point.where == "prose" else None
        if m:
            return point, m
    return None


def _part_scope(text: str, cited: list[Paragraph], paragraphs: dict[str, Paragraph]) -> list[Paragraph]:
    """The paragraphs an absence item is about: the whole text but the parts it excepts (除问一外，
    原文没有提到培训基地); the part it names (亮点原文: the cited highlights; 政策亮点三的原文; 问四); the
    whole text for an item on 《意见》 itself (关于本站: 原文没有给出《意见》的发布日期) or on a page that
    cites nothing; else every cited paragraph."""
    excepted = EXCEPT_RE.search(text)
    if excepted:
        out = {i for part in PART_RE.finditer(excepted.group("parts")) for i in _part_ids(part.group(0), paragraphs)}
        return [p for i, p in paragraphs.items() if i not in out]
    if text.startswith("亮点原文"):
        return [p for p in cited if p.id in HIGHLIGHTS]
    part = PART_RE.search(text)
    if part:
        return [paragraphs[i] for i in _part_ids(part.group(0), paragraphs) if i in paragraphs]
    if "《意见》" in text or not cited:
        return list(paragraphs.values())
    return cited


def check_prose_points(page: Page, paragraphs: dict[str, Paragraph], skip: set[int]) -> tuple[set[str], list[Diagnostic]]:
    """N026 on a page's prose points: the sentences that are points (word-level support leaves
    them to this check) and what is wrong with them."""
    cited = [paragraphs[s] for s in page.sources if s in paragraphs]
    handled: set[str] = set()
    out = []
    for line, sentence, _ in sentences(page, skip):
        found = prose_point(sentence)
        if found is None:
            continue
        handled.add(sentence)
        point, m = found
        wrong = point.check(m, cited)
        if wrong:
            out.append(Diagnostic(page.rel, line, "N026", f"framing point '{point.name}' does not hold: {wrong}",
                                  "; ".join(f"{p.id}: {p.text[:40]}…" for p in cited) or None))
    return handled, out


def check_absence_points(page: Page, line: int, text: str, cited: list[Paragraph],
                         paragraphs: dict[str, Paragraph]) -> list[Diagnostic]:
    """A004: an absence item that matches a point must be true of the paragraphs it is about."""
    out = []
    for point in POINTS:
        m = point.pattern.search(text) if point.where == "absence" else None
        if not m:
            continue
        scope = _part_scope(text, cited, paragraphs)
        wrong = point.check(m, scope)
        if wrong:
            out.append(Diagnostic(page.rel, line, "A004", f"'{text[:30]}' ({point.name}) is not true: {wrong}",
                                  "; ".join(f"{p.id}: {p.text[:40]}…" for p in scope) or None))
    return out
