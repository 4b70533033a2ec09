"""Issue 22: no script but the small async loader is fetched before the first paint (policy_site/pipeline/first_paint.py).
The rewrite itself, the built pages, then Chromium: the first screen painted before any script
is requested (with Material's bundle held back 2 s), and what the scripts do still done after."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser

import pytest
from conftest import search_shortcut

from policy_site.pipeline import csp, first_paint

PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True, "locale": "zh-CN"}
PAGE = ('<html><head><meta charset="utf-8"><script src="../assets/reader-prefs.js"></script></head><body><p>t</p>\n'
        '<script id="__config" type="application/json">{}</script>\n<script defer src="../a.js"></script>\n'
        '<script defer src="../bundle.0123abcd.min.js"></script>\n<script defer src="../c.js"></script>\n</body></html>')


# --- the rewrite -------------------------------------------------------------------------

def test_the_scripts_become_one_list_in_order_and_reader_prefs_goes_inline():
    out = first_paint.rewrite(PAGE, "INLINE")
    assert out == ('<html><head><meta charset="utf-8"><script async src="../assets/after-paint.js"></script>'
                   '<script>INLINE</script>\n</head><body><p>t</p>\n'
                   '<script id="__config" type="application/json">{}</script>\n'
                   '<script id="__later" type="application/json">["../a.js","../bundle.0123abcd.min.js","../c.js"]</script>\n</body></html>')
    assert first_paint.rewrite("<html><head></head><body>stub</body></html>", "INLINE") == "<html><head></head><body>stub</body></html>"


MD_SCOPE = ('<script>__md_scope=new URL("..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
            '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script>\n')


# The loader in node with a clock of its own: DOMContentLoaded at 0 ms, the load event at 200 ms, the
# first paint entry at `paint` ms (None: never), frames every 16 ms. Prints when the scripts are added.
_LOADER_CLOCK = r"""
const [code, visibility, paint] = JSON.parse(process.argv[1]);
let now = 0, queue = [], added = null, observer = null;
const at = (t, fn) => queue.push({t, fn});
global.setTimeout = (fn, ms) => at(now + (ms || 0), fn);
global.requestAnimationFrame = fn => at(Math.floor(now / 16) * 16 + 16, fn);
const listeners = {}, docListeners = {};
global.addEventListener = (type, fn) => { listeners[type] = fn; };
class PO { constructor(cb) { this.cb = cb; observer = this; } observe() {} disconnect() {} }
PO.supportedEntryTypes = ["paint"];
global.window = {PerformanceObserver: PO};
const d = {readyState: "interactive", visibilityState: visibility, currentScript: {src: "http://x/assets/after-paint.js"},
  getElementById: () => null, createElement: () => ({}), body: {appendChild() { if (added === null) added = now; }},
  addEventListener: (type, fn) => { docListeners[type] = fn; }, dispatchEvent() {}, querySelector: () => null};
