"""QR codes of page addresses, generated at build time (segno, no JavaScript): inline SVG (the
print page, the 图解) or an SVG file of its own (each page's 手机扫码打开, fetched only when opened)."""

from __future__ import annotations

import functools
import html
import io
import re

import segno

BORDER = 2  # modules of white margin on each side


@functools.cache  # each page's address is encoded for its size and its file
def _code(url: str) -> segno.QRCode:
    return segno.make(url, error="m", micro=False)


def svg(url: str, label: str, scale: int = 4) -> str:
    """An inline <svg> of `url` with an accessible name; `label` should contain 二维码."""
    buf = io.BytesIO()
    _code(url).save(buf, kind="svg", scale=scale, border=BORDER, xmldecl=False, svgns=True, nl=False,
                    svgclass="qr-code", lineclass=None, omitsize=False)
    out = buf.getvalue().decode("utf-8")
    name = html.escape(label, quote=True)
    return re.sub(r"^<svg\b", f'<svg role="img" aria-label="{name}"', out, count=1)


def size(url: str, scale: int = 4) -> int:
    """The side, in CSS pixels, of `file(url, scale)`: what the <img> showing it reserves."""
    return int(_code(url).symbol_size(scale=scale, border=BORDER)[0])


def file(url: str, scale: int = 4) -> str:
    """A standalone SVG file of `url`'s code: one module per unit of its viewBox, `size(url,
    scale)` pixels wide and high, no name of its own (the <img> showing it carries the alt)."""
    buf = io.BytesIO()
    _code(url).save(buf, kind="svg", scale=1, border=BORDER, xmldecl=False, svgns=True, nl=False,
                    svgclass=None, lineclass=None, omitsize=True)
    side = size(url, scale)
    return buf.getvalue().decode("utf-8").replace("<svg ", f'<svg width="{side}" height="{side}" ', 1) + "\n"


def png(url: str, path: str, scale: int = 8) -> None:
    """The same code as a PNG file (for the 图解 long image and print)."""
    _code(url).save(path, kind="png", scale=scale, border=BORDER)
