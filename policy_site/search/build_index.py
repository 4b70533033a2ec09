"""The search index for the CJK search worker (overrides/assets/javascripts/cjk-search-worker.js).

Built after Material's search plugin has written search/search_index.json: its
sections (page, heading anchors) are kept, the text is made plain (no HTML, no
jieba \u200b marks), every 原文 paragraph becomes its own entry, and `config` gains
what the worker needs to read Chinese queries:

- `vocabulary`: the words jieba finds in the site's text (search mode), used to cut a
  query typed without spaces into words. No jieba, no vocabulary: the build fails.
- `variants`: Traditional -> Simplified characters, from OpenCC, for the characters the
  site uses, so 專利保險 finds 专利保险. (Full-width digits are folded by NFKC in the worker.)
- `synonyms`: the thesaurus (policy_site/search/thesaurus.yml) as [text's words, readers' words] pairs,
  each list of the text's words written once with every reader's word that means it (`grouped_synonyms`:
  about 3 KB less gzip than reader -> text words); the worker turns it back into reader -> text words.
- `homophoneRuns`, `mendPairs`, `wholeMends`, `realWords`, `singleWords`: what the worker needs to mend a word
  typed with a homophone (SEARCH.md, "Mend a homophone typo"). No pypinyin: the build fails.
(The page kinds' weights are in the worker's RANK, with every other ranking constant.)

Material's main thread still reads `config.separator` for highlighting on the opened page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAG_RE = re.compile(r"<[^>]+>")
WS_RE = re.compile(r"\s+")
NUMERAL_RE = re.compile("[〇零一二两三四五六七八九十百千万亿]")  # as the worker's NUMERAL

# The site's own tools (图解, 打印版, 关键词索引, 核验, …) are generated pages, not content pages:
# each is one entry, its title, its description and its introduction (what the page is for and
# what a reader can do there), never its body, which repeats the text (打印版 holds every page)
# and would rank it for every query.
DESCRIPTION_RE = re.compile(r'<meta name="description" content="([^"]*)"')
TITLE_RE = re.compile(r"<title>([^<｜]*)")  # the page part of 页面｜站名 (policy_site/pipeline/phone.py)
# Chinese punctuation too, so the page highlighter of Material (which splits ?h= on it)
# never cuts inside a word and never treats a CJK character as a separator.
SEPARATOR = r"[\s\u200b\u3000\-、。，．？！；：“”‘’《》（）【】]+"


# Sections generated from front matter: lists of other pages' titles and the citation.
# Indexed, they would rank a page for the names of the pages it links to.
from policy_site.fidelity.data_files import read_yaml  # noqa: E402
from policy_site.fidelity.model import GENERATED_SECTIONS  # noqa: E402  (Material also skips them: data-search-exclude)
from policy_site.fidelity.text import CJK_RE  # noqa: E402


# Sections that only point to other pages (the home page's 怎样使用本站: 原文, 图解, 打印, 核验, "not the official
# site, see 关于本站"): indexed by their heading alone, so a word they mention finds the page they point to.
SIGNPOSTS = {"how-to-use"}


class SearchIndexError(Exception):
    pass


# A page's 原文未载明 box says what the text does not give: its words (申请, 金额, 部门 …) would rank
# the page for exactly what it lacks. Left out of the index (Material's text: its title as a <p>, then the list).
ABSENCE_BOX_RE = re.compile(r"<p>\s*原文未载明\s*</p>\s*<ul>.*?</ul>", re.S)


def plain(text: str) -> str:
    text = TAG_RE.sub(" ", text).replace("\u200b", "").replace("\u00b6", "")
    return WS_RE.sub(" ", html.unescape(text)).strip()


THESAURUS = HERE / "thesaurus.yml"


def read_thesaurus(path: Path = THESAURUS) -> dict:
    """thesaurus.yml parsed once per build (the index and the worker's query words both read it);
    a changed file is read again."""
    data = read_yaml(path)
    return data if isinstance(data, dict) else {}


def load_synonyms(path: Path = THESAURUS) -> dict[str, list[str]]:
    """The thesaurus's entries as reader's word -> the text's words (see thesaurus.yml)."""
    data = read_thesaurus(path)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SearchIndexError(f"{path}: needs a list `entries`")
    out: dict[str, list[str]] = {}
    for entry in entries:
        if not (isinstance(entry, dict) and isinstance(entry.get("readers"), list) and isinstance(entry.get("text"), list)
                and isinstance(entry.get("source"), str)):
            raise SearchIndexError(f"{path}: entry {entry!r} needs `readers`, `text` (lists) and `source`")
        for word in entry["readers"]:
            out.setdefault(str(word), [])
            out[str(word)] += [str(t) for t in entry["text"] if str(t) not in out[str(word)]]
    return out



def grouped_synonyms(synonyms: dict[str, list[str]]) -> list[list[list[str]]]:
    """reader's word -> the text's words, as [the text's words, the readers' words meaning them] pairs, in
    the order each list of the text's words first appears (the index writes each list once), the readers'
    words sorted: gzip then finds more of each in the one before (0.2 KB), and the worker reads them as a map."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for reader, targets in synonyms.items():
        groups.setdefault(tuple(targets), []).append(reader)
    return [[list(targets), sorted(readers)] for targets, readers in groups.items()]


def vocabulary(texts: list[str], min_pair: int = 4, titles: Sequence[str] = ()) -> list[str]:
    """jieba's words (search mode), plus collocations: two adjacent words (precise mode) that
    stand together at least `min_pair` times and in at least half the places the rarer of
    them occurs, so 小微企业 and 质押融资 are cut whole; plus two adjacent words of a page title,
    which name the page's subject however rarely they recur (优势企业 of 知识产权优势企业培育),
    unless the first is a word most entries have (知识产权服务 names nothing in particular)."""
    from collections import Counter

    import jieba  # the build's dependency check (policy_site/pipeline/environment.py) has checked it imports

    jieba.setLogLevel(60)
    words = set()
    pairs: Counter[tuple[str, str]] = Counter()
    single: Counter[str] = Counter()
    for text in texts:
        for word in jieba.cut_for_search(text):
            if len(word) >= 2 and CJK_RE.search(word):
                words.add(word)
        tokens = list(jieba.cut(text))
        single.update(tokens)
        for a, b in zip(tokens, tokens[1:]):
            if len(a) >= 2 and len(b) >= 2 and len(a) + len(b) <= 6 and CJK_RE.fullmatch(a[0]) and CJK_RE.fullmatch(b[-1]) \
                    and all(CJK_RE.match(c) for c in a + b):
                pairs[a, b] += 1
    words.update(a + b for (a, b), n in pairs.items() if n >= min_pair and 2 * n >= min(single[a], single[b]))
    for title in titles:
        tokens = list(jieba.cut(title))
        words.update(a + b for a, b in zip(tokens, tokens[1:])
                     if len(a) >= 2 and len(b) >= 2 and all(CJK_RE.match(c) for c in a + b)
                     and 2 * sum(a in text for text in texts) <= len(texts))  # 知识产权服务 is no name
    return sorted(words)


def variants(chars: set[str]) -> dict[str, str]:
    """Traditional (and Taiwan/Hong Kong) forms of the site's characters -> the site's form."""
    import opencc

    candidates = [chr(c) for c in range(0x3400, 0xA000)]
    table: dict[str, str] = {}
    for config in ("t2s.json", "tw2s.json", "hk2s.json"):
        converted = opencc.OpenCC(config).convert("\n".join(candidates)).split("\n")
        for src, dst in zip(candidates, converted):
            if src != dst and len(dst) == 1 and dst in chars:
                table.setdefault(src, dst)
    return table


# GB 2312's first level: rows 0xB0-0xD7, cells 0xA1-0xFE, but for the last five cells of 0xD7.
COMMON_COUNT = 3755


def common_characters() -> list[str]:
    """GB 2312's first level: the 3,755 characters in common use, in its order (by toneless pinyin,
    then strokes), what a pinyin keyboard offers first. The worker decodes the same bytes with
    TextDecoder("gbk") (cjk-search-worker.js `commonCharacters`)."""
    out = [bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
           if not (hi == 0xD7 and lo > 0xF9)]
    assert len(out) == COMMON_COUNT
    return out


def _reading_key(reading: str) -> tuple[str, str]:
    return reading.replace("v", "u"), reading  # GB 2312 files lü after lu and before luan


def common_runs() -> list[int]:
    """Where each reading's run of `common_characters` starts, as gaps from the one before: the
    worker reads a typed character outside the text (冠 in 托冠, 陷 in 保陷) as sharing a reading with
    every character of its run (管, 险). A character pypinyin does not give the reading it is filed
    under (the next two stay in the run) does not start one."""
    from pypinyin import Style, pinyin

    chars = common_characters()
    readings = [pinyin(c, style=Style.NORMAL, heteronym=True)[0] for c in chars]
    starts, current = [], None
    for i, found in enumerate(readings):
        later = sorted((r for r in found if current is None or _reading_key(r) >= _reading_key(current)), key=_reading_key)
        if not later or later[0] == current:
            continue
        if current and all(current in r for r in readings[i + 1:i + 3]):
            continue
        current = later[0]
        starts.append(i)
    return [b - a for a, b in zip([0, *starts], starts)]


def two_character_mends(words: list[str], source: list[str], titles: Sequence[str],
                        synonyms: dict[str, list[str]] | None = None) -> tuple[list[str], list[str], list[str]]:
    """The text's two-character words a typo is mended into (专立 and 转力 are 专利, 托冠 is 托管), and
    the words in jieba's dictionary that such a mend would undo (点子 is a word, not 电子 mistyped).
    Only the words that name the site's subjects: a word of a page title, or three times or more in the
    text; a mend into any word of the text needed a list of about 1,400 real words (5 KB gzip).
    Third, the words of a page title a typo of both characters is mended into (转力 is 专利), and the
    thesaurus's two-character reader words for one (呆宽 is 贷款, the readers' word for 融资): only
    those, as 体工 in 个体工商户 is no 提供 and 坊实 in 作坊实在 no 方式."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    known = jieba.dt.FREQ
    chars = common_characters()
    starts, at = [], 0
    for gap in common_runs():
        at += gap
        starts.append(at)
    runs = [chars[start:starts[r + 1] if r + 1 < len(starts) else len(chars)] for r, start in enumerate(starts)]
    run_of = {c: run for run in runs for c in run}
    whole = "\n".join(source)
    named = {w for t in titles for w in jieba.cut(t)}
    mends = sorted(w for w in words if len(w) == 2 and all(CJK_RE.match(c) for c in w)
                   and (w in named or whole.count(w) >= 3))
    real = {w[:p] + c + w[p + 1:] for w in mends for p in range(2) for c in run_of.get(w[p], "")
            if c != w[p] and known.get(w[:p] + c + w[p + 1:], 0) > 0}
    titled = [w for w in mends if w in named and not NUMERAL_RE.search(w)]
    titled += sorted(r for r, targets in (synonyms or {}).items()
                     if len(r) == 2 and all(CJK_RE.match(c) for c in r) and not NUMERAL_RE.search(r)
                     and r not in titled and any(t in titled for t in targets))
    # and those a mend of both characters would undo (北京 is a word, not 背景 mistyped whole)
    real |= {a + b for w in titled for a in run_of.get(w[0], "") for b in run_of.get(w[1], "")
             if a != w[0] and b != w[1] and known.get(a + b, 0) > 0}
    return mends, sorted(real - set(words)), titled


