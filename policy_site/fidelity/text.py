"""Plain text of a prose line: what is not prose (comments, code, link targets, attribute lists,
tags, ASCII identifiers) removed. Used by the figure, name and sentence checks alike."""

from __future__ import annotations

import re

# One definition of the character classes the checks, the search and the tools share.
CJK = "\u3400-\u9fff"  # CJK Extension A and Unified Ideographs: what the checks read as Chinese words
CJK_RE = re.compile(f"[{CJK}]")
CN_DIGITS = "一二三四五六七八九十"  # numerals as the text writes ordinals (亮点八, 问四) and small counts
CN_NUMERALS = CN_DIGITS + "两"
CN_FIGURE_CHARS = CN_DIGITS + "百千万两"  # the characters of a figure written in Chinese (三百, 两千)


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"

# What is not prose on a Markdown line, removed before looking for figures.
_NOT_PROSE = [
    re.compile(r"<!--.*?-->"),
    re.compile(r"<(script|style)\b.*?</\1\s*>", re.I),  # refused anyway (X001); its code is not prose
    re.compile(r"`[^`]*`"),
    re.compile(r"\]\([^)]*\)"),  # link targets (the text in [] stays)
    re.compile(r"\{[:#.][^}]*\}"),  # attribute lists
    re.compile(r"<[^>]+>"),  # HTML tags
    re.compile(r"[A-Za-z][A-Za-z0-9_-]*"),  # ASCII identifiers: q2-7, GDP, ids
]


def prose_text(line: str) -> str:
    for pattern in _NOT_PROSE:
        line = pattern.sub(" ", line)
    return line
