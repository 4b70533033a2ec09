"""Minify the site's own CSS and JavaScript in the built output (Material ships its files
minified; ours are kept readable in the repo). rcssmin and rjsmin: small, maintained
minifiers that only drop comments and whitespace, so nothing is renamed or rewritten."""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

# Material's own files: fingerprinted *.min.* bundles and the lunr/worker folders.
_MATERIAL_DIRS = ("lunr", "workers")


def ours(site_dir: Path) -> list[Path]:
    """The CSS and JavaScript files under assets/ that are not Material's."""
    out = []
    for path in sorted((site_dir / "assets").rglob("*")):
        if path.suffix not in (".css", ".js") or ".min." in path.name or not path.is_file():
            continue
        if any(part in _MATERIAL_DIRS for part in path.relative_to(site_dir / "assets").parts):
            continue
        out.append(path)
    return out


def minify_text(text: str, suffix: str) -> str:
    return rcssmin.cssmin(text) if suffix == ".css" else rjsmin.jsmin(text)


def minify_assets(site_dir: Path) -> dict[str, tuple[int, int]]:
    """Rewrite each of our assets minified; returns {path: (bytes before, bytes after)}."""
    sizes = {}
    for path in ours(site_dir):
        text = path.read_text(encoding="utf-8")
        small = minify_text(text, path.suffix)
        path.write_text(small, encoding="utf-8")
        sizes[path.relative_to(site_dir).as_posix()] = (len(text.encode()), len(small.encode()))
    return sizes
