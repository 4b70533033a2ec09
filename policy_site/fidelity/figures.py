"""Finding figures (numbers with their units, dates, counts) in Chinese prose.

No library segments Chinese numerals with their measure words the way this check
needs (jieba splits 2014年1-6月 and keeps 十五个方面 whole or not depending on its
dictionary), so the patterns are written here and tested in tests/test_figures.py.
"""

from __future__ import annotations

import re
import unicodedata

from .text import CN_FIGURE_CHARS

# \d also matches full-width digits, so １２３３０ is found (and then not found in the source).
_NUM = r"\d+(?:[.,，]\d+)*"
_DATE = rf"{_NUM}年(?:[底初末中]|{_NUM}(?:[-－~～至]{_NUM})?月(?:{_NUM}日)?)?|{_NUM}(?:[-－~～至]{_NUM})?月(?:{_NUM}日)?"
_MEASURE = "个方面|个|家|件|倍|项|次|名|人|种|级|条|批|位|户|类"
_ARABIC = rf"(?:{_DATE}|{_NUM}(?:[-－~～至]{_NUM})?(?:[%％]|[万亿]?元|[万亿]|{_MEASURE}|年|日)?)"
_CN_DIGITS = CN_FIGURE_CHARS
_CHINESE = rf"[{_CN_DIGITS}]+(?:{_MEASURE}|年)"

FIGURE_RE = re.compile(
    rf"(?<![0-9０-９.\-{_CN_DIGITS}第])(?:{_ARABIC}|{_CHINESE})"
)

# Counts of one (一个, 一家, 一项) are everyday words, not figures.
_NOT_FIGURES = re.compile(rf"^一(?:{_MEASURE}|年)$")
# Terms that contain a numeral but count nothing; blanked before scanning.
_TERMS = re.compile("二次开发")


def find_figures(text: str) -> list[tuple[int, str]]:
    """Return (offset, figure) for every figure in `text`."""
    found = []
    text = _TERMS.sub(lambda m: " " * len(m.group(0)), text)
    for match in FIGURE_RE.finditer(text):
        figure = match.group(0)
        if _NOT_FIGURES.match(figure):
            continue
        found.append((match.start(), figure))
    return found


def digits_of(figure: str) -> str:
    """The Arabic digits of a figure, for suggesting the source's spelling."""
    return "".join(str(unicodedata.digit(ch)) for ch in figure if ch.isdigit())
