"""What a page renders: the text a reader or a machine sees, taken from Python-Markdown's tree.

The checker's object is the rendered page, not the Markdown lines: a Python-Markdown extension
(`RenderedText`, a tree processor that runs after every other one) walks the finished tree and
sorts every text node and every shown attribute into a role the content model names:

- ``prose``: paragraphs, list items, table cells, definition terms and descriptions, details
  summaries; checked like the page's own sentences (figures, names, words, negations …);
- ``heading``: checked for figures, names and characters;
- ``label``: an admonition title from `model.ADMONITION_LABELS`, site furniture;
- ``attribute``: `title`, `alt`, `aria-label`, `placeholder` values; checked like prose;
- ``absence``: an item of a 原文未载明 box: a statement that the text does not say something;
- ``quote``: a blockquote line, verbatim in the paragraph its citation names;
- ``code``: an inline code span, allowed on the about page only, ASCII identifiers only.

Closed by default: an element, attribute, class, raw HTML or link scheme the model does not name
is a diagnostic (R001–R006) naming it, so a construct nobody thought of cannot carry unchecked
text. Python-Markdown keeps no line numbers; each unit is located in the page's lines by its
text (`locate`), so every message still names file:line.

The same extension list renders the page here and in MkDocs (`MARKDOWN_EXTENSIONS`, compared with
mkdocs.yml by the build), so the checked tree is the published one.

Why not a sanitizer such as nh3 (ammonia) here: a sanitizer cleans, silently, and returns HTML; the
build must refuse instead, name file:line and the construct, and give every kept text node a role
to check. So the allowlist is applied to Python-Markdown's parsed tree (never to the Markdown with
regexes), after entity decoding, and tests/test_rendered.py holds it against nh3 run with the same
allowlist: whatever nh3 would remove from a page, this refuses.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from . import model

# The Markdown extensions of the site, in mkdocs.yml's order. The build refuses an mkdocs.yml
# that lists another (policy_site/pipeline/pipeline check): a new extension is a new construct, and it
# must be named here, and its elements below, before a page can use it.
MARKDOWN_EXTENSIONS: tuple[str, ...] = (
    "toc", "attr_list", "md_in_html", "admonition", "tables", "def_list",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.emoji",
)
# Listed in mkdocs.yml too, rendering nothing: the refusal to render outside the checked build
# (policy_site/adapters/markdown_guard.py).
GUARD_EXTENSIONS: tuple[str, ...] = ("policy_site.adapters.markdown_guard",)
EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {"toc": {"permalink": "¶", "permalink_title": "链接到本节"}}

# Elements a page may render, with the attributes each may carry. Nothing else passes.
ELEMENTS: dict[str, frozenset[str]] = {
    **{tag: frozenset({"id"}) for tag in ("h1", "h2", "h3", "h4", "h5", "h6")},
    # a p may keep a published anchor ({: #key-points }) when the section it named is merged away
    "p": frozenset({"class", "id"}), "ul": frozenset(), "ol": frozenset({"start"}), "li": frozenset(),
    "a": frozenset({"href", "class", "title"}), "strong": frozenset(), "em": frozenset(), "br": frozenset(), "hr": frozenset(),
    "table": frozenset(), "thead": frozenset(), "tbody": frozenset(), "tr": frozenset(),
    "th": frozenset({"style"}), "td": frozenset({"style"}),
    "dl": frozenset(), "dt": frozenset(), "dd": frozenset(),
    "blockquote": frozenset(), "div": frozenset({"class"}), "details": frozenset({"class", "open"}), "summary": frozenset(),
    "code": frozenset(),
}
# Classes the extensions give and the content model uses.
CLASSES: dict[str, frozenset[str]] = {
    "div": frozenset({"admonition", "info", "note", "tip", "quote"}),
    "p": frozenset({"admonition-title"}),
    "a": frozenset({"headerlink"}),
    "details": frozenset({"info", "note", "tip"}),
}
INLINE = ("a", "strong", "em", "br", "code")  # elements that may stand inside a unit's text
SHOWN_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
TABLE_ALIGN_RE = re.compile(r"^text-align: (?:left|right|center);?$")
ASCII_ID_RE = re.compile(r"^[A-Za-z0-9_-]+$")
CODE_RE = re.compile(r"^[A-Za-z0-9_./: -]+$")
CODE_KINDS = ("about",)  # kinds whose prose may show file names and data fields in code spans
# The marker comments a page may hold (replaced by the build) are the only raw HTML.
MARKER_RE = re.compile(r"^<!--\s*generated:\s*[a-z-]+\s*-->\s*$")
COMMENT_RE = re.compile(r"^<!--.*-->\s*$", re.S)
ENTITY_RE = re.compile(r"^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);$")

CITE_LINE_RE = re.compile(r"^——\s*\[[^\]]*\]\(/original\.md#([A-Za-z0-9_-]+)\)$")
CODES = ("R001", "R002", "R003", "R004", "R005", "R006")
ROLES = ("prose", "heading", "label", "attribute", "absence", "quote", "code")


@dataclass
class Unit:
    role: str
    text: str  # plain text as shown
    markup: str  # text with internal links kept as [label](/x.md) (the sentence checks read the links)
    line: int = 0
    cite: str | None = None  # quote: the paragraph id its citation names
    context: str = ""  # what it is, for messages (element and attribute)


@dataclass
class Problem:
    text: str  # text to locate the line by
    code: str
    message: str
    expected: str | None = None
    line: int = 0
    after: int = 0  # how many units came before it (it is located after the last of them)


@dataclass
class Rendering:
    units: list[Unit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _text(el: etree.Element, md: markdown.Markdown, markup: bool) -> str:
    """The text of an inline run, with stashed entities resolved and links as [label](href)."""
    out = [_unstash(el.text or "", md)]
    for child in el:
        if child.tag in ("ul", "ol", "p", "table", "dl", "div", "details", "blockquote"):
            pass  # blocks inside a list item are units of their own
        elif child.tag == "a" and "headerlink" in (child.get("class") or ""):
            pass
        elif child.tag == "a" and markup:
            out.append(f"[{_text(child, md, False)}]({child.get('href', '')})")
        elif child.tag == "br":
            out.append("\n")
        elif child.tag == "code":
            out.append(" ")  # its own role (R003), not the sentence's words
        else:
            out.append(_text(child, md, markup))
        out.append(_unstash(child.tail or "", md))
    return "".join(out)


def _unstash(text: str, md: markdown.Markdown) -> str:
    """Stashed entities become their characters; other stashed HTML is dropped here (the walker
    reports it: R002)."""
    def sub(m: re.Match) -> str:
        raw = str(md.htmlStash.rawHtmlBlocks[int(m.group(1))])
        return html.unescape(raw) if ENTITY_RE.match(raw.strip()) else " "
    return HTML_PLACEHOLDER_RE.sub(sub, text)


class _Walker:
    def __init__(self, md: markdown.Markdown, kind: str | None):
        self.md = md
        self.kind = kind
        self.out = Rendering()

    def problem(self, text: str, code: str, message: str, expected: str | None = None) -> None:
        self.out.problems.append(Problem(text, code, message, expected, after=len(self.out.units)))

    def unit(self, role: str, el: etree.Element, context: str, cite: str | None = None) -> None:
        markup = _text(el, self.md, True)
        plain = _text(el, self.md, False)
        for m, p in zip(markup.split("\n"), plain.split("\n")):
            if p.strip():
                self.out.units.append(Unit(role, p.strip(), m.strip(), cite=cite, context=context))

    def raw_html(self, text: str, where: str) -> None:
        for m in HTML_PLACEHOLDER_RE.finditer(text or ""):
            raw = str(self.md.htmlStash.rawHtmlBlocks[int(m.group(1))])
            if COMMENT_RE.match(raw.strip()):
                continue  # invisible; markers are checked by G001
            what = "a fenced code block" if "highlight" in raw[:80] or raw.lstrip().startswith("<pre") else f"raw HTML {raw.strip()[:60]!r}"
            self.problem(_visible(raw) or raw.strip()[:20], "R002",
                         f"{what} in {where}: pages are Markdown, and the content model names no raw HTML or code block",
                         "write it as Markdown prose, a list, a table or a quote")

    def walk(self, el: etree.Element, ctx: str = "") -> None:
        for child in el:
            self.element(child, ctx)

    def element(self, el: etree.Element, ctx: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else "?"
        if not self.known(el, tag, tuple(ELEMENTS), "it renders text the checker does not read"):
            return
        if tag == "code":
            self.code(el)
            return
        if tag == "blockquote":
            self.quote(el)
            return
        classes = set((el.get("class") or "").split())
        if tag == "div" and "admonition" in classes:
            self.admonition(el)
            return
        if tag in ("p", "li", "td", "th", "dt", "dd", "summary"):
            if tag == "p" and "admonition-title" in classes:
                self.label(el)
            else:
                self.unit("prose", el, f"<{tag}>")
        elif tag.startswith("h") and tag[1:].isdigit():
            self.unit("heading", el, f"<{tag}>")
        for child in el:
            if tag in ("p", "td", "th", "dt", "dd", "summary") or (tag.startswith("h") and tag[1:].isdigit()):
                self.inline(child)
            elif tag == "li" and child.tag in INLINE:
                self.inline(child)
            else:
                self.element(child, ctx)

    def known(self, el: etree.Element, tag: str, allowed_tags: tuple[str, ...], why: str) -> bool:
        """Raw HTML around it reported; an element outside `allowed_tags` refused (R001); its attributes checked."""
        self.raw_html(el.text or "", f"<{tag}>")
        self.raw_html(el.tail or "", "the page")
        if tag not in allowed_tags:
            self.problem(_visible_el(el, self.md) or el.get("alt") or el.get("src") or tag, "R001",
                         f"element <{tag}> is not in the content model: {why}",
                         f"elements a page may render here: {', '.join(sorted(allowed_tags))}")
            return False
        for name, value in el.attrib.items():
            self.attribute(el, tag, name, value, ELEMENTS[tag])
        return True

    def inline(self, el: etree.Element) -> None:
        """An inline element inside a unit: its text is the unit's; check its own name and attributes."""
        tag = el.tag if isinstance(el.tag, str) else "?"
        if not self.known(el, tag, INLINE, "not inside a paragraph"):
            return
        if tag == "code":
            self.code(el)
            return
        for child in el:
            self.inline(child)

    def code(self, el: etree.Element) -> None:
        text = "".join(el.itertext())
        if self.kind not in CODE_KINDS or not CODE_RE.match(text):
            self.problem(text, "R003", f"code span '{text}': code spans carry unchecked text; only the about page may "
                         "name files and data fields in them, in ASCII", "write it as prose")
        else:
            self.out.units.append(Unit("code", text, text, context="<code>"))

    def attribute(self, el: etree.Element, tag: str, name: str, value: str, allowed: frozenset[str]) -> None:
        if name not in allowed:
            self.problem(value if value.strip() else _visible_el(el, self.md), "R004",
                         f"attribute {name}=\"{value[:40]}\" on <{tag}> is not in the content model",
                         f"<{tag}> may carry: {', '.join(sorted(allowed)) or 'no attributes'}")
            return
        if name == "class":
            unknown = set(value.split()) - CLASSES.get(tag, frozenset())
            if unknown:
                self.problem(_visible_el(el, self.md), "R004", f"class {' '.join(sorted(unknown))!r} on <{tag}> is not in the content model")
        elif name == "id" and not ASCII_ID_RE.match(value):
            self.problem(_visible_el(el, self.md), "R004", f"id {value!r} on <{tag}> is not ASCII")
        elif name == "style" and not TABLE_ALIGN_RE.match(value):
            self.problem(_visible_el(el, self.md), "R004", f"style {value!r} on <{tag}>: only table alignment is in the content model")
        elif name == "href":
            self.href(el, value)
        elif name in SHOWN_ATTRIBUTES:
            if tag == "a" and "headerlink" in (el.get("class") or "") and value == EXTENSION_CONFIGS["toc"]["permalink_title"]:
                return  # the section link's fixed tooltip, set in mkdocs.yml
            self.out.units.append(Unit("attribute", value.strip(), value.strip(), context=f"{name}= on <{tag}>"))

    def href(self, el: etree.Element, value: str) -> None:
        url = html.unescape(value).strip()
        compact = re.sub(r"[\s\x00-\x1f]+", "", url).lower()
        parts = urlsplit(compact)
        if parts.scheme or parts.netloc or compact.startswith("//"):
            self.problem(value, "R005",
                         f"link to {url!r}: a page links only within the site (no scheme, no host: the text names no outside address)",
                         "link to a page of the site, e.g. [原文](/original.md#q2-7)")

    def label(self, el: etree.Element) -> None:
        text = _text(el, self.md, False).strip()
        if text not in model.ADMONITION_LABELS:
            self.unit("prose", el, "admonition title")
        else:
            self.out.units.append(Unit("label", text, text, context="admonition title"))

    def admonition(self, el: etree.Element) -> None:
        for name, value in el.attrib.items():
            self.attribute(el, "div", name, value, ELEMENTS["div"])
        title = next((c for c in el if c.tag == "p" and "admonition-title" in (c.get("class") or "")), None)
        title_text = _text(title, self.md, False).strip() if title is not None else ""
        if "quote" in (el.get("class") or "").split():  # `!!! quote`: a quote like a blockquote
            if title is not None:
                self.label(title)
            body = etree.Element("blockquote")
            body.extend(c for c in el if c is not title)
            self.quote(body)
            return
        if title_text != model.ABSENCE_TITLE:
            self.walk(el)
            return
        self.out.units.append(Unit("label", title_text, title_text, context="admonition title"))
        for child in el:
            if child is title:
                continue
            if child.tag not in ("ul", "ol"):
                self.problem(_visible_el(child, self.md) or child.tag, "R006",
                             f"<{child.tag}> in a '{model.ABSENCE_TITLE}' box: the box holds a list, one statement per item")
                continue
            for li in child:
                if li.tag != "li" or any(c.tag not in ("a", "strong", "em") for c in li):
                    self.problem(_visible_el(li, self.md) or li.tag, "R006",
                                 f"a '{model.ABSENCE_TITLE}' item holds only text and links")
                    continue
                for a in li:
                    self.inline(a)
                self.unit("absence", li, f"'{model.ABSENCE_TITLE}' item")

    def quote(self, el: etree.Element) -> None:
        """A blockquote: the text's lines, each run ending with its citation '—— [原文 q2-7](/original.md#q2-7)'
        (Python-Markdown joins quotes that only a blank line parts into one blockquote)."""
        for block in el:
            if block.tag != "p" or block.attrib:
                self.problem(_visible_el(block, self.md) or block.tag, "R006",
                             f"<{block.tag}> in a blockquote: a quote holds the text's lines and its citation, nothing else")
                continue
            self.raw_html(block.text or "", "a blockquote")
            links = 0
            for child in block:
                self.raw_html(child.tail or "", "a blockquote")
                if child.tag == "a" and set(child.attrib) == {"href"} and child.get("href", "").startswith("/original.md#"):
                    links += 1
                elif child.tag != "br":
                    self.problem(_visible_el(child, self.md) or child.tag, "R006",
                                 f"<{child.tag}> in a blockquote: a quote is the text's words as they stand, and its citation")
            pending: list[str] = []
            cites = 0
            for line in _text(block, self.md, True).split("\n"):
                m = CITE_LINE_RE.match(line.strip())
                if m:
                    cites += 1
                    self.out.units += [Unit("quote", t, t, cite=m.group(1), context="blockquote") for t in pending]
                    pending = []
                elif line.strip():
                    pending.append(line.strip())
            self.out.units += [Unit("quote", t, t, context="blockquote") for t in pending]
            if links != cites:
                self.problem(_visible_el(block, self.md), "R006", "a link in a blockquote that is not its citation line")


