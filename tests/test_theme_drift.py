"""Copies of Material's templates in overrides/ must still match what they were taken from.

Compares (1) the sha256 of each Material template we copy from against the one recorded in
policy_site/pipeline/theme.py, and (2) each copy, with our declared change undone, against the
current Material text, so a Material update that changes a copied part fails here."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import REPO

from policy_site.pipeline import theme

BLOCK_RE = r"\{%% block %s %%\}.*?\{%% endblock %%\}"


def test_material_version_is_the_pinned_one():
    assert theme.version_problem() is None
    pins = (REPO / "requirements.txt").read_text(encoding="utf-8")
    assert f"mkdocs-material=={theme.MATERIAL_VERSION}" in pins


def test_material_templates_we_copy_from_are_unchanged():
    assert theme.template_hashes() == theme.TEMPLATES


def test_config_block_is_materials_own_with_our_worker_swapped_in():
    ours = re.search(BLOCK_RE % "config", (REPO / "overrides/main.html").read_text(encoding="utf-8"), re.S).group(0)
    material = re.search(BLOCK_RE % "config", (theme.material_dir() / "base.html").read_text(encoding="utf-8"), re.S).group(0)
    assert "super()" in ours  # no copy of Material's block
    swapped = re.search(r'replace\("([^"]+)", "assets/javascripts/cjk-search-loader\.js"\)', ours).group(1)
    # the name we replace is the one Material's block emits: if Material renames its worker,
    # this fails instead of the site silently using Material's search
    assert f'"search": "{swapped}" | url' in material


def test_built_pages_use_our_worker(site_dir):
    html = (site_dir / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    assert '"search":"../../assets/javascripts/cjk-search-loader.js"' in html  # compact (minify.py)
    assert "workers/search." not in html


CONFIG_RE = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
# Left out of every page's __config by policy_site/pipeline/minify.py, each for a part no page has.
UNSHOWN = {"clipboard.copy", "clipboard.copied", "select.version"}


def test_config_keeps_every_translation_the_bundle_can_show_here(site_dir):
    """Material's bundle reads its words from __config's translations by key. minify.py leaves out
    clipboard.* (a code block's copy button and its alert: no page has a `pre > code` block or a
    data-clipboard- element) and select.version (the version selector: no version is configured),
    and the keys whose value is null (the bundle reads annotate, tags and version null-safely).
    Every other key the bundle reads (search's words) stays on every page."""
    bundle = theme.bundle_text()
    name = re.search(r'function (\w+)\(e,t\)\{return typeof t!="undefined"\?\w+\.translations\[e\]', bundle).group(1)
    read = set(re.findall(rf'\b{name}\("([\w.]+)"', bundle))
    block = re.search(BLOCK_RE % "config", (theme.material_dir() / "base.html").read_text(encoding="utf-8"), re.S).group(0)
    assert read == set(re.findall(r'"([\w.]+)": lang\.t\(', block))  # a new key: decide here whether pages need it
    assert UNSHOWN < read
    # what each left-out part needs, in the bundle: a `pre > code` block, ClipboardJS's attributes, a version
    assert '"pre:not(.mermaid) > code"' in bundle and '"[data-clipboard-target], [data-clipboard-text]"' in bundle
    assert re.search(r'\.annotate&&typeof \w+\.annotate=="object"', bundle) and re.search(r"\{tags:\w+\}=\w+\(\)", bundle)
    assert re.search(r"\(\w+=\w+\.version\)==null\?void 0:\w+\.provider", bundle)  # mike's version, null-safe
    pages = 0
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        found = CONFIG_RE.search(html)
        if not found:
            continue  # redirect stubs
        pages += 1
        data = json.loads(found.group(1))
        assert set(data["translations"]) == read - UNSHOWN, path
        assert set(data) == {"base", "features", "search", "translations"} and None not in data.values(), path
        assert not re.search(r"<pre\b|data-clipboard-|md-version", html), path
    assert pages > 40


def test_the_bundle_shows_its_words_from_the_trimmed_config(browser, site_url):
    """In Chromium, with the trimmed __config: search's words (the prompt, the count, 在该页上还有,
    缺少 for a term a result lacks) all come through, and nothing the bundle runs fails."""
    from conftest import scripts_ran

    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site_url + "measures/financing/")
    scripts_ran(page)
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.wait_for()
    box.focus()
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="键入以开始搜索").wait_for(timeout=20000)
    box.fill("质押融资 维权援助")
    meta.filter(has_text="个符合条件的结果").wait_for(timeout=20000)
    page.locator(".md-search-result__terms", has_text="缺少: 维权援助").first.wait_for()
    page.locator(".md-search-result__more summary", has_text="在该页上还有").first.wait_for()
    assert not [t for t in (meta.inner_text(), *page.locator(".md-search-result__terms").all_inner_texts()) if "undefined" in t]
    context.close()
    assert errors == []


