"""MkDocs hook: a Content-Security-Policy generated from the build output.

Runs last (it is the last hook in mkdocs.yml), after every plugin has written its
HTML: each page gets a <meta http-equiv="Content-Security-Policy"> that allows its
own inline scripts by sha256 hash and nothing from another origin, and the site root
gets a `_headers` file (Netlify / Cloudflare Pages format) with the same policy for
all paths, plus the directives a meta tag cannot carry. No library produces a CSP
from a static site's output, so the few lines are written here.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.content_security_policy")

INLINE_SCRIPT_RE = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
NOT_JS_TYPE_RE = re.compile(r'\btype="(?!text/javascript|module)[^"]*"', re.I)
HEAD_RE = re.compile(r"(<head[^>]*>\s*(?:<meta charset=[^>]*>)?)", re.I)

BASE_POLICY = [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]
# Only honoured as an HTTP header, not in a meta tag.
HEADER_ONLY = ["frame-ancestors 'self'"]


def script_hashes(html: str) -> list[str]:
    hashes = []
    for attrs, body in INLINE_SCRIPT_RE.findall(html):
        if NOT_JS_TYPE_RE.search(attrs):
            continue  # data blocks such as Material's __config JSON are not executed
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return sorted(set(hashes))


def policy(hashes: list[str]) -> str:
    return "; ".join([*BASE_POLICY, "script-src 'self' " + " ".join(hashes) if hashes else "script-src 'self'"])


def apply(site_dir: Path) -> list[str]:
    """Add the meta tag to every HTML file; return the union of inline-script hashes."""
    union: set[str] = set()
    for path in sorted(site_dir.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="Content-Security-Policy"' in html:
            continue
        hashes = script_hashes(html)
        union.update(hashes)
        meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
        html, n = HEAD_RE.subn(lambda m: m.group(1) + "\n    " + meta, html, count=1)
        if n != 1:
            raise ValueError(f"{path}: no <head> to put the Content-Security-Policy in")
        path.write_text(html, encoding="utf-8")
    return sorted(union)


_command = "build"


def on_startup(command, dirty):
    global _command
    _command = command


def on_post_build(config):
    if _command == "serve":
        # `mkdocs serve` injects its live-reload inline script into every response; a CSP
        # would block it. The policy is for what gets published, which `build` writes.
        log.info("Content-Security-Policy not applied under `mkdocs serve`")
        return
    site_dir = Path(config["site_dir"])
    hashes = apply(site_dir)
    headers = "; ".join([policy(hashes), *HEADER_ONLY])
    (site_dir / "_headers").write_text(
        "/*\n"
        f"  Content-Security-Policy: {headers}\n"
        "  X-Content-Type-Options: nosniff\n"
        "  Referrer-Policy: strict-origin-when-cross-origin\n",
        encoding="utf-8",
    )
