"""Speed and size, printed as figures (not a test): this site against a baseline build
of the same docs with Material's default configuration, in one run, as ratios.

    .venv/bin/python -m scripts.benchmark

Measures: cold build time (fresh output dir and jieba cache, checks included), site
size, bytes a reader downloads for a first visit to a measure page and then for a
second page (raw; gzip level 6 for every file of both sites, as earlier runs measured; as served,
the build's precompressed .gz where it has one; and without the files only search needs), Lighthouse (mobile
preset, Debian's Chromium, median of 3, served gzipped) on the home page, a measure page and 原文:
performance, accessibility, FCP, LCP and its element, render-blocking requests; search index
gzip size (both files: the stub and the index the worker fetches on opening search), search
latency in Chromium over the query set (median and p95), time to the first result after
pressing `s` on a cold page (median of eleven, the two sites taking turns), and the worker's own time per query in node over both visible
query sets.
The machine is shared and noisy: compare the ratios, not the absolute times.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from policy_site.tools.search_eval import CHROMIUM, CHROMIUM_ARGS, evaluate, load_queries, open_search_times, serve

REPO = Path(__file__).resolve().parents[2]
BENCH_NODE = REPO / "tools" / "benchmark"  # Lighthouse, pinned in its package-lock.json; installed here, not by the tests
LIGHTHOUSE = BENCH_NODE / "node_modules" / "lighthouse" / "cli" / "index.js"
SEARCH_FILES = ("search_index.json", "search-worker", "workers/search")  # what only search needs
FIRST, SECOND = "measures/financing/", "programmes/pledge-financing/"
LIGHTHOUSE_PAGES = {"home": "", "measure": FIRST, "原文": "original/"}


def baseline_config(path: Path) -> None:
    """Material's defaults: no overrides, no search worker or index of ours, no CSP, default
    fonts, no plugin of ours. Its docs are our pages' final Markdown and the generated pages
    (原文, terms, …: the docs link to them), written by `python -m policy_site.pipeline` into
    baseline-docs/ when the baseline is built (see `build`), so its build time includes that work."""
    ours = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    config = {
        "site_name": ours["site_name"],
        "site_url": "http://127.0.0.1:8000/",
        "docs_dir": str(path.parent / "baseline-docs"),
        "theme": {"name": "material", "language": "zh"},
        "plugins": ["search", {"redirects": {"redirect_maps": {}}}],
        "validation": {"links": {"absolute_links": "relative_to_docs"}},
        "extra_css": ["assets/site.css"],
        "nav": ours["nav"],
    }
    # The Markdown extensions as written (their !!python/name tags do not survive a YAML round trip).
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = re.search(r"^markdown_extensions:\n(?:[ #].*\n|\n)*", text, re.M)
    if extensions is None:
        raise SystemExit("mkdocs.yml has no markdown_extensions block")
    # Without our guard, which refuses pages our plugin has not checked: the baseline has no plugin of ours.
    block = "".join(line for line in extensions.group(0).splitlines(keepends=True)
                    if "markdown_guard" not in line and not line.lstrip().startswith("#"))
    path.write_text(yaml.safe_dump(config, allow_unicode=True) + block, encoding="utf-8")


def baseline_docs(docs: Path) -> None:
    """The baseline's docs folder: our assets, the pages as the pipeline renders their Markdown,
    and the generated pages (the plugin does this for our build)."""
    import shutil

    gen = docs.parent / "baseline-gen"
    result = subprocess.run([sys.executable, "-m", "policy_site.pipeline", str(gen)], cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"python -m policy_site.pipeline failed:\n{result.stderr[-3000:]}")
    shutil.rmtree(docs, ignore_errors=True)
    shutil.copytree(REPO / "docs", docs)
    shutil.copytree(gen / "pages", docs, dirs_exist_ok=True)
    for page in gen.glob("*.md"):
        shutil.copy(page, docs / page.name)


def build(config: Path, out: Path, **extra_env: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:  # a fresh TMPDIR: jieba rebuilds its cache (cold)
        env = {**os.environ, "TMPDIR": tmp, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **extra_env}
        start = time.perf_counter()
        if config.name == "baseline.yml":
            baseline_docs(config.parent / "baseline-docs")
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)],
                                cwd=REPO, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build of {config} failed:\n{result.stderr[-3000:]}")
    return elapsed


def site_size(site: Path) -> tuple[int, int]:
    # Not the .gz copies served instead of their originals, nor the nginx includes in _server/.
    files = [p for p in site.rglob("*") if p.is_file() and not (p.suffix == ".gz" and p.with_suffix("").exists())
             and "_server" not in p.relative_to(site).parts]
    return sum(p.stat().st_size for p in files), len(files)


def page_weight(site: Path, browser) -> dict[str, float]:
    """Bytes requested for a first visit to FIRST, then for SECOND (what was not fetched yet)."""
    out: dict[str, float] = {}
    with serve(site, gzip_static=True) as base:
        context = browser.new_context()
        requested: list[str] = []
        context.on("request", lambda r: requested.append(r.url))
        page = context.new_page()
        seen: set[str] = set()
        for label, path in (("first", FIRST), ("second", SECOND)):
            requested.clear()
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            raw = gz = sent = third_party = search_gz = 0
            for url in dict.fromkeys(requested):
                parts = urlsplit(url)
                if parts.netloc != urlsplit(base).netloc:
                    third_party += 1
                    continue
                if url in seen:
                    continue
                seen.add(url)
                local = site / parts.path.lstrip("/")
                if local.is_dir():
                    local = local / "index.html"
                if local.is_file():
                    data = local.read_bytes()
                    raw += len(data)
                    gz += len(gzip.compress(data, 6))
                    # what the server sends: the build's X.gz where there is one (gzip_static), else level 6
                    packed = local.with_name(local.name + ".gz")
                    sent += packed.stat().st_size if packed.is_file() else len(gzip.compress(data, 6))
                    if any(name in parts.path for name in SEARCH_FILES):
                        search_gz += len(gzip.compress(data, 6))
            out[f"{label} visit raw KB"] = raw / 1024
            out[f"{label} visit gzip KB"] = gz / 1024  # every file at level 6: the method of earlier runs
            out[f"{label} visit KB as served"] = sent / 1024
            out[f"{label} visit gzip KB without search files"] = (gz - search_gz) / 1024
            out[f"{label} visit third-party requests"] = third_party
        context.close()
    return out


def lighthouse(site: Path) -> tuple[dict[str, float], dict[str, str]]:
    """Lighthouse's mobile preset (its default: emulated phone, simulated slow 4G) on each of
    LIGHTHOUSE_PAGES, served compressed as nginx serves it, in Debian's Chromium; the median of
    three runs of each figure, and the largest-paint element of the median run."""
    if not LIGHTHOUSE.is_file():  # the benchmark's own install: about 200 packages the tests never need
        installed = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
                                   cwd=BENCH_NODE, capture_output=True, text=True)
        if installed.returncode != 0 or not LIGHTHOUSE.is_file():
            raise SystemExit(f"could not install Lighthouse in {BENCH_NODE} (npm ci):\n{installed.stderr[-2000:]}")
    figures: dict[str, float] = {}
    elements: dict[str, str] = {}
    with serve(site, gzip_static=True) as base, tempfile.TemporaryDirectory() as tmp:
        for label, path in LIGHTHOUSE_PAGES.items():
            runs: list[tuple[dict[str, float], str]] = []
            for i in range(3):
                report = Path(tmp) / f"lh{i}.json"
                flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
                result = subprocess.run(
                    ["node", str(LIGHTHOUSE), base + path, f"--chrome-path={CHROMIUM}", f"--chrome-flags={flags}",
                     "--only-categories=performance,accessibility", "--output=json", f"--output-path={report}",
                     "--quiet", "--locale=en-US"],
                    capture_output=True, text=True, timeout=300)
                if result.returncode != 0:
                    raise SystemExit(f"lighthouse failed:\n{result.stderr[-2000:]}")
                audits = json.loads(report.read_text(encoding="utf-8"))
                runs.append(({
                    f"{label}: lighthouse performance": 100 * audits["categories"]["performance"]["score"],
                    f"{label}: lighthouse accessibility": 100 * audits["categories"]["accessibility"]["score"],
                    f"{label}: lighthouse FCP ms": audits["audits"]["first-contentful-paint"]["numericValue"],
                    f"{label}: lighthouse LCP ms": audits["audits"]["largest-contentful-paint"]["numericValue"],
                    f"{label}: render-blocking requests": len(_items(audits["audits"].get("render-blocking-resources"))),
                    f"{label}: render-blocking ms": audits["audits"]["render-blocking-resources"].get("numericValue", 0),
                }, _lcp_element(audits)))
            for key in runs[0][0]:
                figures[key] = sorted(r[0][key] for r in runs)[1]
            elements[label] = sorted(runs, key=lambda r: r[0][f"{label}: lighthouse LCP ms"])[1][1]
    return figures, elements


def _items(audit) -> list:
    return ((audit or {}).get("details") or {}).get("items") or []


def _lcp_element(report) -> str:
    """The largest paint's element, as Lighthouse names it (selector and the start of its text)."""
    for table in _items(report["audits"].get("largest-contentful-paint-element")):
        for item in table.get("items", []):
            node = item.get("node")
            if node:
                return f"{node.get('selector', '?')} \"{node.get('nodeLabel', '')[:24]}\""
    return "?"


