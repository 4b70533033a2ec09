"""Does each clause that states a fact say what one clause of the text says? (N027)

Word-level support (sentence_checks.py) asks that a page's words be the cited paragraphs' words. That
passes a sentence that recombines them: two actors' roles swapped (引导商业银行为金融机构…), a
fact built from two sentences, a figure moved to another noun, a year taken from another clause,
one policy verb of the paragraph put in place of another. Here every clause of the page's own
prose (split at ，、；：。) with two or more content words must align to one sentence of the
paragraphs it draws on (the part it names, else the cited paragraphs):

- every content word of the clause (jieba words of two or more characters that are not framing
  words, and every figure) occurs in that one sentence;
- in the sentence's order. Words may be dropped, not reordered: 商业银行…引导 for 引导…商业银行
  swaps roles. A word may stand just before the one it follows in the text (at most two
  characters apart: 奖励首件发明专利 for 首件发明专利予以奖励), which turns a noun phrase into a
  verb phrase without moving anyone's role.

Clauses about the text rather than the world (问一在……一项中介绍……, ……列为……之一, 二是讲……)
name where something is said; they align to one paragraph, in any order. The reviewed framing
points (points.py) have checks of their own and are left out, as are headings, link labels and
the 原文未载明 box (absences.py).

No Chinese semantic-role labeller runs offline without model downloads; word order within one
sentence is the proxy for roles, and the diagnostic shows the sentence the clause came closest to.
"""

from __future__ import annotations

import functools
import re

from .diagnostics import Diagnostic
from .figures import find_figures
from .pages import Page
from .points import HIGHLIGHTS
from .sentence_checks import ATTRIBUTED_OPINIONS_RE, CJK_RE, PAIRED_VERBS, PART_RE, SENTENCE_RE, _part_ids, _Scope, cut, framing_words
from .source import Paragraph

CODES = ("N027",)
SEGMENT_SPLIT_RE = re.compile(r"[，；：。！？]")  # a segment's items (split at 、) share its framing verb
# Words joining items of a list: each item aligns on its own (金融服务和公共服务 names two parts).
JOINERS = frozenset({"和", "与", "及", "以及", "或", "或者", "等"})
ORDINAL_RE = re.compile(r"^(?:[一二三四五六七八]是|第[一二三四])$")  # the text's own enumeration: framing
LABEL_RE = re.compile(r"\[[^\s\]]*")  # a link label left by prose_text ("[label " once the target is gone)
# Verbs and frames of a clause about the text: where it says something, not what is so.
ABOUT_TEXT_RE = re.compile(r"在[^，。]{1,20}中提出|讲|说明|谈到|提到|介绍|列为|列出|放在|之下|一项中|并列|举出|写在|归在|出现在")
MAX_BACKSTEP = 2
ROLE_MARKERS_RE = re.compile(r"[为向对与给由被把将从在和及、]")
WINDOW = 2


def items(clause: str) -> list[list[str]]:
    """The clause's content words in its order, per item of a list (split at 和, 与, 等 …): figures
    whole, jieba words of 2+ characters that are not framing words; each once, none part of another."""
    figures = find_figures(clause)
    spans = [(at, at + len(f)) for at, f in figures]
    found: list[tuple[int, str]] = []
    cuts, at = [], 0
    for w in cut(clause):
        inside = any(s < at + len(w) and at < e for s, e in spans)
        if w in JOINERS:
            cuts.append(at)
        elif not inside and len(w) >= 2 and CJK_RE.search(w) and w not in framing_words() and not ORDINAL_RE.match(w):
            found.append((at, w))
        at += len(w)
    out = []
    bounds = [-1, *cuts, len(clause) + 1]
    for lo, hi in zip(bounds, bounds[1:]):
        words = [w for at, w in sorted(found + list(figures)) if lo < at < hi or (lo == -1 and at == 0 and hi > 0)]
        words = [w for i, w in enumerate(words) if w not in words[:i]]
        out.append([w for w in words if not any(w != o and w in o for o in words)])
    return out


def in_order(words: list[str], sentence: str) -> str | None:
    """None if the words align to the sentence; else 'missing' or 'order'. A word (or a run of the
    clause's words) may stand just before the word it follows, with at most MAX_BACKSTEP other
    characters between and none that marks a role (为, 向, 对 …): 奖励首件发明专利 for
    首件发明专利予以奖励 keeps the roles, 小微企业为金融机构 for 金融机构为小微企业 swaps them."""
    if not all(w in sentence for w in words):
        return "missing"
    start, end, limit, floor = 0, 0, len(sentence), -1
    i = 0
    while i < len(words):
        w = words[i]
        k = sentence.find(w, end)
        if k >= 0:
            # a policy verb governs what follows it up to the text's next one: 引导…，帮助小微企业进行
            # 专利创业 does not make 引导小微企业进行专利创业
            if w in PAIRED_VERBS:
                limit = min((j for v in PAIRED_VERBS for j in [sentence.find(v, k + len(w))] if j >= 0), default=len(sentence))
            elif k >= limit:
                return "order"
            start, end, i, floor = k, k + len(w), i + 1, -1
            continue
        # a run of the clause's words that stands, in the text, just before the word it follows
        back = sentence.rfind(w, 0, start)
        if back < 0 or back < floor:  # two runs put before one word keep their own order
            return "order"
        run_end, i = back + len(w), i + 1
        while i < len(words) and sentence.startswith(words[i], run_end) and run_end + len(words[i]) <= start:
            run_end, i = run_end + len(words[i]), i + 1
        gap, floor = sentence[run_end:start], run_end
        if len(gap) > MAX_BACKSTEP or ROLE_MARKERS_RE.search(gap):
            return "order"
    return None