def test_search_dialog_is_named_by_a_filter_not_a_copy(site_dir):
    assert not (REPO / "overrides/partials/search.html").exists()
    assert theme.SEARCH_DIALOG in (theme.material_dir() / "partials/search.html").read_text(encoding="utf-8")
    # the pages share it from reader-controls.js (first_paint.py), which puts it back before the bundle runs
    controls = (site_dir / "assets" / "reader-controls.js").read_text(encoding="utf-8")
    assert '<div class=\\"md-search\\" data-md-component=\\"search\\" role=\\"dialog\\" aria-label=\\"搜索\\">' in controls


def test_filter_fails_loudly_when_materials_markup_changes():
    import pytest

    with pytest.raises(theme.ThemeError):
        theme.name_search_dialog('<div class="md-search" data-md-component="search" role="search">')


def test_drift_test_can_fail(tmp_path):
    for name in theme.TEMPLATES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text((theme.material_dir() / name).read_text(encoding="utf-8") + "<!-- changed -->")
    assert theme.template_hashes(tmp_path) != theme.TEMPLATES


def test_materials_result_rendering_still_fits_the_searchs_extra_line(tmp_path):
    """The line for a question the text may not answer is one result group (a page entry to 按需查找,
    a section to the first page's 原文未载明 box): it relies on how Material's bundle renders a group."""
    assert theme.search_result_problems() == []
    # and the check can fail: a bundle that picks the page entry otherwise
    changed = tmp_path / "assets" / "javascripts"
    changed.mkdir(parents=True)
    (changed / "bundle.x.min.js").write_text(theme.bundle_text().replace('.includes("#")', '.endsWith("/")'), encoding="utf-8")
    assert theme.search_result_problems(tmp_path) == ["page entry: first item without #"]


def test_materials_scripts_are_in_the_form_the_first_paint_step_moves():
    """policy_site/pipeline/first_paint.py moves the `<script defer src>` tags of main.html's scripts
    block (Material's, with `defer` added) into the list its loader adds after the first paint, the
    bundle first (it is told DOMContentLoaded again); any other form fails the build."""
    from policy_site.pipeline import first_paint

    block = re.search(BLOCK_RE % "scripts", (theme.material_dir() / "base.html").read_text(encoding="utf-8"), re.S).group(0)
    first = re.search(r"<script[^>]*>", block).group(0)
    assert re.fullmatch(r"""<script src="\{\{ 'assets/javascripts/bundle\.[0-9a-f]+\.min\.js' \| url \}\}">""", first)
    ours = re.search(BLOCK_RE % "scripts", (REPO / "overrides/main.html").read_text(encoding="utf-8"), re.S).group(0)
    assert "replace('<script src=', '<script defer src=')" in ours
    assert first_paint.SCRIPT_RE.fullmatch('<script defer src="../../assets/javascripts/bundle.0123abcd.min.js"></script>\n')


GENERATED = "{#-\n  This file was automatically generated - do not edit\n-#}\n"


@pytest.mark.parametrize("name, condition", [
    ("partials/javascripts/palette.html", "{% if config.theme.palette %}"),
    ("partials/javascripts/content.html", '{% if "pymdownx.tabbed" in config.markdown_extensions %}'),
])
def test_materials_inline_scripts_we_leave_out_are_copied_whole_inside_their_condition(name, condition):
    """Material's palette and content-tab scripts, on every page, act only with a palette toggle or
    content tabs, which the site has neither of: our copies emit them only then (issue 22, bytes)."""
    ours = (REPO / "overrides" / name).read_text(encoding="utf-8")
    material = (theme.material_dir() / name).read_text(encoding="utf-8")
    assert material.startswith(GENERATED)
    inner = ours.split(condition + "\n", 1)[1]
    assert inner == material[len(GENERATED):] + "{% endif %}\n"


def test_the_built_pages_carry_none_of_the_left_out_scripts_nor_the_generator_tag(site_dir):
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "palette" not in config["theme"] and not any("tabbed" in str(e) for e in config["markdown_extensions"])
    for path in (site_dir / "index.html", site_dir / "measures" / "financing" / "index.html", site_dir / "404.html"):
        html = path.read_text(encoding="utf-8")
        assert "__md_get(\"__palette\")" not in html and "__tabbed_" not in html, path
        assert '<meta name="generator"' not in html and '<meta name="viewport"' in html, path