def _visible(raw: str) -> str:
    return re.sub(r"<[^>]*>", " ", raw).strip()[:20]


def _visible_el(el: etree.Element, md: markdown.Markdown) -> str:
    return _text(el, md, False).strip()[:20]


class _Collector(Treeprocessor):
    def __init__(self, md: markdown.Markdown, ext: RenderedText):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        walker = _Walker(self.md, self.ext.kind)
        walker.walk(root)
        self.ext.rendering = walker.out


class RenderedText(Extension):
    """Collects the rendered page's text units (`self.rendering`) after every other tree processor."""

    def __init__(self, **kwargs: Any):
        self.kind: str | None = None
        self.rendering = Rendering()
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_Collector(md, self), "fidelity_rendered", -100)


def _extension_configs() -> dict[str, dict[str, Any]]:
    configs = dict(EXTENSION_CONFIGS)
    try:
        from material.extensions import emoji  # the theme's icons, as mkdocs.yml configures them
        configs["pymdownx.emoji"] = {"emoji_index": emoji.twemoji, "emoji_generator": emoji.to_svg}
    except ImportError:  # pragma: no cover - the build checks its dependencies first
        pass
    return configs


def render(body: str, kind: str | None) -> Rendering:
    """Render a page body as the site does and return its text units and problems."""
    ext = RenderedText()
    ext.kind = kind
    md = markdown.Markdown(extensions=[*MARKDOWN_EXTENSIONS, ext], extension_configs=_extension_configs())
    md.convert(body)
    return ext.rendering


