"""The checks: pure functions from pages and paragraphs to diagnostics.

`check_site(docs_dir)` runs them all and returns every problem at once; the CLI
(`python -m policy_site.fidelity`) and the MkDocs plugin (policy_site/adapters/mkdocs_plugin.py) both call it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import absences, alignment, furniture, model, name_checks, points, rendered, sentence_checks, site_config
from .diagnostics import Diagnostic
from .figures import digits_of, find_figures
from .pages import Page, read_page
from .source import SOURCE_PATH, SOURCE_SHA256, Paragraph, SourceError, load_paragraphs
from .text import CJK_RE, CN_FIGURE_CHARS, prose_text

ASCII_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KNOWN_MARKERS = {model.NEXT_STEP_MARKER, "by-need", "figures-table", "measures", "programmes", "questions",
                 "document-card", "glance-needs", "glance-measures", "glance-figures", "glance-questions", "glance-ways"}



@dataclass
class SiteCheck:
    paragraphs: list[Paragraph] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    config: site_config.SiteConfig | None = None  # mkdocs.yml's site-wide strings, when it is beside docs/

    @property
    def ok(self) -> bool:
        return not self.diagnostics

    def page_by_id(self) -> dict[str, Page]:
        return {p.id: p for p in self.pages if p.id}

    def citing_pages(self) -> dict[str, list[Page]]:
        """Paragraph id -> pages that list it in `sources`."""
        out: dict[str, list[Page]] = {p.id: [] for p in self.paragraphs}
        for page in self.pages:
            for pid in page.sources:
                if pid in out and page not in out[pid]:
                    out[pid].append(page)
        return out

    def related_graph(self) -> dict[str, list[str]]:
        """Page id -> related page ids, made symmetric: declared once, linked both ways."""
        ids = self.page_by_id()
        graph: dict[str, list[str]] = {pid: [] for pid in ids}
        for page in self.pages:
            if page.id is None:
                continue
            for other in page.related:
                if other in ids and other != page.id:
                    if other not in graph[page.id]:
                        graph[page.id].append(other)
                    if page.id not in graph[other]:
                        graph[other].append(page.id)
        return graph


def check_site(docs_dir: Path, source_path: Path = SOURCE_PATH, source_sha256: str = SOURCE_SHA256) -> SiteCheck:
    result = SiteCheck()
    try:
        result.paragraphs = load_paragraphs(source_path, source_sha256)
    except SourceError as exc:
        result.diagnostics.append(Diagnostic(str(source_path), exc.line, "S001", str(exc)))
        return result
    paragraphs = {p.id: p for p in result.paragraphs}
    docs_dir = Path(docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        page = read_page(path, rel, result.diagnostics)
        result.pages.append(page)
        if not page.meta:
            continue  # F001/F002 already said why; other checks would only repeat it
        result.diagnostics += check_front_matter(page, paragraphs)
        result.diagnostics += check_quotes(page, paragraphs)
        result.diagnostics += check_figures(page, paragraphs)
        result.diagnostics += check_claims(page, paragraphs, result.paragraphs)
        result.diagnostics += check_headings(page)
        result.diagnostics += check_markers(page)
        if page.kind == "figures":
            result.diagnostics += check_figures_table(page, result.paragraphs)
    for page in result.pages:
        result.diagnostics += check_lookalikes(page)
        result.diagnostics += name_checks.check_markup(page)
        result.diagnostics += name_checks.check_citation_labels(page)
    result.diagnostics += check_ids_and_related(result.pages, {p.rel.rsplit("/", 1)[-1][:-3] for p in result.pages if not p.meta})
    result.diagnostics += sentence_checks.check_link_labels(result.pages)
    titles = {p.rel: p.meta["title"] for p in result.pages if isinstance(p.meta.get("title"), str)}
    # A page that could not be read (F001/F002/E00x) has said why; links to it are not blamed again.
    titles.update({p.rel: sentence_checks.UNREADABLE for p in result.pages if not p.meta})
    for page in result.pages:
        if page.meta:
            skip = name_checks.absence_lines(page)
            framed, wrong = points.check_prose_points(page, paragraphs, skip) if page.kind in sentence_checks.SUPPORTED_KINDS else (set(), [])
            result.diagnostics += wrong + sentence_checks.check_support(page, paragraphs, skip, titles, framed)
            if page.kind in sentence_checks.SUPPORTED_KINDS:
                result.diagnostics += alignment.check_alignment(page, paragraphs, sentence_checks.sentences(page, skip, titles), framed)
    if all(p.meta for p in result.pages):  # an unreadable page's sources are unknown: coverage would blame the source
        result.diagnostics += check_coverage(result)
    result.diagnostics += check_furniture_statements(paragraphs)
    result.config = site_config.load(docs_dir)
    if result.config is not None:
        result.diagnostics += site_config.check(result.config, result.pages, result.paragraphs)
    # A line another check has refused (a figure, a name, a script, a look-alike) gets no word-level
    # support diagnostic as well: the specific one says what is wrong.
    # Likewise a construct the rendered tree refuses (R001-R006) is not reported again where a
    # specific check (a script, a raw blockquote) has named it.
    # A clause that does not align (N027) is not reported where a word of it is already refused.
    general = sentence_checks.CODES + rendered.CODES + alignment.CODES
    specific = {(d.file, d.line) for d in result.diagnostics if d.code not in general}
    worded = {(d.file, d.line) for d in result.diagnostics if d.code in sentence_checks.CODES}
    result.diagnostics = [d for d in result.diagnostics if (d.code not in general or (d.file, d.line) not in specific)
                          and not (d.code in alignment.CODES and (d.file, d.line) in worded)]
    result.diagnostics.sort(key=lambda d: (d.file, d.line, d.code))
    return result


def _d(page: Page, line: int, code: str, message: str, expected: str | None = None) -> Diagnostic:
    return Diagnostic(page.rel, line, code, message, expected)


def _field_line(page: Page, key: str) -> int:
    return page.meta_lines.get(key, 1)


def check_front_matter(page: Page, paragraphs: dict[str, Paragraph]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    meta = page.meta
    kind = page.kind
    if kind in model.GENERATED_PAGES.values():
        return [_d(page, _field_line(page, "kind"), "F004", f"kind '{kind}' is generated by the build; do not write it by hand")]
    if kind not in model.KIND_FIELDS:
        return [_d(page, _field_line(page, "kind"), "F004" if "kind" in meta else "F003",
                   f"kind must be one of {', '.join(model.KIND_FIELDS)} (found {kind!r})")]
    for key in model.COMMON_FIELDS + model.KIND_FIELDS[kind]:
        if key not in meta or meta[key] in (None, ""):
            code = "F008" if key == "sources" else "F003"
            msg = "page has no `sources`: every page must name the paragraphs it rests on" if key == "sources" else f"front matter needs `{key}` for kind '{kind}'"
            out.append(_d(page, 2, code, msg))
    known = set(model.COMMON_FIELDS + model.KIND_FIELDS[kind] + model.OPTIONAL_FIELDS.get(kind, ()))
    for key in meta:
        if key not in known:
            out.append(_d(page, _field_line(page, str(key)), "F011",
                          f"front-matter key `{key}` is not in the content model for kind '{kind}': the theme may publish it "
                          "(a `description` becomes the page's shared description) unchecked",
                          f"keys of a {kind} page: {', '.join(sorted(known))}"))
    pid = page.id
    stem = page.rel.rsplit("/", 1)[-1][:-3]
    expected_id = "home" if page.rel == "index.md" else stem
    if "id" in meta and (pid is None or not ASCII_ID_RE.match(pid) or pid != expected_id):
        out.append(_d(page, _field_line(page, "id"), "F005", f"id {meta['id']!r} must be lowercase ASCII and equal '{expected_id}' (the file name)"))
    folder = page.rel.rsplit("/", 1)[0] if "/" in page.rel else ""
    if folder != model.KIND_DIRS[kind]:
        out.append(_d(page, _field_line(page, "kind"), "F004", f"a {kind} page belongs in docs/{model.KIND_DIRS[kind] or ''}"))
    for key in ("title", "summary"):
        if key in meta and not isinstance(meta[key], str):
            out.append(_d(page, _field_line(page, key), "F004", f"`{key}` must be text"))
    sources = meta.get("sources")
    if sources is not None and not isinstance(sources, list):
        out.append(_d(page, _field_line(page, "sources"), "F004", "`sources` must be a list of paragraph ids"))
    elif isinstance(sources, list):
        if not sources:
            out.append(_d(page, _field_line(page, "sources"), "F008", "page has no `sources`: every page must name the paragraphs it rests on"))
        for sid in sources:
            if sid not in paragraphs:
                out.append(_d(page, _field_line(page, "sources"), "F007", f"unknown paragraph id {sid!r} in sources",
                              "ids are title, q1…q4, q1-1…q1-6, q2-1…q2-12, q3-1…q3-4, q4-1…q4-4"))
    if kind in model.NUMBER_RANGE and "number" in meta:
        if meta["number"] not in model.NUMBER_RANGE[kind]:
            r = model.NUMBER_RANGE[kind]
            out.append(_d(page, _field_line(page, "number"), "F004", f"`number` must be {r.start}–{r.stop - 1}"))
    for key in ("related", "needs"):
        if key in meta and not (isinstance(meta[key], list) and all(isinstance(x, str) for x in meta[key])):
            out.append(_d(page, _field_line(page, key), "F004", f"`{key}` must be a list of ids"))
    for need in meta.get("needs") or []:
        if isinstance(need, str) and need not in model.NEEDS:
            out.append(_d(page, _field_line(page, "needs"), "F010", f"unknown need {need!r}; needs are {', '.join(model.NEEDS)}"))
    return out


def _closest(excerpt: str, text: str) -> str:
    """The stretch of `text` where `excerpt` starts to differ, for the message."""
    for k in range(len(excerpt), 0, -1):
        at = text.find(excerpt[:k])
        if at >= 0:
            return text[max(0, at - 10): at + len(excerpt) + 10]
    return text


def check_quotes(page: Page, paragraphs: dict[str, Paragraph]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for line in page.html_blockquotes:
        out.append(_d(page, line, "Q005", "raw <blockquote>: write a Markdown blockquote with a citation line"))
    for quote in page.quotes:
        if quote.paragraph_id is None:
            out.append(_d(page, quote.line, "Q002",
                          "blockquote has no citation line; end it with '> —— [原文 q2-7](/original.md#q2-7)'"))
            continue
        para = paragraphs.get(quote.paragraph_id)
        if para is None:
            out.append(_d(page, quote.line, "Q004", f"quote cites unknown paragraph {quote.paragraph_id!r}"))
            continue
        if quote.paragraph_id not in page.sources:
            out.append(_d(page, quote.line, "Q003", f"quote cites {quote.paragraph_id} but `sources` does not list it"))
        if not quote.excerpts:
            out.append(_d(page, quote.line, "Q002", "blockquote has a citation but no quoted text"))
        for line, excerpt in quote.excerpts:
            if excerpt not in para.text:
                out.append(_d(page, line, "Q001", f"quote is not verbatim in {para.id}: {excerpt}", _closest(excerpt, para.text)))
    return out


CONTEXT_CHARS = 2  # characters of context on a side that must match the source


def _contexts(text: str, offset: int, figure: str) -> list[str]:
    """The figure with its neighbouring words, on each side where the prose has Chinese text.

    Occurrence alone cannot tell 50% from 60% when a paragraph has both; the words next
    to a figure can. A side bounded by punctuation, markup or a table cell is open.
    """
    out = []
    left = text[max(0, offset - CONTEXT_CHARS): offset]
    right = text[offset + len(figure): offset + len(figure) + CONTEXT_CHARS]
    if len(left) == CONTEXT_CHARS and all(CJK_RE.match(ch) for ch in left):
        out.append(left + figure)
    if len(right) == CONTEXT_CHARS and all(CJK_RE.match(ch) for ch in right):
        out.append(figure + right)
    return out


def _shape(figure: str) -> str:
    return re.sub(f"[{CN_FIGURE_CHARS}]+", "〇", re.sub(r"\d+(?:[.,]\d+)*", "0", figure))


def _figure_diagnostic(page: Page, line: int, text: str, offset: int, figure: str, cited: list[Paragraph]) -> Diagnostic | None:
    where = ", ".join(p.id for p in cited) or "none"
    if any(figure in source_figures(p) for p in cited):
        # Only where the cited text has a look-alike figure (50% beside 60%) must the words match.
        rivals = {f for p in cited for _, f in find_figures(p.text) if f != figure and _shape(f) == _shape(figure)}
        contexts = _contexts(text, offset, figure)
        if not rivals or not contexts or any(c in p.text for c in contexts for p in cited):
            return None
        around = [f"…{p.text[max(0, i - 6): i + len(figure) + 6]}… ({p.id})"
                  for p in cited for i in [m.start() for m in re.finditer(re.escape(figure), p.text)]]
        return _d(page, line, "N002",
                  f"figure '{figure}' is in {where}, which also has {', '.join(sorted(rivals))}; the words around it here "
                  f"({' / '.join(contexts)}) do not match the source: say what it counts in the source's words", "; ".join(around))
    digits = digits_of(figure)
    hints = []
    for para in cited:
        for _, candidate in find_figures(para.text):
            if digits and digits_of(candidate) == digits:
                hints.append(f"{candidate} ({para.id})")
    return _d(page, line, "N001", f"figure '{figure}' does not occur in the paragraphs this page cites ({where})",
              "; ".join(hints) if hints else None)


def source_figures(para: Paragraph) -> frozenset[str]:
    """The whole figures of a paragraph: a prose figure must equal one, not be part of one (170万 ≠ 1170万)."""
    return _figures_of(para.text)


@functools.lru_cache(maxsize=64)
def _figures_of(text: str) -> frozenset[str]:
    return frozenset(f for _, f in find_figures(text))


def prose_texts(page: Page) -> list[tuple[int, str]]:
    """(line, text) of the page's own words: title and summary, then body prose without markup."""
    texts = [(page.meta_lines.get(k, 1), page.meta[k]) for k in ("title", "summary") if isinstance(page.meta.get(k), str)]
    return texts + [(line, prose_text(raw)) for line, raw in page.prose]


