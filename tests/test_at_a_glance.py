"""The home page at a glance and the 图解 (policy_site/pipeline/glance.py, policy_site/pipeline/tujie.py)."""

from __future__ import annotations

import copy
import re
import struct

import pytest
from conftest import REPO, mkdocs_build
from test_build import _copy_repo

from policy_site.fidelity import model as page_model
from policy_site.pipeline import glance, model, tujie

URL = "https://example.org/tujie/"


@pytest.fixture(scope="module")
def site():
    return model.load(REPO / "docs")


def _with_home_meta(site, **meta):
    """A copy of the model whose home page front matter has `meta` changed."""
    other = copy.deepcopy(site)
    home = next(p for p in other.pages if p.kind == "home")
    home.meta.update(meta)
    return other


# --- the data ---------------------------------------------------------------------------------

def test_key_figures_are_checked_rows_of_the_figures_page(site):
    rows = next(p for p in site.pages if p.kind == "figures").meta["figures"]
    figures = glance.key_figures(site)
    assert 4 <= len(figures) <= 8
    for kf in figures:
        assert {"figure": kf.figure, "paragraph": kf.paragraph, "what": kf.what} in rows
        para = next(p for p in site.paragraphs if p.id == kf.paragraph)
        assert kf.figure in para.text and all(x in para.text for x in kf.context)


@pytest.mark.parametrize("chosen, message", [
    (["1171万"], "'1171万' matches 0 rows"),  # a figure the figures page does not have
    (["20%"], "'20%' matches 2 rows"),  # ambiguous: q1-3 and q3-3
    ([["235亿元", "2013年底"]], "'2013年底' is not a figures row of q1-4"),  # context from another paragraph
    ([], "needs `key_figures`"),
])
def test_a_key_figure_that_is_not_one_checked_row_is_refused(site, chosen, message):
    with pytest.raises(glance.GlanceError, match=re.escape(message)):
        glance.key_figures(_with_home_meta(site, key_figures=chosen))


def test_every_measure_and_need_has_its_own_icon(site):
    assert set(glance.NEED_ICONS) == set(page_model.NEEDS)
    assert set(glance.MEASURE_ICONS) == {p.id for p in site.pages if p.kind == "measure"}


def test_print_way_in_is_shown_only_when_its_page_exists():
    assert "打印" not in glance.render_ways({"original.md", "tujie.md", "verification.md"})
    assert "[打印](/print.md)" in glance.render_ways({"original.md", "tujie.md", "print.md", "verification.md"})


# --- the 图解 -----------------------------------------------------------------------------------

def test_wrap_keeps_the_text_and_never_splits_a_figure_or_starts_with_punctuation():
    text = "全国专利权质押融资金额突破235亿元，同比增长124%。小微企业约有1170万，占企业总数的77%左右。"
    for width in (100, 150, 230, 400):
        lines = tujie.wrap(text, 20, width)
        assert "".join(lines) == text
        assert not any(line[0] in "，。、）》" for line in lines[1:])
        assert all(any(f in line for line in lines) for f in ("235亿元", "124%", "1170万", "77%"))


def test_svg_text_is_exactly_the_data(site):
    c = tujie.content(site, URL)
    svg = tujie.svg(c)
    assert "".join(tujie.texts(svg)) == tujie.expected_text(c)
    said = "".join(tujie.texts(svg))
    measures = [p for p in site.pages if p.kind == "measure"]
    assert all(p.meta["title"] in said for p in measures)
    assert sum(len(n.measures) for n in c.needs) >= len(measures)
    for kf in glance.key_figures(site):
        assert kf.figure in said and kf.what in said and f"原文 {kf.paragraph}" in said
    title = next(p.text for p in site.paragraphs if p.id == "title")
    assert title in said and URL in said
    # the programmes each measure relies on come from `related` (either direction)
    graph = site.related_graph()
    by_id = site.page_by_id()
    for need in c.needs:
        for m in need.measures:
            mid = next(p.id for p in measures if p.meta["title"] == m.title)
            assert {p.title for p in m.programmes} == {by_id[r].meta["title"] for r in graph[mid] if by_id[r].kind == "programme"}
    # every verbatim sentence really is in its paragraph
    for text, pid in c.what:
        assert text.rstrip("。") in next(p.text for p in site.paragraphs if p.id == pid)


def test_svg_text_follows_a_changed_figure(site):
    """Change a row's figure in the data: the picture says the new one (no copy by hand anywhere)."""
    other = copy.deepcopy(site)
    rows = next(p for p in other.pages if p.kind == "figures").meta["figures"]
    row = next(r for r in rows if r["figure"] == "78家")
    row["figure"] = "87家"
    other = _with_home_meta(other, key_figures=["87家"])
    said = "".join(tujie.texts(tujie.svg(tujie.content(other, URL))))
    assert "87家" in said and "78家" not in said


