"""Shared fixtures: one strict build of the real site, a local server, Debian's Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policy_site.tools.search_eval import CHROMIUM_ARGS, serve

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"


def mkdocs_build(site_dir: Path, *, config: Path = REPO / "mkdocs.yml", env: dict | None = None) -> subprocess.CompletedProcess:
    """The real build command, strict, as CI and the README run it. Only the session build makes
    the PDF (SITE_PDF=1 there) and the Zopfli .gz files (SITE_ZOPFLI=1); the other builds skip
    them (SITE_PDF=0, SITE_ZOPFLI=0: level 9) to keep the suite fast."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SITE_PDF": "0", "SITE_ZOPFLI": "0", **(env or {})},
    )


def in_worker(site_dir: Path, body: str):
    """Run JavaScript `body` in node with the built search worker as `w`, set up on the built index
    (`d`); `body` sets `out` (declared or not), which comes back as JSON. The worker's own code, as the browser runs it."""
    import json

    worker = site_dir / "assets" / "javascripts" / "cjk-search-worker.js"
    index = site_dir / "search" / "cjk-index.json"
    script = ("globalThis.self={addEventListener(){},postMessage(){},location:{href:'http://x/a/b.js'}};"
              f"const w=require({json.dumps(str(worker))});"
              f"const d=JSON.parse(require('fs').readFileSync({json.dumps(str(index))},'utf8'));w.setup(d);"
              + body + ";process.stdout.write(JSON.stringify(out),()=>process.exit(0));")
    return json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True, timeout=60).stdout)


def scripts_ran(page) -> None:
    """Wait for the page's scripts, added after the first paint (policy_site/pipeline/first_paint.py):
    Material's bundle swaps <html>'s no-js class for js, and it runs after reader-controls.js (the
    字号/关怀模式 buttons work from then on; our other scripts come after the bundle)."""
    page.wait_for_function("() => document.documentElement.classList.contains('js')")


def search_shortcut(page) -> None:
    """Press Material's search shortcut ("s") once its scripts have run, again as a reader would if
    the first press came before the bundle had mounted its handlers, until the box has the focus
    (fails after 20 presses, 6 s). Waiting for the network to go quiet is not enough: the scripts are
    added after the first paint, and on a loaded machine that can come after 500 ms of quiet (CI)."""
    scripts_ran(page)
    for _ in range(20):
        page.keyboard.press("s")
        if page.evaluate("document.activeElement.matches('input.md-search__input')"):
            return
        page.wait_for_timeout(300)
    raise AssertionError("the search shortcut never focused the search box")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, worker_id) -> Path:
    """The session's build, made once for all of pytest-xdist's workers (their base temporary folders
    share a parent): the first worker to take the lock builds, the others wait and read it. No test
    writes into it (those that change a site copy it first). fcntl rather than the filelock package
    pytest-xdist's docs suggest: one lock on one machine needs nothing more."""
    import fcntl

    root = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    out, done = root / "session-build" / "site", root / "session-build" / "built"
    with open(root / "session-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            result = mkdocs_build(out, env={"SITE_PDF": "1", "SITE_ZOPFLI": "1"})
            assert result.returncode == 0, result.stdout + result.stderr
            done.write_text("ok\n", encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def site_url(site_dir) -> str:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/test.sh, which installs Debian's chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
