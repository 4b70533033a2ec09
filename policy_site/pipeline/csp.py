"""Content-Security-Policy from the build output, allowing only the theme's inline scripts.

An inline script is allowed (by its sha256 hash) only if its text is one the theme
templates emit: every executable <script> in the template sources (Material's templates,
our overrides, the redirect stub template) becomes a pattern whose `{{ ... }}` expressions,
each inside a JavaScript string literal, may take any value that cannot leave it (no quotes,
backslashes, angle brackets or line breaks). Any other inline script, such as one written in
a Markdown page, is never hashed (so the browser blocks it) and fails the build with an
error naming the output file. The one inline script the build itself writes (first_paint.py:
the script loader and reader-prefs.js) is allowed by its exact text (`exact_patterns`).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# style-src, connect-src and worker-src are not written: each falls back to default-src 'self' (worker-src
# through script-src, which adds only the hashes), the same policy in fewer bytes on every page view.
BASE_POLICY = [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]
HEADER_ONLY = ["frame-ancestors 'self'"]  # ignored in a meta tag, so only in HTTP headers

# Script types a browser runs; any other non-empty type is a data block (e.g. Material's __config JSON).
JS_TYPES = {
    "", "module", "importmap", "speculationrules", "text/javascript", "application/javascript",
    "application/ecmascript", "application/x-ecmascript", "application/x-javascript", "text/ecmascript",
    "text/javascript1.0", "text/javascript1.1", "text/javascript1.2", "text/javascript1.3",
    "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
    "text/x-javascript",
}
TEMPLATE_SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
JINJA_EXPR_RE = re.compile(r"\{\{.*?\}\}", re.S)
VALUE = r"[^\"'`\\<>\r\n]*"  # a template value: cannot leave the string literal it sits in
SCRIPT_TAG_RE = re.compile(r"<script[\s/>]", re.I)
HEAD_RE = re.compile(r"(<head(?:\s[^>]*)?>\s*(?:<meta charset=[^>]*>)?)", re.I)


class CSPError(Exception):
    """The output has an inline script the theme does not emit, or a CSP of its own."""


def _executable(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("type") or "").strip().lower() in JS_TYPES


def _attrs(source: str) -> dict[str, str | None]:
    parser = HTMLParser()
    found: dict[str, str | None] = {}
    parser.handle_starttag = lambda tag, attrs: found.update(attrs)  # type: ignore[method-assign]
    parser.feed(f"<script{source}>")
    return found


def _in_string(js: str) -> bool:
    """Does this JavaScript text end inside a '...' or "..." literal?"""
    quote, escaped = None, False
    for char in js:
        if escaped:
            escaped = False
        elif char == "\\" and quote:
            escaped = True
        elif quote and char == quote:
            quote = None
        elif not quote and char in "\"'`":
            quote = char
    return quote in ("'", '"')


def template_patterns(template_dirs: Iterable[Path], extra_templates: Iterable[str] = ()) -> list[re.Pattern]:
    """A full-match pattern for each executable inline script in the templates."""
    sources = [p.read_text(encoding="utf-8") for d in template_dirs for p in sorted(Path(d).rglob("*.html"))]
    patterns: dict[str, re.Pattern] = {}
    for text in [*sources, *extra_templates]:
        for attrs, body in TEMPLATE_SCRIPT_RE.findall(text):
            if "src" in _attrs(attrs) or "{{" in attrs or not _executable(_attrs(attrs)):
                continue
            if "{%" in body or "{#" in body:
                continue  # control flow in a script body: not recognised, so refused if emitted
            parts = JINJA_EXPR_RE.split(body)
            if not all(_in_string("".join(parts[: i + 1])) for i in range(len(parts) - 1)):
                continue  # a value outside a string literal could be code: refused if emitted
            regex = VALUE.join(re.escape(part) for part in parts)
            patterns.setdefault(regex, re.compile(regex, re.S))
    if not patterns:
        raise CSPError("no inline script found in the theme templates: wrong template directories?")
    return list(patterns.values())


def exact_patterns(texts: Iterable[str]) -> list[re.Pattern]:
    """Patterns for inline scripts the build itself writes (first_paint.py), allowed as written."""
    return [re.compile(re.escape(text), re.S) for text in texts]


@dataclass
class Script:
    attrs: dict[str, str | None]
    body: str
    line: int


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.scripts: list[Script] = []
        self.csp_meta = 0
        self._open: Script | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v for k, v in attrs}
        if tag == "script":
            self._open = Script(a, "", self.getpos()[0])
            self.scripts.append(self._open)
        elif tag == "meta" and (a.get("http-equiv") or "").strip().lower() == "content-security-policy":
            self.csp_meta += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.body += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def page_hashes(html: str, patterns: list[re.Pattern], name: str = "<html>") -> tuple[list[str], list[str]]:
    """Hashes of the page's theme-emitted inline scripts, and a problem for every other one."""
    parser = _Scripts()
    parser.feed(html)
    parser.close()
    problems = []
    if len(parser.scripts) != len(SCRIPT_TAG_RE.findall(html)):
        problems.append(f"{name}: a <script tag the HTML parser does not see as a script; refusing to guess")
    if parser.csp_meta:
        problems.append(f"{name}: has a Content-Security-Policy meta tag of its own; only the build writes one")
    hashes = set()
    for script in parser.scripts:
        if "src" in script.attrs or not _executable(script.attrs):
            continue  # an external script (script-src 'self') or a data block
        if any(p.fullmatch(script.body) for p in patterns):
            hashes.add(sha256(script.body))
        else:
            snippet = " ".join(script.body.split())[:80]
            problems.append(f"{name}:{script.line}: inline <script> not emitted by the theme: {snippet!r}")
    return sorted(hashes), problems


def meta_policy(hashes: Iterable[str]) -> str:
    return "; ".join([*BASE_POLICY, " ".join(["script-src 'self'", *sorted(hashes)])])


def header_policy(hashes: Iterable[str]) -> str:
    """The policy for HTTP headers: the union of every page's hashes, plus header-only directives."""
    return "; ".join([meta_policy(hashes), *HEADER_ONLY])


def apply(site_dir: Path, patterns: list[re.Pattern]) -> list[str]:
    """Add every HTML file's CSP meta tag; return the union of allowed hashes.

    Every file gets its tag, so even the output of a failed build runs no foreign script;
    then CSPError lists every inline script the theme does not emit.
    """
    union: set[str] = set()
    problems: list[str] = []
    for path in sorted(site_dir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        hashes, found = page_hashes(html, patterns, str(path))
        problems += found
        union.update(hashes)
        meta = f'<meta http-equiv="Content-Security-Policy" content="{meta_policy(hashes)}">'
        html, n = HEAD_RE.subn(functools.partial(_after_head, meta), html, count=1)
        if n != 1:
            problems.append(f"{path}: no <head> to put the Content-Security-Policy in")
            continue
        path.write_text(html, encoding="utf-8")
    if problems:
        raise CSPError("inline scripts the theme does not emit are not allowed (they stay blocked):\n" + "\n".join(problems))
    return sorted(union)


def _after_head(meta: str, match: re.Match) -> str:
    return match.group(1) + "\n    " + meta
