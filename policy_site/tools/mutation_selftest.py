"""Mutation self-test of the fidelity checker on the real pages.

Makes one wrong change at a time to a scratch copy of docs/, in classes a careless or
malicious edit would make (a quote character, a figure digit, a truncated figure, a person,
place, organisation, title or term swapped, an added sentence naming a body, Traditional or
invisible characters, a citation whose label and link disagree, raw script or an event
handler, an emptied page, a negative claim outside its block), and counts how many the
checker refuses ("killed"). Prints the kill rate per class; a survivor is a hole.

    python -m policy_site.tools.mutation_selftest [--sample N] [--build K] [--classes a,b]

--sample N   test at most N mutations per class, spread evenly (default: all)
--build K    also run the real `mkdocs build --strict` on K of them (default 0)
Exits 1 if any mutation survives.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from policy_site.fidelity import alignment, model, name_checks, points, sentence_checks
from policy_site.fidelity.checks import check_site, prose_text
from policy_site.fidelity.figures import find_figures
from policy_site.fidelity.pages import Page, read_page
from policy_site.fidelity.source import load_paragraphs
from policy_site.fidelity.text import CJK

REPO = Path(__file__).resolve().parents[2]
CN_NEXT = {"一": "二", "二": "三", "三": "四", "四": "五", "五": "六", "六": "七", "七": "八",
           "八": "九", "九": "十", "十": "九", "两": "三", "百": "千", "千": "百", "万": "千"}
# Replacements that are real names, so a swap reads plausibly (none occurs in the source).
OTHER_PLACES = ["南京", "珠海", "杭州", "青岛", "成都"]
OTHER_ORGS = ["财政部", "中国人民银行", "科学技术部", "商务部", "国家市场监督管理总局"]
ADDED_SENTENCES = ["该项工作由中国人民银行牵头。", "财政部将给予配套资金支持。", "这项工作由李克明同志负责。",
                   "首批试点设在杭州和成都。"]
TITLE_SWAPS = {"规范": "标准", "意见": "通知", "解读": "说明"}
VERBS = "建立|设立|开展|加强|支持|推进|实施|提供|降低|帮助|鼓励|引导|培育|推广|加大|完善"
OPPOSITES = {"降低": "提高", "提高": "降低", "加强": "削弱", "加大": "减小", "缩短": "延长", "扩大": "缩小"}
# (class, the words edited, what they become): each changes the claim, not a name or a figure.
CLAIM_EDITS = [
    ("claim-negation", rf"(?<![不未没])(?:{VERBS})", lambda s: "不" + s),
    ("claim-scope", r"(?<![各所全])小微企业", lambda s: "所有" + s),
    ("claim-done", rf"提出(?:{VERBS})", lambda s: "已经" + s[2:]),
    ("claim-degree", rf"(?:{VERBS})", lambda s: "全面" + s),
    ("claim-direction", "|".join(OPPOSITES), lambda s: OPPOSITES[s]),
]
# Who the text's policy verbs act on; claim-recombination puts one where the text has another
# (引导商业银行 for 引导各类金融机构), every word still in the cited paragraphs.
ACTORS = ["各类金融机构", "商业银行", "高校院所", "科研组织", "国有企事业单位", "知识产权示范企业", "服务机构", "小微企业"]
POLICY_VERBS = "引导|鼓励|支持|帮助|扶持|推动|推广|培育|实施|建立|开展|提供|设立"
# Sentences with no name or figure in them, each adding a fact the text does not give.
CLAIM_SENTENCES = ["申请材料可以在网上提交。", "符合条件的企业可以获得全额补贴。", "这项工作明年全面完成。"]


@dataclass
class Mutation:
    kind: str
    rel: str
    what: str
    change: Callable[[str], str]


def _replace_line(line: int, old: str, new: str, at: int = 0) -> Callable[[str], str]:
    def change(text: str) -> str:
        lines = text.split("\n")
        row = lines[line - 1]
        col = row.index(old, at)
        lines[line - 1] = row[:col] + new + row[col + len(old):]
        return "\n".join(lines)
    return change


def _insert_after_line(line: int, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        lines = text.split("\n")
        lines[line - 1] = lines[line - 1] + new
        return "\n".join(lines)
    return change


def _other_char(ch: str) -> str:
    if ch.isdigit():
        return str((int(ch) + 1) % 10)
    if ch in CN_NEXT:
        return CN_NEXT[ch]
    return chr(ord(ch) + 1)


def _raw_prose(page: Page) -> list[tuple[int, str]]:
    """The file lines that hold the page's rendered prose (the checker locates each unit)."""
    return [(n, page.lines[n - 1]) for n in sorted({n for n, _ in page.prose}) if 0 < n <= len(page.lines)]