def check_claims(page: Page, paragraphs: dict[str, Paragraph], all_paragraphs: list[Paragraph]) -> list[Diagnostic]:
    cited = [paragraphs[s] for s in page.sources if s in paragraphs]
    texts = prose_texts(page)
    source_text = "\n".join(p.text for p in all_paragraphs)
    raw = [(page.meta_lines.get(k, 1), page.meta[k]) for k in ("title", "summary") if isinstance(page.meta.get(k), str)]
    raw += list(page.prose)
    out = name_checks.check_names(page, texts, cited, all_paragraphs)
    out += name_checks.check_characters(page, raw, source_text)
    out += name_checks.check_absences(page, texts)
    out += absences.check_absence_items(page, all_paragraphs)
    out += name_checks.check_substance(page)
    if page.kind == "figures":
        for line, row_text, para in _figure_rows(page, paragraphs):
            out += name_checks.check_names(page, [(line, row_text)], [para], all_paragraphs)
            out += name_checks.check_characters(page, [(line, row_text)], source_text)
            out += name_checks.check_absences(page, [(line, row_text)])
    return out


def _figure_rows(page: Page, paragraphs: dict[str, Paragraph]) -> list[tuple[int, str, Paragraph]]:
    """(line, what, paragraph) of each key-figures row, the line found by its figure."""
    out, start = [], _field_line(page, "figures")
    rows = page.meta.get("figures")
    for row in rows if isinstance(rows, list) else []:
        if not (isinstance(row, dict) and str(row.get("paragraph")) in paragraphs and "what" in row):
            continue
        figure = str(row.get("figure"))
        line = next((n for n in range(start, len(page.lines) + 1) if figure in page.lines[n - 1]), start)
        start = line + 1 if line > start else start
        out.append((line, str(row["what"]), paragraphs[str(row["paragraph"])]))
    return out


