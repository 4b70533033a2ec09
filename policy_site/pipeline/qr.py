"""QR codes of page addresses as inline SVG, generated at build time (segno, no JavaScript)."""

from __future__ import annotations

import html
import io
import re

import segno


def svg(url: str, label: str, scale: int = 4) -> str:
    """An inline <svg> of `url` with an accessible name; `label` should contain 二维码."""
    code = segno.make(url, error="m", micro=False)
    buf = io.BytesIO()
    code.save(buf, kind="svg", scale=scale, border=2, xmldecl=False, svgns=True, nl=False,
              svgclass="qr-code", lineclass=None, omitsize=False)
    out = buf.getvalue().decode("utf-8")
    name = html.escape(label, quote=True)
    return re.sub(r"^<svg\b", f'<svg role="img" aria-label="{name}"', out, count=1)


def png(url: str, path: str, scale: int = 8) -> None:
    """The same code as a PNG file (for the 图解 long image and print)."""
    segno.make(url, error="m", micro=False).save(path, kind="png", scale=scale, border=2)
