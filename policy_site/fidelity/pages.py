"""Reading a page: front matter, blockquotes with their citations, and what the page renders.

The page's own text (`Page.units`, and `Page.prose` made from them) is taken from the rendered
tree (policy_site/fidelity/rendered.py), so what is checked is what a reader sees. The line reader
here keeps what needs exact lines: front matter keys, quote lines (Q001 compares each line with
the source), heading ids and generated markers. A blockquote is a run of lines starting with `>`,
its last line the citation; a `!!! quote` admonition is its indented block.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import rendered
from .diagnostics import Diagnostic

# The citation line that ends a quote: —— [原文 q2-7](/original.md#q2-7). One definition,
# used by the checker here and by the step that renders it (policy_site/pipeline/site_pages.py).
CITE_LINK = r"——[ \t]*\[[^\]]*\]\(/original\.md#([A-Za-z0-9_-]+)\)"
CITE_RE = re.compile(rf"^{CITE_LINK}\s*$")
ADMONITION_QUOTE_RE = re.compile(r"^(\s*)(?:!!!|\?\?\?\+?)\s+quote\b")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
HEADING_ID_RE = re.compile(r"\{[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
GENERATED_MARKER_RE = re.compile(r"<!--\s*generated:\s*([a-z-]+)\s*-->")


@dataclass
class Quote:
    line: int  # line of the citation (or of the first excerpt line when there is none)
    paragraph_id: str | None
    excerpts: list[tuple[int, str]]  # (line, text)


@dataclass
class Page:
    path: Path  # as given (for messages)
    rel: str  # relative to docs/, with forward slashes
    meta: dict = field(default_factory=dict)
    meta_lines: dict = field(default_factory=dict)  # top-level key -> line
    body_start: int = 1  # line number of the first body line
    lines: list[str] = field(default_factory=list)  # whole file
    quotes: list[Quote] = field(default_factory=list)
    # (line, text) of the rendered prose, headings ('# ' + text) and shown attributes, with internal
    # links as [label](/x.md): what the figure, name and sentence checks read
    prose: list[tuple[int, str]] = field(default_factory=list)
    units: list[rendered.Unit] = field(default_factory=list)  # everything the page renders, by role
    headings: list[tuple[int, int, str, str | None]] = field(default_factory=list)  # line, level, text, id
    markers: list[tuple[int, str]] = field(default_factory=list)
    html_blockquotes: list[int] = field(default_factory=list)

    @property
    def id(self) -> str | None:
        value = self.meta.get("id")
        return value if isinstance(value, str) else None

    @property
    def kind(self) -> str | None:
        value = self.meta.get("kind")
        return value if isinstance(value, str) else None

    @property
    def sources(self) -> list[str]:
        value = self.meta.get("sources")
        return [s for s in value if isinstance(s, str)] if isinstance(value, list) else []

    @property
    def related(self) -> list[str]:
        value = self.meta.get("related")
        return [s for s in value if isinstance(s, str)] if isinstance(value, list) else []

    @property
    def url(self) -> str:
        return url_of(self.rel)


# Pages read before, by (path, rel, bytes): the page and what reading it said. A check of the whole
# site after one page changed (`mkdocs serve`, the mutation self-test) parses only that page again.
# Copies go out, so nothing a caller does to a page reaches the next reading.
_READ: dict[tuple[str, str, bytes], tuple[Page, list[Diagnostic]]] = {}
_READ_LIMIT = 256


def read_page(path: Path, rel: str, diagnostics: list[Diagnostic]) -> Page:
    """Read one page; bad bytes give one diagnostic naming the file, never a traceback."""
    data = path.read_bytes() if path.is_file() else None
    if data is None:
        return _read_page(path, rel, None, diagnostics)
    key = (str(path), rel, data)
    if key not in _READ:
        said: list[Diagnostic] = []
        if len(_READ) >= _READ_LIMIT:
            _READ.pop(next(iter(_READ)))
        _READ[key] = (_read_page(path, rel, data, said), said)
    page, said = copy.deepcopy(_READ[key])
    diagnostics += said
    return page


def _read_page(path: Path, rel: str, data: bytes | None, diagnostics: list[Diagnostic]) -> Page:
    page = Page(path=path, rel=rel)
    if data is None:
        diagnostics.append(Diagnostic(rel, 1, "E003", f"'{rel}' is a folder (or not a regular file) but is named like a page",
                                      "rename it; only Markdown files may end in .md"))
        return page
    if data.startswith(b"\xef\xbb\xbf"):
        diagnostics.append(Diagnostic(rel, 1, "E002", "file starts with a UTF-8 byte-order mark (BOM)",
                                      "save it as UTF-8 without BOM"))
        return page
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        guess = ""
        for enc in ("gb18030", "big5"):
            try:
                data.decode(enc)
                guess = f"; it decodes as {enc.upper()}, so it was probably saved in that encoding"
                break
            except UnicodeDecodeError:
                pass
        diagnostics.append(Diagnostic(rel, line, "E001", f"file is not valid UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start}){guess}",
                                      "save it as UTF-8"))
        return page
    page.lines = text.split("\n")
    _read_front_matter(page, diagnostics)
    _read_body(page, diagnostics)
    _read_rendered(page, diagnostics)
    return page


PROSE_ROLES = ("prose", "heading", "attribute")


def _read_rendered(page: Page, diagnostics: list[Diagnostic]) -> None:
    """Render the body as the site does; keep its units with their lines, report unknown constructs."""
    body = "\n".join(page.lines[page.body_start - 1:])
    result = rendered.render(("\n" * (page.body_start - 1)) + body, page.kind)
    after = page.body_start
    for unit in result.units:
        unit.line = rendered.locate(page.lines, page.body_start, unit.text, after)
        after = unit.line
    for problem in result.problems:
        before = result.units[problem.after - 1].line if problem.after else page.body_start
        line = rendered.locate(page.lines, page.body_start, problem.text, before)
        diagnostics.append(Diagnostic(page.rel, line, problem.code, problem.message, problem.expected))
    page.units = result.units
    page.prose = [(u.line, ("# " if u.role == "heading" else "") + u.markup) for u in result.units if u.role in PROSE_ROLES]


def _read_front_matter(page: Page, diagnostics: list[Diagnostic]) -> None:
    lines = page.lines
    if not lines or lines[0].strip() != "---":
        diagnostics.append(Diagnostic(page.rel, 1, "F001", "page has no front matter (it must start with a line '---')"))
        return
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        diagnostics.append(Diagnostic(page.rel, 1, "F001", "front matter is not closed by a line '---'"))
        return
    block = "\n".join(lines[1:end])
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        diagnostics.append(Diagnostic(page.rel, line, "F002", f"front matter is not valid YAML: {problem}"))
        page.body_start = end + 2
        return
    if not isinstance(meta, dict):
        diagnostics.append(Diagnostic(page.rel, 2, "F002", "front matter must be a YAML mapping of keys to values"))
        meta = {}
    page.meta = meta
    for i in range(1, end):
        key = re.match(r"^([A-Za-z_][\w-]*)\s*:", lines[i])
        if key:
            page.meta_lines[key.group(1)] = i + 1
    page.body_start = end + 2


def _read_body(page: Page, diagnostics: list[Diagnostic]) -> None:
    lines = page.lines
    i = page.body_start - 1
    in_fence = None
    while i < len(lines):
        raw = lines[i]
        lineno = i + 1
        fence = FENCE_RE.match(raw)
        if in_fence:
            if fence and fence.group(1) == in_fence:
                in_fence = None
            i += 1
            continue
        if fence:
            in_fence = fence.group(1)
            i += 1
            continue
        stripped = raw.strip()
        if stripped.startswith(">"):
            start = i
            while i < len(lines) and lines[i].strip().startswith(">"):
                i += 1
            block = [(n + 1, lines[n].strip()[1:].strip()) for n in range(start, i)]
            page.quotes.append(_quote_from(block))
            continue
        admonition = ADMONITION_QUOTE_RE.match(raw)
        if admonition:
            indent = len(admonition.group(1))
            i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                block.append((i + 1, lines[i].strip()))
                i += 1
            page.quotes.append(_quote_from(block, fallback_line=lineno))
            continue
        if re.search(r"<blockquote\b", raw, re.IGNORECASE):
            page.html_blockquotes.append(lineno)
        heading = HEADING_RE.match(raw)
        if heading:
            text = heading.group(2)
            hid = HEADING_ID_RE.search(text)
            page.headings.append((lineno, len(heading.group(1)), text, hid.group(1) if hid else None))
        for marker in GENERATED_MARKER_RE.finditer(raw):
            page.markers.append((lineno, marker.group(1)))
        i += 1


def _quote_from(block: list[tuple[int, str]], fallback_line: int | None = None) -> Quote:
    content = [(n, t) for n, t in block if t]
    if not content:
        return Quote(fallback_line or (block[0][0] if block else 0), None, [])
    last_line, last = content[-1]
    cite = CITE_RE.match(last)
    if cite:
        return Quote(last_line, cite.group(1), content[:-1])
    return Quote(content[0][0], None, content)


def url_of(rel: str) -> str:
    """The address MkDocs gives a page file (use_directory_urls): measures/x.md -> /measures/x/."""
    stem = rel[: -len(".md")] if rel.endswith(".md") else rel
    if stem == "index":
        return "/"
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return f"/{stem}/"