def single_words(n: int = 150) -> str:
    """The characters jieba counts most often as a word alone (的, 在, 又 …): a two-character mend
    does not start from one of them, which stand beside any word."""
    import jieba

    jieba.initialize()
    alone = sorted(((f, w) for w, f in jieba.dt.FREQ.items() if len(w) == 1 and CJK_RE.match(w)), reverse=True)
    return "".join(sorted(w for _, w in alone[:n]))


def build(material_index: dict, pages: dict[str, dict], paragraphs: list,
          tools: dict[str, tuple[str, str]] | None = None) -> dict:
    """pages: url path without leading slash ('measures/financing/') -> {kind, title};
    tools: the other pages' url path -> (title, description), one entry each."""
    docs = []
    about_box = " ".join(d["text"].replace("\u200b", "") for d in material_index["docs"] if d["location"].startswith("about/"))
    for doc in material_index["docs"]:
        location = doc["location"]
        if location.split("#")[-1] in GENERATED_SECTIONS:
            continue
        page_url = location.split("#")[0]
        if page_url == "original/":
            continue  # replaced below by one entry per paragraph
        info = pages.get(page_url)
        if info is None:
            continue  # excluded (e.g. the verification page) or not a content page
        text = ABSENCE_BOX_RE.sub(" ", doc["text"].replace("\u200b", ""))
        # 关于本站's box is about the 意见 as a whole (no date, no number, no date of effect): what a reader
        # asking for them wants to find, so its page entry reads it.
        if location == "about/":
            text += " " + " ".join(ABSENCE_BOX_RE.findall(about_box))
        if location.split("#")[-1] in SIGNPOSTS:
            text = ""
        docs.append({"location": location, "title": plain(doc["title"]), "text": plain(text), "kind": info["kind"]})
    for location, (title, description) in sorted((tools or {}).items()):
        if location not in pages and location != "original/":
            docs.append({"location": location, "title": title, "text": description, "kind": "site"})
    # The 原文 entry: the text's title, then the page's introduction as every site page's (逐字转录, 每段前的
    # 编号 … 固定锚点), without the title it repeats.
    intro = (tools or {}).get("original/", ("", ""))[1].replace(paragraphs[0].text, "").lstrip("，, ")
    docs.append({"location": "original/", "title": "原文", "text": (paragraphs[0].text + " " + intro).strip(), "kind": "original"})
    for para in paragraphs[1:]:
        docs.append({"location": f"original/#{para.id}", "title": f"原文 {para.id}（{para.label}）",
                     "text": para.text, "kind": "original"})
    texts = [d["title"] + " " + d["text"] for d in docs]
    chars = {ch for t in texts for ch in t if CJK_RE.match(ch)}
    config = dict(material_index["config"])
    titles = [d["title"] for d in docs if "#" not in d["location"]]
    words = vocabulary(texts, titles=titles)
    synonyms = load_synonyms()
    mends, real, whole = two_character_mends(words, [p.text for p in paragraphs], titles, synonyms)
    config.update({
        "separator": SEPARATOR,
        "vocabulary": words,
        "mendPairs": mends,
        "wholeMends": whole,
        "realWords": real,
        "singleWords": single_words(),
        "variants": variants(chars),
        "homophoneRuns": common_runs(),
        "synonyms": grouped_synonyms(synonyms),
    })
    return {"config": config, "docs": docs}


