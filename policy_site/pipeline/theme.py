"""What we take from Material for MkDocs, pinned: its version, and the templates our
overrides depend on (tests/test_theme_drift.py compares their hashes)."""

from __future__ import annotations

import hashlib
import re
from importlib import metadata
from pathlib import Path

MATERIAL_VERSION = "9.8.1"  # requirements.txt pins the same
# Material templates our overrides copy from or patch, with the sha256 of the version above.
# If Material changes one, re-read it, update our copy (overrides/) and then this hash.
TEMPLATES = {
    "base.html": "8536d352b0093623df9e0032894f321cbe264b15a9b48cdd962583772455dadb",  # main.html: super() of `config`, `scripts`, `site_meta` filtered
    "partials/search.html": "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",  # filtered: name_search_dialog
    # copied inside an `if` (overrides/partials/javascripts/): emitted only where they can act
    "partials/javascripts/palette.html": "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5",
    "partials/javascripts/content.html": "3722e156f0f6339de39fbbfc178b6e401d1a4fb890f189ac5b80c2504bda7dcf",
}


def material_dir() -> Path:
    import material  # the theme package; only its files are read

    return Path(material.__file__).parent / "templates"


def version_problem() -> str | None:
    try:
        have = metadata.version("mkdocs-material")
    except metadata.PackageNotFoundError:
        return "mkdocs-material is not installed; run scripts/bootstrap.sh"
    if have != MATERIAL_VERSION:
        return (f"mkdocs-material {have} is installed, the site is made for {MATERIAL_VERSION}: "
                "our overrides copy parts of its templates (policy_site/pipeline/theme.py); install the pinned requirements")
    return None


def template_hashes(root: Path | None = None) -> dict[str, str]:
    root = root or material_dir()
    return {name: hashlib.sha256((root / name).read_bytes()).hexdigest() for name in TEMPLATES}


# How Material's bundle renders one result (a group of items) that the search's extra line relies on
# (overrides/assets/javascripts/cjk-search-worker.js `honestLine`): the group's page entry is its first
# item whose location has no "#", rendered as the heading; an item scoring below the first is folded
# under "more"; titles and texts are strings inserted as HTML (so <span class="search-note"> and <mark>
# stay elements). Minified names vary, so each is a pattern; tests/test_theme_drift.py checks them.
SEARCH_RESULT_PATTERNS = {
    "page entry: first item without #": r'findIndex\((\w+)=>!`\$\{new URL\(\1\.location,\w+\.base\)\}`\.includes\("#"\)\)',
    "sections below the first score folded": r'(\w+)=\w+\[0\]\.score,.{0,200}?findIndex\((\w+)=>\2\.score<\1\)',
    "page entry's title as the heading": r'\w+>0&&\w+\("h1",null,\w+\.title\)',
    "strings inserted as HTML": r'typeof (\w+)=="string"\|\|typeof \1=="number"\)\w+\.innerHTML\+=\1\.toString\(\)',
}


def bundle_text(root: Path | None = None) -> str:
    scripts = (root or material_dir()) / "assets" / "javascripts"
    (bundle,) = scripts.glob("bundle.*.min.js")
    return bundle.read_text(encoding="utf-8")


def search_result_problems(root: Path | None = None) -> list[str]:
    """The rendering rules above that Material's bundle no longer shows (empty: all hold)."""
    text = bundle_text(root)
    return [name for name, pattern in SEARCH_RESULT_PATTERNS.items() if not re.search(pattern, text, re.S)]


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


class ThemeError(Exception):
    pass


def name_search_dialog(html: str, name: str = "搜索") -> str:
    """Material's search dialog has no accessible name (axe: aria-dialog-name); give it one.
    A filter on Material's output instead of a copy of its partial; fails loudly if the
    markup it expects is gone (a Material update), never silently."""
    if 'data-md-component="search"' not in html:
        return html  # a page without the search box (redirect stubs, the print page)
    if SEARCH_DIALOG not in html:
        raise ThemeError("Material's search dialog markup changed; update policy_site/pipeline/theme.py")
    return html.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{name}">', 1)


SKIP_SLOT_RE = re.compile(r'(<div data-md-component="skip">)(\s*)(</div>)')
FIRST_H1_ID_RE = re.compile(r'<h1\b[^>]*\bid="([^"]+)"')


def add_skip_link(html: str, label: str = "跳转至") -> str:
    """Material writes its skip link ("跳转至", to the first heading of the table of contents) only
    when the page has one; a page whose title is raw HTML (the 原文 page) gets the same link to its
    <h1>, so every page can skip to its content from the keyboard."""
    if 'class="md-skip"' in html:
        return html
    target = FIRST_H1_ID_RE.search(html)
    if target is None or not SKIP_SLOT_RE.search(html):
        return html
    link = f'<a href="#{target.group(1)}" class="md-skip">{label}</a>'
    return SKIP_SLOT_RE.sub(lambda m: m.group(1) + link + m.group(3), html, count=1)