@functools.lru_cache(maxsize=256)
def _windows(text: str) -> tuple[str, ...]:
    """Stretches of one sentence of at most WINDOW clauses in a row: a page's clause may join two
    neighbouring clauses of the text (2009年起，国家知识产权局…实施…), not distant ones."""
    out = []
    for sentence in SENTENCE_RE.findall(text):
        parts = [m.group(0) for m in re.finditer(r"[^，；：]+[，；：]?", sentence)]
        out += ["".join(parts[i:i + WINDOW]) for i in range(max(1, len(parts) - WINDOW + 1))]
    return tuple(out)


def _figure_only(clause: str) -> bool:
    """A clause that is a figure and a particle or two (2008年以来, 截至上半年 aside)."""
    figures = find_figures(clause)
    rest = clause
    for _, f in figures:
        rest = rest.replace(f, "")
    return bool(figures) and len(CJK_RE.findall(rest)) <= 3


def _join_dates(clauses: list[tuple[str, list[Paragraph], bool]]) -> list[tuple[str, list[Paragraph], bool]]:
    """A clause that is only a date or a figure (2008年以来，…) belongs to the clause after it: a
    year is held to what it dates, not merely to being in the text."""
    out: list[tuple[str, list[Paragraph], bool]] = []
    for clause, scope, about in clauses:
        if out and _figure_only(out[-1][0]):
            clause = out.pop()[0] + "，" + clause
        out.append((clause, scope, about))
    return out


def _clauses(sentence: str, cited: list[Paragraph], paragraphs: dict[str, Paragraph]) -> list[tuple[str, list[Paragraph], bool]]:
    """The sentence's clauses, each with the paragraphs it is about: after a part's name (问四提出…)
    that part's, up to the next name; before any name, the cited paragraphs."""
    highlights = [paragraphs[i] for i in HIGHLIGHTS if i in paragraphs]
    marks = [(m.start(), m.end(), [paragraphs[i] for i in _part_ids(m.group(0), paragraphs) if i in paragraphs])
             for m in PART_RE.finditer(sentence)]
    marks += [(m.start(), m.end(), highlights) for m in ATTRIBUTED_OPINIONS_RE.finditer(sentence)]  # 《意见》提出…
    out: list[tuple[str, list[Paragraph], bool]] = []
    scope, at = cited, 0
    for start, end, named in sorted(marks, key=lambda m: (m[0], m[1])) + [(len(sentence), len(sentence), [])]:
        between = sentence[at:start]
        if named and out and scope is not cited and re.fullmatch(r"[\s和与及、，,]*", between):
            scope = scope + named  # 《意见》和问四提出…: together
        else:
            for segment in SEGMENT_SPLIT_RE.split(LABEL_RE.sub(" ", between)):
                about = bool(ABOUT_TEXT_RE.search(segment))  # 第一讲党中央、国务院的重视: each item named
                out += [(clause, scope, about) for clause in segment.split("、")]
            out = _join_dates(out)
            scope = named or scope
        at = end
    return out


def check_alignment(page: Page, paragraphs: dict[str, Paragraph], sentences: list[tuple[int, str, str]],
                    exempt: set[str] | frozenset[str] = frozenset()) -> list[Diagnostic]:
    """N027 on the page's own sentences (sentence_checks.sentences), one diagnostic per sentence at most."""
    cited = [paragraphs[s] for s in page.sources if s in paragraphs]
    headings = {n for n, raw in page.prose if raw.startswith("# ")} | {page.meta_lines.get("title", 1)}
    out = []
    for line, sentence, _ in sentences:
        if sentence in exempt or line in headings:
            continue
        wrong = next((d for clause, scope, about in _clauses(sentence, cited, paragraphs)
                      for words in items(clause) if len(words) >= 2
                      for d in [_misaligned(page, line, clause, words, scope, about)] if d), None)
        if wrong:
            out.append(wrong)
    return out


def _misaligned(page: Page, line: int, clause: str, words: list[str], scope: list[Paragraph], about: bool) -> Diagnostic | None:
    if about:  # where the text says it: one paragraph, any order
        if any(all(w in p.text for w in words) for p in scope):
            return None
        return Diagnostic(page.rel, line, "N027", f"'{clause.strip()}' names what one paragraph says, but no paragraph "
                          f"of {', '.join(p.id for p in scope)} has {', '.join(words)}", _Scope(scope).nearest(clause))
    results = [in_order(words, s) for p in scope for s in _windows(p.text)]
    if None in results:
        return None
    what = ("has them in another order: say who does what as the text does" if "order" in results
            else f"has them all within {WINDOW} neighbouring clauses: a fact made of distant clauses of the text is a new one")
    return Diagnostic(page.rel, line, "N027", f"clause '{clause.strip()}' ({' '.join(words)}): no sentence of "
                      f"{', '.join(p.id for p in scope)} {what}", _Scope(scope).nearest(clause))