# ---- locating a unit in the page's lines -------------------------------------------------------

_MARKUP_RES = [
    re.compile(r"\]\([^)]*\)"), re.compile(r"\{[:#.][^}]*\}"), re.compile(r"<[^>]+>"),
    re.compile(r"^\s*(?:[-*+]|\d+\.|#{1,6}|>|!!!|\?\?\?\+?|:)\s*"), re.compile(r"[\[\]*_`|]"),
]


def _plain_line(raw: str) -> str:
    raw = html.unescape(raw)
    for pattern in _MARKUP_RES:
        raw = pattern.sub("", raw)
    return re.sub(r"\s+", "", raw)


def locate(lines: list[str], start: int, text: str, after: int = 0) -> int:
    """The 1-based line of `text` in `lines` (the body starts at `start`), searching from `after`
    onward first; the body's first line when no line holds it."""
    plain, raw = _line_keys(tuple(lines))
    key = re.sub(r"\s+", "", html.unescape(text))
    if not key:
        return after or start
    for size in (len(key), 12, 6, 3):
        probe = key[:size]
        if not probe:
            continue
        for order in (range(max(after, start) - 1, len(lines)), range(0, len(lines))):
            for i in order:
                if probe in plain[i] or probe in raw[i]:
                    return i + 1
    return after or start


@functools.lru_cache(maxsize=8)
def _line_keys(lines: tuple[str, ...]) -> tuple[list[str], list[str]]:
    plain = [_plain_line(line) for line in lines]
    raw = [re.sub(r"\s+", "", html.unescape(line)) + re.sub(r"\s+", "", line) for line in lines]
    return plain, raw
