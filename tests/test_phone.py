"""The phone and WeChat reader (issue 10): 字号/关怀模式, CJK fonts, QR codes, copying that
survives WeChat, quote-grade copying, tel: links, short titles. Unit tests of
policy_site/pipeline/phone.py first, then Chromium at 375 px."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, scripts_ran

from policy_site.pipeline import phone, qr
from policy_site.pipeline.minify import minify_text
from policy_site.pipeline.model import load

PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2, "locale": "zh-CN"}
# reader-prefs.js as the build inlines it in every page's <head>, after the async loader (first_paint.py)
PREFS_INLINE = minify_text((REPO / "docs/assets/reader-prefs.js").read_text(encoding="utf-8"), ".js").strip()
MODES = {"中": ("m", False), "大": ("l", False), "关怀模式": ("m", True), "大+关怀模式": ("l", True)}


# --- policy_site/pipeline/phone.py ---------------------------------------------------------

def test_titles_are_page_then_site_and_the_home_page_is_not_doubled():
    site = "知识产权支持小微企业发展 · 政策解读"
    assert phone.page_title("专利保险", site) == "专利保险｜知识产权支持小微企业发展·政策解读"
    assert phone.page_title("知识产权支持小微企业发展：政策解读", site, is_home=True) == "知识产权支持小微企业发展：政策解读"
    assert phone.page_title(None, site) == "知识产权支持小微企业发展·政策解读"
    assert " - " not in phone.page_title("原文", site)


def test_hotline_is_linked_only_where_named_as_hotline_and_text_is_unchanged():
    html = ('<p>开通“12330”举报投诉公益热线电话。</p><p>编号12330号文件</p>'
            '<h1>维权援助中心与“12330”热线</h1><p class="citation">“12330”热线[EB/OL]</p>'
            '<p><a href="x">12330热线</a></p><p>112330热线</p>'
            '<svg role="img"><text>“12330”热线</text></svg>'
            '<div class="grid cards glance"><ul><li><div><p>“12330”热线</p></div><p>“12330”热线</p></li></ul></div>')
    out = phone.link_hotline(html)
    assert out.count('href="tel:12330"') == 1
    assert '“<a class="tel-link" href="tel:12330">12330</a>”举报投诉公益热线' in out
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", html)


def test_quotes_carry_the_whole_cited_paragraph():
    paras = load(REPO / "docs").paragraphs
    q = next(p for p in paras if p.id == "q2-7")
    html = ('<blockquote>\n<p>三是缓解小微企业融资难</p>\n'
            '<p class="quote-source">—— <a href="../../original/#q2-7">原文 q2-7</a></p>\n</blockquote>')
    out = phone.mark_quotes(html, paras)
    assert f'data-quote-id="q2-7" data-quote-label="{q.label}" data-quote-text="{q.text}"' in out
    whole = phone.mark_quotes(html.replace("三是缓解小微企业融资难", q.text), paras)
    assert f'data-quote-label="{q.label}">' in whole and "data-quote-text" not in whole
    assert phone.mark_quotes("<blockquote><p>无出处</p></blockquote>", paras) == "<blockquote><p>无出处</p></blockquote>"


# --- the built site -----------------------------------------------------------------

def _pages(site_dir: Path):
    return [p for p in site_dir.rglob("index.html") if "/m/" not in p.as_posix()]


def test_every_page_has_short_title_no_phone_detection_and_a_qr_block(site_dir):
    for path in _pages(site_dir):
        html = path.read_text(encoding="utf-8")
        title = re.search(r"<title>([^<]*)</title>", html).group(1)
        assert " - " not in title and len(title) <= 48, (path, title)
        assert '<meta name="format-detection" content="telephone=no">' in html, path
        assert f"<script>{PREFS_INLINE}</script>" in html.split("</head>")[0], path  # inline (first_paint.py)
        assert "<summary>手机扫码打开</summary>" in html, path
        # the QR code is a file beside the page, its image loaded only when the block is opened
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
        assert re.search(r'<img src="qr\.svg" loading="lazy" width="(\d+)" height="\1" alt="本页地址的二维码：'
                         + re.escape(canonical) + '">', html), path
        assert (path.parent / "qr.svg").read_text(encoding="utf-8") == qr.file(canonical), path
        assert (path.parent / "qr.svg.gz").is_file(), path  # precompressed for gzip_static, like every SVG
        assert "<svg" not in html.split('<section class="pass-on"')[1].split("</section>")[0], path  # no inline code any more
        assert ">复制标题和链接</button>" in html and ">大</button>" in html and ">关怀模式</button>" in html, path


def test_hotline_links_leave_quotes_verbatim(site_dir):
    paras = {p["id"]: p["text"] for p in json.loads((site_dir / "paragraphs.json").read_text(encoding="utf-8"))}
    html = (site_dir / "original" / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<div class="source-paragraph" id="q1-5">.*?<p class="source-text">(.*?)</p>', html, re.S)
    assert 'href="tel:12330"' in block.group(1)
    assert re.sub(r"<[^>]+>", "", block.group(1)) == paras["q1-5"]
    assert 'href="tel:' not in (site_dir / "figures" / "index.html").read_text(encoding="utf-8").split("<table")[1]


def _zbar(png: Path) -> str:
    zbarimg = shutil.which("zbarimg")
    if not zbarimg:
        pytest.fail("zbarimg is missing: run scripts/test.sh, which installs Debian's zbar-tools")
    out = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True)
    return out.stdout.strip()


def _mode(context, size, care):
    context.add_init_script(f"localStorage.setItem('reader-prefs', JSON.stringify({{size: '{size}', care: {str(care).lower()}}}))")


def test_qr_block_decodes_to_the_canonical_address(browser, site_url, site_dir, artifacts, tmp_path):
    """The code is fetched only when the reader opens 手机扫码打开 (a lazy image in the closed
    block: not fetched while closed, even in view), then shown, and decodes to the page's address."""
    context = browser.new_context(**PHONE)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    scripts_ran(page)
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical.endswith("/measures/financing/")
    details = page.locator("details.pass-on__qr")
    assert details.get_attribute("open") is None  # collapsed
    details.scroll_into_view_if_needed()  # in view: only being closed keeps the image from loading
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    assert not [u for u in requests if u.endswith(".svg") and "qr" in u], "the QR code was fetched before it was opened"
    details.locator("summary").click()
    image = page.locator(".pass-on__code img")
    image.wait_for()
    page.wait_for_function("() => { const i = document.querySelector('.pass-on__code img'); return i.complete && i.naturalWidth > 0; }")
    assert [u for u in requests if "qr" in u] == [site_url + "measures/financing/qr.svg"]  # same origin, once
    box = image.bounding_box()
    assert box["width"] >= 180 and abs(box["width"] - box["height"]) < 1, box  # 12rem, square, inside a 375 px screen
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    details.scroll_into_view_if_needed()
    details.screenshot(path=str(artifacts / "phone-qr-block.png"))
    image.screenshot(path=str(tmp_path / "qr.png"))
    assert _zbar(tmp_path / "qr.png") == canonical
    context.close()
    # Without JavaScript the block opens and the code loads the same way.
    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "programmes/pledge-financing/")
    page.locator("details.pass-on__qr summary").click()
    page.wait_for_function("() => { const i = document.querySelector('.pass-on__code img'); return i.complete && i.naturalWidth > 0; }")
    page.locator(".pass-on__code img").screenshot(path=str(tmp_path / "qr-no-js.png"))
    assert _zbar(tmp_path / "qr-no-js.png").endswith("/programmes/pledge-financing/")
    context.close()
    # The decoder is not a rubber stamp: a blank image decodes to nothing.
    blank = browser.new_page()
    blank.set_content("<div style='width:200px;height:200px;background:#fff'></div>")
    blank.locator("div").screenshot(path=str(tmp_path / "blank.png"))
    blank.close()
    assert _zbar(tmp_path / "blank.png") == ""


