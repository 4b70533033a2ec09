"""The PDF of the whole document, rendered by WeasyPrint from the /print/ document.

WeasyPrint: pure Python over Debian's Pango, no browser to drive, CSS paged media
(page breaks, running headers); with fonts-noto-cjk every Chinese glyph has a font.
Cached by the hash of what it is made from, so an unchanged rebuild does not redo it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

CSS_FILE = Path(__file__).with_name("pdf.css")


def enabled(command: str = "build") -> bool:
    """SITE_PDF=0 skips the PDF (the mutation self-test; `mkdocs serve` skips it unless SITE_PDF=1)."""
    value = os.environ.get("SITE_PDF")
    if value is not None:
        return value not in ("0", "", "false", "no")
    return command != "serve"


def content_hash(document: str) -> str:
    import weasyprint

    h = hashlib.sha256(document.encode("utf-8"))
    h.update(weasyprint.__version__.encode())
    h.update(CSS_FILE.read_bytes())  # a style change makes a new PDF too
    return h.hexdigest()[:20]


def build(document: str, out: Path, cache_dir: Path) -> tuple[Path, bool]:
    """Write the PDF of `document` (a full HTML string) to `out`; returns (out, from_cache)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached = cache_dir / f"{content_hash(document)}.pdf"
    hit = cached.is_file()
    if not hit:
        import weasyprint

        # A temporary name of this call's own: two builds at once (the test workers on a fresh clone)
        # had shared <hash>.tmp, and the second's rename found it gone. The rename is atomic, and both
        # write the same bytes.
        fd, name = tempfile.mkstemp(dir=cache_dir, prefix=cached.stem + ".", suffix=".tmp")
        os.close(fd)
        tmp = Path(name)
        try:
            weasyprint.HTML(string=document).write_pdf(tmp)
            tmp.replace(cached)
        finally:
            tmp.unlink(missing_ok=True)
    shutil.copyfile(cached, out)
    return out, hit


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"
