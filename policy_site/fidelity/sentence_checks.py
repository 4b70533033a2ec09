"""Does the prose say only what its sources say? Word-level support for content pages.

A measure, programme, question or topic page restates the text in its own sentences. Each of
those sentences (outside quotes, which Q001 checks, and outside 原文未载明 blocks, which say what
the text lacks) may use only:

- words that occur in the paragraphs the page cites (N021). A word the cited text lacks adds
  something: 全额资助 for 适当帮助, 覆盖所有地级市, 明年, 收取服务费. A single character counts
  only beside the same neighbour as in the cited text (已 in 制度已建立 is not the 已 of 已在全国);
- framing words (policy_site/fidelity/framing.yml): words that say where the text says something
  and how the page is built (问一, 原文, 提到, 列为, 要点), reviewed one by one;
- a negation (不, 未, 没有 …) or a modifier of degree, scope or time (全面, 已, 只, 所有, 将 …) only
  before the word the cited text has it before (N022): 不帮助 where the text says 帮助;
- a verb of direction (提高, 降低, 加强 …) or a policy verb (引导, 支持, 提供 …) only with what the
  text pairs it with (N025): 引导商业银行 and 提供贷款 recombine the paragraph's own words;
- a sentence that names where the text says it (问四说…, 政策亮点八…提出…) only words of that part
  of the text, clause by clause (N023): 问四说 before a sentence of 问一 misattributes it.

A link label to another page is read like the rest, and may also use the words of that page's
title (N024 checks a label's highlight or question number against the page).
No Chinese entailment model runs offline without model downloads; a word-level check catches
what a careless or malicious edit adds, and each diagnostic shows the source sentence nearest
to the page's. It catches a recombination of the cited paragraph's own words only around the
verbs N025 knows (引导商业银行, where the text says 引导各类金融机构 and names 商业银行 elsewhere in the
sentence); other nouns put side by side pass. Paraphrase with the text's words, or add a framing
word to framing.yml, in its category, if it says nothing about the world.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from . import model
from .diagnostics import Diagnostic
from .name_checks import ABSENCE_RE, _traditional
from .pages import Page
from .source import Paragraph
from .text import CJK_RE, prose_text
from .text import CN_DIGITS as NUMERAL_CHARS

FRAMING_PATH = Path(__file__).with_name("framing.yml")
SUPPORTED_KINDS = ("measure", "programme", "question", "topic")
CODES = ("N021", "N022", "N023", "N025")  # N024 (link labels) is not word-level: it always shows
SENTENCE_RE = re.compile(r"[^。；！？]+[。；！？]?")
INTERNAL_LINK_RE = re.compile(r"\[([^\]]*)\]\((?!/original\.md)(/[^)]*\.md[^)]*)\)")
NEGATORS = ("并没有", "并未", "尚未", "不再", "从未", "没有", "并非", "不是", "无法", "不能", "不会", "不得", "不", "未", "无", "非", "别", "勿")
# Words that set how far or how firmly something holds: like a negation, each must stand before
# the word it modifies as the text has it (全面加大 where the text says 加大).
MODIFIERS = NEGATORS + ("全面", "充分", "大力", "严厉", "进一步", "逐步", "积极", "全部", "所有", "完全", "已经", "已",
                        "正在", "将", "必须", "一律", "均", "只", "仅", "唯一", "首次", "率先", "优先", "专门")
# Verbs whose object says what the text claims (N025): what follows one in a page must follow it
# in the text. Verbs of direction (提高…费率 where the text says 降低…费率) and the text's policy
# verbs, which say who is guided, supported or given what (引导商业银行 where the text says
# 引导各类金融机构 and names 商业银行 in another clause of the sentence; 提供贷款).
PAIRED_VERBS = frozenset("提高 降低 增加 减少 加强 削弱 加大 减小 扩大 缩小 放宽 收紧 缩短 延长 简化 取消 停止 "
                         "引导 鼓励 支持 帮助 扶持 推动 推广 培育 实施 建立 开展 提供 设立".split())
PAIR_SPAN = 12
UNREADABLE = "\x00unreadable"  # the title of a page that could not be read: a label to it is not blamed
# 《意见》 names where the text says something (the highlights) when a verb of saying follows it;
# 出台《意见》的背景 only names the document.
ATTRIBUTED_OPINIONS_RE = re.compile(r"《意见》(?=(?:还|也|中|又)?(?:提出|提到|说|指出|要求|明确|强调|列出|写|称|和|与|、))")
OPENING_LABEL_RE = re.compile(rf"^\s*(?:\*\*)?(?:{'|'.join(model.OPENING_LABELS)})(?:\*\*)?[：:]")
CLAUSE_RE = re.compile(r"[，、：；（）“”《》,]")
CN_DIGITS = "一二三四五六七八"
QUESTION_RE = re.compile(r"问([一二三四])")
HIGHLIGHT_RE = re.compile(r"亮点([一二三四五六七八])")
PART_RE = re.compile(r"(?:政策)?亮点[一二三四五六七八]|问[一二三四](?=[^" + NUMERAL_CHARS + "]|$)")


@functools.lru_cache(maxsize=4)
def _framing_list(key: str) -> frozenset[str]:
    data = yaml.safe_load(FRAMING_PATH.read_text(encoding="utf-8"))
    words = data.get(key) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError(f"{FRAMING_PATH}: needs `{key}`, a list of strings")
    return frozenset(words)


def framing_words() -> frozenset[str]:
    return _framing_list("words")


def absence_words() -> frozenset[str]:
    """Words that name a kind of information a 原文未载明 item says is missing (金额, 条件, 如何 …)."""
    return _framing_list("absence_words")


@functools.lru_cache(maxsize=4)
def whole_scope(paragraphs: tuple[Paragraph, ...]) -> _Scope:
    return _Scope(paragraphs)


def cut(text: str) -> tuple[str, ...]:
    return _cut(text)


@functools.lru_cache(maxsize=50000)
def _cut(text: str) -> tuple[str, ...]:
    import warnings

    with warnings.catch_warnings():  # jieba 0.42 warns when it imports pkg_resources
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.ERROR)
    return tuple(jieba.cut(text))


class _Scope:
    """Some paragraphs' text, their words (for single characters) and their sentences."""

    def __init__(self, paragraphs: Iterable[Paragraph]):
        self.paragraphs = list(paragraphs)
        self.text = "\n".join(p.text for p in self.paragraphs)
        self.tokens = {w for p in self.paragraphs for w in _cut(p.text)}
        self.sentences = [(p.id, s.strip()) for p in self.paragraphs for s in SENTENCE_RE.findall(p.text) if s.strip()]

    def has(self, word: str, sentence: str = "", at: int = -1) -> bool:
        """A word of two characters or more: in the text. One character: beside the same
        neighbour as in the text (化部 in 信息化部, 已在 in 已在全国), not merely somewhere in it:
        已 in 制度已建立 is not 已 in 已在全国."""
        if len(word) > 1:
            return word in self.text
        if at < 0:
            return word in self.tokens
        return (at > 0 and sentence[at - 1:at + 1] in self.text) or sentence[at:at + 2] in self.text

    def nearest(self, sentence: str) -> str | None:
        """The source sentence sharing the most character pairs with the page's sentence."""
        pairs = {sentence[i:i + 2] for i in range(len(sentence) - 1)}
        best = max(self.sentences, key=lambda s: sum(s[1][i:i + 2] in pairs for i in range(len(s[1]) - 1)), default=None)
        return f"{best[1]} ({best[0]})" if best else None