global.document = d;
new Function("document", code)(d);
at(0, () => docListeners.DOMContentLoaded());
at(200, () => { d.readyState = "complete"; listeners.load(); });
if (paint !== null) at(paint, () => observer.cb({getEntriesByName: () => [{}]}, observer));
while (queue.length) {
  queue.sort((a, b) => a.t - b.t);
  const next = queue.shift();
  now = next.t;
  if (now > 10000) break;
  next.fn();
}
console.log(JSON.stringify(added));
"""


@pytest.mark.parametrize("visibility, paint, earliest, latest", [
    ("visible", 100, 100, 180),        # painted before the load event: two frames and a task after the paint
    ("visible", 1200, 1200, 1280),     # a first frame after load + 500 ms: still after the paint (was 700)
    ("visible", None, 3200, 3200),     # no paint entry ever: LATE_PAINT_MS after the load event
    ("hidden", None, 700, 700),        # a hidden tab paints nothing: load + 500 ms, as before
])
def test_the_loader_adds_the_scripts_after_the_first_paint_even_a_late_one(visibility, paint, earliest, latest):
    """first_paint.LOADER's timing, run in node on a clock of its own: the scripts come after the first
    paint, however late it is on a visible page (up to LATE_PAINT_MS after the load event), and at the
    load event plus 500 ms in a hidden tab, which paints nothing."""
    import subprocess

    code = first_paint.loader(["assets/reader-controls.js"])
    result = subprocess.run(["node", "-e", _LOADER_CLOCK, json.dumps([code, visibility, paint])],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    added = json.loads(result.stdout)
    assert added is not None and earliest <= added <= latest, (visibility, paint, added)


def test_materials_storage_helpers_leave_the_page_for_the_first_script():
    page = PAGE.replace("../a.js", "../assets/reader-controls.js").replace("<script src=", MD_SCOPE + "<script src=")
    helpers = []
    out = first_paint.rewrite(page, "INLINE", "x.html", helpers)
    assert "__md_scope" not in out and "__md_hash" not in out
    assert helpers == ["__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),"
                       "__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+\".\"+e))"]
    assert first_paint.rewrite(page, "INLINE", "x.html") == out.replace("<script async", MD_SCOPE + "<script async")  # without helpers: kept


@pytest.mark.parametrize("change", [
    ('new URL("..",location)', 'new URL(location.hash,location)'),  # another scope than the site's root
    ('new URL("..",location)', 'new URL("../x",location)'),
    (',__md_hash=', ';alert(1);__md_hash='),  # another form of Material's script
    ("../assets/reader-controls.js", "../a.js"),  # the helpers' new home is not the first script
])
def test_materials_storage_helpers_in_another_form_are_refused(change):
    page = PAGE.replace("../a.js", "../assets/reader-controls.js").replace("<script src=", MD_SCOPE + "<script src=")
    with pytest.raises(first_paint.FirstPaintError):
        first_paint.rewrite(page.replace(*change), "INLINE", "x.html", [])


@pytest.mark.parametrize("change", [
    ('<script defer src="../c.js">', '<script src="../c.js">'),  # would run before the rest of the page is parsed
    ('<script defer src="../c.js">', '<script async src="../c.js">'),  # a form the step does not know
    ('<script src="../assets/reader-prefs.js"></script>', '<script src="../x.js"></script>'),
    ('bundle.0123abcd.min.js', 'b.js'),  # no Material's bundle for the loader to tell DOMContentLoaded again
    ('../a.js', '../bundle.4567cdef.min.js'),  # two
])
def test_a_script_in_another_form_is_refused_not_left_blocking(change):
    with pytest.raises(first_paint.FirstPaintError):
        first_paint.rewrite(PAGE.replace(*change), "INLINE", "x.html")


def test_the_list_most_pages_share_goes_into_the_loader_and_another_stays_in_its_page(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / first_paint.PREFS).write_text("var x=1;", encoding="utf-8")
    (tmp_path / first_paint.CONTROLS).write_text("ctl();", encoding="utf-8")
    page = PAGE.replace("../a.js", "../assets/reader-controls.js").replace("<script src=", MD_SCOPE + "<script src=")
    for rel, text in (("a/index.html", page), ("b/c/index.html", page.replace('"../', '"../../')),
                      ("404.html", page.replace('"../', '"/')), ("d/index.html", page.replace("../c.js", "../e.js"))):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    first_paint.apply(tmp_path)
    loader = (tmp_path / first_paint.LOADER_FILE).read_text(encoding="utf-8")
    assert 'D=["assets/reader-controls.js","bundle.0123abcd.min.js","c.js"]' in loader
    assert "__later" not in (tmp_path / "a/index.html").read_text(encoding="utf-8")
    assert "__later" not in (tmp_path / "b/c/index.html").read_text(encoding="utf-8")
    assert '["/assets/reader-controls.js","/bundle.0123abcd.min.js","/c.js"]' in (tmp_path / "404.html").read_text(encoding="utf-8")
    assert '"../e.js"]' in (tmp_path / "d/index.html").read_text(encoding="utf-8")


SEARCH = ('<header><nav class="md-header__inner"><label for="__search">s</label>\n'
          '<div class="md-search" data-md-component="search" role="dialog" aria-label="搜索">\n<div><input></div>\n</div>'
          '\n</nav>\n</header>')


def test_materials_search_dialog_leaves_the_pages_that_share_it_for_reader_controls(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / first_paint.PREFS).write_text("var x=1;", encoding="utf-8")
    (tmp_path / first_paint.CONTROLS).write_text("ctl();", encoding="utf-8")
    page = PAGE.replace("../a.js", "../assets/reader-controls.js").replace("<script src=", MD_SCOPE + "<script src=")
    page = page.replace("<body><p>t</p>", "<body>" + SEARCH + "<p>t</p>")
    for rel, text in (("a/index.html", page), ("b/index.html", page), ("404.html", page.replace("<input>", "<input x>"))):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    first_paint.apply(tmp_path)
    for rel in ("a/index.html", "b/index.html"):
        assert "md-search" not in (tmp_path / rel).read_text(encoding="utf-8")
        assert '<label for="__search">s</label>\n</nav>\n</header>' in (tmp_path / rel).read_text(encoding="utf-8")
    assert "<input x>" in (tmp_path / "404.html").read_text(encoding="utf-8")  # its own: kept
    controls = (tmp_path / first_paint.CONTROLS).read_text(encoding="utf-8")
    assert '"<div class=\\"md-search\\" data-md-component=\\"search\\" role=\\"dialog\\" aria-label=\\"搜索\\">' in controls
    assert controls.endswith("ctl();")
    with pytest.raises(first_paint.FirstPaintError):  # not where the script puts it back: refused
        first_paint.search_dialog(SEARCH.replace("\n</nav>", "<p>x</p>\n</nav>"), "x.html")


# --- the built site ----------------------------------------------------------------------

class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.in_head, self._open = [], True, None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_head = False
        if tag == "script":
            self._open = [dict(attrs), "", self.in_head]
            self.scripts.append(self._open)

    def handle_data(self, data):
        if self._open:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def _scripts(html):
    parser = _Scripts()
    parser.feed(html)
    return parser.scripts


def test_no_page_has_a_script_element_with_src_only_the_loader_and_its_list(site_dir):
    inline = first_paint.inline_script(site_dir)
    assert len(inline.encode()) < 700  # reader-prefs.js, minified: on every page view (636 B; 881 B before issue 22 moved the rest to reader-controls.js)
    usual = ["assets/reader-controls.js", "assets/javascripts/bundle.{}.min.js", "assets/copy-link.js",
             "assets/search-input.js", "assets/whole-document.js"]  # the buttons first (overrides/main.html), then Material's
    loader = (site_dir / first_paint.LOADER_FILE).read_text(encoding="utf-8")
    bundle = re.search(r"bundle\.([0-9a-f]+)\.min\.js", loader).group(1)
    usual[1] = usual[1].format(bundle)
    assert loader == first_paint.loader(usual) + "\n"
    headers = (site_dir / "_headers").read_text(encoding="utf-8")
    assert csp.sha256(inline) in headers
    pages = 0
    for path in sorted(site_dir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        scripts = _scripts(html)
        # One script with src: the loader, async, in <head>, in the folder the theme wrote reader-prefs.js in.
        (tag,) = [s for s in scripts if "src" in s[0]] or [None]
        if tag is not None:
            assert tag[0] == {"async": None, "src": tag[0]["src"]} and tag[2], path
            folder = "/" if path.name == "404.html" else "../" * (len(path.relative_to(site_dir).parts) - 1)
            assert tag[0]["src"] == folder + first_paint.LOADER_FILE, path
        else:
            assert "http-equiv=\"refresh\"" in html, path  # only the redirect stubs have no scripts
            continue
        pages += 1
        later = [s for s in scripts if s[0].get("id") == "__later"]
        if path.name == "404.html":  # its own list, absolute addresses: kept in the page
            (attrs, text, in_head), = later
            assert attrs["type"] == "application/json" and not in_head, path
            assert json.loads(text) == ["/" + s for s in usual] + ["/assets/not-found.js"], path
        else:
            assert later == [], path  # the usual list: in the cached loader, not on every page view
        head = [s for s in scripts if s[2] and "type" not in s[0]]
        assert [s[1] for s in head].count(inline) == 1, path  # inline in <head>, before anything is painted
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
        assert csp.sha256(inline) in meta and "unsafe-inline" not in meta, path
        assert "__md_scope" not in html, path  # Material's storage helpers: in reader-controls.js
    assert pages > 40
    assert (site_dir / "assets" / "reader-controls.js").read_text(encoding="utf-8").startswith(
        '__md_scope=new URL("..",document.currentScript.src),__md_hash=')


@pytest.mark.parametrize("path", ["programmes/pledge-financing/", "", "404.html"])  # 404.html: absolute addresses
def test_materials_storage_helpers_see_the_sites_root_from_every_page(browser, site_url, path):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + path)
    page.wait_for_function("() => window.__md_scope && document.documentElement.classList.contains('js')", timeout=5000)
    assert page.evaluate("__md_scope.href") == site_url
    # Material's search dialog: back in the header's <nav> from reader-controls.js, once (404.html keeps its own)
    assert page.evaluate("document.querySelectorAll('.md-header__inner > .md-search').length") == 1
    assert page.evaluate("document.querySelector('.md-header__inner').lastElementChild.matches('.md-search')")
    page.evaluate('__md_set("probe", [1])')
    assert page.evaluate("u => localStorage.getItem(new URL(u).pathname + '.probe')", site_url) == "[1]"
    context.close()


# --- Chromium ----------------------------------------------------------------------------

# Paint and LCP entries and every script's request start, in the page's own clock.
TIMELINE = """
window.__lcp = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lcp.push(
  [e.startTime, e.element && e.element.tagName, !!(e.element && e.element.closest("article"))]); })
  .observe({ type: "largest-contentful-paint", buffered: true });
