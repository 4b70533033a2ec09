"""Page versions (a short hash of each page's rendered content) and the site's change log
(更新记录 and an Atom feed) from `git log` of docs/. Dates are site edits, never policy dates."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_CITATION_RE = re.compile(r'(<p class="citation" id="citation-text">.*?)(</p>)', re.S)


def page_version(content_html: str, site_url: str) -> str:
    """Short hash of a page's rendered content, independent of the site's address."""
    return hashlib.sha256(content_html.replace(site_url.rstrip("/"), "").encode("utf-8")).hexdigest()[:8]


def add_to_citation(content_html: str, version: str) -> str:
    return _CITATION_RE.sub(lambda m: f'{m.group(1)} <span class="page-version">（版本 {version}）</span>{m.group(2)}',
                            content_html, count=1)


@dataclass(frozen=True)
class Change:
    commit: str
    date: str  # ISO 8601, commit date
    files: tuple[str, ...]  # paths under docs/ that the commit changed


def history(repo: Path, path: str = "docs", limit: int = 200) -> list[Change] | None:
    """Commits that touched `path`, newest first; None when git or the history is unavailable.
    Commit messages are developers' notes in English and are not shown; readers see which
    pages changed."""
    try:
        out = subprocess.run(["git", "-C", str(repo), "log", f"-n{limit}", "--first-parent", "--diff-merges=first-parent",
                              "--format=%x00%H%x09%cI", "--name-only",
                              "--", path], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    changes = []
    for record in out.stdout.split("\0")[1:]:
        head, _, names = record.partition("\n")
        commit, _, date = head.partition("\t")
        files = tuple(n[len(path) + 1:] for n in names.splitlines() if n.startswith(path + "/"))
        changes.append(Change(commit, date, files))
    return changes


def _described(c: Change, titles: dict[str, str]) -> str:
    """修改的页面, by title; assets and removed pages by kind."""
    pages = [titles[f] for f in c.files if f in titles]
    removed = [f for f in c.files if f.endswith(".md") and f not in titles]
    other = [f for f in c.files if not f.endswith(".md")]
    shown = "、".join(dict.fromkeys(pages[:8]))
    if len(pages) > 8:
        shown += f"等 {len(pages)} 页"
    parts = [shown] if shown else []
    if removed:
        parts.append(f"已删除或改名的页面 {len(removed)} 个")
    if other:
        parts.append("样式与脚本")
    return "；".join(parts) or "页面文件"


def render_page(changes: list[Change] | None, titles: dict[str, str] | None = None) -> str:
    """`titles`: docs path -> page title, for the pages each change touched."""
    titles = titles or {}
    out = ["---", "title: 更新记录",
           "description: 本站页面的修改记录（网站修改的日期，不是政策发布日期）。",
           "search:", "  exclude: true", "---", "", "# 更新记录 {#page-title}", "",
           "本页列出本站页面（docs/ 目录）的每次修改，日期是**本站修改的日期**，不是政策或原文的发布日期"
           "（原文未载明《意见》的发布日期）。每页的版本号见该页“引用本页”及 `pages.json`。"
           "", '<p>订阅：<a href="../changes.xml">changes.xml</a>（Atom）。</p>', ""]
    if not changes:
        out += ["本次构建无法读取修改历史（没有 git 或没有提交记录）。", ""]
        return "\n".join(out)
    # A list, not a table: it wraps at any text size on a phone.
    for c in changes:
        out.append(f"- {c.date[:10]}（提交 `{c.commit[:7]}`）：{html.escape(_described(c, titles))}")
    out.append("")
    return "\n".join(out)


def atom(changes: list[Change] | None, site_url: str, title: str) -> str:
    base = site_url.rstrip("/")
    updated = changes[0].date if changes else "1970-01-01T00:00:00Z"
    entries = "".join(
        f"<entry><id>{base}/changes/#{c.commit[:12]}</id><title>本站修改 {c.date[:10]}（{c.commit[:7]}）</title>"
        f"<updated>{c.date}</updated><link href=\"{base}/changes/\"/>"
        f"<summary>本站修改（提交 {c.commit[:7]}），不是政策发布日期。</summary></entry>"
        for c in changes or [])
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<id>{base}/changes/</id><title>{html.escape(title)} · 更新记录</title>"
            f"<updated>{updated}</updated><author><name>本站</name></author>"
            f"<link rel=\"self\" href=\"{base}/changes.xml\"/><link href=\"{base}/changes/\"/>{entries}</feed>\n")
