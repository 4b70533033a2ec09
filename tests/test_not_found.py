"""The 404 page (overrides/404.html, docs/assets/not-found.js): in Chinese, says the address has no
page, and leads to the closest page for a truncated, a misspelt and an old-style address of each
page kind, in Chromium at 375 px; without JavaScript it still lists every page and the five needs."""

from __future__ import annotations

import functools
import http.server
import re
import threading

import pytest

CASES = {  # address opened -> the page it should lead to first
    "/measures/financ": "/measures/financing/",
    "/measures/finacing/": "/measures/financing/",
    "/measures/financing.html": "/measures/financing/",
    "/programmes/patent-insur": "/programmes/patent-insurance/",
    "/programmes/patnet-insurance/": "/programmes/patent-insurance/",
    "/programmes/patent_insurance.html": "/programmes/patent-insurance/",
    "/questions/basic-sit": "/questions/basic-situation/",
    "/questions/basic-situaton/": "/questions/basic-situation/",
    "/Questions/Basic-Situation": "/questions/basic-situation/",
    "/topics/drafting-proc": "/topics/drafting-process/",
    "/topics/drafting-proces/": "/topics/drafting-process/",
    "/topics/drafting-process.md": "/topics/drafting-process/",
    "/figure": "/figures/",
    "/by-ned/": "/by-need/",
    "/original.html": "/original/",
}


class _NotFound(http.server.SimpleHTTPRequestHandler):
    """Like deploy/nginx.conf: a missing address gets 404.html with status 404."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        import os

        if os.path.isdir(path) and not os.path.exists(os.path.join(path, "index.html")) or not os.path.exists(path):
            body = open(os.path.join(self.directory, "404.html"), "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            import io

            return io.BytesIO(body)
        return super().send_head()


@pytest.fixture(scope="module")
def base(site_dir):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NotFound, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_404_page_is_chinese_and_works_without_javascript(site_dir):
    html = (site_dir / "404.html").read_text(encoding="utf-8")
    assert "这个地址没有页面" in html and "404 - Not found" not in html
    pages = re.findall(r'<ul class="not-found__pages">(.*?)</ul>', html, re.S)[0]
    for url in set(CASES.values()) | {"/"}:
        assert f'href="{url}"' in pages, url
    needs = re.findall(r'<ul class="not-found__needs">(.*?)</ul>', html, re.S)[0]
    assert needs.count('href="/by-need/#') == 5


def test_a_wrong_address_leads_to_the_closest_page_at_375px(browser, base, artifacts):
    context = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 800})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "404" not in m.text else None)
    wrong = {}
    for asked, expected in CASES.items():
        response = page.goto(base + asked)
        assert response.status == 404, asked
        first = page.locator(".not-found__closest a").first
        first.wait_for(timeout=5000)
        href = first.get_attribute("href")
        if not href.endswith(expected):
            wrong[asked] = href
    page.goto(base + "/measures/financ")
    page.locator(".not-found__closest a").first.wait_for()
    page.screenshot(path=str(artifacts / "404-375.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.locator(".not-found__closest a").first.click()
    page.wait_for_url("**/measures/financing/")
    context.close()
    assert not wrong, wrong
    assert not errors, errors