LCP_ELEMENTS: dict[str, dict[str, str]] = {}  # page -> site -> its largest paint's element


def first_result(sites: list[Path], browser, runs: int = 11) -> list[tuple[float, float]]:
    """For each site, the medians of `runs` cold opens (a new browser context each): from pressing
    `s` on the home page to the first result of a query, on the page's clock and on the harness's
    (search_eval.open_search_times). One open varies by ±20 ms on this machine, and the machine's
    load drifts over minutes: the sites take turns, one open each, so each meets the same drift."""
    import statistics
    from contextlib import ExitStack

    times: list[list[tuple[float, float]]] = [[] for _ in sites]
    with ExitStack() as stack:
        bases = [stack.enter_context(serve(site, gzip_static=True)) for site in sites]
        for _ in range(runs):
            for base, out in zip(bases, times):
                context = browser.new_context()
                out.append(open_search_times(context.new_page(), base))
                context.close()
    return [(statistics.median(t[0] for t in out), statistics.median(t[1] for t in out)) for out in times]


def measure(name: str, config: Path, out: Path, browser) -> dict[str, float]:
    figures: dict[str, float] = {"cold build s": build(config, out, **({"SITE_PDF": "0"} if name == "baseline" else {}))}
    size, count = site_size(out)
    figures["site size KB"] = size / 1024
    figures["site files"] = count
    figures.update(page_weight(out, browser))
    lh, elements = lighthouse(out)
    figures.update(lh)
    for label, element in elements.items():
        LCP_ELEMENTS.setdefault(label, {})[name] = element
    # The search index: Material's search_index.json (ours is a stub) and, for this site, the
    # full index the worker fetches when search is opened.
    index = [out / "search" / "search_index.json", out / "search" / "cjk-index.json"]
    figures["search index gzip KB"] = sum(len(gzip.compress(f.read_bytes(), 6)) for f in index if f.exists()) / 1024
    report = evaluate(out, load_queries(), browser)
    median, p95 = report.latency()
    figures["search latency median ms"] = median
    figures["search latency p95 ms"] = p95
    figures["query set: intended page first %"] = 100 * report.first
    figures["query set: in top 3 %"] = 100 * report.top3
    print(f"  measured {name}", file=sys.stderr)
    return figures