def check_figures(page: Page, paragraphs: dict[str, Paragraph]) -> list[Diagnostic]:
    cited = [paragraphs[s] for s in page.sources if s in paragraphs]
    out: list[Diagnostic] = []
    texts = prose_texts(page)
    for line, text in texts:
        for offset, figure in find_figures(text):
            diag = _figure_diagnostic(page, line, text, offset, figure, cited)
            if diag:
                out.append(diag)
    return out


def check_headings(page: Page) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    seen: dict[str, int] = {}
    h1 = [h for h in page.headings if h[1] == 1]
    title = page.meta.get("title")
    if len(h1) != 1 or (isinstance(title, str) and h1[0][2] != title):
        line = h1[1][0] if len(h1) > 1 else (h1[0][0] if h1 else page.body_start)
        out.append(_d(page, line, "H003", f"page needs exactly one '# {title}' heading, equal to its title (found {len(h1)})"))
    for line, level, text, hid in page.headings:
        if level == 1:
            continue
        if hid is None or not ASCII_ID_RE.match(hid):
            out.append(_d(page, line, "H001", f"heading needs an explicit ASCII id, e.g. '{'#' * level} {text} {{#key-points}}'"))
            continue
        if hid in seen:
            out.append(_d(page, line, "H002", f"heading id '{hid}' is already used on line {seen[hid]}"))
        seen[hid] = line
    return out


