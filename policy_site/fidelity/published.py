"""What is published: every string a built page shows or shares, against what was checked.

The page checks (checks.py, rendered.py) hold each page's own text to the source. The theme,
the build and the generated pages add more: the page <title>, the shared description (meta
description, og:, twitter:), nav labels, cards, captions, tooltips. This check reads the built
HTML and accounts for every text node and every shown attribute (title, alt, aria-label,
placeholder, and the content of description, og: and twitter: meta tags). A string passes when
it is

- part of a checked text: a unit of a checked page (prose, heading, quote, 原文未载明 item …),
  a page's title or summary, a nav label or the site's name and description (checked by
  site_config.py), or a paragraph of the source, verbatim;
- site furniture: a label of `furniture.yml` (reviewed one by one: each says how to use the
  site, never what the policy is) or a string of the theme's own Chinese translations;
- made only of those, with punctuation, spaces and ASCII words (ids, file names) between them;
  digits only as a page version, a paragraph id or a site date where furniture.yml allows them.

Anything else is W010, naming the output file and line: a string the build publishes that
nobody checked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from . import furniture, model
from .diagnostics import PROMISE, Diagnostic, promise
from .figures import find_figures
from .text import CJK, CJK_RE

SHOWN_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
SHARED_META = re.compile(r"^(?:description|twitter:.*)$")
HIDDEN = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MEANINGFUL = re.compile(f"[{CJK}\uf900-\ufaff0-9０-９]")


@dataclass(frozen=True)
class Shown:
    line: int
    where: str  # element or attribute
    text: str


class _Reader(HTMLParser):
    """Text nodes and shown attributes of one HTML file, with their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.hidden = 0
        self.out: list[Shown] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        line = self.getpos()[0]
        if not self.hidden:
            for name in SHOWN_ATTRIBUTES:
                if values.get(name, "").strip():
                    self.out.append(Shown(line, f"{name}= on <{tag}>", values[name]))
            if tag == "meta" and values.get("content", "").strip():
                key = values.get("name") or values.get("property") or ""
                if SHARED_META.match(key) or key.startswith("og:"):
                    self.out.append(Shown(line, f"<meta {key}>", values["content"]))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in HIDDEN:
            self.hidden += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()
            if tag in HIDDEN:
                self.hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if top in HIDDEN:
                self.hidden -= 1
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        text = " ".join(data.split())
        if text:
            self.out.append(Shown(self.getpos()[0], f"<{self.stack[-1] if self.stack else 'document'}>", text))


def shown_strings(html: str) -> list[Shown]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.out


def theme_strings(language_file: Path | None) -> set[str]:
    """The theme's own Chinese interface strings (Material's partials/languages/zh.html)."""
    if language_file is None or not language_file.is_file():
        return set()
    return {m.group(1) for m in re.finditer(r'"[a-z.]+":\s*"([^"]+)"', language_file.read_text(encoding="utf-8"))}


class Ledger:
    """Everything checked or reviewed that a built page may show. Compared without whitespace
    (the theme and the page title join words with and without spaces)."""

    def __init__(self, checked: list[str], labels: set[str], patterns: list[dict]):
        self.checked = "\u0000".join(sorted({_plain(t) for t in checked if t.strip()}))
        self.pieces: dict[str, list[str]] = {}
        for piece in sorted({_plain(p) for p in labels | set(checked) if _plain(p) and len(p) <= 80}, key=len, reverse=True):
            self.pieces.setdefault(piece[0], []).append(piece)
        self.patterns = [(re.compile(p["re"]), str(p.get("where", ""))) for p in patterns]
        every = [p for ps in self.pieces.values() for p in ps]
        self.heads = {p[:k] for p in every for k in range(2, len(p) + 1)}  # a piece cut from its end
        self.tails = {p[-k:] for p in every for k in range(2, len(p) + 1)}  # a piece cut from its start

    def leftover(self, text: str, where: str = "") -> str:
        """The first stretch of `text` that is neither checked nor furniture ('' when all of it is).

        The text must be covered, left to right, by furniture labels, checked texts (a page title, a
        nav label …), stretches of checked text of four characters or more (two at the text's ends,
        where markup may have cut a title), and characters that carry nothing (punctuation, spaces,
        ASCII ids and addresses)."""
        rest = " ".join(text.split())
        if not _plain(rest).strip(EDGE) or _plain(rest).strip(EDGE) in self.checked:
            return ""
        for pattern, scope in self.patterns:
            if where.startswith(scope):
                rest = pattern.sub("{n}", rest)
        rest = _plain(rest)
        n = len(rest)
        reach = [False] * (n + 1)
        reach[0] = True
        ends = [0] * (n + 1)  # for a reachable i: the furthest end of a checked stretch from i
        best = 0  # the furthest end of a stretch of 4+ characters from a reachable start <= i - 4
        known = 0  # rest[s:known] is checked text for some s <= i, so rest[i:known] is too
        for i in range(n + 1):
            if i >= 4 and reach[i - 4]:
                best = max(best, ends[i - 4])
            if best >= i:
                reach[i] = True
            if not reach[i] or i == n:
                continue
            if not MEANINGFUL.match(rest[i]):
                reach[i + 1] = True
            for piece in self.pieces.get(rest[i], ()):
                if rest.startswith(piece, i):
                    reach[i + len(piece)] = True
            j = known + 1 if i < known else i + 1
            while j <= n and rest[i:j] in self.checked:
                j += 1
            ends[i] = j - 1
            known = max(known, j - 1)
            if i == 0:  # the end of a title or label, cut from its start by markup
                for k in range(2, min(n, 80) + 1):
                    if rest[:k] in self.tails:
                        reach[k] = True
            if rest[i:] in self.heads:
                reach[n] = True  # the start of a title or label, cut from its end
        if reach[n]:
            return ""
        stuck = max(i for i in range(n + 1) if reach[i])
        return rest[stuck:stuck + 20]