def _highlight(digit: str) -> str:
    """The paragraph of 政策亮点 N: 亮点一 is q2-5 … 亮点八 is q2-12."""
    return f"q2-{CN_DIGITS.index(digit) + 5}"


def _part_ids(name: str, paragraphs: dict[str, Paragraph]) -> list[str]:
    """The paragraph ids of the question or highlight a name (问四, 政策亮点八) stands for."""
    question = QUESTION_RE.search(name)
    if question:
        n = CN_DIGITS.index(question.group(1)) + 1
        return [i for i in paragraphs if i == f"q{n}" or i.startswith(f"q{n}-")]
    return [_highlight(HIGHLIGHT_RE.search(name).group(1))]  # type: ignore[union-attr]  # PART_RE matched one


def paired(text: str, first: str, then: str) -> bool:
    """`then` follows `first` within PAIR_SPAN characters of one sentence of `text`."""
    for m in re.finditer(re.escape(first), text):
        window = text[m.end():m.end() + PAIR_SPAN + len(then)]
        at = window.find(then)
        if at >= 0 and not re.search(r"[。；！？\n]", window[:at]):
            return True
    return False


def _check_directions(page: Page, line: int, plain: str, cited: _Scope, framing: frozenset[str],
                      linked: str = "") -> list[Diagnostic]:
    """N025: a verb of direction (提高, 降低, 加强 …) or a policy verb (引导, 支持, 提供 …) with what
    it acts on as the text pairs them: 提高…费率 where the text says 降低…费率 reverses it, and
    引导商业银行 where the text guides 各类金融机构 recombines it, though every word is in the paragraph."""
    for clause in CLAUSE_RE.split(plain):
        tokens = _cut(clause)
        said = [(i, w) for i, w in enumerate(tokens) if CJK_RE.search(w) and len(w) >= 2 and w not in framing]
        for (_, verb), (at, what) in zip(said, said[1:]):
            if verb not in PAIRED_VERBS:
                continue
            # The object as the text has it whole, when the next words are a term of the text
            # (服务 · 机构 -> 服务机构: 实施…服务 is the text's pairing, 实施服务机构 is not).
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            whole = what + after if after and all(CJK_RE.match(c) for c in after) and what + after in cited.text else what
            for obj in dict.fromkeys((what, whole)):
                if not paired(cited.text, verb, obj) and not paired(linked, verb, obj):
                    return [Diagnostic(page.rel, line, "N025",
                                       f"'{verb}' with '{obj}': the paragraphs this page cites do not pair them", cited.nearest(clause))]
    return []


