"""Published addresses: every URL and anchor in published-urls.txt must still resolve on the built
site, directly or through a redirect (policy_site/tools/url_manifest.py maintains the file). A
publishing build (PUBLISH=1) checks it itself, so a renamed page or heading id never goes out
without a redirect, whether or not the test suite ran."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

MANIFEST_NAME = "published-urls.txt"
# The stub mkdocs-redirects writes: <meta http-equiv="refresh" content="0; url=../../measures/financing/">
REDIRECT_RE = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')
UNLISTED_IDS = {"page-title", "citation-text"}  # the h1's fixed id (the page URL is the link); the 引用本页 line


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self._article = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self._article += 1
        # "slug--id": /print/'s copies of other pages' anchors (policy_site/pipeline/print_page.py), not listed twice
        if not self._article or "id" not in a or a["id"] in UNLISTED_IDS or "--" in a["id"]:
            return
        # headings, the 原文's paragraphs, a paragraph that keeps a merged section's anchor ({: #key-points }),
        # and a box with an id (the 原文未载明 box, #not-stated: the search links to it)
        classes = (a.get("class") or "").split()
        if re.fullmatch(r"h[1-6]|p", tag) or "source-paragraph" in classes or (tag == "div" and "admonition" in classes):
            self.ids.append(a["id"])

    def handle_endtag(self, tag):
        if tag == "article" and self._article:
            self._article -= 1


def page_url(site_dir: Path, index_html: Path) -> str:
    rel = index_html.parent.relative_to(site_dir).as_posix()
    return "/" if rel == "." else f"/{rel}/"


def redirect_target(html: str) -> str | None:
    match = REDIRECT_RE.search(html)
    return match.group(1) if match else None


def collect(site_dir: Path) -> dict[str, set[str]]:
    """Page URL -> its anchors, for every real page (not redirect stubs or assets)."""
    pages: dict[str, set[str]] = {}
    for index_html in sorted(site_dir.rglob("index.html")):
        if "assets" in index_html.parts:
            continue
        html = index_html.read_text(encoding="utf-8")
        if redirect_target(html):
            continue
        parser = _Anchors()
        parser.feed(html)
        pages[page_url(site_dir, index_html)] = set(parser.ids)
    return pages


def lines(pages: dict[str, set[str]]) -> list[str]:
    out = []
    for url in sorted(pages):
        out.append(url)
        out += [f"{url}#{anchor}" for anchor in sorted(pages[url])]
    return out


def resolve(site_dir: Path, line: str, pages: dict[str, set[str]]) -> str | None:
    """None if `line` still works on the built site, else why not."""
    url, _, anchor = line.partition("#")
    hops = 0
    while url not in pages:
        stub = site_dir / url.strip("/") / "index.html"
        target = redirect_target(stub.read_text(encoding="utf-8")) if stub.exists() else None
        if target is None or hops > 5:
            return f"{url} is gone and no redirect leads from it (add one in mkdocs.yml's redirect_maps)"
        url = posixpath.normpath(posixpath.join(url, target)).rstrip("/") + "/"
        hops += 1
    if anchor and anchor not in pages[url]:
        return f"{url} has no anchor #{anchor} any more"
    return None


def check(site_dir: Path, manifest: list[str]) -> tuple[list[str], list[str]]:
    """(broken published lines with reasons, current lines missing from the manifest)."""
    pages = collect(site_dir)
    broken = [f"{line}: {why}" for line in manifest if (why := resolve(site_dir, line, pages))]
    listed = set(manifest)
    new = [line for line in lines(pages) if line not in listed]
    return broken, new


def read_manifest(path: Path) -> list[str]:
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def publishing_problems(site_dir: Path, manifest: Path) -> list[str]:
    """Why the built site would break a published address (empty when none would)."""
    if not manifest.is_file():
        return [f"{manifest} is missing: a publishing build checks every published address against it"]
    broken, _ = check(site_dir, read_manifest(manifest))
    return broken