def worker_latency(site: Path) -> list[str]:
    """Our worker alone, in node, over both visible query sets (no rendering)."""
    from policy_site.tools.worker_bench import SETS, run

    queries: dict[str, str] = {}
    for path in SETS:
        queries.update(load_queries(path))
    try:
        r = run(site, queries)
    except Exception as exc:  # node missing: the browser figures above still stand
        return [f"worker in node: not measured ({exc})"]
    return [f"worker in node over {len(queries)} queries (both visible sets): median {r['median']:.2f} ms, "
            f"p95 {r['p95']:.2f} ms; index setup {r['setupMs']:.0f} ms"]


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as p:
        tmp = Path(scratch)
        baseline = tmp / "baseline.yml"
        baseline_config(baseline)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ours = measure("this site", REPO / "mkdocs.yml", tmp / "site", browser)
        base = measure("baseline", baseline, tmp / "baseline-site", browser)
        for figures, (page_clock, harness) in zip((ours, base), first_result([tmp / "site", tmp / "baseline-site"], browser)):
            figures["first result after opening search ms"] = page_clock
            figures["first result after opening search ms, harness clock"] = harness
        browser.close()
        node_lines = worker_latency(tmp / "site")
    print(f"{'figure':42} {'this site':>12} {'baseline':>12} {'ratio':>8}")
    for key, value in ours.items():
        other = base[key]
        ratio = f"{value / other:.2f}" if other else "-"
        print(f"{key:42} {value:12.1f} {other:12.1f} {ratio:>8}")
    print("\nlargest contentful paint (median run):")
    for label, by_site in LCP_ELEMENTS.items():
        for name, element in by_site.items():
            print(f"  {label:8} {name:10} {element}")
    print("\n".join(["", *node_lines]))
    print("\naims: first visit to a measure page <= 65 KB gzip; second visit no more than the baseline's; "
          "on each page LCP within 10 % of FCP, LCP <= 1.2 s, performance 100, no render-blocking request;")
    print("search index <= 60 KB gzip; search latency p95 < 20 ms; first result after opening search on a cold page < 300 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
