"""关键词索引: a concordance of the text's terms (scripts/build/terms.yml).

Every term must occur verbatim in the source; for each, every occurrence with its context
and paragraph, and the site page that covers it. No definitions: the text rarely gives any.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.fidelity.pages import Page
from scripts.fidelity.source import Paragraph

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


def load_terms(path: Path = TERMS_FILE) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(t, (str, int)) for t in data):
        raise TermsError(f"{path}: expected a YAML list of terms")
    return [str(t) for t in data]


def check_terms(terms: list[str], paragraphs: list[Paragraph], path: str = "terms.yml") -> list[str]:
    problems = []
    seen = set()
    for term in terms:
        if term in seen:
            problems.append(f"{path}: term {term!r} is listed twice")
        seen.add(term)
        if not any(term in p.text for p in paragraphs):
            problems.append(f"{path}: term {term!r} does not occur verbatim in source/original.txt")
    return problems


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


def render(terms: list[str], paragraphs: list[Paragraph], pages) -> str:
    problems = check_terms(terms, paragraphs)
    if problems:
        raise TermsError("\n".join(problems))
    out = [
        "---", "title: 关键词索引",
        "description: 原文中的关键词及其在原文中出现的每一处，附上下文、原文段落和本站相关页面。",
        "---", "", "# 关键词索引 {#page-title}", "",
        f"原文中的 {len(terms)} 个关键词，按原文用语列出它们出现的每一处（前后各约二十字）及所在段落。"
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
        for o in occ:
            out.append(
                f'<li><a class="concordance-id" href="../original/#{o.paragraph_id}">{o.paragraph_id}</a> '
                f'<span class="kwic">{"…" if o.before else ""}{html.escape(o.before)}<mark>{html.escape(o.term)}</mark>'
                f'{html.escape(o.after)}{"…" if o.after else ""}</span></li>')
        out += ["</ul>", ""]
    return "\n".join(out)
