"""First paint before any script (issue 22): a built page fetches no script before its first frame
but the small, async loader of the others.

Lighthouse's simulated LCP (Lantern) counts every request finished and every task run before the
observed LCP; the page's first paragraph is painted in the first frame, but the deferred scripts
the preload scanner finds (Material's bundle, our extra_javascript) were fetched and run before
it, so the simulated LCP came late. In every built page:

- the external scripts (`<script defer src>` from overrides/main.html's scripts block) are taken
  out and their addresses, as written and in order, put in a JSON data block (`LATER_ID`) where the
  first of them was. None of them is fetched before the first frame. The list most pages share
  goes into LOADER_FILE instead, from the site's root, and those pages drop the block (`apply`).
- `LOADER` adds them back once the first contentful paint has happened (a PerformanceObserver of
  paint entries; where there is none, requestAnimationFrame and then a task) and the page is parsed
  (DOMContentLoaded), and then two frames and a task more (the first paint can show the header
  alone while the parser still reads the article, painted a frame after DOMContentLoaded), as
  ordered scripts (`async = false`: they run one after the other, in the list's order, as `defer`
  ran them). A frame's requestAnimationFrame callback runs before it is
  shown, so the paint entry, not the frame, is the signal. A hidden tab paints nothing: the load
  event (plus 500 ms) starts them there; a visible page waits for its paint up to LATE_PAINT_MS
  after the load event. Material's bundle starts on DOMContentLoaded, which has
  passed when it runs, so the loader fires it again on `document` once the bundle (`BUNDLE_RE`,
  exactly one per page) has run; our scripts start at once when the page is already parsed, and
  whole-document.js prints (?print=1) at once when the load event has passed. First in the list
  is reader-controls.js (the 字号/关怀模式 buttons, and the stand-in for blocked storage that
  the bundle needs; overrides/main.html), so the buttons work before the bundle has run.
- reader-prefs.js (the saved 字号/关怀模式 on <html> before the first paint, nothing more) is
  inline in <head> in the external one's place, minified: one text, the same on every page, that
  `csp.py` allows by its hash (`inline_scripts`). Until reader-controls.js has run the buttons do
  nothing; their pressed look follows <html> (site.css).
- `LOADER` is its own file, `LOADER_FILE`, written by the build and named just before the inline
  script as `<script async src>`: the one script a page fetches before its first frame. It is
  about 0.5 KB; inline it cost every page view about 410 B gzip, and as a file it is cached after
  the first page (issue 22's second visit). `async` blocks nothing, and whenever it runs (before
  or after the page is parsed or painted) it waits for both: the paint entries are buffered, and
  it checks the document's state. In Lighthouse (mobile, three runs of each of three pages) LCP
  moved from 0.906 to 0.917 s, FCP unchanged.
- Material's inline <head> script that defines `__md_scope`, `__md_get`, `__md_set` and `__md_hash`
  (its storage helpers, which only the bundle uses) is taken out of every page and put, from its
  own text, at the top of the site's reader-controls.js (the script added before the bundle), with
  the site's root found from that file's address instead of the page's: the same value on every
  page (`MD_SCOPE_RE`, `SCOPE_FROM_FILE`). It cost every page view about 190 B gzip with its CSP
  hash, one hash per page depth. The build refuses a page whose script differs.
- Material's search dialog, hidden until its bundle has run, leaves the pages that share it for the
  top of reader-controls.js, which puts it back as the last child of the header's <nav> before the
  bundle runs (`search_dialog`, SEARCH_FROM_FILE): about 320 B gzip of every page view.
- the stylesheets stay external: cached for the next page.

Until the bundle has run, <html> keeps Material's `no-js` class: the header shows no search button
(site.css keeps the hidden page title inside a phone's screen meanwhile).

With JavaScript off nothing changes: no script runs either way.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from policy_site.pipeline.minify import minify_text

PREFS = "assets/reader-prefs.js"
LOADER_FILE = "assets/after-paint.js"  # written by apply(): LOADER
LATER_ID = "__later"
LATER = f'<script id="{LATER_ID}" type="application/json">{{}}</script>'
LATER_RE = re.compile(f'<script id="{LATER_ID}" type="application/json">(.*?)</script>\n?')
LOADER_TAG = '<script async src="{}"></script>'
# The only forms of external script the theme writes (tests/test_theme_drift.py): reader-prefs.js
# plain in <head>, the others `defer` (overrides/main.html).
SCRIPT_RE = re.compile(r'<script( defer)? src="([^"]+)"></script>\n?')
ANY_SRC_RE = re.compile(r"<script\b[^>]*\bsrc\s*=", re.I)
# Material's storage helpers (base.html), `__md_scope` set from the page's depth; group 1 the rest.
MD_SCOPE_RE = re.compile(r'<script>__md_scope=new URL\("(?:(?:\.\./)*(?:\.\.|\.)|/(?:[^"\\]*/)?)",location\),(__md_hash=.*?)</script>\n?')
# reader-controls.js sits in assets/: its parent folder is the site's root, as the page's was.
CONTROLS = "assets/reader-controls.js"
SCOPE_FROM_FILE = '__md_scope=new URL("..",document.currentScript.src),'
# Material's search dialog (its partials/search.html, named by theme.py): hidden until the bundle has run
# (`.no-js .md-search{display:none}`), the same on every page, the last child of the header's <nav>.
SEARCH_OPEN = '<div class="md-search" data-md-component="search"'
HEADER_NAV_END = "\n</nav>\n</header>"
# reader-controls.js puts it back where it was before Material's bundle runs (the first script of
# LATER), on a page that does not hold one (404.html keeps its own).
SEARCH_FROM_FILE = ('(function(h){{var n=document.querySelector(".md-header__inner");'
                    'if(n&&!n.querySelector(".md-search"))n.insertAdjacentHTML("beforeend",h)}})({});\n')
# Material's bundle, as LOADER tells it apart (its file name, tests/test_theme_drift.py).
BUNDLE_RE = re.compile(r"/bundle\.[0-9a-f]+\.min\.js$")
# A visible page whose paint entry has not come 500 ms after the load event still waits for it, up
# to LATE_PAINT_MS after the load event: a first frame that comes late (about 1.2 s in a third of
# headless Lighthouse runs, its load event at 0.2 s) is not delayed further by the scripts. Until round
# 33 of issue 21 they started at load + 500 ms on any page, and Lighthouse's simulated LCP doubled
# (0.93 s -> 1.9 s) in those runs. A hidden tab, which paints nothing, still starts them at 500 ms.
LATE_PAINT_MS = 3000
# o: scripts added (k); p: the first frame has been painted; q: k is waiting for two frames. Once the
# first contentful paint (or, where paint timing is missing, a frame) and DOMContentLoaded have both
# passed, j waits two frames and a task before k adds them: the first paint may show the header
# alone, with the article parsed and painted a frame later (Chromium 156 in CI). Material's
# bundle (BUNDLE_RE) gets DOMContentLoaded again once it has run. A page without a LATER block runs
# the site's usual list (`apply`), addresses from the site's root, which r finds from the loader's own
# address (LOADER_FILE is in assets/, hence "..").
_LOADER = ('(function(d){var o=0,p=0,q=0,P=window.PerformanceObserver,S=P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0,D=%s,'
           'r=new URL("..",(d.currentScript||d.querySelector("script[src$=\'' + LOADER_FILE + '\']")).src);'
           'function j(){if(q||!p||d.readyState=="loading")return;q=1;'
           'requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(k)})})}'
           'function k(){var l=d.getElementById("' + LATER_ID + '");if(o)return;o=1;'
           '(l?JSON.parse(l.textContent):D.map(function(s){return new URL(s,r).href})).forEach(function(s){var e=d.createElement("script");e.src=s;e.async=!1;'
           'if(/' + BUNDLE_RE.pattern.replace("/", "\\/") + '/.test(s))e.onload=function(){d.dispatchEvent(new Event("DOMContentLoaded"))};d.body.appendChild(e)})}'
           'function g(){p=1;j()}'
           'if(S)new P(function(l,b){l.getEntriesByName("first-contentful-paint").length&&(b.disconnect(),g())}).observe({type:"paint",buffered:!0});'
           'else requestAnimationFrame(function(){setTimeout(g)});'
           'addEventListener("load",function(){setTimeout(function(){S&&d.visibilityState=="visible"?setTimeout(k,' + str(LATE_PAINT_MS - 500) + '):k()},500)});'
           'd.addEventListener("DOMContentLoaded",j)})(document);')


def loader(usual: list[str]) -> str:
    """LOADER_FILE's text, with the site's usual list of scripts (addresses from the site's root)."""
    return _LOADER % json.dumps(usual, separators=(",", ":"))


class FirstPaintError(Exception):
    """A page has a script in a form this step does not know; refused rather than left blocking."""


def inline_script(site_dir: Path) -> str:
    """The inline <head> script of every page: reader-prefs.js minified."""
    text = minify_text((site_dir / PREFS).read_text(encoding="utf-8"), ".js").strip()
    if re.search(r"</script|<!--", text, re.I):
        raise FirstPaintError(f"{PREFS} cannot be inlined: it contains </script or <!--")
    return text


def inline_scripts(site_dir: Path) -> list[str]:
    """The inline script texts this step writes into `site_dir`'s pages (csp.py allows them)."""
    return [inline_script(site_dir)] if (site_dir / PREFS).is_file() else []


def rewrite(html: str, inline: str, name: str = "<html>", helpers: list[str] | None = None) -> str:
    """The page with reader-prefs.js inline, LOADER_FILE named (async) just before it, and its other
    external scripts in LATER, for LOADER.
    Material's storage helpers leave <head> when `helpers` is given: their text (after
    `__md_scope=…,`) is appended to it, for reader-controls.js (the first script of LATER)."""
    head, sep, body = html.partition("</head>")
    if not ANY_SRC_RE.search(html):
        return html  # redirect stubs: no script of the theme's
    if helpers is not None:
        scope = list(MD_SCOPE_RE.finditer(head))
        if len(scope) != 1 or "__md_scope" in MD_SCOPE_RE.sub("", head):
            raise FirstPaintError(f"{name}: expected <head> to hold Material's __md_scope script once, in the form {MD_SCOPE_RE.pattern!r}")
        helpers.append(scope[0].group(1))
        head = MD_SCOPE_RE.sub("", head)
    found = list(SCRIPT_RE.finditer(head))
    prefs = [m for m in found if not m.group(1) and m.group(2).endswith(PREFS)]
    if not sep or len(prefs) != 1 or len(found) != 1:
        raise FirstPaintError(f"{name}: expected <head> to hold one external script, {PREFS}: {[m.group(0) for m in found]}")
    folder = prefs[0].group(2)[:-len(PREFS)]  # "../../", "/" (404.html) or "": as the theme wrote it
    loader = LOADER_TAG.format(folder + LOADER_FILE)
    head = head.replace(prefs[0].group(0), f"{loader}<script>{inline}</script>\n", 1)
    later = list(SCRIPT_RE.finditer(body))
    if any(not m.group(1) for m in later):
        raise FirstPaintError(f"{name}: a script that is not deferred in <body>: {[m.group(0) for m in later if not m.group(1)]}")
    if later and sum(bool(BUNDLE_RE.search(m.group(2))) for m in later) != 1:
        raise FirstPaintError(f"{name}: not one script named as Material's bundle ({BUNDLE_RE.pattern}), which LOADER restarts")
    if helpers is not None and not (later and later[0].group(2).endswith(CONTROLS)):
        raise FirstPaintError(f"{name}: Material's storage helpers go to {CONTROLS}, which must be the first script")
    if later:
        srcs = json.dumps([m.group(2) for m in later], separators=(",", ":"))
        start = later[0].start()
        body = body[:start] + LATER.format(srcs) + "\n" + SCRIPT_RE.sub("", body[start:])
    out = head + sep + body
    left = ANY_SRC_RE.findall(out.replace(loader, "", 1))
    if left:
        raise FirstPaintError(f"{name}: an external script not in the form {SCRIPT_RE.pattern!r}, so it would block the first paint")
    return out


def _from_root(path: Path, site_dir: Path, srcs: list[str]) -> list[str] | None:
    """A page's list with addresses from the site's root, or None where one is not relative to the page's folder."""
    up = "../" * (len(path.relative_to(site_dir).parts) - 1)
    if not all(s.startswith(up) and not s[len(up):].startswith(("../", "/")) and "://" not in s for s in srcs):
        return None
    return [s[len(up):] for s in srcs]


def search_dialog(html: str, name: str = "<html>") -> tuple[int, int] | None:
    """Where Material's search dialog is in `html` (start, end), or None on a page without one."""
    start = html.find(SEARCH_OPEN)
    if start < 0:
        return None
    depth, at = 0, start
    for tag in re.finditer(r"<(/?)div\b[^>]*>", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            at = start + tag.end()
            break
    if depth or not html.startswith(HEADER_NAV_END, at) or html.find(SEARCH_OPEN, at) >= 0:
        raise FirstPaintError(f"{name}: Material's search dialog is not one balanced <div> at the end of the header's <nav>")
    return start, at


def apply(site_dir: Path) -> None:
    """Rewrite every page of `site_dir` (see the module's docstring), then put Material's storage
    helpers, the same on every page, at the top of reader-controls.js, and write LOADER_FILE with
    the list most pages share: those pages drop their LATER block (the same list on every page
    view cost about 69 B gzip; in the cached loader it costs nothing after the first page), and a
    page with another list (404.html's absolute addresses and its own script) keeps its own."""
    inline: str | None = None
    helpers: list[str] = []
    pages: dict[Path, str] = {}
    for path in sorted(site_dir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if not ANY_SRC_RE.search(html):
            continue
        if inline is None:
            inline = inline_script(site_dir)
        pages[path] = rewrite(html, inline, str(path), helpers)
    if not pages:
        return
    if len(set(helpers)) != 1:
        raise FirstPaintError(f"Material's storage helpers differ between pages: {sorted(set(helpers))}")
    lists: dict[Path, tuple[str, list[str] | None]] = {}
    for path, html in pages.items():
        found = LATER_RE.search(html)
        if found is None:
            raise FirstPaintError(f"{path}: no {LATER_ID} list after the rewrite")
        lists[path] = (found.group(0), _from_root(path, site_dir, json.loads(found.group(1))))
    shared = [json.dumps(r) for _, r in lists.values() if r is not None]
    usual = json.loads(max(sorted(set(shared)), key=shared.count)) if shared else []
    for path, (block, from_root) in lists.items():
        if from_root == usual:
            pages[path] = pages[path].replace(block, "", 1)
    # Material's search dialog, the same on most pages (about 320 B gzip of every page view, shown only
    # once the bundle has run), goes to reader-controls.js too.
    dialogs = {path: where for path, html in pages.items() if (where := search_dialog(html, str(path)))}
    texts = [pages[path][a:b] for path, (a, b) in dialogs.items()]
    dialog = max(sorted(set(texts)), key=texts.count) if texts else ""
    for path, (a, b) in dialogs.items():
        if pages[path][a:b] == dialog:
            pages[path] = pages[path][:a].removesuffix("\n") + pages[path][b:]
    controls = site_dir / CONTROLS
    code = controls.read_text(encoding="utf-8")
    # ensure_ascii=False: its words stay readable to the published-text check (W011), as written
    restore = SEARCH_FROM_FILE.format(json.dumps(dialog, ensure_ascii=False)) if dialog else ""
    controls.write_text(SCOPE_FROM_FILE + helpers[0] + ";\n" + restore + code, encoding="utf-8")
    (site_dir / LOADER_FILE).write_text(loader(usual) + "\n", encoding="utf-8")
    for path, html in pages.items():
        path.write_text(html, encoding="utf-8")
