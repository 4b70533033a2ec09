"""关键词索引: a concordance of the text's terms (policy_site/pipeline/terms.yml).

Every term must occur verbatim in the source; for each, every occurrence with its context
and paragraph, and the site page that covers it. No definitions: the text rarely gives any.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import yaml

from policy_site.fidelity.pages import Page
from policy_site.fidelity.sentence_checks import SENTENCE_RE
from policy_site.fidelity.source import Paragraph

TERMS_FILE = Path(__file__).with_name("terms.yml")
CONTEXT = 20


class TermsError(ValueError):
    pass


@dataclass(frozen=True)
class Occurrence:
    paragraph_id: str
    before: str
    term: str
    after: str


@dataclass(frozen=True)
class Entry:
    """A term; `short`: the shorter form pages also use (托管 for 知识产权托管), linked to the same
    entry; `lead`: the paragraph whose sentence with the term explains it, shown first."""
    term: str
    short: str = ""
    lead: str = ""


def load_entries(path: Path = TERMS_FILE) -> list[Entry]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise TermsError(f"{path}: expected a YAML list of terms")
    out = []
    for item in data:
        if isinstance(item, (str, int)):
            out.append(Entry(str(item)))
        elif isinstance(item, dict) and isinstance(item.get("term"), str) and set(item) <= {"term", "short", "lead"}:
            out.append(Entry(item["term"], str(item.get("short", "")), str(item.get("lead", ""))))
        else:
            raise TermsError(f"{path}: {item!r}: a term is a string or {{term, short, lead}}")
    return out


def load_terms(path: Path = TERMS_FILE) -> list[str]:
    return [e.term for e in load_entries(path)]


def check_terms(terms: list[str], paragraphs: list[Paragraph], path: str = "terms.yml",
                entries: list[Entry] | None = None) -> list[str]:
    problems = []
    seen = set()
    for term in terms:
        if term in seen:
            problems.append(f"{path}: term {term!r} is listed twice")
        seen.add(term)
        if not any(term in p.text for p in paragraphs):
            problems.append(f"{path}: term {term!r} does not occur verbatim in source/original.txt")
    by_id = {p.id: p for p in paragraphs}
    for e in entries or []:
        if e.short and (e.short not in e.term or not any(e.short in p.text for p in paragraphs)):
            problems.append(f"{path}: short form {e.short!r} of {e.term!r} is not part of it, or not in the source")
        if e.lead and e.term not in getattr(by_id.get(e.lead), "text", ""):
            problems.append(f"{path}: lead paragraph {e.lead!r} of {e.term!r} does not use the term")
    return problems


def sentences_with(entry: Entry, paragraphs: list[Paragraph]) -> list[tuple[str, str]]:
    """(paragraph id, sentence) for every sentence of the text that uses the term, the lead
    paragraph's first one first."""
    found = [(p.id, s.strip()) for p in paragraphs for s in SENTENCE_RE.findall(p.text) if entry.term in s]
    lead = next((f for f in found if f[0] == entry.lead), None)
    return ([lead] if lead else []) + [f for f in found if f != lead]


def occurrences(term: str, paragraphs: list[Paragraph], width: int = CONTEXT) -> list[Occurrence]:
    out = []
    for para in paragraphs:
        start = para.text.find(term)
        while start >= 0:
            end = start + len(term)
            out.append(Occurrence(para.id, para.text[max(0, start - width):start], term, para.text[end:end + width]))
            start = para.text.find(term, end)
    return out


def covering_page(term: str, pages: list[Page]) -> Page | None:
    """The page that covers the term: a programme, then a measure, whose title (then body) holds it."""
    order = {"programme": 0, "measure": 1, "question": 3, "topic": 2}
    candidates = [p for p in pages if p.kind in order]
    for where in ("title", "body"):
        hits = [p for p in candidates
                if term in (p.meta.get("title", "") if where == "title" else "\n".join(p.lines))]
        if hits:
            return min(hits, key=lambda p: (order[p.kind or ""], "\n".join(p.lines).count(term) * -1, p.rel))
    return None


def anchor(term: str) -> str:
    """A stable ASCII anchor for a term: it does not move when the list changes."""
    return "t-" + hashlib.sha256(term.encode("utf-8")).hexdigest()[:8]


def render(terms: list[str], paragraphs: list[Paragraph], pages, entries: list[Entry] | None = None) -> str:
    problems = check_terms(terms, paragraphs, entries=entries)
    by_term = {e.term: e for e in entries or []}
    if problems:
        raise TermsError("\n".join(problems))
    out = [
        "---", "title: 关键词索引",
        "description: 原文中的关键词及用到它们的每一句，附原文段落和本站相关页面。",
        "---", "", "# 关键词索引 {#page-title}", "",
        f"原文中的 {len(terms)} 个关键词，按原文用语列出用到它们的每一句及所在段落。"
        "这是逐字索引，不是术语解释，本站不补写定义。", "",
        '<nav class="terms-jump" aria-label="关键词">'
        + " ".join(f'<a href="#{anchor(t)}">{html.escape(t)}</a>' for t in terms) + "</nav>", "",
    ]
    for term in terms:
        occ = occurrences(term, paragraphs)
        page = covering_page(term, pages)
        out += [f"## {term} {{#{anchor(term)}}}", ""]
        line = f"出现 {len(occ)} 处。"
        if page is not None:
            line += f"本站相关页面：[{page.meta['title']}](/{page.rel})。"
        out += [line, "", '<ul class="concordance">']
        for pid, sentence in sentences_with(by_term.get(term, Entry(term)), paragraphs):
            marked = html.escape(sentence).replace(html.escape(term), f"<mark>{html.escape(term)}</mark>")
            out.append(f'<li><a class="concordance-id" href="../original/#{pid}">{pid}</a> <span class="kwic">{marked}</span></li>')
        out += ["</ul>", ""]
    return "\n".join(out)
