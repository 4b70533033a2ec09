"""Minify the site's own CSS and JavaScript in the built output (Material ships its files
minified; ours are kept readable in the repo). rcssmin and rjsmin: small, maintained
minifiers that only drop comments and whitespace, so nothing is renamed or rewritten.
HTML loses only its line indentation and blank lines (see `trim_html`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import rcssmin
import rjsmin

# Material's own files: fingerprinted *.min.* bundles and the lunr/worker folders.
_MATERIAL_DIRS = ("lunr", "workers")


def ours(site_dir: Path) -> list[Path]:
    """The CSS and JavaScript files under assets/ that are not Material's."""
    out = []
    for path in sorted((site_dir / "assets").rglob("*")):
        if path.suffix not in (".css", ".js") or ".min." in path.name or not path.is_file():
            continue
        if any(part in _MATERIAL_DIRS for part in path.relative_to(site_dir / "assets").parts):
            continue
        out.append(path)
    return out


def minify_text(text: str, suffix: str) -> str:
    return rcssmin.cssmin(text) if suffix == ".css" else rjsmin.jsmin(text)


def minify_assets(site_dir: Path) -> None:
    """Rewrite each of our assets minified."""
    for path in ours(site_dir):
        path.write_text(minify_text(path.read_text(encoding="utf-8"), path.suffix), encoding="utf-8")


# Elements whose whitespace is content (pre, textarea, code, kbd: Material gives them
# white-space: pre-wrap) or is hashed by the CSP (script, style), kept whole; elsewhere, a line
# break with the spaces, tabs and blank lines after it.
_KEEP_OR_INDENT = re.compile(r"(<(pre|textarea|code|kbd|script|style)\b.*?</\2>)|\n[ \t\r\n]+", re.S | re.I)
_CONFIG_RE = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
# Translations in Material's __config that its bundle shows only for a part a page lacks
# (tests/test_theme_drift.py holds these keys and the kept ones to every key the bundle reads):
# clipboard.*: the copy button of a code block (`pre > code`) and its "copied" alert (ClipboardJS
# on [data-clipboard-target]/[data-clipboard-text]); dropped where the page has neither. The
# content model refuses code blocks; our own copy buttons (copy-link.js) carry their own words.
_CODE_BLOCK = re.compile(r"<pre\b|\bdata-clipboard-")
_CLIPBOARD = ("clipboard.copy", "clipboard.copied")
# select.version: the version selector's name, built only when the config names a version (mike).
_VERSION = "select.version"


def trim_html(text: str) -> str:
    """Drop the indentation at the start of lines, and blank lines, outside the elements above. A
    line break followed by spaces or more line breaks renders as one line break everywhere else,
    so nothing on the page changes. (minify-html and htmlmin also rewrite attributes and tags,
    which the text-fragment links, the CSP hashes and the tests rely on; this takes the safe part
    of their gain.) Material's __config data block is written compactly, with its Chinese as
    characters rather than \\u escapes (the same JSON, half the bytes per character), without the
    translations the page cannot show (clipboard.*, select.version: see above) and without the
    keys whose value is null (annotate, tags, version: the bundle reads each by truthiness or as
    `x == null`, so an absent key reads as null does)."""
    text = _KEEP_OR_INDENT.sub(lambda m: m.group(1) or "\n", text)
    return _CONFIG_RE.sub(lambda m: _config(m, text), text, count=1)


def _config(match: re.Match, page: str) -> str:
    data = {key: value for key, value in json.loads(match.group(2)).items() if value is not None}
    translations = data.get("translations") or {}
    unshown = ([] if _CODE_BLOCK.search(page) else list(_CLIPBOARD)) + ([] if "version" in data else [_VERSION])
    for key in unshown:
        translations.pop(key, None)
    # "<" escaped, so no value can close the <script> element
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return match.group(1) + body + match.group(3)


def trim_pages(site_dir: Path) -> None:
    for path in site_dir.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        trimmed = trim_html(text)
        if trimmed != text:
            path.write_text(trimmed, encoding="utf-8")