def _prose_lines(page: Page, inside: set[int]) -> list[tuple[int, str]]:
    """Plain prose lines (no headings, tables' header rules, admonition titles or markers)."""
    return [(n, raw) for n, raw in _raw_prose(page)
            if raw.strip() and not raw.lstrip().startswith(("#", "<!--", "!!!", "|---", "| ---", "{")) and n not in inside]


# Constructs that render visible or shared text (policy_site/fidelity/rendered.py), each carrying an
# invented claim: every one must be checked or refused.
CLAIM = "财政部为每家小微企业提供500万元免息贷款"
RENDERED_INSERTS = [
    ("code-block", f"\n\n```\n{CLAIM}\n```\n"),
    ("code-span", f"\n\n见 `{CLAIM}`。\n"),
    ("link-title", f'\n\n见[原文](/original.md "{CLAIM}")。\n'),
    ("html-attribute", f'\n\n<span title="{CLAIM}">见原文</span>\n'),
    ("admonition-title", f'\n\n!!! note "{CLAIM}"\n\n    见原文。\n'),
    ("details", f'\n\n??? note "说明"\n\n    {CLAIM}。\n'),
    ("table-cell", f"\n\n| 项目 | 说明 |\n| --- | --- |\n| 贷款 | {CLAIM} |\n"),
    ("definition-list", f"\n\n贷款\n:   {CLAIM}\n"),
    ("entity", "\n\n" + "".join(f"&#{ord(c)};" for c in CLAIM) + "\n"),
    ("image", f"\n\n![{CLAIM}](/assets/favicon.svg)\n"),
    ("attr-list", f'\n\n见原文。\n{{: title="{CLAIM}" }}\n'),
    ("outside-link", "\n\n[原文](https://example.com/)\n"),
]