def test_a_qr_image_naming_another_address_fails_the_build(tmp_path):
    """The build writes each page's QR file from its canonical address and holds every pass-on
    block to it (policy_site/pipeline/phone.py write_qr_files, a finalize step): an alt naming
    another address, an image of another page's code or a size that is not the code's fails."""
    from types import SimpleNamespace

    from policy_site.pipeline import finalize

    url, other = "https://example.org/a/", "https://example.org/b/"

    def site(block_a: str, block_b: str = "") -> Path:
        root = tmp_path / f"site{len(list(tmp_path.iterdir()))}"
        for name, u, block in (("a", url, block_a), ("b", other, block_b or phone.pass_on(other, "乙", "原文"))):
            (root / name).mkdir(parents=True)
            (root / name / "index.html").write_text(f'<html><head><link rel="canonical" href="{u}"></head>'
                                                    f"<body>{block}</body></html>", encoding="utf-8")
        return root

    good = phone.pass_on(url, "甲", "原文")
    root = site(good)
    assert phone.write_qr_files(root) == []
    assert (root / "a" / "qr.svg").read_text(encoding="utf-8") == qr.file(url)
    finalize.write_qr_files(SimpleNamespace(site_dir=root))
    for bad, what in ((good.replace(f"二维码：{url}", f"二维码：{other}"), "says"),
                      (good.replace('src="qr.svg"', 'src="../b/qr.svg"'), "is not that address's code"),
                      (good.replace(f'width="{qr.size(url)}"', 'width="99"'), "×"),
                      (good.replace('<img src="qr.svg" loading="lazy"', '<img src="qr.svg"'), "not one QR image")):
        root = site(bad)
        problems = phone.write_qr_files(root)
        assert problems and what in problems[0], (what, problems)
        with pytest.raises(finalize.FinalizeError, match="QR codes that do not match"):
            finalize.write_qr_files(SimpleNamespace(site_dir=root))