EDGE = "…。，、；：？！（）“”《》 ·｜.,;:()[]"


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _plain(text: str) -> str:
    """Without whitespace and without ASCII words (ids, file names, addresses), which carry no claim."""
    return _compact(re.sub(r"(?<![A-Za-z0-9])/?[A-Za-z][A-Za-z0-9_.:/#?=&%-]*", "", text))


def check_output(site_dir: Path, ledger: Ledger, skip: tuple[str, ...] = ()) -> list[Diagnostic]:
    """W010 for every shown or shared string of the built HTML that the ledger does not account for."""
    out: list[Diagnostic] = []
    for path in sorted(Path(site_dir).rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith(skip):
            continue
        seen: set[str] = set()
        for shown in shown_strings(path.read_text(encoding="utf-8")):
            if shown.text in seen:
                continue
            seen.add(shown.text)
            rest = ledger.leftover(shown.text, rel)
            if rest:
                words = rest.strip()
                out.append(Diagnostic(f"{Path(site_dir).name}/{rel}", shown.line, "W010",
                                      f"{shown.where} shows '{shown.text[:80]}', and '{words[:40]}' in it is neither checked "
                                      "page text, the source, nor furniture (policy_site/fidelity/furniture.yml)",
                                      "say it in a checked page, or add a label that states no fact to furniture.yml"))
    return out


def ledger_for(site, language_file: Path | None = None) -> Ledger:
    """The ledger of one build: the checked site model (`checks.SiteCheck`), the furniture file
    and the theme's strings."""
    checked: list[str] = []
    for page in site.pages:
        checked += [u.text for u in page.units]
        checked += [page.meta[k] for k in ("title", "summary") if isinstance(page.meta.get(k), str)]
        rows = page.meta.get("figures") if page.kind == "figures" else None
        checked += [str(r["what"]) for r in rows or [] if isinstance(r, dict) and "what" in r]
    for para in site.paragraphs:
        checked += [para.text, para.id, para.label, *(f for _, f in find_figures(para.text))]
    if site.config is not None:
        checked += [label for label, _ in site.config.nav] + site.config.sections
        checked += [site.config.site_name, site.config.site_description]
    checked.append(model.SITE_TITLE)
    checked += [s["text"] for s in furniture.statements().values()]  # checked against their sources
    checked += [promise(), *(p for p, _ in PROMISE)]
    labels = set(furniture.labels()) | theme_strings(language_file) | set(model.NEEDS.values()) | model.SITE_LABELS
    labels |= {f"{prefix}{n}" for prefix in ("政策亮点", "亮点") for n in "一二三四五六七八"} | {f"问{n}" for n in "一二三四"}
    return Ledger(checked, labels, list(furniture.load().get("patterns") or []))


SEARCH_INDEXES = ("search/cjk-index.json", "search/search_index.json")


def check_search_index(site_dir: Path, ledger: Ledger) -> list[Diagnostic]:
    """W010 for a search entry's title or text (what the results list shows) that the ledger does
    not account for."""
    out: list[Diagnostic] = []
    for name in SEARCH_INDEXES:
        path = Path(site_dir) / name
        if not path.is_file():
            continue
        index = json.loads(path.read_text(encoding="utf-8"))
        docs = index.get("docs") or []
        # the lines the worker shows from the index's config (the honest line for a question the text
        # may not answer: furniture `search-silent`)
        config = index.get("config") or {}
        silent = config.get("silent") or {}
        shown = [(f"silent.{key}", str(silent.get(key, "")), "") for key in ("line", "closest", "label")]
        # and a key-figures row's figure, what it counts and its sentence (a result's title and line), and a need's
        # label and its pages' titles (the list shown when nothing matches)
        for k, row in enumerate(config.get("figures") or []):
            shown += [(f"figures[{k}].{key}", str(row.get(key, "")), "figures/") for key in ("figure", "what", "sentence")]
        for k, need in enumerate(config.get("needs") or []):
            shown += [(f"needs[{k}].label", str(need.get("label", "")), "by-need/")]
            shown += [(f"needs[{k}].pages", str(title), "by-need/") for title in need.get("pages") or []]
        for key, text, where in shown:
            rest = ledger.leftover(text, where)
            if rest:
                out.append(Diagnostic(f"{Path(site_dir).name}/{name}", 1, "W010",
                                      f"search config {key} shows '{text[:60]}', and '{rest}' in it "
                                      "is neither checked page text, the source, nor furniture"))
        for n, doc in enumerate(docs):
            where = str(doc.get("location", "")).split("#")[0]
            for key in ("title", "text"):
                rest = ledger.leftover(str(doc.get(key, "")), where)
                if rest:
                    out.append(Diagnostic(f"{Path(site_dir).name}/{name}", n + 1, "W010",
                                          f"search entry {doc.get('location', '')!r} {key} shows '{str(doc.get(key, ''))[:60]}', "
                                          f"and '{rest}' in it is neither checked page text, the source, nor furniture"))
    return out


# Our scripts in the output: every string literal holding Chinese is text a reader may be shown
# (a button's label, a message, a result's line). Material's own bundle, lunr and its worker carry
# none (their words come from the theme's language file, checked above as theme strings).
SCRIPT_SKIP = re.compile(r"(^|/)(bundle\.[0-9a-f]+\.min\.js|lunr/|workers/search\.)")
# One token of JavaScript, enough to find its string literals: a comment, a string, a template, a
# regular expression literal (where one may start: not after a value), or any other character.
# (Not esprima: its last Python release, 4.0.1, stops at the worker's \p{…} regular expressions, and
# only strings and what can hide them are needed here.)
JS_TOKEN = re.compile(r"""(?P<comment>/\*.*?\*/|//[^\n]*)
    |(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)
    |(?P<regex>/(?![*/])(?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[a-z]*)
    |(?P<word>[\w$.]+|[)\]}])
    |(?P<other>.)""", re.S | re.X)


def script_strings(js: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal of `js` that holds Chinese, but not of a single
    character, which states nothing (年, a token the worker reads a query by; 条 after a count)."""
    out: list[tuple[int, str]] = []
    after_value, at = False, 0
    while at < len(js):
        m = JS_TOKEN.match(js, at)
        assert m is not None  # `other` takes any one character
        token, kind = m.group(0), m.lastgroup
        if kind == "regex" and after_value:  # a division, not a regular expression
            token, kind = "/", "other"
        if kind == "string":
            text = re.sub(r"\\[nrt]", " ", token[1:-1]).replace("\\", "")
            if len(CJK_RE.findall(text)) > 1:
                out.append((js.count("\n", 0, at) + 1, text))
        if kind != "comment" and not token.isspace():
            after_value = kind in ("string", "regex", "word") and token not in KEYWORDS_BEFORE_VALUE
        at += len(token)
    return out


MARKUP_RE = re.compile(r"\s*<[a-z][a-z0-9]*[\s>]", re.I)
KEYWORDS_BEFORE_VALUE = {"return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw"}


def check_scripts(site_dir: Path, ledger: Ledger) -> list[Diagnostic]:
    """W011 for a string our published scripts can show that the ledger does not account for:
    text written into a script is published text too, and is held like a page's."""
    out: list[Diagnostic] = []
    for path in sorted(Path(site_dir).rglob("*.js")):
        rel = path.relative_to(site_dir).as_posix()
        if SCRIPT_SKIP.search(rel):
            continue
        for line, text in script_strings(path.read_text(encoding="utf-8")):
            # a string of markup (first_paint.py puts Material's search dialog in reader-controls.js) shows
            # what a page of it would: its text and shown attributes, each held as a page's are
            parts = [s.text for s in shown_strings(text)] if MARKUP_RE.match(text) else [text]
            for part in parts:
                rest = ledger.leftover(part, "")
                if rest:
                    out.append(Diagnostic(rel, line, "W011",
                                          f"script string '{part[:60]}' shows '{rest}', which is neither checked page "
                                          "text, the source, nor furniture (policy_site/fidelity/furniture.yml)"))
    return out


def check_site_output(site_dir: Path, site, theme_dirs: list[str] | None = None) -> list[Diagnostic]:
    """Every shown or shared string of a built site, and its search entries (W010)."""
    language = next((Path(d) / "partials" / "languages" / "zh.html" for d in theme_dirs or []
                     if (Path(d) / "partials" / "languages" / "zh.html").is_file()), None)
    ledger = ledger_for(site, language)
    return (check_output(Path(site_dir), ledger) + check_search_index(Path(site_dir), ledger)
            + check_scripts(Path(site_dir), ledger))
