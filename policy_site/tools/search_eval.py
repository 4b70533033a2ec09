"""Run the search query set through the built site's own search box in Chromium.

    python -m policy_site.tools.search_eval [SITE_DIR] [--queries tests/search_queries.yml]

Types each query into Material's search box (a real key press triggers the query),
waits for the result list to change, and records the first pages and the time from
key press to results. Prints the hit rates, latency figures and every miss; exits 1
if fewer than 95% of queries have their page first or any is outside the top three.
Used by tests/test_search.py and policy_site/tools/benchmark.py.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import statistics
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

REPO = Path(__file__).resolve().parents[2]
QUERIES = REPO / "tests" / "search_queries.yml"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# In-page probe: time from the first key press or input event of a query to the next change of the result list.
_PROBE = """
() => {
  if (window.__probe) return;
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  window.__probe = { seq: 0, done: 0, start: 0, ms: 0, startSeq: -1 };
  // The query starts at the first key press or input event of this query (a fill() is an input).
  const begin = () => { const p = window.__probe; if (p.startSeq !== p.seq) { p.start = performance.now(); p.startSeq = p.seq; } };
  input.addEventListener("keydown", begin, true);
  input.addEventListener("input", begin, true);
  new MutationObserver(() => {
    const p = window.__probe;
    if (p.done < p.seq) { p.ms = performance.now() - p.start; p.done = p.seq; }
  }).observe(document.querySelector(".md-search-result__meta"), { childList: true, characterData: true, subtree: true });
}
"""


def load_queries(path: Path = QUERIES) -> dict[str, str]:
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(q): str(page) for group in groups.values() for q, page in group.items()}


@dataclass
class QueryResult:
    query: str
    expected: str
    pages: list[str]
    ms: float
    marked: bool  # matched terms highlighted in the result list

    @property
    def rank(self) -> int | None:
        return self.pages.index(self.expected) + 1 if self.expected in self.pages else None


@dataclass
class Report:
    results: list[QueryResult] = field(default_factory=list)
    first_result_ms: float = 0.0

    @property
    def first(self) -> float:
        return sum(r.rank == 1 for r in self.results) / len(self.results)

    @property
    def top3(self) -> float:
        return sum(r.rank is not None and r.rank <= 3 for r in self.results) / len(self.results)

    def latency(self) -> tuple[float, float]:
        ms = sorted(r.ms for r in self.results)
        return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]

    def lines(self) -> list[str]:
        median, p95 = self.latency()
        out = [f"queries: {len(self.results)}; first: {self.first:.1%}; top 3: {self.top3:.1%}",
               f"latency key press -> results: median {median:.1f} ms, p95 {p95:.1f} ms; "
               f"first result after opening search: {self.first_result_ms:.0f} ms"]
        for r in self.results:
            if r.rank != 1:
                out.append(f"  rank {r.rank or '-'}: {r.query} -> {r.expected} (got {', '.join(r.pages[:3]) or 'nothing'})")
        return out


@contextmanager
def serve(site_dir: Path, gzip_static: bool = False):
    """A local server for `site_dir`; with gzip_static, X.gz is sent for X as nginx's gzip_static does."""
    handler = functools.partial(_GzipStatic if gzip_static else _Quiet, directory=str(site_dir))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a browser that moved on mid-response: not an error
            super().handle_error(request, client_address)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _GzipStatic(_Quiet):
    """Sends X.gz for X where the build wrote one, else compresses text files on the fly (as
    deploy/nginx.conf does with gzip_static and gzip on), so both sites are measured compressed."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file()
                or path.suffix not in (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")):
            return super().send_head()
        packed = path.with_name(path.name + ".gz")
        data = packed.read_bytes() if packed.is_file() else gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)


# Page clock of `open_search`: when the key that opens search went down, and when the first result
# item was inserted into the list.
_OPENED = """
() => {
  const list = document.querySelector(".md-search-result__list");
  window.__opened = { key: 0, item: 0 };
  document.addEventListener("keydown", () => { window.__opened.key = performance.now(); }, { capture: true, once: true });
  new MutationObserver((_, observer) => {
    if (list.querySelector(".md-search-result__item")) { window.__opened.item = performance.now(); observer.disconnect(); }
  }).observe(list, { childList: true, subtree: true });
}
"""


def open_search_times(page, base_url: str) -> tuple[float, float]:
    """Open the home page (cold: nothing of search loaded yet) and search "专利". Returns ms from the
    key press that opens search (which starts fetching the index) until the first result is in
    the list, twice: on the page's clock (what the reader waits), and on the harness's (until
    Playwright has also seen it, after its own steps: the fill, End, and the wait, each of which
    waits for the page's next frames; a site that renders results during those steps pays for
    them twice)."""
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    # Our pages add their scripts, and with them the search dialog, after the first paint: on a loaded
    # machine the network can be quiet for 500 ms before that. A reader's key press before Material's
    # bundle has run opens nothing, on either site.
    page.wait_for_function("() => document.documentElement.classList.contains('js')"
                           " && document.querySelector('.md-search-result__list')")
    page.evaluate(_OPENED)
    start = page.evaluate("performance.now()")
    page.keyboard.press("s")
    box = page.locator("input.md-search__input")
    box.wait_for()
    page.evaluate(_PROBE)
    box.fill("专利")
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=20000)
    harness = page.evaluate("performance.now()") - start
    opened = page.evaluate("window.__opened")
    return opened["item"] - opened["key"], harness


def open_search(page, base_url: str) -> float:
    """`open_search_times` on the page's clock."""
    return open_search_times(page, base_url)[0]


def run_query(page, query: str, base_url: str) -> tuple[list[str], float, bool]:
    box = page.locator("input.md-search__input")
    seq = page.evaluate("++window.__probe.seq")
    box.fill(query)
    box.press("End")
    # Poll in the page (wait_for_function would eval a string, which the site's CSP forbids).
    ms = page.evaluate("""seq => new Promise((resolve, reject) => {
        const limit = performance.now() + 10000;
        const poll = () => window.__probe.done >= seq ? resolve(window.__probe.ms)
            : performance.now() > limit ? reject(new Error("no search result")) : setTimeout(poll, 1);
        poll();
    })""", seq)
    # (an item holding .search-note is the line for a question the text may not answer, not a page)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a:first-child",
                                      "els => els.filter(e => !e.parentNode.querySelector('.search-note')).map(e => e.href)")
    pages = []
    for href in hrefs:
        path = urlsplit(href).path[len(urlsplit(base_url).path):]
        if path not in pages:
            pages.append(path)
    marked = page.locator(".md-search-result__item mark").count() > 0
    return pages, ms, marked


def evaluate(site_dir: Path, queries: dict[str, str], browser=None) -> Report:
    """Run `queries` against the site in `site_dir`; pass a Playwright browser to reuse one."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return evaluate(site_dir, queries, own)
            finally:
                own.close()
    report = Report()
    with serve(site_dir) as base_url:
        page = browser.new_page()
        report.first_result_ms = open_search(page, base_url)
        for query, expected in queries.items():
            pages, ms, marked = run_query(page, query, base_url)
            report.results.append(QueryResult(query, expected, pages, ms, marked))
        page.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.search_eval")
    parser.add_argument("site_dir", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--queries", default=str(QUERIES))
    args = parser.parse_args(argv)
    report = evaluate(Path(args.site_dir), load_queries(Path(args.queries)))
    print("\n".join(report.lines()))
    return 0 if report.first >= 0.95 and report.top3 == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