def _check_attributions(page: Page, line: int, sentence: str, plain: str, words: list[tuple[str, int]],
                        paragraphs: dict[str, Paragraph], framing: frozenset[str]) -> list[Diagnostic]:
    """N023: what follows a part's name (问三介绍了…，问四说明了…) up to the next part's name is
    held to that part. Names joined by 和/、 (问一和问四提到…): each of them must say what follows.
    What stands before a copula and the name (X是政策亮点一中的…) is held to it too."""
    refs = [(m.start(), m.end(), _part_ids(m.group(0), paragraphs)) for m in PART_RE.finditer(sentence)]
    if not refs:
        return []
    if "《意见》" in sentence and not HIGHLIGHT_RE.search(sentence):  # 《意见》和问四提出…: the highlights are its words
        highlights = [_highlight(d) for d in CN_DIGITS]
        refs += [(m.start(), m.end(), highlights) for m in ATTRIBUTED_OPINIONS_RE.finditer(sentence)]
    refs.sort()
    groups: list[list] = []  # [start, end, [ids, ...]]
    for start, end, ids in refs:
        if groups and re.fullmatch(r"[\s和与及、，,]*", sentence[groups[-1][1]:start]):
            groups[-1][1] = end
            groups[-1][2].append(ids)
        else:
            groups.append([start, end, [ids]])
    out = []
    # X是问一…, X是政策亮点一中的…: what stands before the copula is said of that part too
    if re.search(r"是在?$", sentence[:groups[0][0]].strip()):
        groups[0][0] = 0
    for n, (start, end, parts) in enumerate(groups):
        # 问四列出了…政策亮点一至八: the highlights are 问二's
        after = groups[n + 1] if n + 1 < len(groups) else None
        if after and QUESTION_RE.match(sentence[start:end]) and HIGHLIGHT_RE.search(sentence[after[0]:after[1]]) \
                and not re.search(r"[，；。]", sentence[end:after[0]]) and not any(i.startswith("q2") for ids in parts for i in ids):
            out.append(Diagnostic(page.rel, line, "N023", f"'{sentence[start:after[1]]}': the highlights are 问二's, "
                                  f"not {sentence[start:end]}'s", None))
            return out
        stop = groups[n + 1][0] if n + 1 < len(groups) else len(sentence)
        said = [(w, at) for w, at in words if start <= at < stop and w not in framing]
        each = len(parts) > 1  # 问一和问四提出…: each of them says it
        for part in (parts if each else [sorted({i for ids in parts for i in ids})]):
            scope = _Scope(paragraphs[i] for i in part if i in paragraphs)
            missing = next((w for w, at in said if not scope.has(w, plain, at)), None)
            if missing:
                out.append(Diagnostic(page.rel, line, "N023",
                                      f"the sentence names where the text says it ({', '.join(p.id for p in scope.paragraphs)}), "
                                      f"but '{missing}' is not there", scope.nearest(sentence[start:stop])))
                return out
    return out


def _positions(words: Iterable[str]) -> list[tuple[str, int]]:
    out, at = [], 0
    for w in words:
        out.append((w, at))
        at += len(w)
    return out


def _label_scope(title: str, label: str) -> str:
    return label if title == UNREADABLE else title


