"""Each 关键词索引 term, or its short form, links to its entry on its first use in a content page's
own prose, so a reader meets the text's sentences on it (policy_site/pipeline/terms.yml).

Works on the page's Markdown lines rather than the rendered tree because MkDocs resolves `.md`
links before a tree processor would run. Own prose only: not headings, quotes, indented blocks
(the 原文未载明 box), tables, markers, nor inside an existing link, 《》 or “”.
"""

from __future__ import annotations

import re

from policy_site.fidelity import model
from policy_site.fidelity.pages import Page

from .terms import Entry, anchor

SKIP_LINE_RE = re.compile(r"^(?:#|>|\||!!!|<|\{:|\s{2,}|\*\*下一步\*\*)")
# Spans a term is never linked inside: links (label and target), 《titles》, “terms”, inline code.
PROTECTED_RE = re.compile(r"\[[^\]]*\]\([^)]*\)|《[^》]*》|“[^”]*”|`[^`]*`")


def link_terms(markdown: str, page: Page, entries: list[Entry]) -> str:
    if page.kind not in model.SUBSTANTIAL_KINDS:
        return markdown
    forms = sorted(((form, e.term) for e in entries for form in (e.term, e.short) if form), key=lambda f: -len(f[0]))
    lines = markdown.split("\n")
    linked: set[str] = set()
    in_fence = False
    for n, line in enumerate(lines):
        if line.startswith("```"):
            in_fence = not in_fence
        if in_fence or not line.strip() or SKIP_LINE_RE.match(line):
            continue
        lines[n] = _link_line(line, forms, linked)
    return "\n".join(lines)


def _link_line(line: str, forms: list[tuple[str, str]], linked: set[str]) -> str:
    taken = [(m.start(), m.end()) for m in PROTECTED_RE.finditer(line)]
    inserts: list[tuple[int, int, str]] = []
    for form, term in forms:
        if term in linked:
            continue
        at = _free(line, form, taken)
        if at < 0:
            continue
        linked.add(term)
        taken.append((at, at + len(form)))
        inserts.append((at, at + len(form), f"[{form}](/terms.md#{anchor(term)})"))
    for start, end, link in sorted(inserts, reverse=True):
        line = line[:start] + link + line[end:]
    return line


def _free(line: str, form: str, taken: list[tuple[int, int]]) -> int:
    at = line.find(form)
    while at >= 0:
        if not any(s < at + len(form) and at < e for s, e in taken):
            return at
        at = line.find(form, at + 1)
    return -1
