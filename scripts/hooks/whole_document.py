"""MkDocs hook: the whole document (issue 11). Thin adapter over scripts/build/:
document_card (文件信息), terms (/terms/), actions (/actions/), print_page (/print/),
pdf (the PDF), versions (page versions, 更新记录, feed), feedback (纠错)."""

from __future__ import annotations

import posixpath
import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import document_card  # noqa: E402
from scripts.build.model import for_build  # noqa: E402

MARKER = "<!-- generated: document-card -->"
PDF_NAME = "jiedu.pdf"


def rel(from_url: str, to_url: str) -> str:
    """Relative href from one page URL (/a/b/) to a site path (/c/ or /c.pdf)."""
    out = posixpath.relpath(to_url, from_url.rstrip("/") or "/")
    if to_url.endswith("/") and not out.endswith("/"):
        out += "/"
    return "./" if out in (".", "./") else out


def _page_url(page) -> str:
    return "/" + page.url if not page.url.startswith("/") else page.url


def _card(page, config) -> str:
    site = for_build(config)
    here = _page_url(page)
    original = "" if here == "/original/" else rel(here, "/original/")
    try:
        return document_card.render(site.paragraphs, original, rel(here, "/print/"), rel(here, "/" + PDF_NAME))
    except document_card.CardError as exc:
        raise PluginError(f"文件信息 card states what the source does not:\n{exc}") from exc


@mkdocs.plugins.event_priority(50)  # before generated_content replaces (and refuses unknown) markers
def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, _card(page, config))
    if page.file.src_uri == "original.md":
        note_end = markdown.find("</p>", markdown.find('class="source-note"')) + len("</p>")
        markdown = markdown[:note_end] + "\n\n" + _card(page, config) + "\n" + markdown[note_end:]
    return markdown
