"""适老化 and 无障碍, item by item (issue 23). Each item of policy_site/pipeline/accessibility.yml names one
test here, and the 无障碍声明 page shows the same list; the first test holds the two together.

Chromium, one browser: localStorage is set in the page and the page reloaded, and everything a
check needs is read in one page.evaluate. 375 px (a phone) and 1280 px (a desktop), in every
combination of 大 / 关怀模式 / 高对比度."""

from __future__ import annotations

import ast
import itertools
import json
import re
from pathlib import Path

import pytest
from conftest import REPO, scripts_ran

from policy_site.fidelity import furniture
from policy_site.pipeline import accessibility

PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2, "locale": "zh-CN"}
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "locale": "zh-CN"}
WIDTHS = {375: PHONE, 1280: DESKTOP}
COMBOS = [dict(zip(("large", "care", "contrast"), c)) for c in itertools.product((False, True), repeat=3)]
MEASURE = "measures/financing/"

# Records the <html> attributes at the moment <body> is created: what the first paint gets.
FIRST_PAINT = """
  window.__atBody = null;
  new MutationObserver((_, obs) => {
    if (document.body && !window.__atBody) {
      const r = document.documentElement;
      window.__atBody = {size: r.getAttribute('data-reader-size'), care: r.hasAttribute('data-reader-care'),
                         contrast: r.hasAttribute('data-reader-contrast'), cursor: r.hasAttribute('data-reader-cursor'),
                         modes: (document.getElementById('reader-modes') || {}).blocking === 'render' ||
                                !!document.querySelector('link#reader-modes[blocking=render]')};
      obs.disconnect();
    }
  }).observe(document, {childList: true, subtree: true});
"""

# Everything the mode checks need, in one evaluate.
MEASURE_JS = """() => {
  const css = e => getComputedStyle(e), px = v => parseFloat(v);
  const root = document.documentElement, art = document.querySelector('article.md-typeset');
  const pairs = [];
  for (const p of art.querySelectorAll(':scope > p')) {
    const next = p.nextElementSibling;
    if (!next || next.tagName !== 'P' || !p.textContent.trim() || !next.textContent.trim()) continue;
    const a = p.getBoundingClientRect(), b = next.getBoundingClientRect();
    pairs.push({fs: px(css(p).fontSize), lh: px(css(p).lineHeight), lhNext: px(css(next).lineHeight), gap: b.top - a.bottom});
  }
  const para = art.querySelector(':scope > p'), link = art.querySelector('p > a[href]:not(.headerlink)');
  const buttons = [...document.querySelectorAll('.reader-tools button, .reader-tools a')].filter(b => b.offsetParent)
    .map(b => ({name: b.textContent.trim(), pressed: b.getAttribute('aria-pressed'),
                w: b.getBoundingClientRect().width, h: b.getBoundingClientRect().height,
                left: b.getBoundingClientRect().left, right: b.getBoundingClientRect().right}));
  return {
    atBody: window.__atBody,
    attrs: {size: root.getAttribute('data-reader-size'), care: root.hasAttribute('data-reader-care'),
            contrast: root.hasAttribute('data-reader-contrast')},
    rootFont: px(css(root).fontSize), pFont: px(css(para).fontSize), pLine: px(css(para).lineHeight),
    bodyBg: css(document.body).backgroundColor, text: css(para).color, link: link && css(link).color,
    linkLine: link && css(link).textDecorationLine, pairs,
    navLines: [...document.querySelectorAll('a.md-nav__link')].filter(a => a.offsetParent)
      .map(a => css(a.querySelector('.md-ellipsis') || a).textDecorationLine),
    scroll: Math.max(root.scrollWidth, document.body.scrollWidth), width: innerWidth, buttons,
  };
}"""


def _prefs(large=False, care=False, contrast=False, cursor=False) -> str:
    return json.dumps({"size": "l" if large else "m", "care": care, "contrast": contrast, "cursor": cursor})


def _set(page, **prefs) -> None:
    page.evaluate(f"localStorage.setItem('reader-prefs', {json.dumps(_prefs(**prefs))})")


def _rgb(value: str) -> tuple[float, ...]:
    return tuple(float(x) for x in re.findall(r"[\d.]+", value)[:3])