"""
TIMES = """() => ({
  paint: Object.fromEntries(performance.getEntriesByType("paint").map(e => [e.name, e.startTime])),
  lcp: window.__lcp,
  scripts: performance.getEntriesByType("resource").filter(e => e.initiatorType === "script" && !e.name.endsWith("/after-paint.js"))
    .map(e => [e.name, e.startTime]),
  loader: performance.getEntriesByType("resource").filter(e => e.name.endsWith("/after-paint.js")).map(e => e.responseEnd),
  first: (() => { const p = document.querySelector("article h1 ~ p"), r = p.getBoundingClientRect();
                  return [r.top >= 0 && r.bottom <= innerHeight, getComputedStyle(p).visibility]; })(),
})"""


# The scripts the loader adds are fetched side by side and a resource entry appears only when its
# fetch is done: the bundle can have run while a later script is still on its way.
ALL_FETCHED = """() => performance.getEntriesByType("resource").filter(e => e.initiatorType === "script"
  && !e.name.endsWith("/after-paint.js")).length >= 4"""


def _slow_bundle(route):
    time.sleep(2)
    route.continue_()


@pytest.mark.parametrize("path, cpu", [("measures/financing/", 1), ("original/", 1),
                                       # a slow phone: the first paint can show the header alone, the article a frame later
                                       ("measures/financing/", 6)])
def test_the_first_screen_is_painted_before_any_script_is_requested(browser, site_url, path, cpu):
    context = browser.new_context(**PHONE)
    context.add_init_script(TIMELINE)
    context.route("**/bundle.*.min.js", _slow_bundle)
    page = context.new_page()
    if cpu > 1:
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu})
    page.goto(site_url + path)
    page.wait_for_function("() => document.documentElement.classList.contains('js')")  # the bundle ran, 2 s late
    page.wait_for_function(ALL_FETCHED)
    times = page.evaluate(TIMES)
    context.close()
    fcp = times["paint"]["first-contentful-paint"]
    first_script = min(start for _, start in times["scripts"])
    assert len(times["scripts"]) >= 4, times
    assert fcp < first_script, times  # nothing fetched for a script before the first paint
    assert times["lcp"] and all(start < first_script for start, _, _ in times["lcp"]), times  # nor before the largest
    assert times["lcp"][-1][2], times  # and the largest is the article's (its title or first paragraph)
    assert times["first"] == [True, "visible"], times  # the first paragraph on the first screen
    # (No clock limit on the paint itself: fcp before any script is requested already shows it did not
    # wait for the bundle, which answers 2 s after its request; a limit in ms failed once under load.)


def test_a_slow_loader_holds_back_nothing_and_the_scripts_still_run_after_it(browser, site_url):
    """The loader (the one script a page fetches before its first frame) is async: held back 2 s,
    the page is painted without it, and once it runs, after the paint and the parse, it still adds
    the scripts (from the buffered paint entry and the document's state)."""
    context = browser.new_context(**PHONE)
    context.add_init_script(TIMELINE)
    context.route("**/" + first_paint.LOADER_FILE, _slow_bundle)
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    page.wait_for_function("() => document.documentElement.classList.contains('js')", timeout=10000)
    page.wait_for_function(ALL_FETCHED)
    times = page.evaluate(TIMES)
    context.close()
    fcp = times["paint"]["first-contentful-paint"]
    assert fcp < 1500, times  # not waiting for the loader
    # it came 2 s late, after the paint (fcp + 1500 failed once when a loaded machine painted at 1.1 s
    # and the held loader, requested at 0.4 s, ran at 2.4 s: still after the paint, as asked)
    assert times["loader"] and times["loader"][0] > max(fcp, 2000), times
    assert len(times["scripts"]) >= 4 and min(start for _, start in times["scripts"]) > times["loader"][0], times


def test_saved_size_and_care_mode_apply_before_the_body_exists(browser, site_url):
    """大 + 关怀模式 saved earlier: the inline reader-prefs sets them while the parser is still in
    <head>, so no frame is painted without them."""
    context = browser.new_context(**PHONE)
    context.add_init_script("localStorage.setItem('reader-prefs', JSON.stringify({size: 'l', care: true}))")
    context.add_init_script("""window.__root = [];
      new MutationObserver(rs => { for (const r of rs) if (r.target === document.documentElement)
        window.__root.push([r.attributeName, !!document.body, performance.getEntriesByType("paint").length]); })
        .observe(document, { attributes: true, subtree: true });""")
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    changes = page.evaluate("window.__root")
    context.close()
    assert ["data-reader-size", False, 0] in changes and ["data-reader-care", False, 0] in changes, changes


# Each 字号/mode button: [label, aria-pressed, has the pressed look (site.css: its bar underneath)].
BUTTONS = """() => [...document.querySelectorAll('.reader-tools [data-reader-size-set], .reader-tools [data-reader-toggle]')]
  .map(b => [b.textContent, b.getAttribute('aria-pressed'), getComputedStyle(b).boxShadow !== 'none'])"""
STATE = "() => [document.documentElement.dataset.readerSize, localStorage.getItem('reader-prefs')]"


def test_the_buttons_look_right_before_their_script_and_work_from_when_it_has_run(browser, site_url):
    """reader-controls.js comes after the first paint (held back here): until then the tools row is
    in its place, the saved choice's buttons look pressed (site.css follows <html>) and a press
    does nothing; once it has run, aria-pressed matches and the next press is applied and saved."""
    context = browser.new_context(**PHONE)
    saved = '{"size":"l","care":true,"contrast":false,"cursor":false}'
    context.add_init_script(f"localStorage.setItem('reader-prefs', '{saved}')")
    held = []
    context.route("**/assets/reader-controls.js", lambda route: held.append(route))
    page = context.new_page()
    page.goto(site_url + "measures/financing/", wait_until="domcontentloaded")
    page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "reader-controls.js was never requested"
    assert page.evaluate("getComputedStyle(document.querySelector('.reader-tools')).display") == "flex"
    pressed = {name: look for name, _, look in page.evaluate(BUTTONS)}
    assert pressed == {"大": True, "中": False, "小": False, "关怀模式": True, "高对比度": False, "大鼠标": False}, pressed
    page.get_by_role("button", name="小", exact=True).click()  # before the script: nothing happens
    assert page.evaluate(STATE) == ["l", saved]
    assert page.evaluate("document.documentElement.classList.contains('js')") is False  # the bundle waits too
    held[0].continue_()
    page.wait_for_function("() => document.querySelector('[data-reader-size-set=\"l\"]').getAttribute('aria-pressed') === 'true'")
    assert [[n, a] for n, a, _ in page.evaluate(BUTTONS)] == [
        ["大", "true"], ["中", "false"], ["小", "false"], ["关怀模式", "true"], ["高对比度", "false"], ["大鼠标", "false"]]
    page.get_by_role("button", name="小", exact=True).click()
    assert page.evaluate(STATE) == ["s", saved.replace('"l"', '"s"')]
    assert [[n, a, look] for n, a, look in page.evaluate(BUTTONS) if n in "大中小"] == [
        ["大", "false", False], ["中", "false", False], ["小", "true", True]]
    context.close()


def test_without_javascript_the_tools_row_is_not_shown(browser, site_url):
    """As before the split: reader-prefs.js shows the row (class reader-js); with JavaScript off it
    stays hidden, so no button that cannot work is offered."""
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    assert page.locator(".reader-tools").count() == 1 and page.locator(".reader-tools").is_hidden()
    assert page.get_by_role("button", name="大", exact=True).is_hidden()
    context.close()


def test_an_anchor_landing_stays_at_its_anchor_and_materials_components_start(browser, site_url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_url + "original/#q2-7")
    page.wait_for_load_state("networkidle")
    top = page.evaluate("document.getElementById('q2-7').getBoundingClientRect().top")
    assert 0 <= top < 200, top  # below the header, at the top of the screen
    # Material's components that start on DOMContentLoaded (told again once its bundle has run):
    # the header shows the page's title once the reader is past it
    page.wait_for_function("() => document.querySelector('.md-header__title--active')", timeout=5000)
    context.close()


def test_search_works_once_the_scripts_have_run(browser, site_url):
    # At 1280 px: on a phone, keys typed during the search dialog's opening transition (~250 ms)
    # land before the earlier ones, on main as well (Material); a reader's keyboard comes later.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    search_shortcut(page)  # Material's shortcut
    page.keyboard.type("质押融资")
    page.locator(".md-search-result__item a[href*='pledge-financing']").first.wait_for(timeout=10000)
    context.close()


def test_print_opens_the_print_dialog_when_its_script_comes_after_the_load_event(browser, site_url):
    context = browser.new_context()
    context.add_init_script("window.__printed = 0; window.print = () => { window.__printed += 1; };")
    context.route("**/whole-document.js", lambda route: (time.sleep(0.5), route.continue_()))
    page = context.new_page()
    page.goto(site_url + "print/?print=1")
    page.wait_for_function("() => window.__printed === 1", timeout=10000)
    context.close()


def test_the_first_screen_at_375px_before_any_script_with_javascript_off_and_with_saved_choices(browser, site_url, artifacts):
    """The first screen as the first frame shows it (every script held back): with JavaScript on,
    off, and with 大 + 关怀模式 saved on an earlier visit. The first paragraph is on screen in each,
    and the saved choice is already applied (larger text) before any script arrives.
    Screenshots: test-artifacts/first-paint-375-*.png."""
    sizes, held = {}, []

    def hold(route):
        held.append(route)

    for shot, js, saved in (("js", True, None), ("no-js", False, None), ("large-care", True, '{"size":"l","care":true}')):
        context = browser.new_context(**PHONE, java_script_enabled=js)
        if saved:
            context.add_init_script(f"localStorage.setItem('reader-prefs', '{saved}')")
        context.route("**/*.js", hold)  # nothing after the inline head script
        page = context.new_page()
        page.goto(site_url + "measures/financing/", wait_until="load" if not js else "domcontentloaded")
        if js:
            page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
        first = page.locator("article.md-content__inner > p:visible").first  # the largest paint (the benchmark)
        box = first.bounding_box()
        assert box and box["y"] < 740, (shot, box)  # on the first screen
        sizes[shot] = float(first.evaluate("p => parseFloat(getComputedStyle(p).fontSize)"))
        page.screenshot(path=str(artifacts / f"first-paint-375-{shot}.png"))
        for route in held:
            route.abort()
        held.clear()
        context.close()
    assert sizes["js"] == sizes["no-js"] and sizes["large-care"] > sizes["js"], sizes
