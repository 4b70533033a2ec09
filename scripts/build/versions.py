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
    subject: str


def history(repo: Path, path: str = "docs", limit: int = 200) -> list[Change] | None:
    """Commits that touched `path`, newest first; None when git or the history is unavailable."""
    try:
        out = subprocess.run(["git", "-C", str(repo), "log", f"-n{limit}", "--format=%H%x09%cI%x09%s", "--", path],
                             capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return [Change(*line.split("\t", 2)) for line in out.stdout.splitlines() if line.count("\t") >= 2]


def render_page(changes: list[Change] | None) -> str:
    out = ["---", "title: 更新记录",
           "description: 本站页面的修改记录（网站修改的日期，不是政策发布日期）。",
           "search:", "  exclude: true", "---", "", "# 更新记录 {#page-title}", "",
           "本页列出本站页面（docs/ 目录）的每次修改，日期是**本站修改的日期**，不是政策或原文的发布日期"
           "（原文未载明《意见》的发布日期）。每页的版本号见该页“引用本页”及 `pages.json`。"
           "", '<p>订阅：<a href="../changes.xml">changes.xml</a>（Atom）。</p>', ""]
    if not changes:
        out += ["本次构建无法读取修改历史（没有 git 或没有提交记录）。", ""]
        return "\n".join(out)
    out += ["| 修改日期（本站） | 修改说明 | 提交 |", "| --- | --- | --- |"]
    for c in changes:
        subject = html.escape(c.subject).replace("|", "\\|")
        out.append(f"| {c.date[:10]} | {subject} | `{c.commit[:7]}` |")
    out.append("")
    return "\n".join(out)


def atom(changes: list[Change] | None, site_url: str, title: str) -> str:
    base = site_url.rstrip("/")
    updated = changes[0].date if changes else "1970-01-01T00:00:00Z"
    entries = "".join(
        f"<entry><id>{base}/changes/#{c.commit[:12]}</id><title>{html.escape(c.subject)}</title>"
        f"<updated>{c.date}</updated><link href=\"{base}/changes/\"/>"
        f"<summary>本站修改（提交 {c.commit[:7]}），不是政策发布日期。</summary></entry>"
        for c in changes or [])
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<id>{base}/changes/</id><title>{html.escape(title)} · 更新记录</title>"
            f"<updated>{updated}</updated><author><name>本站</name></author>"
            f"<link rel=\"self\" href=\"{base}/changes.xml\"/><link href=\"{base}/changes/\"/>{entries}</feed>\n")