def check_markers(page: Page) -> list[Diagnostic]:
    return [_d(page, line, "G001", f"unknown marker 'generated: {name}'; known: {', '.join(sorted(KNOWN_MARKERS))}")
            for line, name in page.markers if name not in KNOWN_MARKERS]


def _lookalike(ch: str) -> str | None:
    cp = ord(ch)
    if 0x2F00 <= cp <= 0x2FDF:
        return "Kangxi radical"
    if 0x2E80 <= cp <= 0x2EFF:
        return "CJK radical supplement"
    if 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F:
        return "CJK compatibility ideograph"
    if 0xFF10 <= cp <= 0xFF19 or cp == 0xFF05:
        return "full-width digit or percent sign (the source uses ASCII)"
    return None


def check_lookalikes(page: Page) -> list[Diagnostic]:
    out = []
    for n, line in enumerate(page.lines, start=1):
        for col, ch in enumerate(line, start=1):
            what = _lookalike(ch)
            if what:
                out.append(_d(page, n, "L001", f"col {col}: {what} U+{ord(ch):04X} '{ch}'",
                              f"'{unicodedata.normalize('NFKC', ch)}'"))
    return out


def check_ids_and_related(pages: list[Page], unreadable: set[str] | frozenset[str] = frozenset()) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    by_id: dict[str, Page] = {}
    for page in pages:
        if page.id is None:
            continue
        if page.id in by_id:
            out.append(_d(page, _field_line(page, "id"), "F006", f"id '{page.id}' is already used by {by_id[page.id].rel}"))
        else:
            by_id[page.id] = page
    for page in pages:
        for rid in page.related:
            target = by_id.get(rid)
            if rid in unreadable and target is None:
                continue  # that page's own error says why it could not be read
            if target is None or target.kind not in model.RELATABLE_KINDS or rid == page.id:
                out.append(_d(page, _field_line(page, "related"), "F009",
                              f"related id '{rid}' is not another measure or programme page"))
    return out


