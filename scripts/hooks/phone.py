"""MkDocs hook: the phone reader (scripts/build/phone.py): 页面｜站名 titles, tel: links for
the hotline, 复制引文 data on quotes, and the pass-it-on block (QR code, 复制标题和链接)."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import phone  # noqa: E402
from scripts.build.model import for_build, ready  # noqa: E402


def _title(page, site_name):
    if page is None:
        return phone.page_title(None, site_name)
    title = (page.meta or {}).get("title") or page.title
    return phone.page_title(title, site_name, is_home=page.is_homepage)


@mkdocs.plugins.event_priority(0)  # a template global only; order does not matter
def on_env(env, config, files):
    env.globals["page_title_text"] = _title
    return env


@mkdocs.plugins.event_priority(-50)  # after Markdown and other hooks' content changes
def on_page_content(html, page, config, files):
    if not ready(config):
        return html
    paragraphs = for_build(config).paragraphs
    html = phone.mark_quotes(phone.link_hotline(html), paragraphs)
    if page.canonical_url:
        title_para = next(p for p in paragraphs if p.id == "title")
        html += phone.pass_on(page.canonical_url, _title(page, config["site_name"]), title_para.text)
    return html
