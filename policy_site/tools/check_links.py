"""Check every internal link and fragment in the built site's HTML, offline.

    python -m policy_site.tools.check_links [SITE_DIR]

MkDocs validates links between Markdown pages; this checks what it cannot see: the
output (theme templates, generated pages, redirect stubs, assets). Written here
because the offline link checkers (lychee, htmlproofer) either are not on PyPI or
look at files before this site's plugin adds its generated pages.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if (tag, name) in LINK_ATTRS and value:
                self.refs.append(value)


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def check(site_dir: Path) -> list[str]:
    site_dir = site_dir.resolve()
    parsed: dict[Path, _Refs] = {}

    def parsed_page(path: Path) -> _Refs:  # each file parsed once
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        refs = parsed_page(page)
        for ref in refs.refs:
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or ref.startswith(("mailto:", "javascript:", "data:")):
                continue  # absolute URLs: the canonical/og:url of this site, or none
            if parts.path.startswith("/"):  # root-relative (the 404 page): the site is served at /
                target = (site_dir / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            rel = page.relative_to(site_dir)
            if not target.is_file() or site_dir not in target.parents:
                problems.append(f"{rel}: {ref} -> no such file")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed_page(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{rel}: {ref} -> no #{parts.fragment} in {target.relative_to(site_dir)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    site_dir = Path((argv or sys.argv[1:] or ["site"])[0])
    problems = check(site_dir)
    print("\n".join(problems) or f"all internal links and fragments in {site_dir} resolve")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