def _luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --- the list, the page and the tests agree --------------------------------------------------

def _test_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_the_statement_lists_every_item_with_its_test_and_the_tests_exist(site_dir):
    items = accessibility.items()
    here = _test_functions(Path(__file__))
    for item in items:
        assert item.test_name in _test_functions(REPO / item.test_file), f"{item.id}: no test {item.test}"
        assert item.spec and item.how  # furniture.yml has its words (named a11y-<id>-spec / -how)
    # Every test of this module proves an item, or is one of these (the list's own checks and parts of an item).
    helpers = {"test_the_statement_lists_every_item_with_its_test_and_the_tests_exist",
               "test_a_named_sentence_list_is_one_string_and_each_sentence_a_label",
               "test_high_contrast_colours_reach_7_to_1_in_every_combination",
               "test_read_aloud_reads_a_selection_and_says_plainly_when_there_is_no_chinese_voice"}
    assert here - helpers == {i.test_name for i in items if i.test_file == "tests/test_accessibility.py"}
    # The published page is that list, row by row, in order.
    html = (site_dir / "accessibility" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td><code>(\w+)</code></td>", html, re.S)
    assert [r[2] for r in rows] == [i.test_name for i in items]
    assert [re.sub(r"<[^>]+>", "", r[1]) for r in rows] == [i.how for i in items]
    # Linked from the tools row of every page and from 关于本站.
    assert 'class="reader-tools__link" href="../../accessibility/">无障碍声明</a>' in (
        site_dir / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    assert "(/accessibility.md)" in (REPO / "docs" / "about.md").read_text(encoding="utf-8")
    assert 'href="../accessibility/"' in (site_dir / "about" / "index.html").read_text(encoding="utf-8")


def test_a_named_sentence_list_is_one_string_and_each_sentence_a_label():
    data = furniture.load()["named"]
    key = next(k for k, v in data.items() if isinstance(v, list))
    assert furniture.named(key) == "".join(data[key])
    assert set(data[key]) <= set(furniture.labels())


# --- every mode, both widths: one visit per combination ------------------------------------

@pytest.fixture(scope="module")
def modes(browser, site_url, artifacts):
    """{(width, large, care, contrast): measurements} for MEASURE, each loaded with the choice saved."""
    out = {}
    for width, options in WIDTHS.items():
        context = browser.new_context(**options)
        context.add_init_script(FIRST_PAINT)
        page = context.new_page()
        page.goto(site_url + MEASURE)
        for combo in COMBOS:
            _set(page, **combo)
            page.reload()
            scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
            out[(width, combo["large"], combo["care"], combo["contrast"])] = page.evaluate(MEASURE_JS)
            if combo == {"large": False, "care": False, "contrast": True}:
                page.screenshot(path=str(artifacts / f"high-contrast-{width}.png"))
        context.close()
    return out


def test_text_size_and_modes_in_every_combination(modes):
    for (width, large, care, contrast), m in modes.items():
        where = f"{width}px 大={large} 关怀={care} 高对比度={contrast}"
        expected = {"size": "l" if large else "m", "care": care, "contrast": contrast}
        assert m["attrs"] == expected, where
        assert {k: m["atBody"][k] for k in expected} == expected, f"{where}: not applied before the body (first paint)"
        assert m["atBody"]["modes"] == contrast, f"{where}: 高对比度's render-blocking stylesheet"
        assert m["rootFont"] == (24 if large else 20), where  # the site's own 字号, not the browser's
        if care:
            assert m["pFont"] >= 0.95 * m["rootFont"] - 0.5, where
        assert m["scroll"] <= m["width"], f"{where}: sideways scroll ({m['scroll']}px)"
        pressed = {b["name"]: b["pressed"] for b in m["buttons"]}
        assert pressed["大"] == str(large).lower() and pressed["关怀模式"] == str(care).lower(), where
        assert pressed["高对比度"] == str(contrast).lower(), where
        small = [b for b in m["buttons"] if b["h"] < 44 or (b["name"] != "无障碍声明" and b["w"] < 44)]
        assert not small, f"{where}: controls under 44 px: {small}"


def test_care_mode_line_and_paragraph_spacing(modes):
    """Line height at least 1.3 times the font size; from a paragraph's last line to the next
    paragraph's first line (baseline to baseline: gap + line height) at least 1.3 times the line
    spacing. Measured on computed styles and boxes, 375 px and 1280 px, with and without 大 and 高对比度."""
    checked = 0
    for (width, large, care, contrast), m in modes.items():
        if not care:
            continue
        where = f"{width}px 大={large} 高对比度={contrast}"
        assert m["pLine"] >= 1.3 * m["pFont"], f"{where}: line height {m['pLine']} for {m['pFont']}px text"
        assert m["pairs"], where
        for pair in m["pairs"]:
            assert pair["lh"] >= 1.3 * pair["fs"], (where, pair)
            assert pair["gap"] + pair["lhNext"] >= 1.3 * pair["lh"] * 1.15, (where, pair)  # 1.5 times, as the page says
            checked += 1
    assert checked >= 8


def test_high_contrast_colours_reach_7_to_1_in_every_combination(modes):
    for (width, large, care, contrast), m in modes.items():
        if not contrast:
            continue
        where = f"{width}px 大={large} 关怀={care}"
        assert _rgb(m["bodyBg"]) == (0, 0, 0), where
        assert contrast_ratio(m["text"], m["bodyBg"]) >= 7, (where, m["text"])
        assert contrast_ratio(m["link"], m["bodyBg"]) >= 7, (where, m["link"])
        assert "underline" in m["linkLine"], f"{where}: a link told apart by colour alone"
        assert m["navLines"] and all("underline" in d for d in m["navLines"]), f"{where}: menu links not underlined"


# --- 高对比度 on every page, axe in each mode ------------------------------------------------

WHOLE_PAGE = (MEASURE,)  # header, menu, tools, footer: the same on every page
SWAP_ARTICLE = """async path => {
  const html = await (await fetch(path)).text();
  const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article.md-typeset');
  document.querySelector('article.md-typeset').replaceChildren(...article.childNodes);
  return document.querySelector('article.md-typeset').textContent.length;
}"""


def test_high_contrast_reaches_7_to_1_on_every_page(browser, site_url):
    """axe's color-contrast-enhanced (7:1, 4.5:1 for large text) on every page in 高对比度 (links
    are underlined in it; axe's full run in that mode is in test_axe_clean_in_each_mode). To keep it
    quick (axe slows on large documents): the whole page on a measure page (the header, menu, tools
    and footer are the same on every page); then each page's own part, its built article, put in
    that page's place in turn (the same stylesheets serve every page). /print/ is only the other
    pages' articles put together, so it is not run again. The computed colours in every combination
    are checked above."""
    import axe
    from test_quality import PAGES

    context = browser.new_context(**DESKTOP)
    context.add_init_script(f"localStorage.setItem('reader-prefs', {json.dumps(_prefs(contrast=True))})")
    page = context.new_page()
    rules = "{runOnly: ['color-contrast-enhanced'], resultTypes: ['violations']}"
    problems, checked = {}, []
    for path in [*WHOLE_PAGE, *(p for p in PAGES if p not in WHOLE_PAGE and p != "print/")]:
        if path in WHOLE_PAGE:
            page.goto(site_url + path)
            page.evaluate(axe.source())
            result = page.evaluate(f"axe.run(document, {rules})")
        else:
            assert page.evaluate(SWAP_ARTICLE, "/" + path) > 0, path
            result = page.evaluate(f"axe.run({{include: [['article']]}}, {rules})")
        checked.append(path)
        if result["violations"]:
            problems[path] = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in result["violations"]]
    context.close()
    assert sorted(checked + ["print/"]) == sorted(PAGES)
    assert problems == {}, f"axe-core {axe.version()}: {problems}"


def test_axe_clean_in_each_mode(browser, site_url):
    """Serious and critical issues, per mode not covered elsewhere (default: test_quality.py; 大 + 关怀模式:
    test_phone.py, every page): 高对比度 at 1280 px on a measure page with the 朗读 bar open and on this
    statement page, and all four (大, 关怀模式, 高对比度, 大鼠标) at 375 px on the measure page. (大鼠标
    alone changes only the pointer; 高对比度's colours are checked on every page above.)"""
    import axe

    every = {"large": True, "care": True, "contrast": True, "cursor": True}
    modes = {375: {"全部": (every, (MEASURE,))}, 1280: {"高对比度": ({"contrast": True}, (MEASURE, "accessibility/"))}}
    problems = {}
    for width, options in WIDTHS.items():
        context = browser.new_context(**options)
        context.add_init_script(STUB_SPEECH)
        page = context.new_page()
        page.goto(site_url + MEASURE)
        for name, (prefs, paths) in modes[width].items():
            _set(page, **prefs)
            for path in paths:
                page.goto(site_url + path)
                scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
                if path == MEASURE:
                    page.evaluate("window.__hold = true")
                    page.get_by_role("button", name="朗读", exact=True).click()
                    page.locator(".read-aloud").wait_for()
                bad = axe.serious(page)
                if bad:
                    problems[(width, name, path)] = bad
        context.close()
    assert problems == {}, problems


# --- 朗读 -----------------------------------------------------------------------------------

# speechSynthesis that records what is spoken, in order; each utterance ends at once unless
# window.__hold is set (then window.__next() ends the current one).
STUB_SPEECH = """
  (() => {
    window.__spoken = []; window.__calls = [];
    let current = null, voices = window.__voices || [{name: 'Stub 普通话', lang: 'zh-CN', default: true, localService: true, voiceURI: 'stub'}];
    const end = u => { if (u && u.onend) u.onend({}); };
    const synth = {
      speaking: false, paused: false, pending: false,
      getVoices: () => (window.__voices || voices),
      speak(u) { current = u; window.__spoken.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name});
                 if (!window.__hold) setTimeout(() => end(u), 0); },
      cancel() { window.__calls.push('cancel'); current = null; },
      pause() { window.__calls.push('pause'); }, resume() { window.__calls.push('resume'); },
      addEventListener() {}, removeEventListener() {},
    };
    window.__next = () => end(current);
    Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: synth});
    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  })();
"""
HIGHLIGHT_JS = """() => { const h = CSS.highlights.get('read-aloud'); if (!h) return null;
  const r = [...h][0], box = r.getBoundingClientRect();
  return {text: r.toString(), top: box.top, bottom: box.bottom, height: innerHeight}; }"""


def _paragraphs(site_dir: Path) -> dict[str, str]:
    return {p["id"]: p["text"] for p in json.loads((site_dir / "paragraphs.json").read_text(encoding="utf-8"))}


def test_read_aloud_reads_the_page_in_order_with_quotes_cited(browser, site_url, site_dir, artifacts):
    paras = _paragraphs(site_dir)
    context = browser.new_context(**PHONE)
    context.add_init_script(STUB_SPEECH)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    assert not [u for u in requests if "read-aloud" in u or "reader-modes" in u], "朗读's code loaded before it was used"
    assert page.evaluate("window.readAloud === undefined")
    # No page carries the bar: read-aloud.js makes it when it starts, after the tools row.
    assert page.locator(".read-aloud").count() == 0
    assert not [p for p in site_dir.rglob("*.html") if 'class="read-aloud' in p.read_text(encoding="utf-8")]
    page.get_by_role("button", name="朗读", exact=True).click()
    page.wait_for_function("() => document.querySelector('.read-aloud') && document.querySelector('.read-aloud').hidden === true"
                           " && window.__spoken.length > 20")
    assert [u for u in requests if "read-aloud" in u] == [site_url + "assets/read-aloud.js"]  # same origin, on use
    assert [u for u in requests if "reader-modes" in u] == [site_url + "assets/reader-modes.css"]  # the bar's styles
    spoken = page.evaluate("window.__spoken")
    texts = [s["text"] for s in spoken]
    assert {(s["lang"], s["voice"]) for s in spoken} == {("zh-CN", "Stub 普通话")}
    assert texts[0] == "缓解小微企业融资难"  # the title first, then the page in order
    assert not [t for t in texts if "复制" in t or "¶" in t or t.startswith("—")], "furniture read aloud"
    # The quote of q2-7, sentence by sentence in order, then its citation.
    first = texts.index(next(t for t in texts if paras["q2-7"].startswith(t)))
    quote = []
    for t in texts[first:]:
        if t == "原文 q2-7":
            break
        quote.append(t)
    assert "".join(quote) == paras["q2-7"], quote
    assert texts[first + len(quote)] == "原文 q2-7"
    assert texts.index("原文 q2-7") > texts.index("原文未载明")  # document order: the box comes before the 原文 section
    context.close()

    # The sentence being read is highlighted and kept in view; pause, resume and stop.
    context = browser.new_context(**PHONE)
    context.add_init_script(STUB_SPEECH + "window.__hold = true;")
    page = context.new_page()
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    page.get_by_role("button", name="朗读", exact=True).click()
    page.wait_for_function("() => window.__spoken.length === 1")
    # The bar the script made: a region named 朗读, after the tools row, whose status line says what is going on.
    region = page.get_by_role("region", name="朗读", exact=True)
    assert region.is_visible() and page.locator(".read-aloud").count() == 1
    assert page.evaluate("document.querySelector('.reader-tools').nextElementSibling.matches('.read-aloud')")
    assert region.get_by_role("status").inner_text().strip() == "正在朗读"
    assert [b.inner_text() for b in region.get_by_role("button").all()] == ["暂停", "停止"]  # 继续 hidden
    for n in range(1, 15):
        mark = page.evaluate(HIGHLIGHT_JS)
        assert mark and mark["text"] == page.evaluate("window.__spoken.at(-1).text"), (n, mark)
        page.evaluate("window.__next()")
        page.wait_for_function(f"() => window.__spoken.length === {n + 1}")
    mark = page.evaluate(HIGHLIGHT_JS)
    bar = page.locator(".read-aloud").bounding_box()
    assert mark["text"] == page.evaluate("window.__spoken.at(-1).text")
    assert 0 <= mark["top"] and mark["bottom"] <= bar["y"], f"the sentence read is out of view: {mark}, bar at {bar}"
    page.screenshot(path=str(artifacts / "read-aloud-375.png"))
    for name in ("暂停", "停止"):
        box = page.get_by_role("button", name=name, exact=True).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (name, box)
    page.get_by_role("button", name="暂停", exact=True).click()
    resume = page.get_by_role("button", name="继续", exact=True)
    assert page.get_by_text("已暂停").is_visible() and resume.is_visible()
    assert resume.bounding_box()["height"] >= 44 and resume.bounding_box()["width"] >= 44
    resume.click()
    page.get_by_role("button", name="停止", exact=True).click()
    assert page.evaluate("window.__calls") == ["cancel", "pause", "resume", "cancel"]
    assert page.locator(".read-aloud").is_hidden()
    assert page.evaluate("CSS.highlights.get('read-aloud') === undefined")
    assert page.evaluate("document.activeElement.textContent.trim()") == "朗读"  # focus back where it was
    count = page.evaluate("window.__spoken.length")
    page.evaluate("window.__next()")  # a late end event after stop reads nothing more
    assert page.evaluate("window.__spoken.length") == count
    page.get_by_role("button", name="朗读", exact=True).click()  # again: the same bar, shown again
    page.wait_for_function(f"() => window.__spoken.length === {count + 1}")
    assert region.is_visible() and page.locator(".read-aloud").count() == 1
    context.close()


def test_read_aloud_reads_a_selection_and_says_plainly_when_there_is_no_chinese_voice(browser, site_url, site_dir):
    paras = _paragraphs(site_dir)
    context = browser.new_context(**DESKTOP)
    context.add_init_script(STUB_SPEECH)
    page = context.new_page()
    page.goto(site_url + "programmes/patent-insurance/")
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    quote = page.locator("blockquote.quote").first
    pid = quote.get_attribute("data-quote-id")
    # Select from the start of the quote's first line to just after its first 。
    selected = quote.locator("p").first.evaluate("""p => { const t = p.firstChild, end = t.data.indexOf('。') + 1;
        const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, end);
        getSelection().removeAllRanges(); getSelection().addRange(r); return t.data.slice(0, end); }""")
    page.get_by_role("button", name="朗读", exact=True).click()
    page.wait_for_function("() => document.querySelector('.read-aloud') && document.querySelector('.read-aloud').hidden === true"
                           " && window.__spoken.length > 0")
    assert [s["text"] for s in page.evaluate("window.__spoken")] == [selected, f"原文 {pid}"]
    assert selected in paras[pid]
    context.close()

    context = browser.new_context(**DESKTOP)
    context.add_init_script("window.__voices = [{name: 'English', lang: 'en-US'}];" + STUB_SPEECH)
    page = context.new_page()
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    page.get_by_role("button", name="朗读", exact=True).click()
    page.get_by_text("本浏览器没有中文语音，无法朗读。").wait_for()
    assert page.evaluate("window.__spoken") == []
    page.get_by_role("button", name="停止", exact=True).click()
    assert page.locator(".read-aloud").is_hidden()
    context.close()


# --- keyboard -------------------------------------------------------------------------------

FOCUS_LOG = """
  window.__focus = [];
  document.addEventListener('focusin', e => {
    const el = e.target, css = getComputedStyle(el);
    window.__focus.push({text: (el.value !== undefined && el.tagName === 'INPUT' ? el.className : el.textContent).trim().slice(0, 20),
      cls: el.className || '', tag: el.tagName,
      ring: css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2 || css.boxShadow !== 'none'});
  });
"""


def test_every_tool_works_from_the_keyboard_in_order(browser, site_url, site_dir):
    # Every page opens with a skip link to its content (Material's, or ours where Material has none).
    for path in site_dir.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        if 'data-md-component="skip"' in html:
            target = re.search(r'<a href="#([^"]+)" class="md-skip">', html)
            assert target and f'id="{target.group(1)}"' in html, path
    context = browser.new_context(**DESKTOP)
    context.add_init_script(STUB_SPEECH + FOCUS_LOG + """
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {value: {writeText: t => (window.__copied.push(t), Promise.resolve())}});""")
    page = context.new_page()
    page.goto(site_url + MEASURE)
    # The first Tab reaches the skip link; it goes to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('a.md-skip')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#page-title"
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    for _ in range(260):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.feedback-link')"):
            break
    log = page.evaluate("window.__focus")
    names = [f["text"] for f in log]

    def at(predicate, what):
        found = [i for i, f in enumerate(log) if predicate(f)]
        assert found, f"{what} is not reachable with Tab: {names}"
        return found[0]

    order = [
        at(lambda f: "md-skip" in f["cls"], "跳转至"),
        at(lambda f: "md-search__input" in f["cls"], "搜索"),
        at(lambda f: f["text"] == "大", "字号 大"),
        at(lambda f: f["text"] == "中", "字号 中"),
        at(lambda f: f["text"] == "小", "字号 小"),
        at(lambda f: f["text"] == "关怀模式", "关怀模式"),
        at(lambda f: f["text"] == "高对比度", "高对比度"),
        at(lambda f: f["text"] == "大鼠标", "大鼠标"),
        at(lambda f: f["text"] == "朗读", "朗读"),
        at(lambda f: "reader-tools__link" in f["cls"], "无障碍声明"),
        at(lambda f: f["text"] == "复制链接", "复制链接"),
        at(lambda f: f["text"] == "复制标题和链接", "复制标题和链接"),
        at(lambda f: f["text"] == "手机扫码打开", "二维码"),
        at(lambda f: "feedback-link" in f["cls"], "纠错"),
    ]
    assert order == sorted(order), f"tools out of order: {names}"
    assert [f for f in log if not f["ring"]] == [], "focus without a visible ring"

    def focus(selector):
        page.locator(selector).first.focus()

    focus("[data-reader-toggle='contrast']")
    page.keyboard.press("Enter")
    assert page.evaluate("document.documentElement.hasAttribute('data-reader-contrast')")
    page.keyboard.press("Space")
    assert not page.evaluate("document.documentElement.hasAttribute('data-reader-contrast')")
    for selector, attr in (("[data-reader-size-set='l']", "data-reader-size"), ("[data-reader-toggle='care']", "data-reader-care"),
                           ("[data-reader-toggle='cursor']", "data-reader-cursor")):
        focus(selector)
        page.keyboard.press("Enter")
        assert page.evaluate(f"document.documentElement.hasAttribute('{attr}')"), selector
    assert page.evaluate("document.documentElement.dataset.readerSize") == "l"
    focus("[data-read-aloud]")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.__spoken.length > 0")
    page.keyboard.press("Escape")  # stops and hands focus back
    assert page.evaluate("document.activeElement.matches('[data-read-aloud]')")
    focus(".pass-on__copy")
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.__copied.length === 1")
    focus("details.pass-on__qr > summary")
    page.keyboard.press("Enter")
    assert page.evaluate("document.querySelector('details.pass-on__qr').open")
    # Search is reached by Tab above; typing a query and choosing a result from the keyboard is
    # tests/test_quality.py::test_search_and_navigation_work_from_the_keyboard.
    focus(".feedback-link")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/about/(\?[^#]*)?#feedback$"))
    context.close()


# --- 大鼠标 -----------------------------------------------------------------------------------

def test_large_cursor_on_desktop_only(browser, site_url):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    button = page.get_by_role("button", name="大鼠标", exact=True)
    assert page.evaluate("getComputedStyle(document.body).cursor") == "auto"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    page.goto(site_url + "original/")  # remembered
    cursors = page.evaluate("""() => [document.body, document.querySelector('article p'), document.querySelector('article a[href]'),
        document.querySelector('.reader-tools button')].map(e => getComputedStyle(e).cursor)""")
    assert all(re.search(r'url\("[^"]*/assets/cursor-large\.svg"\) 4 4, auto', c) for c in cursors[:2]), cursors
    assert all(re.search(r'url\("[^"]*/assets/cursor-large-link\.svg"\) 4 4, pointer', c) for c in cursors[2:]), cursors
    for name in ("cursor-large.svg", "cursor-large-link.svg"):
        url = re.search(r'url\("([^"]+)"\)', cursors[0]).group(1).replace("cursor-large.svg", name)
        assert url.startswith(site_url)  # same origin, nothing external
        size = page.evaluate(f"""new Promise(r => {{ const i = new Image(); i.onload = () => r([i.naturalWidth, i.naturalHeight]);
            i.onerror = () => r(null); i.src = {json.dumps(url)}; }})""")
        assert size == [64, 64], (name, size)
    context.close()
    # A phone has no mouse: no button, and a saved choice changes nothing.
    context = browser.new_context(**PHONE)
    context.add_init_script(f"localStorage.setItem('reader-prefs', {json.dumps(_prefs(cursor=True))})")
    page = context.new_page()
    page.goto(site_url + MEASURE)
    assert page.get_by_role("button", name="大鼠标", exact=True).is_hidden()
    assert page.evaluate("getComputedStyle(document.body).cursor") == "auto"
    context.close()


# --- 200 % zoom -----------------------------------------------------------------------------

ZOOM = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2, "locale": "zh-CN"}  # 1280 × 800 at 200 %
CLIPPED_JS = """() => {
  const clipped = [];
  for (const el of document.querySelectorAll('article *, .reader-tools *, .md-header *')) {
    const css = getComputedStyle(el);
    if (el.closest('.md-typeset__scrollwrap, .md-search, .md-header__topic, .md-ellipsis') || !el.offsetParent) continue;
    if (['hidden', 'clip'].includes(css.overflowX) && el.scrollWidth > el.clientWidth + 1) clipped.push(el.className || el.tagName);
  }
  const tools = [...document.querySelectorAll('.reader-tools button, .reader-tools a')].filter(b => b.offsetParent)
    .map(b => b.getBoundingClientRect()).filter(r => r.left < 0 || r.right > innerWidth);
  return {scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), width: innerWidth, clipped, tools: tools.length};
}"""


def test_200_percent_zoom_loses_nothing(browser, site_url):
    """A 1280 × 800 window at 200 % lays out as 640 × 400 CSS pixels: no sideways scroll, no
    control outside the window, no text cut off sideways; plain and with 大 + 关怀模式 + 高对比度."""
    context = browser.new_context(**ZOOM)
    page = context.new_page()
    page.goto(site_url)
    problems = {}
    for prefs in ({}, {"large": True, "care": True, "contrast": True}):
        _set(page, **prefs)
        for path in ("", MEASURE, "original/", "figures/", "accessibility/"):
            page.goto(site_url + path)
            m = page.evaluate(CLIPPED_JS)
            if m["scroll"] > m["width"] or m["clipped"] or m["tools"]:
                problems[(path, tuple(prefs))] = m
    context.close()
    assert problems == {}, problems


# --- no pop-ups, no ads ---------------------------------------------------------------------

def test_no_pop_ups_or_ads(site_dir, browser, site_url):
    """Nothing opens by itself: no frames, no new windows, no alert/confirm/prompt, no dialog shown
    on load, no third-party source in any page (test_quality.py also loads every page and sees no
    request leave the machine)."""
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<(iframe|embed|object|dialog)\b|target=\"_blank\"", html), path
        assert not re.search(r'\b(src|href)="(https?:)?//(?!127\.0\.0\.1)', html.split("<body")[0]), path
    ours = [*(REPO / "docs" / "assets").glob("*.js"), *(REPO / "overrides" / "assets" / "javascripts").glob("*.js")]
    for js in ours:
        assert not re.search(r"\b(window\.open|alert|confirm|prompt)\s*\(", js.read_text(encoding="utf-8")), js
    page = browser.new_page()
    page.add_init_script("window.__opened = 0; window.open = () => { window.__opened++; return null; };")
    page.goto(site_url)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__opened") == 0
    # Material's search box sits in the header as a (named) dialog that opens when the reader uses it.
    assert page.evaluate("[...document.querySelectorAll('dialog, [role=dialog], [role=alertdialog], .md-dialog')]"
                         ".filter(d => !d.matches('.md-search') && d.offsetParent && getComputedStyle(d).visibility !== 'hidden'"
                         " && d.getBoundingClientRect().height > 0).length") == 0
    page.close()


# --- choices: saved, first, not in print, storage blocked -----------------------------------

def test_choices_persist_apply_first_and_not_in_print(browser, site_url):
    context = browser.new_context(**DESKTOP)
    context.add_init_script(FIRST_PAINT + STUB_SPEECH + "window.__hold = true;")
    page = context.new_page()
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    for name in ("大", "关怀模式", "高对比度", "大鼠标"):
        page.get_by_role("button", name=name, exact=True).click()
    page.goto(site_url + "original/")
    assert page.evaluate("window.__atBody") == {"size": "l", "care": True, "contrast": True, "cursor": True, "modes": True}
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    scripts_ran(page)
    page.get_by_role("button", name="朗读", exact=True).click()  # the bar (made by read-aloud.js) is not printed either
    page.get_by_role("region", name="朗读", exact=True).wait_for()
    page.emulate_media(media="print")
    printed = page.evaluate("""() => ({bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.querySelector('.source-text')).color,
        tools: getComputedStyle(document.querySelector('.reader-tools')).display, bar: getComputedStyle(document.querySelector('.read-aloud')).display,
        root: getComputedStyle(document.documentElement).fontSize})""")
    assert contrast_ratio(printed.pop("fg"), printed["bg"]) >= 7, "print is dark text on white"
    assert printed == {"bg": "rgb(255, 255, 255)", "tools": "none", "bar": "none", "root": "20px"}, printed
    context.close()
    # Storage blocked: every button still works for the page, and nothing throws.
    context = browser.new_context(**DESKTOP)
    context.add_init_script("""Object.defineProperty(window, 'localStorage', {configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});""")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site_url + MEASURE)
    scripts_ran(page)  # the buttons' script runs after the first paint (first_paint.py)
    for name in ("高对比度", "大鼠标", "关怀模式"):
        page.get_by_role("button", name=name, exact=True).click()
    assert page.evaluate("['contrast', 'cursor', 'care'].every(k => document.documentElement.hasAttribute('data-reader-' + k))")
    page.goto(site_url)
    assert not errors, errors
    context.close()


def test_every_link_and_button_is_a_24px_target_at_375px(browser, site_url):
    """WCAG 2.5.8 (axe `target-size`, which axe's default run leaves out): the 原文's paragraph
    numbers (q1 is two characters) and every other target on a measure page, the 原文 and the home
    page, at 375 px."""
    import axe

    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems = {}
    for path in ("", "measures/financing/", "original/"):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(axe.source())
        result = page.evaluate("axe.run(document, {runOnly: ['target-size'], resultTypes: ['violations']})")
        if result["violations"]:
            problems[path] = [n["target"] for v in result["violations"] for n in v["nodes"][:5]]
    context.close()
    assert problems == {}, f"axe-core {axe.version()}: {problems}"
