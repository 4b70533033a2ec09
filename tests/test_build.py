"""The real site, built strictly: verbatim 原文, navigation, URLs, and a build that refuses bad input."""

from __future__ import annotations

import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, mkdocs_build

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.model import GENERATED_PAGES
from policy_site.fidelity.source import load_paragraphs


class _Collect(HTMLParser):
    """Text of every element with class source-text, keyed by its enclosing paragraph id;
    hrefs of the primary navigation; every id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.paragraph_text: dict[str, str] = {}
        self.nav_links: set[str] = set()
        self._para_id = None
        self._in_text = 0
        self._in_nav = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        classes = (a.get("class") or "").split()
        if "source-paragraph" in classes:
            self._para_id = a.get("id")
        if "source-text" in classes and self._para_id:
            self._in_text = 1
            self.paragraph_text[self._para_id] = ""
        elif self._in_text:
            self._in_text += 1
        if tag == "nav" and "md-nav--primary" in classes:
            self._in_nav = 1
        elif tag == "nav" and self._in_nav:
            self._in_nav += 1
        if tag == "a" and self._in_nav and "href" in a:
            self.nav_links.add(a["href"])

    def handle_endtag(self, tag):
        if self._in_text:
            self._in_text -= 1
        if tag == "nav" and self._in_nav:
            self._in_nav -= 1

    def handle_data(self, data):
        if self._in_text and self._para_id:
            self.paragraph_text[self._para_id] += data


def parse(path: Path) -> _Collect:
    c = _Collect()
    c.feed(path.read_text(encoding="utf-8"))
    return c


def built_pages(site_dir: Path) -> list[Path]:
    """Real pages: not assets, not redirect stubs (short links /m/N/ and moved pages)."""
    return sorted(p for p in site_dir.rglob("index.html")
                  if "assets" not in p.parts and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))


def test_original_page_has_every_paragraph_verbatim_with_its_anchor(site_dir):
    html = parse(site_dir / "original" / "index.html")
    paragraphs = load_paragraphs()
    for para in paragraphs[1:]:
        assert para.id in html.ids, para.id
        assert html.paragraph_text.get(para.id) == para.text, para.id
    title = (site_dir / "original" / "index.html").read_text(encoding="utf-8")
    assert f'<h1 id="title" class="source-title">{paragraphs[0].text}</h1>' in title


def test_every_page_is_reachable_from_the_navigation(site_dir):
    nav = parse(site_dir / "index.html").nav_links
    reachable = {(site_dir / href).resolve() for href in nav if not href.startswith(("http", "#"))}
    for page in built_pages(site_dir):
        assert page.parent.resolve() in reachable or page.resolve() in reachable, page.relative_to(site_dir)


def test_urls_are_readable_ascii_and_headings_have_explicit_ids(site_dir):
    pages = built_pages(site_dir)
    assert len(pages) == len(check_site(REPO / "docs").pages) + len(GENERATED_PAGES)  # + 原文, 核验, …
    for page in pages:
        rel = page.relative_to(site_dir).as_posix()
        assert re.fullmatch(r"(?:[a-z0-9-]+/)*index\.html", rel), rel
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'id="_\d+"', text), f"{rel} has a generated heading id"
        assert '<html lang="zh"' in text, rel


def test_nothing_is_loaded_from_a_third_party_host(site_dir):
    for path in list(site_dir.rglob("*.html")) + list(site_dir.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        # What a browser fetches by itself: src attributes, <link href>, CSS url() and @import.
        external = re.findall(r'\ssrc="(https?://[^"]+)"|<link\b[^>]*\shref="(https?://[^"]+)"'
                              r'|url\(["\']?(https?://[^)"\']+)|@import\s+["\']?(https?://[^"\';]+)', text)
        loaded = [u for groups in external for u in groups
                  if u and not u.startswith("http://127.0.0.1") and 'rel="canonical"' not in text.split(u)[0][-200:]]
        assert loaded == [], f"{path.relative_to(site_dir)}: {loaded[:3]}"
    assert "fonts.googleapis" not in (site_dir / "index.html").read_text(encoding="utf-8")


def test_related_links_go_both_ways(site_dir):
    result = check_site(REPO / "docs")
    by_id = result.page_by_id()
    graph = result.related_graph()
    one_way = [(a, b) for a in by_id for b in by_id[a].related if a not in by_id[b].related]
    assert one_way, "the test needs at least one link declared on one side only"
    for a, b in one_way:
        html_b = (site_dir / by_id[b].url.strip("/") / "index.html").read_text(encoding="utf-8")
        related_html = html_b.split('id="related-', 1)[1]
        href = posixpath.relpath(by_id[a].url, by_id[b].url) + "/"
        assert f'href="{href}"' in related_html, (a, b, href)
        assert a in graph[b]


def test_each_page_carries_its_summary_and_the_checked_note(site_dir):
    result = check_site(REPO / "docs")
    for page in result.pages:
        html = (site_dir / page.url.strip("/") / "index.html").read_text(encoding="utf-8")
        assert f'<meta name="description" content="{page.meta["summary"]}"' in html, page.rel
        assert "对照" in html and 'class="fidelity-note"' in html, page.rel


def _copy_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for item in ("docs", "overrides", "source", "mkdocs.yml"):
        src = REPO / item
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / item if src.is_dir() else root)
    return root


def test_a_page_that_departs_from_the_source_fails_the_build_and_writes_nothing(tmp_path):
    root = _copy_repo(tmp_path)
    page = root / "docs" / "measures" / "financing.md"
    text = page.read_text(encoding="utf-8")
    assert "同比增长124%" in text
    page.write_text(text.replace("同比增长124%", "同比增长142%", 1), encoding="utf-8")
    line = next(i for i, l in enumerate(page.read_text(encoding="utf-8").split("\n"), 1) if "142%" in l)
    out = tmp_path / "out"
    result = mkdocs_build(out, config=root / "mkdocs.yml")
    assert result.returncode != 0
    assert f"measures/financing.md:{line}: Q001 quote is not verbatim in q1-4" in result.stderr
    assert "source: " in result.stderr and "124%" in result.stderr
    assert not out.exists()


def test_broken_front_matter_fails_the_build_with_file_and_line(tmp_path):
    root = _copy_repo(tmp_path)
    page = root / "docs" / "programmes" / "patent-insurance.md"
    page.write_text(page.read_text(encoding="utf-8").replace("kind: programme", "kind: [programme", 1), encoding="utf-8")
    result = mkdocs_build(tmp_path / "out", config=root / "mkdocs.yml")
    assert result.returncode != 0
    assert "programmes/patent-insurance.md:" in result.stderr and "F002 front matter is not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_changed_source_fails_the_build(tmp_path):
    root = _copy_repo(tmp_path)
    src = root / "source" / "original.txt"
    src.write_bytes(src.read_bytes().replace("235亿元".encode(), "253亿元".encode()))
    result = mkdocs_build(tmp_path / "out", config=root / "mkdocs.yml")
    assert result.returncode != 0
    assert "S001" in result.stderr and "sha256" in result.stderr


@pytest.mark.parametrize("module", ["jieba", "pypinyin"])
def test_build_refuses_to_run_without_a_dependency(tmp_path, module):
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / f"{module}.py").write_text(f"raise ImportError('No module named {module}')\n")
    result = mkdocs_build(tmp_path / "out", env={"PYTHONPATH": str(shadow)})
    assert result.returncode != 0
    assert f"{module} is unavailable" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_every_blockquote_on_the_built_site_is_an_excerpt_of_the_paragraph_it_cites(site_dir):
    """Checked on the output HTML too, so the rule survives a change of generator."""
    paragraphs = {p.id: p.text for p in load_paragraphs()}
    count = 0
    for path in built_pages(site_dir):
        html = path.read_text(encoding="utf-8")
        for block in re.findall(r"<blockquote\b[^>]*>(.*?)</blockquote>", html, re.S):
            # /print/ links to its own copy of the 原文 (#original--q2-7)
            cites = re.findall(r'<p class="quote-source">—— <a href="(?:[./]*original/#|#original--)([\w-]+)">', block)
            texts = [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<p>(.*?)</p>", block, re.S)]
            assert cites and texts, f"{path.relative_to(site_dir)}: blockquote without citation: {block[:80]}"
            for text in texts:
                assert any(text in paragraphs[c] for c in cites), f"{path.relative_to(site_dir)}: {text[:40]}"
                count += 1
    assert count >= 90
