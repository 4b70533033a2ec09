"""Quality gates a reader feels, on every built page in Chromium: no third-party request,
no console error or CSP violation, accessible, keyboard-usable, no sideways scroll on phones,
no broken internal link."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from conftest import REPO, search_shortcut

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.model import GENERATED_PAGES  # noqa: E402
from policy_site.tools import check_links

PAGES = [p.url.lstrip("/") for p in check_site(REPO / "docs").pages] + [g[:-3] + "/" for g in GENERATED_PAGES]
# For the slow audit (axe, about 2 s a page): every generated page and the richest hand-written page
# of each kind (most links, lists and tables); pages of one kind share their template and constructs.
_BY_KIND: dict[str, tuple[int, str]] = {}
for _p in check_site(REPO / "docs").pages:
    _size = len(_p.lines)
    if _size > _BY_KIND.get(_p.kind or "", (0, ""))[0]:
        _BY_KIND[_p.kind or ""] = (_size, _p.url.lstrip("/"))
LAYOUTS = sorted(url for _, url in _BY_KIND.values()) + [g[:-3] + "/" for g in GENERATED_PAGES]


@pytest.fixture(scope="module")
def visits(browser, site_url):
    """Load every page once (and use search on one), recording requests and console errors."""
    context = browser.new_context(locale="zh-CN")
    requests, errors = [], []
    context.on("request", lambda r: requests.append(r.url))
    tabs = [context.new_page() for _ in range(4)]
    for tab in tabs:
        tab.on("console", lambda m, tab=tab: errors.append(f"{tab.url}: {m.text}") if m.type == "error" else None)
        tab.on("pageerror", lambda e, tab=tab: errors.append(f"{tab.url}: {e}"))
    # Four tabs at a time: each waits for the network to be quiet (500 ms with no request), and the
    # waits overlap instead of adding up.
    paths = PAGES + ["m/1/", "no-such-page/"]
    for start in range(0, len(paths), len(tabs)):
        batch = list(zip(tabs, paths[start:start + len(tabs)]))
        for tab, path in batch:
            tab.goto(site_url + path, wait_until="commit")
        for tab, _ in batch:
            tab.wait_for_load_state("networkidle")
    page = tabs[0]
    page.goto(site_url)
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.fill("专利保险")
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for()
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state("networkidle")
    context.close()
    return requests, errors


def test_no_request_leaves_the_machine(visits, site_url):
    requests, _ = visits
    host = urlsplit(site_url).netloc
    assert len(requests) > len(PAGES)
    assert [u for u in requests if urlsplit(u).netloc != host and not u.startswith("data:")] == []


def test_no_console_error_and_no_csp_violation(visits):
    _, errors = visits
    # The deliberate visit to /no-such-page/ logs the server's 404; nothing else may.
    assert [e for e in errors if "no-such-page" not in e] == []


def test_every_html_file_has_a_strict_csp(site_dir):
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert meta, path
        policy = meta.group(1)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "http" not in policy, path
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert html.index("Content-Security-Policy") < html.index("<script"), f"{path}: CSP after a script"
    headers = (site_dir / "_headers").read_text(encoding="utf-8")
    assert "frame-ancestors 'self'" in headers and "sha256-" in headers


def test_an_injected_inline_script_is_refused(browser, site_url, site_dir, tmp_path):
    """The CSP is not decoration: an inline script without a hash does not run."""
    page = browser.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(site_url + "about/")
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__injected = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__injected === undefined")
    assert any("Content Security Policy" in m for m in messages)
    page.close()


@pytest.mark.parametrize("path", LAYOUTS)
def test_axe_reports_no_serious_or_critical_violation(browser, site_url, path):
    import axe  # tests/axe.py: the current axe-core from npm, pinned

    page = browser.new_page()
    page.goto(site_url + path)
    bad = axe.serious(page)
    page.close()
    assert bad == [], f"{path} (axe-core {axe.version()}): {bad}"


@pytest.fixture(scope="module")
def phone(browser):
    """One phone tab for the pages in turn (a new context per page cost a second each)."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scroll_at_375px(phone, site_url, path):
    phone.goto(site_url + path)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path} is {width}px wide"


def test_phone_screenshots(browser, site_url, artifacts):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "measures/financing/")
    page.screenshot(path=str(artifacts / "phone-measure-financing.png"))
    page.goto(site_url + "original/#q2-7")
    page.screenshot(path=str(artifacts / "phone-original-q2-7.png"))
    context.close()


def test_search_and_navigation_work_from_the_keyboard(page, site_url):
    page.goto(site_url)
    search_shortcut(page)  # Material's shortcut focuses the search box once its bundle has run
    page.keyboard.type("质押融资")  # each keyup runs the query
    # The results of the whole query, not of 质 or 质押: ArrowDown onto a list that is then
    # replaced leaves the focus nowhere (a slow machine, CI).
    page.locator(".md-search-result__item a[href*='pledge-financing']").first.wait_for()
    page.keyboard.press("ArrowDown")  # to the first result
    page.wait_for_function("document.activeElement.closest('.md-search-result__item') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/programmes/pledge-financing/"))
    # Tab through the page until the link to a related measure has focus, then follow it.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim() === '缓解小微企业融资难'"):
            break
    else:
        pytest.fail("the related measure link is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/measures/financing/$"))


def test_no_broken_internal_link_or_fragment_in_the_output(site_dir):
    assert check_links.check(site_dir) == []


def test_link_checker_reports_a_broken_fragment(site_dir, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    page = copy / "original" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="q2-7"', 'id="q2-7x"'), encoding="utf-8")
    problems = check_links.check(copy)
    assert problems and all("no #q2-7 in original/index.html" in p for p in problems)