def check_coverage(result: SiteCheck) -> list[Diagnostic]:
    out = []
    citing = result.citing_pages()
    for para in result.paragraphs:
        if not citing[para.id] and para.id not in model.COVERAGE_EXEMPT:
            out.append(Diagnostic("source/original.txt", para.line, "C001",
                                  f"paragraph {para.id} is cited by no page (add it to a page's sources, or to COVERAGE_EXEMPT with a reason)",
                                  para.text[:60]))
    return out


def check_figures_table(page: Page, paragraphs: list[Paragraph]) -> list[Diagnostic]:
    """The key-figures page lists every figure of the source, each in its paragraph."""
    out: list[Diagnostic] = []
    rows = page.meta.get("figures")
    line = _field_line(page, "figures")
    if not isinstance(rows, list):
        return [_d(page, line, "F004", "`figures` must be a list of {figure, paragraph, what}")]
    by_id = {p.id: p for p in paragraphs}
    listed = set()
    for row in rows:
        if not (isinstance(row, dict) and {"figure", "paragraph", "what"} <= set(row)):
            out.append(_d(page, line, "F004", f"figures row {row!r} needs figure, paragraph and what"))
            continue
        figure, pid, what = str(row["figure"]), str(row["paragraph"]), str(row["what"])
        para = by_id.get(pid)
        if para is None:
            out.append(_d(page, line, "F007", f"figures row '{figure}': unknown paragraph id {pid!r}"))
            continue
        if figure not in source_figures(para):
            out.append(_d(page, line, "T001", f"figure '{figure}' does not occur in {pid}", _closest(figure, para.text)))
        for _, inner in find_figures(what):
            if inner not in source_figures(para):
                out.append(_d(page, line, "N001", f"figures row '{figure}': '{inner}' in its description does not occur in {pid}"))
        if pid not in page.sources:
            out.append(_d(page, line, "Q003", f"figures row '{figure}' cites {pid} but `sources` does not list it"))
        listed.add((figure, pid))
    for para in paragraphs:
        for _, figure in find_figures(para.text):
            if (figure, para.id) not in listed:
                out.append(_d(page, line, "T002", f"figure '{figure}' of {para.id} is missing from the table", para.text[:60]))
    return out


def check_furniture_statements(paragraphs: dict[str, Paragraph]) -> list[Diagnostic]:
    """Each statement against its sources, with the checks a topic page's sentences get."""
    rel = f"policy_site/fidelity/{furniture.FURNITURE_PATH.name}"
    lines = furniture.FURNITURE_PATH.read_text(encoding="utf-8").split("\n")
    out: list[Diagnostic] = []
    for key, entry in furniture.statements().items():
        line = next((n for n, text in enumerate(lines, 1) if text.strip().startswith(f"{key}:")), 1)
        unknown = [s for s in entry["sources"] if s not in paragraphs]
        if unknown:
            out.append(Diagnostic(rel, line, "F007", f"statement {key}: unknown paragraph id(s) {', '.join(map(str, unknown))}"))
            continue
        page = Page(path=furniture.FURNITURE_PATH, rel=rel, meta={"kind": "topic", "sources": entry["sources"], "summary": entry["text"]},
                    meta_lines={"summary": line})
        cited = [paragraphs[s] for s in entry["sources"]]
        out += check_figures(page, paragraphs)
        out += name_checks.check_names(page, [(line, entry["text"])], cited, list(paragraphs.values()))
        out += sentence_checks.check_support(page, paragraphs, set())
    return out
