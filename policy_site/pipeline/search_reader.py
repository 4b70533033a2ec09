"""What the search worker needs to read a reader's query, added to the search index.

Pure (no MkDocs): `enrich(index, site)` takes the index policy_site/search/build_index.py made
and the site model, and returns `(stub, full)`:

- `full` gains, all from checked data (front matter and source paragraphs):
  `figures`: one entry per key-figures row (figure, what it counts, its paragraph, the
  sentence it stands in), so 小微企业有多少家 answers with the row;
  `ids`: names of questions and highlights (问二, 亮点三) -> location (the worker adds each paragraph id, q2-7, from its 原文 entry);
  `needs`: the five needs with their pages, shown when nothing matches;
  and from policy_site/search/thesaurus.yml the filler words a query drops and the words that
  ask for a number. The reader-to-text thesaurus itself is `config.synonyms` (build_index).
- `stub` is what search/search_index.json becomes: Material's main thread reads only its
  `config` (separator for highlighting); the worker fetches `full` from `config.index`
  when the reader opens search (overrides/assets/javascripts/cjk-search-worker.js).
"""

from __future__ import annotations

import re
from pathlib import Path

from policy_site.fidelity import furniture, model, name_checks
from policy_site.fidelity.text import CN_DIGITS
from policy_site.pipeline import generated
from policy_site.search.build_index import read_thesaurus

THESAURUS = Path(__file__).resolve().parents[1] / "search" / "thesaurus.yml"
FULL_INDEX = "search/cjk-index.json"
NUMERALS = CN_DIGITS
# Config keys Material's main thread reads; the rest stays in the full index only.
STUB_KEYS = ("lang", "separator", "pipeline")
MATERIAL_ONLY = ("fields", "lang", "pipeline")


class SearchReaderError(Exception):
    pass


