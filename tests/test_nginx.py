"""deploy/nginx.conf serving the built site in a real nginx (Debian's, installed by scripts/test.sh):
headers, gzip_static, caching, 404, redirects, and the build's server files kept private.

SITE_DIR=site runs these against a build made beforehand (the deploy workflow's, which it publishes)."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO

DEPLOY_ROOT = "/srv/ip-sme/site"
MAIN_CONF = """\
daemon off;
master_process off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
{server}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
    if not found:
        pytest.fail("nginx is missing: run scripts/test.sh, which installs Debian's nginx")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_config(site_dir: Path, port: int) -> str:
    """deploy/nginx.conf with the built site as root, on a loopback port."""
    conf = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert conf.count(DEPLOY_ROOT) >= 3, "root and both generated includes"
    conf = conf.replace(DEPLOY_ROOT, str(site_dir))
    conf = re.sub(r"^\s*listen \[::\]:80;\n", "", conf, flags=re.M)
    conf, n = re.subn(r"^(\s*)listen 80;", rf"\1listen 127.0.0.1:{port};", conf, flags=re.M)
    assert n == 1
    return conf


@pytest.fixture(scope="module")
def served(request) -> Path:
    """The build to serve: $SITE_DIR if set, else the session's strict build (conftest's site_dir)."""
    if os.environ.get("SITE_DIR"):
        return Path(os.environ["SITE_DIR"]).resolve()
    return request.getfixturevalue("site_dir")


@pytest.fixture(scope="module")
def nginx(served, tmp_path_factory):
    binary = nginx_binary()
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(MAIN_CONF.format(prefix=prefix, server=site_config(served, port)), encoding="utf-8")
    args = [binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 15
        while True:
            if proc.poll() is not None:
                pytest.fail(f"nginx exited: {proc.stderr.read()}{(prefix / 'error.log').read_text(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("nginx did not start listening")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(_NoRedirect)


def get(url: str, **headers) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity", **headers})
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def built_policy(site: Path) -> str:
    line = next(l for l in (site / "_headers").read_text(encoding="utf-8").splitlines()
                if l.strip().startswith("Content-Security-Policy:"))
    return line.split(":", 1)[1].strip()


SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


def assert_security_headers(headers: dict[str, str], site: Path) -> None:
    assert headers.get("Content-Security-Policy") == built_policy(site)
    for name, value in SECURITY.items():
        assert headers.get(name) == value, name
    assert "camera=()" in headers.get("Permissions-Policy", "")


def test_html_has_the_build_policy_security_headers_and_no_cache(nginx, served):
    status, headers, body = get(nginx + "/measures/financing/")
    assert status == 200
    assert_security_headers(headers, served)
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "unsafe-inline" not in policy
    # The header allows exactly the scripts the pages' own meta tags allow.
    metas = set()
    for path in served.rglob("*.html"):
        meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', path.read_text(encoding="utf-8"))
        metas.update(re.findall(r"'sha256-[^']+'", meta.group(1)))
    assert set(re.findall(r"'sha256-[^']+'", policy)) == metas
    assert headers["Cache-Control"] == "no-cache"
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "缓解小微企业融资难" in body.decode("utf-8")


def test_the_precompressed_file_is_served_with_gzip(nginx, served):
    for path in ("/", "/assets/site.css", "/pages.json"):
        status, headers, body = get(nginx + path, **{"Accept-Encoding": "gzip"})
        on_disk = served / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        assert status == 200 and headers.get("Content-Encoding") == "gzip", path
        assert body == on_disk.with_name(on_disk.name + ".gz").read_bytes(), f"{path}: not the build's .gz"
        assert gzip.decompress(body) == on_disk.read_bytes()
        assert "Accept-Encoding" in headers.get("Vary", "")
    _, headers, body = get(nginx + "/assets/site.css")
    assert "Content-Encoding" not in headers and body == (served / "assets/site.css").read_bytes()


def test_fingerprinted_assets_are_immutable_and_others_are_not(nginx, served):
    fingerprinted = sorted(served.glob("assets/javascripts/bundle.*.min.js")) + sorted(
        served.glob("assets/stylesheets/main.*.min.css"))
    assert len(fingerprinted) == 2
    for path in fingerprinted:
        status, headers, _ = get(nginx + "/" + path.relative_to(served).as_posix())
        assert status == 200
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable", path
        assert headers.get("Content-Security-Policy") == built_policy(served), "add_header inheritance"
    for path in ("/assets/site.css", "/assets/copy-link.js", "/assets/javascripts/cjk-search-worker.js"):
        status, headers, _ = get(nginx + path)
        assert status == 200 and headers["Cache-Control"] == "public, max-age=300", path


def test_missing_url_gets_the_site_404_page_with_status_404(nginx, served):
    status, headers, body = get(nginx + "/no-such-page/")
    assert status == 404
    assert body == (served / "404.html").read_bytes()
    assert_security_headers(headers, served)


def test_short_link_is_a_real_301_to_its_measure(nginx, served):
    status, headers, _ = get(nginx + "/m/1/")
    assert status == 301
    assert headers["Location"] == "/measures/core-competitiveness/"
    assert_security_headers(headers, served)
    status, headers, body = get(nginx + headers["Location"])
    assert status == 200 and "提升小微企业核心竞争力" in body.decode("utf-8")
    for n in range(1, 9):
        status, headers, _ = get(nginx + f"/m/{n}/")
        assert status == 301 and headers["Location"].startswith("/measures/")


def test_build_files_for_the_server_are_not_served(nginx, served):
    assert (served / "_server" / "headers.conf").exists()
    for path in ("/_server/headers.conf", "/_server/redirects.conf", "/_server/", "/_headers", "/_server/headers.conf.gz"):
        status, _, body = get(nginx + path)
        assert status == 404, path
        assert b"add_header" not in body and b"location =" not in body


def test_search_works_under_the_servers_header_policy(nginx, browser):
    """The header CSP also governs the search worker (a worker takes its policy from its own
    response, not from the page's meta tag): the loader, its importScripts and the index fetch
    must all pass it, and the browser must report no violation."""
    page = browser.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(nginx + "/measures/financing/")
    page.keyboard.press("s")
    page.locator("input.md-search__input").fill("专利保险")
    page.locator("input.md-search__input").press("End")
    page.locator(".md-search-result__item > a:first-child[href*='patent-insurance']").first.wait_for(timeout=10000)
    page.close()
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m], messages
