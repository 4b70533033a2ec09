"""Plain text of a prose line: what is not prose (comments, code, link targets, attribute lists,
tags, ASCII identifiers) removed. Used by the figure, name and sentence checks alike."""

from __future__ import annotations

import re

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
