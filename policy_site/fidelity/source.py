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

from .text import CN_DIGITS

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_PATH = REPO_ROOT / "source" / "original.txt"
# Pinned: the sha256 of ../shared/source/original.txt. Any change stops the build.
SOURCE_SHA256 = "d1cc0657edee86d7b3bb90ce6470cf764daf4543d64272c7a4ce7ce7b93d9b23"

QUESTION_RE = re.compile(r"^([一二三四])、问：")
QUESTION_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4}
CHINESE_ORDINALS = CN_DIGITS
# Layout whitespace at the ends of a paragraph: ASCII blanks, tabs, U+3000.
LAYOUT_WS = " \t\u3000\r"


PARAGRAPH_HASHES = REPO_ROOT / "source" / "paragraphs.sha256"


class SourceError(Exception):
    """The source file is missing, changed or not in the expected shape; `line` is where."""

    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.line = line


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
        where, line = _what_changed(data)
        raise SourceError(
            f"{path}: sha256 is {have}, pinned {expected_sha256}; {where}. "
            "The source must stay byte-identical to ../shared/source/original.txt", line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:  # unreachable with the pinned hash, kept for custom paths
        raise SourceError(f"{path}: not UTF-8 ({exc})") from exc


def _what_changed(data: bytes) -> tuple[str, int]:
    """Which paragraph differs from the pinned per-paragraph hashes, and its line."""
    if not PARAGRAPH_HASHES.is_file():
        return "no per-paragraph hashes to compare with", 1
    pinned = [tuple(line.split()) for line in PARAGRAPH_HASHES.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    try:
        paragraphs = split_paragraphs(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return f"it is not UTF-8 any more (byte {exc.start}): it was re-encoded", data[: exc.start].count(b"\n") + 1
    except SourceError as exc:
        return f"its structure changed ({exc})", exc.line
    have = [p.sha256 for p in paragraphs]
    want = [digest for _, digest in pinned]
    for i, (pid, digest) in enumerate(pinned):
        if i >= len(paragraphs):
            return f"paragraph {pid} and those after it are missing", paragraphs[-1].line if paragraphs else 1
        para = paragraphs[i]
        if para.sha256 == digest:
            continue
        if para.sha256 in want[i + 1:]:
            return f"paragraph {pid} is missing (line {para.line} is now the next one)", para.line
        if digest in have[i + 1:]:
            return f"a paragraph was added at line {para.line}, before {pid}: '{para.text[:40]}…'", para.line
        return f"paragraph {pid} (line {para.line}) changed: it now reads '{para.text[:40]}…'", para.line
    if len(paragraphs) != len(pinned):
        return f"it has {len(paragraphs)} paragraphs, pinned {len(pinned)}", paragraphs[-1].line if paragraphs else 1
    return "every paragraph's text is as pinned: only layout (whitespace at line ends, line endings or a BOM) changed", 1


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
            raise SourceError(f"source line {lineno}: text between the title and the first question", lineno)
        else:
            answer += 1
            pid = f"q{question}-{answer}"
        paragraphs.append(Paragraph(pid, body, lineno, question))
    return paragraphs


def load_paragraphs(path: Path = SOURCE_PATH, expected_sha256: str = SOURCE_SHA256) -> list[Paragraph]:
    return split_paragraphs(read_source(path, expected_sha256))