FAILING_CLIPBOARD = """
  Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
  document.execCommand = () => false;
"""
RECORDING_CLIPBOARD = """
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {value: {writeText: t => (window.__copied.push(t), Promise.resolve())}});
"""


def test_copy_falls_back_to_a_selected_field_when_clipboard_and_execcommand_fail(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script(FAILING_CLIPBOARD)
    page = context.new_page()
    page.goto(site_url + "programmes/patent-insurance/")
    page.wait_for_load_state("networkidle")  # scripts run after the first paint (first_paint.py)
    page.get_by_role("button", name="复制标题和链接").click()
    field = page.locator(".copy-fallback textarea")
    field.wait_for()
    value = field.input_value()
    assert value.startswith("专利保险｜") and value.endswith("/programmes/patent-insurance/")
    assert field.get_attribute("readonly") is not None
    assert page.evaluate("document.activeElement.matches('.copy-fallback textarea')")
    assert page.evaluate("getSelection().toString() || (document.activeElement.selectionEnd - document.activeElement.selectionStart)")
    # Heading links take the same way out.
    page.locator("button.copy-link").first.click()
    assert "#" in page.locator(".copy-fallback textarea").input_value()
    context.close()


def test_copy_uses_execcommand_when_the_clipboard_api_rejects(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script("""
      Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
      window.__exec = [];
      document.execCommand = (c) => { window.__exec.push([c, document.activeElement.value]); return true; };
    """)
    page = context.new_page()
    page.goto(site_url + "programmes/patent-insurance/")
    page.wait_for_load_state("networkidle")  # scripts run after the first paint (first_paint.py)
    button = page.get_by_role("button", name="复制标题和链接")
    button.click()
    page.wait_for_function("window.__exec.length === 1")
    page.wait_for_function("document.querySelector('.pass-on__copy').textContent === '已复制'")
    assert page.evaluate("window.__exec[0][0]") == "copy"
    assert page.evaluate("window.__exec[0][1]").startswith("专利保险｜")
    assert page.locator(".copy-fallback").count() == 0
    context.close()


def test_copy_uses_execcommand_when_the_clipboard_api_throws(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script("""
      Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => { throw new Error('not allowed'); }}});
      window.__exec = [];
      document.execCommand = (c) => { window.__exec.push(c); return true; };
    """)
    page = context.new_page()
    page.goto(site_url + "programmes/patent-insurance/")
    page.wait_for_load_state("networkidle")  # scripts run after the first paint (first_paint.py)
    page.get_by_role("button", name="复制标题和链接").click()
    page.wait_for_function("document.querySelector('.pass-on__copy').textContent === '已复制'")
    assert page.evaluate("window.__exec") == ["copy"]
    context.close()


def test_blocked_storage_throws_no_error_and_the_buttons_still_work(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script("""
      Object.defineProperty(window, 'localStorage', {configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});
    """)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site_url + "measures/financing/")
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    page.locator("[data-reader-size-set='l']").first.click()
    assert page.evaluate("document.documentElement.getAttribute('data-reader-size')") == "l"
    page.goto(site_url)
    assert not errors, errors
    context.close()


def test_copy_quote_gives_the_paragraph_exactly_then_its_citation(browser, site_url, site_dir):
    paras = {p["id"]: p["text"] for p in json.loads((site_dir / "paragraphs.json").read_text(encoding="utf-8"))}
    title = paras["title"]
    context = browser.new_context(**PHONE)
    context.add_init_script(RECORDING_CLIPBOARD)
    page = context.new_page()
    page.goto(site_url + "original/")
    # copy-link.js, added after the first paint (first_paint.py), builds the menus: on a loaded machine
    # after the network's first quiet, so wait for them
    page.wait_for_selector(".quote-menu-host[data-for]", state="attached")
    origin = page.locator('link[rel="canonical"]').get_attribute("href")
    ids = page.eval_on_selector_all(".quote-menu-host[data-for]", "els => els.map(e => e.dataset.for)")
    assert set(ids) == set(paras)  # one menu per paragraph, every paragraph
    for pid in ("title", "q1-5", "q2-7", "q3"):
        para = page.locator(f'.quote-menu-host[data-for="{pid}"]')
        para.get_by_role("button", name=re.compile("^复制")).first.click()
        para.get_by_role("button", name="复制引文").click()
        page.wait_for_function("window.__copied.length > 0")
        copied = page.evaluate("window.__copied.pop()")
        text, cite = copied.split("\n——")
        assert text == paras[pid]
        assert cite.startswith(title + "，") and f"（{pid}）" in cite and cite.endswith(origin + "#" + pid)
    # Quotes: a whole paragraph, and one that cites only part of it, both copy all of it.
    for path, partial in (("measures/financing/", False), ("programmes/patent-insurance/", True)):
        page.goto(site_url + path)
        bq = page.locator("blockquote.quote").first
        assert (bq.get_attribute("data-quote-text") is not None) == partial
        pid = bq.get_attribute("data-quote-id")
        bq.get_by_role("button", name=re.compile("^复制")).click()
        bq.get_by_role("button", name="复制引文").click()
        page.wait_for_function("window.__copied.length > 0")
        text, cite = page.evaluate("window.__copied.pop()").split("\n——")
        assert text == paras[pid] and cite.endswith("/original/#" + pid), path
    context.close()


def test_selecting_words_offers_a_text_fragment_link(browser, site_url):
    context = browser.new_context(**PHONE)
    context.add_init_script(RECORDING_CLIPBOARD)
    page = context.new_page()
    page.goto(site_url + "original/")
    # copy-link.js (added after the first paint) listens for the selection; its menus mark it as run
    page.wait_for_selector(".quote-menu-host[data-for]", state="attached")
    page.evaluate("""() => { const t = document.querySelector('#q2-7 .source-text').firstChild;
        const r = document.createRange(); r.setStart(t, 2); r.setEnd(t, 10);
        getSelection().removeAllRanges(); getSelection().addRange(r); }""")
    bar = page.locator(".fragment-bar")
    bar.wait_for(state="visible")
    bar.get_by_role("button").click()
    page.wait_for_function("window.__copied.length > 0")
    url = page.evaluate("window.__copied.pop()")
    assert re.search(r"/original/#q2-7:~:text=%E7%BC%93", url), url  # 缓…
    # The link works: the browser scrolls to and marks the words.
    page2 = context.new_page()
    page2.goto(url.replace(re.match(r"https?://[^/]+/", url).group(0), site_url))
    assert page2.evaluate("location.hash") == "#q2-7"  # the directive is stripped; the anchor stays
    context.close()


@pytest.mark.parametrize("mode", list(MODES))
def test_modes_apply_before_first_paint_without_sideways_scroll(browser, site_url, artifacts, mode):
    size, care = MODES[mode]
    context = browser.new_context(**PHONE)
    _mode(context, size, care)
    page = context.new_page()
    for path, shot in (("measures/financing/", "measure"), ("original/#q2-7", "original")):
        page.goto(site_url + path)
        # Applied by the head script before the body is parsed: the first paint has it.
        assert page.evaluate("document.documentElement.dataset.readerSize") == size
        assert page.evaluate("document.documentElement.hasAttribute('data-reader-care')") == care
        root = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert root == {"m": 20, "l": 24, "s": 18}[size]
        p = page.locator(".md-typeset p").first
        line = p.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize)")
        assert (line >= 1.8) == care or not care and line >= 1.5
        width = page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        assert width <= 375, f"{mode} {path}: {width}px"
        page.screenshot(path=str(artifacts / f"phone-{shot}-{mode}.png"))
    context.close()


def test_size_buttons_are_large_pressed_and_remembered(browser, site_url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_url + "about/")
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    for name in ("大", "中", "小", "关怀模式"):
        box = page.get_by_role("button", name=name, exact=True).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (name, box)
    page.get_by_role("button", name="大", exact=True).click()
    page.get_by_role("button", name="关怀模式", exact=True).click()
    assert page.get_by_role("button", name="大", exact=True).get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="中", exact=True).get_attribute("aria-pressed") == "false"
    page.goto(site_url + "figures/")
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "24px"
    scripts_ran(page)
    assert page.get_by_role("button", name="关怀模式", exact=True).get_attribute("aria-pressed") == "true"
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.reader-tools')).display") == "none"
    context.close()


def test_text_uses_a_cjk_font_and_full_width_punctuation(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "programmes/assistance-centres/")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    first = family.split(",")[0].strip().strip('"')
    assert first == "PingFang SC" and "Helvetica" not in family.split("sans-serif")[0], family
    # “ drawn full width: as wide as a Chinese character.
    widths = page.evaluate("""() => { const s = document.createElement('span');
        document.querySelector('.md-typeset p').appendChild(s);
        const w = t => { s.textContent = t; return s.getBoundingClientRect().width; };
        const r = [w('“'), w('中'), w('…')]; s.remove(); return r; }""")
    assert abs(widths[0] - widths[1]) < 1 and abs(widths[2] - widths[1]) < 1, widths
    page.close()


def test_axe_catches_a_label_that_does_not_contain_the_visible_text(browser):
    """The gate below is real: the old 复制链接 button named 复制本节链接：… fails current axe."""
    import axe

    page = browser.new_page()
    page.set_content('<html lang="zh"><head><title>t</title></head><body><main><h1>t</h1>'
                     '<button aria-label="复制本节链接：要点">复制链接</button></main></body></html>')
    assert [v[0] for v in axe.serious(page)] == ["label-content-name-mismatch"]
    page.close()


@pytest.mark.parametrize("scripts", ["run", "never arrive"])
def test_axe_clean_on_every_page_in_large_care_mode(browser, site_url, scripts):
    """Default mode is covered per page in tests/test_quality.py; here 大 + 关怀模式, in both states a
    reader sees: the page as first painted, its deferred scripts not (yet) run (on a slow network
    for up to 2 s, for good when they fail; Material's bundle has not wrapped the tables then), and
    the page after them, with every 复制 menu opened so its buttons are checked too."""
    import axe
    from test_quality import LAYOUTS

    context = browser.new_context(**PHONE)
    _mode(context, "l", True)
    if scripts == "never arrive":  # reader-prefs is inline, so 大 + 关怀 still applies
        context.route("**/*.js", lambda route: route.abort())
    page = context.new_page()
    problems = {}
    for path in LAYOUTS:
        page.goto(site_url + path)
        if scripts == "run":
            scripts_ran(page)
            page.evaluate("document.querySelectorAll('.quote-menu__toggle').forEach(b => b.click())")
        else:
            assert page.evaluate("document.documentElement.className").split()[:1] == ["no-js"]
            assert page.evaluate("getComputedStyle(document.documentElement).fontSize") != "16px"
        bad = axe.serious(page)
        if bad:
            problems[path] = bad
    context.close()
    assert problems == {}, f"axe-core {axe.version()}: {problems}"


def test_no_script_blocks_rendering_and_the_reader_prefs_are_inline_and_small(site_dir):
    """No page fetches a script before its first paint (Material's bundle and extra_javascript
    wait in a list, policy_site/pipeline/first_paint.py); reader-prefs.js (which must apply 字号
    before first paint) is inline in <head>, minified, and stays small: it is on every page view.
    The buttons are reader-controls.js, in the list."""
    for path in _pages(site_dir):
        html = path.read_text(encoding="utf-8")
        # the one script with src: the loader of the others, async (first_paint.LOADER_FILE)
        assert [t for t in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html) if not re.fullmatch(
            r'<script async src="(?:/|(?:\.\./)*)assets/after-paint\.js">', t)] == [], path
        assert "__later" not in html, path  # the site's usual list is in the cached loader
    assert re.search(r'D=\["assets/reader-controls\.js","assets/javascripts/bundle\.[0-9a-f]+\.min\.js"',
                     (site_dir / "assets" / "after-paint.js").read_text(encoding="utf-8"))
    prefs = PREFS_INLINE
    assert prefs == minify_text((REPO / "docs/assets/reader-prefs.js").read_text(encoding="utf-8"), ".js").strip()
    assert len(prefs.encode()) < 700  # 636 B (881 B until the buttons' part moved to reader-controls.js)


def test_the_about_pages_guide_names_only_controls_the_site_has(site_dir):
    """关于本站 › 阅读、搜索与转发 names buttons in bold; each must be a label the built pages or
    their scripts really show (a renamed button makes the guide wrong)."""
    about = (REPO / "docs" / "about.md").read_text(encoding="utf-8")
    section = about.split("{#reading}", 1)[1].split("\n## ", 1)[0]
    labels = {w for label in re.findall(r"\*\*([^*]+)\*\*", section) for w in label.split()}
    assert {"字号", "关怀模式", "复制标题和链接", "手机扫码打开", "复制引文", "复制所选文字的链接"} <= labels
    shown = (site_dir / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    shown += "".join(p.read_text(encoding="utf-8") for p in (REPO / "docs" / "assets").glob("*.js"))
    missing = [w for w in labels if f">{w}<" not in shown and f'"{w}"' not in shown]
    assert not missing, f"named on 关于本站 but shown nowhere: {missing}"