def sentences(page: Page, skip: set[int], titles: dict[str, str] | None = None) -> list[tuple[int, str, str]]:
    """(line, sentence, titles) of the page's own prose: summary and body, link labels kept, with
    the titles of the pages the line links to (a label may name its page as the page's title does)."""
    lines = [(page.meta_lines.get(k, 1), page.meta[k]) for k in ("title", "summary") if isinstance(page.meta.get(k), str)]
    # headings too (the h1 is the title, checked above): a heading is shown, linked and shared
    lines += [(n, raw[2:] if raw.startswith("# ") else raw) for n, raw in page.prose
              if n not in skip and not ABSENCE_RE.match(raw) and not (raw.startswith("# ") and raw[2:] == page.meta.get("title"))]
    out = []
    for n, raw in lines:
        linked = "\n".join(_label_scope((titles or {}).get(m.group(2).split("#")[0].lstrip("/"), ""), m.group(1))
                           for m in INTERNAL_LINK_RE.finditer(raw))
        text = OPENING_LABEL_RE.sub("", prose_text(raw))
        out += [(n, s, linked) for s in SENTENCE_RE.findall(text) if CJK_RE.search(s)]
    return out


def check_support(page: Page, paragraphs: dict[str, Paragraph], skip: set[int],
                  titles: dict[str, str] | None = None, exempt: frozenset[str] | set[str] = frozenset()) -> list[Diagnostic]:
    """N021-N023 and N025 on one page; `titles`: page path (measures/x.md) -> title; `exempt`:
    sentences that are reviewed framing points (points.py holds them with checks of their own)."""
    if page.kind not in SUPPORTED_KINDS:
        return []
    cited = _Scope(paragraphs[s] for s in page.sources if s in paragraphs)
    framing = framing_words()
    out: list[Diagnostic] = []
    for line, sentence, linked in sentences(page, skip, titles):
        if sentence in exempt:
            continue
        # 问四, 政策亮点八: where the text says it (N023 checks the sentence against that part).
        plain = PART_RE.sub(lambda m: "，" * len(m.group(0)), sentence)
        words = [(w, at) for w, at in _positions(_cut(plain)) if CJK_RE.search(w)]
        for w, at in words:
            if any(_traditional(c) for c in w):
                continue  # L003 reports it
            if w not in framing and not cited.has(w, plain, at) and not (len(w) > 1 and w in linked):
                out.append(Diagnostic(page.rel, line, "N021",
                                      f"'{w}' is not in the paragraphs this page cites ({', '.join(p.id for p in cited.paragraphs)}): "
                                      f"say it in the text's words, or cite the paragraph that says it", cited.nearest(sentence)))
                break
        tokens = _cut(sentence)
        for i, w in enumerate(tokens):
            if w not in MODIFIERS or i + 1 >= len(tokens) or not CJK_RE.search(tokens[i + 1]):
                continue
            phrase = w + tokens[i + 1]
            if phrase not in cited.text and phrase not in linked:
                what = "negation" if w in NEGATORS else "modifier"
                out.append(Diagnostic(page.rel, line, "N022",
                                      f"{what} '{phrase}' is not in the paragraphs this page cites: a {what} must stand "
                                      f"before the word it modifies as the text has it", cited.nearest(sentence)))
                break
        out += _check_attributions(page, line, sentence, plain, [(w, at) for w, at in words if w not in linked],
                                   paragraphs, framing)
        out += _check_directions(page, line, plain, cited, framing, linked)
    return out


def check_link_labels(pages: list[Page]) -> list[Diagnostic]:
    """A link whose label numbers a highlight or question ([政策亮点四：…](/measures/x.md),
    [问二](/questions/y.md)) must lead to the page of that number (N024)."""
    by_rel = {p.rel: p for p in pages}
    out = []
    for page in pages:
        for line, raw in page.prose:
            for m in INTERNAL_LINK_RE.finditer(raw):
                label, target = m.group(1), m.group(2).split("#")[0].lstrip("/")
                other = by_rel.get(target)
                if not other or other.meta.get("number") not in range(1, len(CN_DIGITS) + 1):  # F004 reports others
                    continue
                for regex, kind, name in ((HIGHLIGHT_RE, "measure", "亮点"), (QUESTION_RE, "question", "问")):
                    said = regex.search(label)
                    if said and other.kind == kind and CN_DIGITS.index(said.group(1)) + 1 != other.meta["number"]:
                        right = name + CN_DIGITS[other.meta["number"] - 1]
                        out.append(Diagnostic(page.rel, line, "N024",
                                              f"link label '{label}' says {said.group(0)}, but {target} is {right}",
                                              f"{right}：{other.meta.get('title', '')}"))
    return out
