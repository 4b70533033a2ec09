"""Material's stylesheet without the rules for components this site never shows.

Material's main.css (22 KB gzip, render-blocking) styles every feature Material has: blog
posts, tabs, code annotations, keyboard keys, cookie consent, version selector, … A selector
is dropped when it names a class that no file of the built site contains (no page, no
script, no index: Material's bundle and our scripts add classes from literal strings, which
this scan sees). That is PurgeCSS's rule with its default extractor; PurgeCSS itself runs on
node, and the build must run with Python alone, so this does it with tinycss2 (already
required by WeasyPrint). Then custom properties that nothing reads any more (the admonition
icons of unused types, code-highlight colours) are dropped.

Conservative where it matters: classes inside functional pseudo-classes (:not(.x), :is(.a))
never drop a selector, at-rules other than @media/@supports are kept whole, and the result
gets a new content-hashed name (the old one is cached as immutable), written into every page.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import tinycss2
from tinycss2.ast import Declaration, IdentToken, LiteralToken, QualifiedRule

STYLESHEETS = "assets/stylesheets"
_MATERIAL_MAIN = re.compile(r"^main\.[0-9a-f]{8}\.min\.css$")
_CONTENT_SUFFIXES = (".html", ".js", ".json", ".svg", ".xml")
_GROUPING = ("media", "supports")


def _classes(tokens) -> set[str]:
    """Class names at the top level of a selector (not inside :not(), :is(), …)."""
    out = set()
    for before, token in zip(tokens, tokens[1:]):
        if isinstance(before, LiteralToken) and before.value == "." and isinstance(token, IdentToken):
            out.add(token.value)
    return out


def _split_selectors(prelude) -> list[list]:
    parts: list[list] = [[]]
    for token in prelude:
        if isinstance(token, LiteralToken) and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _purge_rules(rules, present) -> list:
    """The rules left; grouping at-rules get their kept rules as content (nodes, not tokens)."""
    kept = []
    for rule in rules:
        if rule.type in ("whitespace", "comment"):
            continue
        if rule.type == "qualified-rule":
            selectors = [s for s in _split_selectors(rule.prelude) if all(present(c) for c in _classes(s))]
            if not selectors:
                continue
            prelude = []
            for i, selector in enumerate(selectors):
                prelude += ([LiteralToken(0, 0, ",")] if i else []) + selector
            kept.append(QualifiedRule(rule.source_line, rule.source_column, prelude, rule.content))
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPING and rule.content is not None:
            inner = _purge_rules(tinycss2.parse_rule_list(rule.content), present)
            if inner:
                rule.content = inner
                kept.append(rule)
        else:
            kept.append(rule)
    return kept


def _style_rules(rules):
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPING and rule.content is not None:
            yield from _style_rules(rule.content)


def _drop_unread_properties(rules, read_elsewhere) -> None:
    """Remove `--x: …` declarations whose name is read nowhere (by var() in what is left, or
    by `read_elsewhere`), until nothing more goes."""
    while True:
        read = set(re.findall(r"var\(\s*(--[\w-]+)", tinycss2.serialize(rules)))
        dropped = False
        for rule in _style_rules(rules):
            items = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
            keep = [d for d in items if not (isinstance(d, Declaration) and d.name.startswith("--")
                                             and d.name not in read and not read_elsewhere(d.name))]
            if len(keep) != len(items):
                dropped = True
                rule.content = tinycss2.parse_component_value_list(
                    "".join(d.serialize() + (";" if isinstance(d, Declaration) else "") for d in keep))
        if not dropped:
            return


def purge(css: str, content: str, other_css: str = "") -> str:
    """`css` without the selectors whose classes `content` never names, and without the custom
    properties nothing reads (`other_css` and `content` count as readers)."""
    words = set(re.findall(r"[\w-]+", content))  # each class or property name is one such word
    other = set(re.findall(r"--[\w-]+", other_css))
    rules = _purge_rules(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True), words.__contains__)
    _drop_unread_properties(rules, lambda name: name in words or name in other)
    rules = [r for r in rules if not (r.type == "qualified-rule" and not tinycss2.serialize(r.content).strip(" ;"))]
    return tinycss2.serialize(rules)


def purge_site(site_dir: Path) -> Path | None:
    """Replace Material's main stylesheet in `site_dir` by its purged copy under a new hashed
    name and point every page at it. Returns the new file, or None when there is nothing to do
    (no Material stylesheet: e.g. the Markdown-only CLI build)."""
    folder = site_dir / STYLESHEETS
    originals = [p for p in folder.glob("main.*.min.css") if _MATERIAL_MAIN.match(p.name)] if folder.is_dir() else []
    if not originals:
        return None
    if len(originals) != 1:
        raise SystemExit(f"purge_css: expected one Material main stylesheet in {folder}, found {[p.name for p in originals]}")
    original = originals[0]
    texts = {p: p.read_text(encoding="utf-8") for p in site_dir.rglob("*")
             if p.is_file() and p.suffix in _CONTENT_SUFFIXES}
    content = "\n".join(texts.values())
    other_css = "\n".join(p.read_text(encoding="utf-8") for p in site_dir.rglob("*.css")
                          if p.is_file() and p != original)
    purged = purge(original.read_text(encoding="utf-8"), content, other_css)
    name = f"main.{hashlib.sha256(purged.encode()).hexdigest()[:8]}.min.css"
    target = folder / name
    target.write_text(purged, encoding="utf-8")
    pages = 0
    for path, text in texts.items():
        if path.suffix == ".html" and original.name in text:
            path.write_text(text.replace(original.name, name), encoding="utf-8")
            pages += 1
    if not pages:
        raise SystemExit(f"purge_css: no page links {original.name}; Material's layout changed")
    if target != original:
        original.unlink()
        original.with_name(original.name + ".map").unlink(missing_ok=True)
    return target