def _rendered_mutations(rel: str, page: Page, prose: list[tuple[int, str]]) -> list[Mutation]:
    out: list[Mutation] = []
    if prose:
        line, _ = prose[len(prose) // 2]
        for kind, insert in RENDERED_INSERTS:
            out.append(Mutation(kind, rel, f"{line}: + {insert.strip()[:30]}", _insert_after_line(line, insert)))
    if page.kind in sentence_checks.SUPPORTED_KINDS:
        title = page.meta.get("title")
        title_line = page.meta_lines.get("title")
        h1 = next((n for n, level, text, _ in page.headings if level == 1), None)
        if isinstance(title, str) and title_line and h1:
            def retitle(text: str, title: str = title, lines: tuple[int, int] = (title_line, h1)) -> str:
                rows = text.split("\n")
                for n in lines:
                    rows[n - 1] = rows[n - 1].replace(title, title + "：企业可获全额补贴", 1)
                return "\n".join(rows)
            out.append(Mutation("title-words", rel, f"{title_line}: title + 企业可获全额补贴", retitle))
        h2 = next(((n, text) for n, level, text, _ in page.headings if level >= 2), None)
        if h2:
            out.append(Mutation("heading-words", rel, f"{h2[0]}: heading + 全额补贴", _replace_line(h2[0], "#" * 2, "## 全额补贴", 0)))
    id_line = page.meta_lines.get("id")
    if id_line:
        out.append(Mutation("front-matter-key", rel, f"{id_line}: + description", _insert_after_line(id_line, f"\ndescription: {CLAIM}。")))
    items = name_checks.absences(page)
    if items:
        line, _ = items[0]
        indent = page.lines[line - 1][: len(page.lines[line - 1]) - len(page.lines[line - 1].lstrip())]
        out.append(Mutation("absence-positive", rel, f"{line}: + {CLAIM}", _insert_after_line(line, f"\n{indent}- {CLAIM}。")))
        out.append(Mutation("absence-words", rel, f"{line}: + 原文没有说明…", _insert_after_line(
            line, f"\n{indent}- 原文没有说明财政部提供的免息贷款。")))
    return out


def mutations(docs: Path) -> list[Mutation]:
    paragraphs = load_paragraphs()
    source = "\n".join(p.text for p in paragraphs)
    entities = name_checks.source_entities(tuple(p.text for p in paragraphs))
    out: list[Mutation] = []
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        page = read_page(path, rel, [])
        if not page.meta:
            continue
        inside = name_checks.absence_lines(page)
        prose = _prose_lines(page, inside)
        for quote in page.quotes:
            for line, excerpt in quote.excerpts:
                raw = page.lines[line - 1]
                col = raw.index(excerpt) + len(excerpt) // 2
                out.append(Mutation("quote", rel, f"{line}: quote char '{raw[col]}'",
                                    _replace_line(line, raw[col:col + 1], _other_char(raw[col]), col)))
            if quote.paragraph_id:
                other = next(p.id for p in paragraphs if p.id != quote.paragraph_id and p.id != "title")
                out.append(Mutation("label-link", rel, f"{quote.line}: citation link to #{other}",
                                    _replace_line(quote.line, f"#{quote.paragraph_id})", f"#{other})")))
        for line, raw in _raw_prose(page):
            text = prose_text(raw)
            seen = 0
            for _, figure in find_figures(text):
                col = raw.find(figure, seen)
                if col < 0:
                    continue
                seen = col + len(figure)
                digit = next((i for i, ch in enumerate(figure) if ch.isdigit() or ch in CN_NEXT), 0)
                out.append(Mutation("figure", rel, f"{line}: figure '{figure}'",
                                    _replace_line(line, figure, figure[:digit] + _other_char(figure[digit]) + figure[digit + 1:], col)))
                digits = re.match(r"\d{2,}", figure)
                if digits:
                    out.append(Mutation("figure-truncated", rel, f"{line}: '{figure}' -> '{figure[1:]}'",
                                        _replace_line(line, figure, figure[1:], col)))
                    out.append(Mutation("invisible", rel, f"{line}: zero-width space in '{figure}'",
                                        _replace_line(line, figure, figure[:1] + "\u200b" + figure[1:], col)))
        for line, raw in prose:
            for entity in entities:
                if entity in raw and entity in source:
                    kind, new = _swap_entity(entity)
                    out.append(Mutation(kind, rel, f"{line}: {entity} -> {new}", _replace_line(line, entity, new)))
            for m in name_checks.TITLE_RE.finditer(raw):
                inner = m.group(1)
                new = next((inner[: -len(k)] + v for k, v in TITLE_SWAPS.items() if inner.endswith(k)), inner[:-1] + _other_char(inner[-1]))
                out.append(Mutation("title", rel, f"{line}: 《{inner}》 -> 《{new}》", _replace_line(line, f"《{inner}》", f"《{new}》")))
            for m in name_checks.TERM_RE.finditer(raw):
                inner = m.group(1)
                if inner in model.SITE_LABELS:
                    continue
                new = inner[:-1] + ("卡" if inner.endswith("券") else _other_char(inner[-1]))
                out.append(Mutation("term", rel, f"{line}: “{inner}” -> “{new}”", _replace_line(line, f"“{inner}”", f"“{new}”")))
            run = re.search(f"[{CJK}]{{4,}}", prose_text(raw))
            if run:
                trad = _to_traditional(run.group(0))
                if trad != run.group(0):
                    out.append(Mutation("traditional", rel, f"{line}: {run.group(0)} -> {trad}", _replace_line(line, run.group(0), trad)))
        if page.kind in sentence_checks.SUPPORTED_KINDS:
            cited = "\n".join(p.text for p in paragraphs if p.id in page.sources)
            out += _claim_mutations(rel, page, prose, cited)
        if prose:
            line, _ = prose[len(prose) // 2]
            for sentence in ADDED_SENTENCES:
                out.append(Mutation("added-sentence", rel, f"{line}: + {sentence}", _insert_after_line(line, sentence)))
            out.append(Mutation("negative-claim", rel, f"{line}: + 原文没有说明申请条件。", _insert_after_line(line, "原文没有说明申请条件。")))
            for tag in ("<script>alert(1)</script>", '<img src="x" onerror="alert(1)">', "[点此](javascript:alert(1))",
                        '<iframe src="https://example.com/"></iframe>',
                        # active or outside content spelled so that a line-by-line reader misses it
                        "[点此](&#106;avascript:alert(1))", "[点此][x]\n\n[x]: javascript:alert(1)",
                        '<img src="x"\n  onerror="alert(1)">', "![图](https://example.com/x.png)",
                        '<img src="https://example.com/x.png">', "[原文](https://example.com/)"):
                out.append(Mutation("raw-html", rel, f"{line}: + {tag}", _insert_after_line(line, "\n\n" + tag + "\n")))
        if page.kind in model.SUBSTANTIAL_KINDS:
            out.append(Mutation("emptied-page", rel, "page cut to its title", _emptied(page)))
        out += _rendered_mutations(rel, page, prose)
        if page.kind in sentence_checks.SUPPORTED_KINDS:
            out += _point_mutations(rel, page, paragraphs, prose)
            out += _alignment_mutations(rel, page, paragraphs, prose)
    out += _config_mutations(docs)
    return out


def _config_mutations(docs: Path) -> list[Mutation]:
    """mkdocs.yml's shown strings: every nav label of a page, the site's name and description."""
    from policy_site.fidelity import site_config

    config = site_config.load(docs)
    if config is None:
        return []
    rel = f"../{site_config.CONFIG_NAME}"
    out = []
    for label, _target in config.nav:
        line = config.line_of(f"{label}:")
        out.append(Mutation("nav-label", rel, f"{line}: {label} + 财政部贴息", _replace_line(line, f"{label}:", f"{label}财政部贴息:")))
    for key in ("site_name", "site_description"):
        line = next((n for n, text in enumerate(config.lines, 1) if text.startswith(f"{key}:")), 0)
        if line:
            out.append(Mutation("site-strings", rel, f"{line}: {key} + {CLAIM}",
                                _replace_line(line, f"{key}: ", f"{key}: {CLAIM}，")))
    return out


def _claim_mutations(rel: str, page: Page, prose: list[tuple[int, str]], cited: str = "") -> list[Mutation]:
    """Edits that change what a sentence claims without touching a name or a figure: a negation
    before a verb, a widened or narrowed scope, a plan told as done, a claim of degree, an
    attribution to another question or highlight, a recombination (a policy verb given another of
    the paragraph's actors), and a plain added sentence."""
    out: list[Mutation] = []
    plain = [(n, raw) for n, raw in prose if not raw.lstrip().startswith(("#", "|", "!!!"))
             and re.search(f"[{CJK}]{{6,}}", prose_text(raw))]
    for kind, pattern, insert in CLAIM_EDITS:
        for line, raw in plain:
            m = re.search(pattern, raw)
            if m and "](" not in raw[max(0, m.start() - 40):m.start()]:
                out.append(Mutation(kind, rel, f"{line}: {insert(m.group(0))!r} for {m.group(0)!r}",
                                    _replace_line(line, m.group(0), insert(m.group(0)), m.start())))
                break
    for line, raw in plain:
        m = re.search(r"问([一二三四])|亮点([一二三四五六七八])", raw)
        if m:
            digits = "一二三四" if m.group(1) else "一二三四五六七八"
            old = m.group(1) or m.group(2)
            new = digits[(digits.index(old) + 2) % len(digits)]
            if m.group(1) and new == "二" and "《意见》" in raw:  # 问二 holds the 意见's highlights: that would stay true
                new = digits[(digits.index(old) + 3) % len(digits)]
            out.append(Mutation("claim-attribution", rel, f"{line}: {m.group(0)} -> {m.group(0).replace(old, new)}",
                                _replace_line(line, m.group(0), m.group(0).replace(old, new), m.start())))
            break
    found = None
    for line, raw in plain:
        for m in re.finditer(POLICY_VERBS, raw):
            actor = next((a for a in ACTORS if raw.startswith(a, m.end())), None)
            if actor is None:
                continue
            other = next((a for a in ACTORS if a in cited and a not in actor and actor not in a
                          and not sentence_checks.paired(cited, m.group(0), a)), None)
            if other and "](" not in raw[max(0, m.start() - 40):m.end() + len(actor)]:
                found = (line, m.group(0), actor, other, m.end())
                break
        if found:
            break
    if found:
        line, verb, actor, other, at = found
        out.append(Mutation("claim-recombination", rel, f"{line}: {verb}{actor} -> {verb}{other}",
                            _replace_line(line, actor, other, at)))
    if plain:
        line, _ = plain[len(plain) // 2]
        for sentence in CLAIM_SENTENCES:
            out.append(Mutation("claim-added", rel, f"{line}: + {sentence}", _insert_after_line(line, sentence)))
    return out


def _point_mutations(rel: str, page: Page, paragraphs: list, prose: list[tuple[int, str]]) -> list[Mutation]:
    """Each reviewed framing point (policy_site/fidelity/points.py) said where the cited paragraphs
    contradict it, and a content page without its next-step line."""
    cited = [p for p in paragraphs if p.id in page.sources]
    text = "\n".join(p.text for p in cited)
    out: list[Mutation] = []
    plain = [(n, raw) for n, raw in prose if not raw.lstrip().startswith(("#", "|", "!!!", "-", "*"))
             and re.search(f"[{CJK}]{{6,}}", prose_text(raw))]
    if plain:
        line = plain[0][0]
        ids = set(page.sources)
        stage = next((s for part, s in ((points.EXISTING, "这是问一介绍的已有工作。"), (points.PLANNED, "这是问四提出的今后打算。"),
                                         (points.HIGHLIGHTS, "这是《意见》提出的做法。")) if not ids & set(part)),
                     "专利执行保险是《意见》提出的做法。")  # 执行 is said in 问一 only
        out.append(Mutation("point-stage", rel, f"{line}: + {stage}", _insert_after_line(line, stage)))
        if "中小企业" not in text:
            sentence = "这里原文写的是“中小企业”，不只是小微企业。"
            out.append(Mutation("point-scope", rel, f"{line}: + {sentence}", _insert_after_line(line, sentence)))
    box = '\n\n!!! info "原文未载明"\n\n    - {}\n'
    for kind, item, false_here in (
            ("point-route", "原文没有说明怎样联系。", any(w in text for w in points.ROUTE_WORDS)),
            ("point-amount", "原文没有写明金额。", bool(points.MONEY_RE.search(text))),
            ("point-date", "原文没有给出日期。", bool(points.DATE_RE.search(text))),
            ("point-count", "原文没有给出数量。", bool(points.figures_of(text))),
            ("point-department", "原文没有写明由哪个部门负责。", bool(points.ORGANISATION_RE.search(text)))):
        if false_here:
            out.append(Mutation(kind, rel, f"+ item {item}", _append(box.format(item))))
    # point-mention: a term of the page's title (the longest first), else of its prose, that its cited
    # paragraphs say as a word, said not to be there (not a jieba run glued to a preposition: 向小微)
    title = page.meta.get("title")
    words = [*sorted(sentence_checks.cut(title if isinstance(title, str) else ""), key=len, reverse=True),
             *(w for _, raw in plain for w in sentence_checks.cut(prose_text(raw)))]
    text_words = {w for p in cited for w in sentence_checks.cut(p.text)}
    term = next((w for w in words if len(w) >= 3 and re.fullmatch(f"[{CJK}]+", w) and w in text_words and w[0] not in "向对在为从把给"
                 and w not in sentence_checks.framing_words() and not points.NOT_A_TERM_RE.search(w)), None)
    if term:
        item = f"原文没有提到{term}。"
        out.append(Mutation("point-mention", rel, f"+ item {item}", _append(box.format(item))))
    marker = next((n for n, name in page.markers if name == model.NEXT_STEP_MARKER), 0)
    if marker:
        out.append(Mutation("next-step-missing", rel, f"{marker}: next-step marker removed", _replace_line(marker, page.lines[marker - 1], "")))
    return out


def _alignment_mutations(rel: str, page: Page, paragraphs: list, prose: list[tuple[int, str]]) -> list[Mutation]:
    """Issue 24's meaning changes that keep every word the text's (N027): two words of a clause
    swapped (roles reversed), distant clauses of a cited sentence joined, a year put before a clause
    it does not date, a policy verb of the cited text put in place of another, a figure moved to
    another noun of its sentence."""
    cited = [p for p in paragraphs if p.id in page.sources]
    text = "\n".join(p.text for p in cited)
    plain = [(n, raw) for n, raw in prose if not raw.lstrip().startswith(("#", "|", "!!!", "**", "{"))
             and "](" not in raw and re.search(f"[{CJK}]{{8,}}", raw)]
    out: list[Mutation] = []
    for line, raw in plain:  # roles reversed: the first and last content words of a clause change places
        # a fact clause: one about where the text says something is held to a paragraph, not to an order
        clause = next((c for c in re.split(r"[，。；：]", raw) if len(alignment.items(c)) == 1 and not alignment.ABOUT_TEXT_RE.search(c)
                       and len([w for w in alignment.items(c)[0] if len(w) >= 3]) >= 2), None)
        if clause:
            words = [w for w in alignment.items(clause)[0] if len(w) >= 3]  # who and what, not 小微 · 企业
            if len(words) < 2:
                continue
            a, b = words[0], words[-1]
            if clause.count(a) == 1 and clause.count(b) == 1 and a not in b and b not in a:
                swapped = clause.replace(a, "\0").replace(b, a).replace("\0", b)
                out.append(Mutation("align-roles", rel, f"{line}: {clause} -> {swapped}", _replace_line(line, clause, swapped)))
                break
    if plain:
        line = plain[0][0]
        for p in cited:  # distant clauses of one sentence joined
            clauses = [c for s in sentence_checks.SENTENCE_RE.findall(p.text) for c in [re.split(r"[，；]", s.rstrip("。"))] if len(c) >= 4][:1]
            if clauses:
                last = clauses[0][-1]
                first = [w for w in alignment.items(clauses[0][0])[0] if len(w) >= 3 and w not in last]
                if first and len(alignment.items(last)[0]) >= 2:
                    sentence = first[-1] + last + "。"
                    out.append(Mutation("align-recombined", rel, f"{line}: + {sentence}", _insert_after_line(line, sentence)))
                    break
        year = re.search(r"\d{4}年", text)
        target = next((c for p in cited for s in sentence_checks.SENTENCE_RE.findall(p.text) if year and year.group(0) not in s
                       for c in re.split(r"[，；。]", s) if len(alignment.items(c)[0]) >= 3 and not re.search(r"\d{4}年", c)), None)
        if year and target:
            sentence = f"{year.group(0)}以来，{target}。"
            out.append(Mutation("align-year", rel, f"{line}: + {sentence}", _insert_after_line(line, sentence)))
    verbs = [v for v in POLICY_VERBS.split("|") if v in text]
    for line, raw in plain:  # one policy verb of the cited text for another
        m = next((m for m in re.finditer(POLICY_VERBS, raw) if m.group(0) in verbs), None)
        other = next((v for v in verbs if m and v != m.group(0)), None)
        if m and other:
            out.append(Mutation("align-verb", rel, f"{line}: {m.group(0)} -> {other}", _replace_line(line, m.group(0), other, m.start())))
            break
    for line, raw in plain:  # a figure moved to another noun of its sentence (in a fact clause)
        if alignment.ABOUT_TEXT_RE.search(raw):
            continue
        for _, figure in find_figures(prose_text(raw)):
            sentence = next((s for p in cited for s in sentence_checks.SENTENCE_RE.findall(p.text) if figure in s), "")
            other = next((f for _, f in find_figures(sentence) if f != figure and f not in raw), None)
            if other:
                out.append(Mutation("align-figure", rel, f"{line}: {figure} -> {other}", _replace_line(line, figure, other)))
                break
        else:
            continue
        break
    return out


def _append(block: str) -> Callable[[str], str]:
    return lambda text: text.rstrip("\n") + block


def _entity_kind(word: str) -> str | None:
    """The kind of a source name (place, organisation, person, title, term)."""
    found = name_checks.source_entities(tuple(p.text for p in load_paragraphs())).get(word)
    if found:
        return found
    tokens = name_checks._tokens(word)
    return name_checks._kind(*tokens[0][:2]) if len(tokens) == 1 else None


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")  # about 30 ms to load each time


def _to_traditional(text: str) -> str:
    return _s2t().convert(text)


def _swap_entity(entity: str) -> tuple[str, str]:
    kind = _entity_kind(entity)
    if kind == "place":
        return "place", next(p for p in OTHER_PLACES if p != entity)
    if kind == "organisation":
        return "organisation", next(o for o in OTHER_ORGS if o != entity)
    if kind == "person":
        return "person", entity[:-1] + ("风" if entity[-1] != "风" else "云")
    return "name", entity[:-1] + _other_char(entity[-1])


def _emptied(page: Page) -> Callable[[str], str]:
    def change(text: str) -> str:
        lines = text.split("\n")
        return "\n".join(lines[: page.body_start - 1] + ["", f"# {page.meta.get('title')}", ""])
    return change


def _sample(items: list[Mutation], n: int) -> list[Mutation]:
    if not n or len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.mutation_selftest")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--build", type=int, default=0)
    parser.add_argument("--classes", default="")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for item in ("docs", "overrides", "source"):
            shutil.copytree(REPO / item, root / item, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO / "mkdocs.yml", root)
        docs = root / "docs"
        baseline = {d.format() for d in check_site(docs).diagnostics}
        if baseline:
            print(f"warning: the unmutated site has {len(baseline)} problem(s); a mutation counts as killed "
                  "only by a new one", file=sys.stderr)
        every = mutations(docs)
        wanted = [c for c in args.classes.split(",") if c]
        classes: dict[str, list[Mutation]] = {}
        for m in every:
            if not wanted or m.kind in wanted:
                classes.setdefault(m.kind, []).append(m)
        todo = [m for kind in classes for m in _sample(classes[kind], args.sample)]
        tally: dict[str, list[int]] = {kind: [0, 0, len(items)] for kind, items in classes.items()}
        survivors = []
        build_every = max(1, len(todo) // args.build) if args.build else 0
        builds = builds_failed = 0
        for n, mutation in enumerate(todo):
            path = docs / mutation.rel
            original = path.read_text(encoding="utf-8")
            path.write_text(mutation.change(original), encoding="utf-8")
            try:
                tally[mutation.kind][1] += 1
                if {d.format() for d in check_site(docs).diagnostics} - baseline:
                    tally[mutation.kind][0] += 1
                else:
                    survivors.append(mutation)
                if build_every and n % build_every == 0 and builds < args.build:
                    builds += 1
                    # No quiet flag with --strict: MkDocs only counts the warnings it logs.
                    result = subprocess.run(
                        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"),
                         "-d", str(root / "site")], capture_output=True, text=True, cwd=root,
                        env={**os.environ, "SITE_PDF": "0", "SITE_ZOPFLI": "0"})
                    builds_failed += result.returncode != 0
            finally:
                path.write_text(original, encoding="utf-8")
        for m in survivors:
            print(f"SURVIVED [{m.kind}] {m.rel}:{m.what}")
        print(f"{'class':<18} {'killed':>7} {'tested':>7} {'of':>5}  rate")
        for kind, (killed, tested, total) in tally.items():
            rate = f"{100 * killed / tested:.0f}%" if tested else "-"
            print(f"{kind:<18} {killed:>7} {tested:>7} {total:>5}  {rate}")
        killed = sum(t[0] for t in tally.values())
        print(f"mutations: {len(todo)} of {len(every) if not wanted else sum(len(v) for v in classes.values())} tested, "
              f"{killed} killed, {len(survivors)} survived")
        if args.build:
            print(f"strict builds on mutated pages: {builds}, failed: {builds_failed}")
        if baseline:
            return 2
        return 0 if not survivors and builds_failed == builds else 1


if __name__ == "__main__":
    sys.exit(main())
