"""The source text: its pinned hash and its paragraphs with stable ids.

Ids come from the document's own structure and are public URL fragments on the
原文 page (/original/#q2-5); once published they never change:

    title        the title line
    q1 … q4      the four questions (一、问 … 四、问)
    q1-1 …       the answer paragraphs of each question, in order
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_PATH = REPO_ROOT / "source" / "original.txt"
# Pinned: the sha256 of ../shared/source/original.txt. Any change stops the build.
SOURCE_SHA256 = "d1cc0657edee86d7b3bb90ce6470cf764daf4543d64272c7a4ce7ce7b93d9b23"

QUESTION_RE = re.compile(r"^([一二三四])、问：")
QUESTION_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4}
CHINESE_ORDINALS = "一二三四五六七八九十"
# Layout whitespace at the ends of a paragraph: ASCII blanks, tabs, U+3000.
LAYOUT_WS = " \t\u3000\r"


class SourceError(Exception):
    """The source file is missing, changed or not in the expected shape."""


@dataclass(frozen=True)
class Paragraph:
    id: str
    text: str  # without layout whitespace at either end
    line: int  # 1-based line in source/original.txt
    question: int  # 0 for the title

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        """A short Chinese label: 标题, 问二, 问二·答第5段."""
        if self.id == "title":
            return "标题"
        q = "问" + CHINESE_ORDINALS[self.question - 1]
        if "-" not in self.id:
            return q
        return f"{q}·答第{self.id.split('-')[1]}段"


def read_source(path: Path = SOURCE_PATH, expected_sha256: str = SOURCE_SHA256) -> str:
    if not path.is_file():
        raise SourceError(f"{path}: source file is missing; it must be a copy of ../shared/source/original.txt")
    data = path.read_bytes()
    have = hashlib.sha256(data).hexdigest()
    if have != expected_sha256:
        raise SourceError(
            f"{path}: sha256 is {have}, pinned {expected_sha256}; "
            "the source must stay byte-identical to ../shared/source/original.txt"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:  # unreachable with the pinned hash, kept for custom paths
        raise SourceError(f"{path}: not UTF-8 ({exc})") from exc


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-empty line is a paragraph; ids follow the Q&A structure."""
    paragraphs: list[Paragraph] = []
    question = 0
    answer = 0
    for lineno, raw in enumerate(text.split("\n"), start=1):
        body = raw.strip(LAYOUT_WS)
        if not body:
            continue
        match = QUESTION_RE.match(body)
        if not paragraphs:
            pid = "title"
        elif match:
            question = QUESTION_NUMBERS[match.group(1)]
            answer = 0
            pid = f"q{question}"
        elif question == 0:
            raise SourceError(f"source line {lineno}: text between the title and the first question")
        else:
            answer += 1
            pid = f"q{question}-{answer}"
        paragraphs.append(Paragraph(pid, body, lineno, question))
    return paragraphs


def load_paragraphs(path: Path = SOURCE_PATH, expected_sha256: str = SOURCE_SHA256) -> list[Paragraph]:
    return split_paragraphs(read_source(path, expected_sha256))