def query_words(path: Path = THESAURUS) -> dict:
    data = read_thesaurus(path)
    out: dict = {}
    for key in ("filler", "number_questions", "number_topics", "question_words"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise SearchReaderError(f"{path}: `{key}` must be a list of words")
        out[key] = words
    hints = data.get("number_hints") or {}
    if not isinstance(hints, dict) or not all(isinstance(v, str) for v in hints.values()):
        raise SearchReaderError(f"{path}: `number_hints` must map a word to a word")
    out["number_hints"] = hints
    # number_patterns ask a kind of number, word_patterns mean a word of the text: both a word of
    # `first`, then within `gap` characters one of `then`
    for key, head, says in (("number_patterns", "kind", "a word"), ("word_patterns", "word", "the text's word")):
        patterns = data.get(key) or []
        if not (isinstance(patterns, list) and all(
                isinstance(p, dict) and set(p) - {"gap"} == {head, "first", "then"} and isinstance(p[head], str) and p[head]
                and isinstance(p.get("gap", 3), int) and 0 <= p.get("gap", 3) <= 10
                and all(isinstance(p[k], list) and p[k] and all(isinstance(w, str) and w for w in p[k]) for k in ("first", "then"))
                for p in patterns)):
            raise SearchReaderError(f"{path}: `{key}` must be a list of {{{head}: {says}, first: [words], then: [words], gap: characters between (0-10, default 3)}}")
        # (a list that is all the number questions, *number_questions in the thesaurus, is written once: named by its key)
        out[key] = [{k: "number_questions" if v == out["number_questions"] else v for k, v in p.items()} for p in patterns]
    # number_pages: a kind of number the text never gives for the 意见, the page whose box says so, and the
    # words of what a row counts that make the row count that kind as well
    own = data.get("number_pages") or []
    if not (isinstance(own, list) and all(
            isinstance(p, dict) and {"kind", "page"} <= set(p) <= {"kind", "page", "rows"}
            and isinstance(p["kind"], str) and p["kind"] and isinstance(p["page"], str) and p["page"].endswith("/")
            and isinstance(p.get("rows", []), list) and all(isinstance(w, str) and w for w in p.get("rows", []))
            for p in own)):
        raise SearchReaderError(f"{path}: `number_pages` must be a list of {{kind: a word, page: a page address ending in /, rows: [words]}}")
    out["number_pages"] = own
    units = data.get("number_units") or {}
    if not isinstance(units, dict) or not all(isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in units.items()):
        raise SearchReaderError(f"{path}: `number_units` must map one character to a kind")
    out["number_units"] = units
    for key in ("silent_questions", "silent_topics"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise SearchReaderError(f"{path}: `{key}` must be a list of words")
        out[key] = words
    routes = data.get("silent_routes") or {}
    if not (isinstance(routes, dict) and set(routes) == {"asks", "does"}
            and all(isinstance(v, list) and v and all(isinstance(w, str) and w for w in v) for v in routes.values())):
        raise SearchReaderError(f"{path}: `silent_routes` must have `asks` and `does`, each a list of words")
    out["silent_routes"] = routes
    dialect = data.get("dialect") or {}
    if not isinstance(dialect, dict) or not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in dialect.items()):
        raise SearchReaderError(f"{path}: `dialect` must map a dialect's word to a Mandarin word")
    out["dialect"] = dict(sorted(dialect.items()))  # sorted: gzip finds more of each in the one before; the worker sorts by length
    return out


def silent(site) -> dict:
    """What the search shows above the closest pages for a question the text may not answer:
    registered furniture (search-silent), the box's title and anchor, and the pages that have
    a 原文未载明 box (the link goes to the first of the results that has one)."""
    boxed = {p.url.lstrip("/"): p.kind for p in site.pages if name_checks.absences(p)}
    # A kind whose every page has the box is named once (`kinds`: measure, programme), not page by page (0.2 KB
    # gzip of the index); `silent_pages` gives the whole list back.
    kinds = sorted({k for k in boxed.values() if all(name_checks.absences(p) for p in site.pages if p.kind == k)})
    return {"line": furniture.named("search-silent"), "closest": furniture.named("search-silent-closest"),
            "label": model.ABSENCE_TITLE, "anchor": generated.ABSENCE_ID, "by_need": "by-need/", "kinds": kinds,
            "pages": sorted(url for url, kind in boxed.items() if kind not in kinds)}


def silent_pages(config: dict, docs: list[dict]) -> set[str]:
    """The pages with a 原文未载明 box: those listed, and every page of a kind named (as the worker reads them)."""
    silent = config.get("silent") or {}
    return set(silent.get("pages") or []) | {d["location"] for d in docs
                                              if "#" not in d["location"] and d.get("kind") in (silent.get("kinds") or [])}


def _sentence(text: str, figure: str) -> str:
    """The clause of `text` holding `figure` (between full stops or semicolons)."""
    at = text.find(figure)
    if at < 0:
        raise SearchReaderError(f"figure {figure!r} is not in its paragraph")
    start = max(text.rfind(p, 0, at) for p in "。；") + 1
    ends = [i for i in (text.find(p, at) for p in "。；") if i >= 0]
    return text[start:(min(ends) + 1 if ends else len(text))].strip()


# What a key-figures row counts, from its figure and what it says it is (checked front matter):
# the four kinds of number a reader asks for (thesaurus.yml number_hints map question words to them).
def counts(figure: str, what: str) -> str:
    """金额, 比例, 年 or 数量 by the figure's unit, else by what it counts; 号码 for a telephone number
    (12330: 热线几号 asks it); "" for none of them."""
    if "号码" in what:
        return "号码"
    if figure.endswith("元"):
        return "金额"
    if re.search(r"[%倍]$", figure):
        return "比例"
    if re.search(r"[年月日]$|年底$", figure):
        return "年"
    if "金额" in what:
        return "金额"
    if re.search(r"比例|速度|增速|增长", what):
        return "比例"
    if re.search(r"[个家件万级]$|方面$", figure) or "数量" in what:
        return "数量"
    return ""


def figures(site) -> list[dict]:
    page = site.page_by_id().get("figures")
    paragraphs = {p.id: p for p in site.paragraphs}
    rows = []
    for row in (page.meta.get("figures") if page else None) or []:
        figure, pid = str(row["figure"]), str(row["paragraph"])
        # (no paragraph label: the worker shows the row's paragraph id, and 37 labels cost 0.1 KB of the index)
        rows.append({"figure": figure, "what": str(row["what"]), "paragraph": pid, "counts": counts(figure, str(row["what"])),
                     "sentence": _sentence(paragraphs[pid].text, figure)})
    return rows


def ids(site) -> dict[str, str]:
    # (not the paragraphs' ids, q2-7: the worker reads them from the 原文's entries, original/#q2-7; 0.2 KB gzip;
    # nor the other forms of a name, 问题二, 第二问, 第二个问题, 政策亮点三, 第三个亮点, 第三条亮点: the worker writes them; 0.3 KB)
    out = {}
    for page in site.pages:
        number = page.meta.get("number")
        if not isinstance(number, int) or not 1 <= number <= 10:
            continue
        n, url = NUMERALS[number - 1], page.url.lstrip("/")
        if page.kind == "question":
            out[f"问{n}"] = url
        elif page.kind == "measure":
            out[f"亮点{n}"] = url
    return out


def needs(site, labels: dict[str, str]) -> list[dict]:
    out = []
    for need, _, measures, programmes in generated.needs(site):
        label, pages = labels[need], measures + programmes
        # (the worker shows each page's title; no address: 0.2 KB gzip)
        out.append({"label": label, "location": f"by-need/#{need}", "pages": [p.meta["title"] for p in pages]})
    return out


def enrich(index: dict, site, need_labels: dict[str, str]) -> tuple[dict, dict]:
    config = dict(index["config"])
    config.update({"figures": figures(site), "ids": ids(site), "needs": needs(site, need_labels), "silent": silent(site),
                   **query_words()})
    # (the full index leaves out what only Material's own worker reads, which the stub carries: `fields`, `lang`,
    # `pipeline`; 0.1 KB gzip)
    full = {"config": {k: v for k, v in config.items() if k not in MATERIAL_ONLY}, "docs": index["docs"]}
    stub = {"config": {**{k: config[k] for k in STUB_KEYS if k in config}, "index": FULL_INDEX}, "docs": []}
    return stub, full


def validate(full: dict) -> list[str]:
    config = full["config"]
    problems = []
    if len(config.get("figures", [])) < 10:
        problems.append("fewer than 10 key-figures rows: the figures page's front matter was not read")
    if not config.get("ids", {}).get("问二") or not any(d.get("location") == "original/#q2-7" for d in full.get("docs", [])):
        problems.append("question names or the paragraphs' entries (their ids) are missing from the search index")
    if len(config.get("needs", [])) != len(set(n["label"] for n in config.get("needs", []))) or \
            any(not n["pages"] for n in config.get("needs", [])):
        problems.append("a need has no page: the no-match fallback would be empty")
    boxed = silent_pages(config, full.get("docs", []))
    if not boxed or not config.get("silent_questions"):
        problems.append("no page has a 原文未载明 box, or no silent-question words: the honest line would never show")
    for own in config.get("number_pages", []):
        if own["page"] not in boxed:
            problems.append(f"thesaurus.yml number_pages: {own['page']} has no 原文未载明 box to say the text gives no {own['kind']}")
    return problems