class _Lead(HTMLParser):
    """The text of a page's introduction: the paragraphs and list items between its h1 and
    the first h2, without what is not prose (figures, tables, scripts, buttons)."""

    SKIP = {"figure", "table", "script", "style", "svg", "button", "form", "select", "details", "aside", "nav"}
    # The 打印版's address, build version and source hash under its h1 (print_page.py): what
    # identifies the copy, not what the page is for (its 下载 PDF and 打印本页 links stay); the PDF's
    # size beside its link (whole_document.write_pdf), a figure of the build, not of the text.
    SKIP_CLASSES = {"print-id", "pdf-size"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.state, self.depth, self.skip, self.parts = "before", 0, 0, []
        self.excluded = False
        self.furniture = None  # [tag, open count] of a SKIP_CLASSES element being skipped

    def handle_starttag(self, tag, attrs):
        if self.furniture:
            self.furniture[1] += tag == self.furniture[0]
            return
        if set((dict(attrs).get("class") or "").split()) & self.SKIP_CLASSES:
            self.furniture = [tag, 1]
            return
        if self.state == "before":
            self.state = "h1" if tag == "h1" else "before"
        elif self.state == "lead":
            if tag in ("h2", "h3", "footer"):
                self.state = "done"
            elif tag in self.SKIP:
                self.skip += 1
            elif tag == "p" and ("data-search-exclude", None) in attrs and not self.skip:  # the next-step line
                self.skip, self.excluded = self.skip + 1, True
            elif tag in ("p", "li") and not self.skip:
                self.depth += 1

    def handle_endtag(self, tag):
        if self.furniture:
            self.furniture[1] -= tag == self.furniture[0]
            if not self.furniture[1]:
                self.furniture = None
            return
        if self.state == "h1" and tag == "h1":
            self.state = "lead"
        elif self.state == "lead":
            if tag == "p" and self.excluded:
                self.skip, self.excluded = self.skip - 1, False
            elif tag in self.SKIP and self.skip:
                self.skip -= 1
            elif tag in ("p", "li") and self.depth and not self.skip:
                self.depth -= 1
                self.parts.append(" ")

    def handle_data(self, data):
        if self.state == "lead" and self.depth and not self.skip and not self.furniture:
            self.parts.append(data)


LEAD_CHARS = 300  # a page without h2 (更新记录) would otherwise bring its whole list


def lead(page_html: str) -> str:
    """A built page's introduction as plain text (see _Lead), cut after the last full stop
    within LEAD_CHARS characters."""
    parser = _Lead()
    parser.feed(page_html)
    text = WS_RE.sub(" ", "".join(parser.parts)).strip()
    if len(text) > LEAD_CHARS:
        text = text[:LEAD_CHARS]
        text = text[:text.rfind("。") + 1] or text
    return text


def tools(site_dir: Path) -> dict[str, tuple[str, str]]:
    """Every built page (search-excluded ones too: 打印版 and 核验 are found by what they are
    for), as (title, text) from its HTML: the title readers see, and the description the page
    gives of itself followed by its introduction."""
    out = {}
    for built in sorted(site_dir.rglob("index.html")):
        location = built.parent.relative_to(site_dir).as_posix()
        location = "" if location == "." else location + "/"
        text = built.read_text(encoding="utf-8")
        title, description = TITLE_RE.search(text), DESCRIPTION_RE.search(text)
        if title and description and 'http-equiv="refresh"' not in text:  # not the redirect stubs
            about = html.unescape(description.group(1))
            intro = lead(text)
            out[location] = (html.unescape(title.group(1)).strip(), " ".join([about, *fresh(intro, about)]).strip())
    return out


def fresh(intro: str, about: str) -> list[str]:
    """The introduction's sentences that do not say again what the description says (无障碍声明's
    first sentence is its description, reworded: the teaser had shown both)."""
    return [s for s in re.findall(r"[^。]+。?", intro)
            if s.strip() and s not in about and SequenceMatcher(None, s, about).ratio() < 0.75]


def validate(index: dict) -> list[str]:
    """What would make Chinese search silently return nothing."""
    problems = []
    config, docs = index["config"], index["docs"]
    if len(config.get("vocabulary", [])) < 200:
        problems.append(f"vocabulary has {len(config.get('vocabulary', []))} words: Chinese segmentation did not happen (jieba)")
    if len(config.get("variants", {})) < 100:
        problems.append("Traditional->Simplified table is (nearly) empty: OpenCC conversion did not happen")
    runs = config.get("homophoneRuns", [])
    if len(runs) < 300 or sum(runs) >= COMMON_COUNT:
        problems.append("homophone runs are missing or do not fit GB 2312's first level: pypinyin's readings did not happen")
    separator = re.compile(config.get("separator", ""))
    if separator.search("质押融资专利保险") or not separator.search("\u200b"):
        problems.append(f"separator {config.get('separator')!r} splits Chinese text or misses \\u200b")
    without_cjk = [d["location"] for d in docs if not CJK_RE.search(d["title"] + d.get("text", ""))]
    if len(without_cjk) > len(docs) // 10:
        problems.append(f"{len(without_cjk)} index entries have no Chinese text, e.g. {without_cjk[:3]}")
    if not any(d.get("kind") == "measure" for d in docs):
        problems.append("no measure page in the index")
    signposts = {d["location"].split("#")[-1] for d in docs if "#" in d["location"]} & SIGNPOSTS
    if signposts != SIGNPOSTS:
        problems.append(f"signpost section(s) {sorted(SIGNPOSTS - signposts)} not in the index: build_index.SIGNPOSTS names an anchor no page has")
    return problems


def write_index(path: Path, site) -> None:
    """Replace Material's index at `path` with ours, built from the site model; a degraded
    index is deleted, never left for a deploy to publish."""
    import json

    if not path.exists():
        raise SearchIndexError(f"{path} is missing: is Material's search plugin enabled?")
    pages = {p.url.lstrip("/"): {"kind": p.kind, "title": p.meta.get("title")} for p in site.pages}
    material = json.loads(path.read_text(encoding="utf-8"))
    index = build(material, pages, site.paragraphs, tools(path.parent.parent))
    problems = validate(index)
    if problems:
        path.unlink()
        raise SearchIndexError("search index would not find Chinese text:\n  " + "\n  ".join(problems))
    path.write_text(json.dumps(compact(index), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def compact(index: dict) -> dict:
    """The index as written: a section's entry leaves out its page's kind, and an entry its empty text (the
    worker fills both in; 0.1 KB gzip, which the 60 KB budget needed)."""
    kinds = {d["location"]: d["kind"] for d in index["docs"] if "#" not in d["location"]}
    docs = [{k: v for k, v in d.items() if not (k == "kind" and kinds.get(d["location"].split("#")[0]) == v and "#" in d["location"])
             and not (k == "text" and v == "")} for d in index["docs"]]
    return {**index, "docs": docs}
