"""Material's stylesheet, purged of the components the site never shows (scripts/build/purge_css.py):
the rule on made-up CSS, then the built site, then the pages in Chromium against Material's whole file."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import material
import pytest
from PIL import Image, ImageChops

from scripts.build.purge_css import purge, purge_site

MATERIAL_CSS = next((Path(material.__file__).parent / "templates/assets/stylesheets").glob("main.*.min.css"))


def test_a_selector_goes_only_when_a_class_it_names_is_nowhere():
    css = (".used{color:red}.gone{color:blue}.used .gone{margin:0}.used,.gone{padding:0}"
           "a:not(.gone){color:green}:is(.gone,.used) p{top:0}div[data-x=gone]{left:0}")
    out = purge(css, '<p class="used">')
    assert ".used{color:red}" in out
    assert ".gone{color:blue}" not in out and ".used .gone" not in out
    assert ".used{padding:0}" in out  # the selector list keeps its live member
    assert "a:not(.gone)" in out and ":is(.gone,.used) p" in out  # functional pseudo-classes keep
    assert "div[data-x=gone]" in out  # no class, nothing to judge by


def test_a_class_named_by_a_script_or_a_longer_name_is_judged_right():
    out = purge(".md-tooltip{a:b}.md-tool{c:d}", 'el.className = "md-tooltip"')
    assert ".md-tooltip{a:b}" in out
    assert ".md-tool{" not in out  # md-tool is only part of md-tooltip


def test_media_blocks_and_custom_properties_follow_their_rules():
    css = (":root{--a:1px;--b:var(--c);--c:2px;--d:3px;--e:4px}"
           "@media print{.gone{x:var(--d)}}@media screen{.kept{width:var(--b)}}")
    out = purge(css, "kept", other_css=".x{height:var(--e)}")
    assert "@media print" not in out and "@media screen{.kept{width:var(--b)}}" in out
    assert "--b:" in out and "--c:2px" in out  # read, and read through --b
    assert "--e:4px" in out  # read by another stylesheet
    assert "--a:" not in out and "--d:" not in out  # read by nothing (--d only by a dropped rule)


def test_keyframes_font_faces_and_importance_survive():
    css = "@keyframes spin{0%{opacity:0}to{opacity:1}}@font-face{font-family:x}.k{color:red!important}"
    out = purge(css, "k")
    assert "@keyframes spin" in out and "@font-face" in out and "!important" in out


def test_purge_site_refuses_a_layout_it_does_not_know(tmp_path):
    sheets = tmp_path / "assets/stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.0123abcd.min.css").write_text(".a{b:c}", encoding="utf-8")
    (tmp_path / "index.html").write_text('<link href="assets/stylesheets/other.css">', encoding="utf-8")
    with pytest.raises(SystemExit, match="no page links"):
        purge_site(tmp_path)
    assert purge_site(tmp_path / "nothing-here") is None


def _class_tokens(site_dir: Path) -> set[str]:
    out: set[str] = set()
    for page in site_dir.rglob("*.html"):
        for value in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
            out.update(value.split())
    return out


def test_the_built_site_links_a_smaller_main_stylesheet_that_keeps_every_class_in_use(site_dir):
    sheets = list((site_dir / "assets/stylesheets").glob("main.*.min.css"))
    assert len(sheets) == 1 and sheets[0].name != MATERIAL_CSS.name, sheets
    purged = sheets[0].read_text(encoding="utf-8")
    original = MATERIAL_CSS.read_text(encoding="utf-8")
    assert len(gzip.compress(purged.encode())) < 0.8 * len(gzip.compress(original.encode()))
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert MATERIAL_CSS.name not in text, page
        if "<head>" in text and "stylesheets/" in text:
            assert sheets[0].name in text, page
    in_material = set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", original))
    lost = {c for c in _class_tokens(site_dir) & in_material if not re.search(r"\." + re.escape(c) + r"(?![\w-])", purged)}
    assert not lost, f"classes the pages use lost all their rules: {sorted(lost)}"


@pytest.mark.parametrize("width", [375, 1280])
def test_pages_look_the_same_as_with_materials_whole_stylesheet(browser, site_url, site_dir, width, artifacts):
    """Each page, and search with results, screenshot with the purged file and with Material's
    whole file served in its place: the pixels must be the same."""
    purged_name = next((site_dir / "assets/stylesheets").glob("main.*.min.css")).name
    whole = MATERIAL_CSS.read_bytes()
    still = "*,*::before,*::after{transition:none!important;animation:none!important;caret-color:transparent!important}"

    def shots(swap: bool) -> dict[str, bytes]:
        context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)  # for the style below
        if swap:
            context.route(f"**/{purged_name}", lambda route: route.fulfill(body=whole, content_type="text/css"))
        page = context.new_page()
        out = {}
        for path in ("", "measures/financing/", "programmes/assistance-centres/", "figures/", "original/",
                     "questions/drafting-and-highlights/", "tujie/", "terms/", "404.html"):
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
            page.add_style_tag(content=still)
            out[path] = page.screenshot(full_page=True)
        page.keyboard.press("s")
        page.locator("input.md-search__input").fill("专利保险")
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_timeout(300)
        out["search"] = page.screenshot()
        context.close()
        return out

    mine, materials = shots(False), shots(True)
    for key, png in mine.items():
        a, b = (Image.open(io.BytesIO(x)).convert("RGB") for x in (png, materials[key]))
        box = ImageChops.difference(a, b).getbbox() if a.size == b.size else "size"
        if box:
            a.save(artifacts / f"purge-{width}-{key.strip('/').replace('/', '_') or 'home'}.png")
        assert not box, f"{key or 'home'} at {width}px differs from Material's whole stylesheet: {box}"
