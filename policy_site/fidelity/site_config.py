"""The site-wide strings of mkdocs.yml, checked like prose: nav labels, the site's name and
description (every page's shared description falls back to it), and the Markdown extensions.

Read without MkDocs (a YAML loader that ignores MkDocs' tags), so `python -m policy_site.fidelity`
checks them too.

- W001: a nav label says only what its page's title and cited paragraphs say (framing words
  aside), and a label that numbers a highlight or question (亮点三, 问二) leads to that page.
- W002: the site's name and description use the text's words (framing words aside); titles in
  《》 and figures verbatim in the text.
- W003: mkdocs.yml enables a Markdown extension the content model does not name
  (rendered.MARKDOWN_EXTENSIONS): a new construct must be named before a page can use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import furniture, model, name_checks, rendered, sentence_checks
from .diagnostics import Diagnostic
from .figures import find_figures
from .source import Paragraph
from .text import CJK_RE

CONFIG_NAME = "mkdocs.yml"
# MkDocs always adds these; pymdownx.superfences replaces fenced_code.
MKDOCS_BUILTINS = ("toc", "tables", "fenced_code")


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@dataclass
class SiteConfig:
    path: Path
    lines: list[str] = field(default_factory=list)
    site_name: str = ""
    site_description: str = ""
    nav: list[tuple[str, str]] = field(default_factory=list)  # (label, docs-relative path)
    sections: list[str] = field(default_factory=list)  # labels of nav sections (no page)
    extensions: list[str] = field(default_factory=list)

    def line_of(self, text: str) -> int:
        return next((n for n, line in enumerate(self.lines, 1) if text in line), 1)


def load(docs_dir: Path) -> SiteConfig | None:
    path = Path(docs_dir).parent / CONFIG_NAME
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_Loader) or {}  # noqa: S506 - a SafeLoader subclass
    config = SiteConfig(path=path, lines=text.split("\n"))
    config.site_name = str(data.get("site_name") or "")
    config.site_description = str(data.get("site_description") or "")
    config.extensions = [next(iter(e)) if isinstance(e, dict) else str(e) for e in data.get("markdown_extensions") or []]

    def walk(items: list) -> None:
        for item in items or []:
            if isinstance(item, dict):
                for label, value in item.items():
                    if isinstance(value, list):
                        config.sections.append(str(label))
                        walk(value)
                    else:
                        config.nav.append((str(label), str(value)))
    walk(data.get("nav") or [])
    return config


def check(config: SiteConfig, pages: list, paragraphs: list[Paragraph]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    rel = config.path.name
    for name in config.extensions:
        if name not in rendered.MARKDOWN_EXTENSIONS + rendered.GUARD_EXTENSIONS:
            out.append(Diagnostic(rel, config.line_of(name), "W003",
                                  f"Markdown extension '{name}' is not in the content model: it may render text the checker does not read",
                                  f"name it, and the elements it renders, in policy_site/fidelity/rendered.py ({', '.join(rendered.MARKDOWN_EXTENSIONS)})"))
    furniture_labels = set(furniture.labels())
    whole = sentence_checks.whole_scope(tuple(paragraphs))
    framing = sentence_checks.framing_words()
    for label in (config.site_name, config.site_description):
        if label:
            out += _words(rel, config.line_of(label[:12]), label, whole, framing, "W002", "the site's name or description")
    by_rel = {p.rel: p for p in pages}
    for section in config.sections:
        if section not in furniture_labels and section not in model.SITE_LABELS:
            out.append(Diagnostic(rel, config.line_of(f"{section}:"), "W001", f"nav section '{section}' is not a site label",
                                  "list it in policy_site/fidelity/furniture.yml `labels` if it states no fact"))

    for label, target in config.nav:
        page = by_rel.get(target)
        line = config.line_of(f"{label}:")
        if page is not None and not page.meta:
            continue  # the page could not be read; its own error says why
        if page is None:  # a generated page (原文, 核验 …): its label is a site label
            if label not in furniture_labels and label not in model.SITE_LABELS:
                out.append(Diagnostic(rel, line, "W001", f"nav label '{label}' of the generated page {target} is not a site label",
                                      "list it in policy_site/fidelity/furniture.yml `labels` if it states no fact"))
            continue
        title = page.meta.get("title") if isinstance(page.meta.get("title"), str) else ""
        if label == title or label in furniture_labels:
            continue
        number = page.meta.get("number")
        for regex, kind in ((sentence_checks.HIGHLIGHT_RE, "measure"), (sentence_checks.QUESTION_RE, "question")):
            said = regex.search(label)
            if said and (page.kind != kind or sentence_checks.CN_DIGITS.index(said.group(1)) + 1 != number):
                out.append(Diagnostic(rel, line, "W001", f"nav label '{label}' says {said.group(0)}, but {target} is not that page"))
        cited = sentence_checks._Scope([p for p in paragraphs if p.id in page.sources])
        plain = sentence_checks.PART_RE.sub(lambda m: "，" * len(m.group(0)), label)
        scope = sentence_checks._Scope([*cited.paragraphs, Paragraph(id="page title", text=title, line=0, question=0)])
        out += _words(rel, line, plain, scope, framing, "W001", f"the nav label of {target}")
    return out


def _words(rel: str, line: int, text: str, scope, framing: frozenset[str], code: str, what: str) -> list[Diagnostic]:
    out = []
    for m in name_checks.TITLE_RE.finditer(text):
        if m.group(1) not in scope.text and m.group(1) not in model.SITE_LABELS:
            out.append(Diagnostic(rel, line, code, f"《{m.group(1)}》 in {what} is not in the text"))
    for _, figure in find_figures(text):
        if figure not in scope.text:
            out.append(Diagnostic(rel, line, code, f"figure '{figure}' in {what} is not in the text", scope.nearest(text)))
    plain = name_checks.TITLE_RE.sub(lambda m: "，" * len(m.group(0)), text)
    at = 0
    for word in sentence_checks.cut(plain):
        if CJK_RE.search(word) and word not in framing and word not in model.SITE_LABELS \
                and not scope.has(word, plain, at):
            out.append(Diagnostic(rel, line, code, f"'{word}' in {what} ('{text}') is not a word of the text it stands for",
                                  scope.nearest(text)))
            break
        at += len(word)
    return out