def test_svg_has_an_accessible_name_and_a_qr_code(site):
    svg = tujie.svg(tujie.content(site, URL))
    assert re.match(r'<svg [^>]*role="img" aria-labelledby="tujie-svg-title"', svg)
    assert '<title id="tujie-svg-title">图解：' in svg
    assert 'class="qr-code"' not in svg and "<path" in svg  # qr.py's code, inlined as a group


def test_a_changed_figure_in_the_figures_data_fails_the_build(tmp_path):
    root = _copy_repo(tmp_path)
    page = root / "docs" / "figures.md"
    text = page.read_text(encoding="utf-8")
    assert "{figure: 78家, paragraph: q1-5" in text
    page.write_text(text.replace("{figure: 78家, paragraph: q1-5", "{figure: 87家, paragraph: q1-5", 1), encoding="utf-8")
    out = tmp_path / "out"
    result = mkdocs_build(out, config=root / "mkdocs.yml")
    assert result.returncode != 0
    assert "figures.md:" in result.stderr and "T001 figure '87家' does not occur in q1-5" in result.stderr
    assert not out.exists()


# --- the built site ---------------------------------------------------------------------------

def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_built_tujie_page_and_png(site_dir, site):
    html = (site_dir / "tujie" / "index.html").read_text(encoding="utf-8")
    svg = re.search(r"<svg [^>]*class=\"tujie-svg\".*?</svg>", html, re.S).group(0)
    c = tujie.content(site, "http://127.0.0.1:8000/tujie/")
    assert "".join(tujie.texts(svg)) == tujie.expected_text(c)
    assert 'href="tujie.png"' in html and "保存图片" in html
    text_version = html[html.index('id="text"'):]
    for kf in c.figures:
        assert kf.figure in text_version and f"#{kf.paragraph}" in text_version
    width, height = _png_size(site_dir / "tujie" / "tujie.png")
    assert width >= 750 and height > 2 * width


def test_home_page_cards_come_from_front_matter(site_dir, site):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    for p in site.pages:
        if p.kind == "measure":
            assert f'href="{p.url.lstrip("/")}">{p.meta["title"]}</a>' in html
    for need in page_model.NEEDS:
        assert f'href="by-need/#{need}"' in html
    for kf in glance.key_figures(site):
        assert f'<strong class="glance-number">{kf.figure}</strong>' in html
    assert "generated:" not in html
    # icons are inline SVG; the one image is the pass-on block's QR code, loaded when opened (tests/test_phone.py)
    images = re.findall(r"<img\b[^>]*>", html.split('class="md-content"')[1].split("</article>")[0])
    assert len(images) == 1 and 'src="qr.svg" loading="lazy"' in images[0], images


def _targets_too_small(page) -> list:
    """Links in the home page's cards and figures whose clickable box is under 44 px either way."""
    return page.evaluate("""() => [...document.querySelectorAll('.glance a, .glance-figures a')].flatMap(a => {
        const li = a.closest('li'); li.scrollIntoView({block: 'center'}); const r = li.getBoundingClientRect();
        const hit = document.elementFromPoint(r.right - 6, r.bottom - 6);
        const box = (a.closest('.glance') ? r : a.getBoundingClientRect());
        return (hit === a || a.contains(hit)) && box.width >= 44 && box.height >= 44 ? [] : [a.textContent.slice(0, 20)];
    })""")


@pytest.mark.parametrize("width", [375, 1280])
def test_home_page_at_a_glance_on_phone_and_desktop(browser, site_url, artifacts, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500, has_touch=width < 500,
                                  locale="zh-CN")
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert _targets_too_small(page) == []
    lefts = page.evaluate("[...document.querySelectorAll('.glance-measures li')].map(li => Math.round(li.getBoundingClientRect().left))")
    assert len(lefts) == 8 and (len(set(lefts)) == 1) == (width < 500)  # stacked on a phone, side by side on a desktop
    page.screenshot(path=str(artifacts / f"home-{width}.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.glance-measures > ul')).display") == "block"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
    assert all(r.startswith(site_url) for r in requests), [r for r in requests if not r.startswith(site_url)]


def test_home_page_in_large_text(browser, site_url, artifacts):
    """The large-text mode scales rem: cards wrap, nothing scrolls sideways."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url)
    page.evaluate("document.documentElement.style.fontSize = '200%'")  # CSSOM, which the CSP allows
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.locator("#by-need").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "home-375-large-text.png"))
    context.close()


def test_tujie_page_in_chromium(browser, site_url, artifacts):
    import axe

    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True, locale="zh-CN")
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(site_url + "tujie/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    svg = page.locator("svg.tujie-svg")
    assert svg.get_attribute("role") == "img"
    assert page.get_by_role("img", name=re.compile("^图解：")).count() == 1
    page.screenshot(path=str(artifacts / "tujie-375.png"), full_page=True)
    assert axe.serious(page) == []
    response = page.request.get(site_url + "tujie/tujie.png")
    assert response.ok and response.headers["content-type"] == "image/png"
    (artifacts / "tujie.png").write_bytes(response.body())
    context.close()
    assert all(r.startswith(site_url) for r in requests)
