"""Mutation self-test of the fidelity checker on the real pages.

Changes one character in each quote and one digit in each figure of docs/, one
mutation at a time, in a scratch copy, and counts how many the checker refuses
("killed"). A surviving mutation means a quote or figure the build does not protect.

    python -m scripts.mutation_selftest [--sample N] [--build K]

--sample N   test only every k-th mutation so that about N run (default: all)
--build K    also run the real `mkdocs build --strict` on K of them (default 0)
Exits 1 if any mutation survives.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.fidelity.checks import check_site, prose_text
from scripts.fidelity.figures import find_figures
from scripts.fidelity.pages import read_page

REPO = Path(__file__).resolve().parents[1]
CN_NEXT = {"一": "二", "二": "三", "三": "四", "四": "五", "五": "六", "六": "七", "七": "八",
           "八": "九", "九": "十", "十": "九", "两": "三", "百": "千", "千": "百", "万": "千"}


@dataclass
class Mutation:
    rel: str
    line: int  # 1-based
    col: int  # 0-based
    new: str
    what: str

    def apply(self, text: str) -> str:
        lines = text.split("\n")
        row = lines[self.line - 1]
        lines[self.line - 1] = row[: self.col] + self.new + row[self.col + 1:]
        return "\n".join(lines)


def _other_char(ch: str) -> str:
    if ch.isdigit():
        return str((int(ch) + 1) % 10)
    if ch in CN_NEXT:
        return CN_NEXT[ch]
    return chr(ord(ch) + 1)


def mutations(docs: Path) -> list[Mutation]:
    out: list[Mutation] = []
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        page = read_page(path, rel, [])
        for quote in page.quotes:
            for line, excerpt in quote.excerpts:
                raw = page.lines[line - 1]
                col = raw.index(excerpt) + len(excerpt) // 2
                out.append(Mutation(rel, line, col, _other_char(raw[col]), f"quote char '{raw[col]}'"))
        for line, raw in page.prose:
            text = prose_text(raw)  # same length? no: find figures, then locate them in the raw line
            seen = 0
            for _, figure in find_figures(text):
                col = raw.find(figure, seen)
                if col < 0:
                    continue
                seen = col + len(figure)
                digit = next((i for i, ch in enumerate(figure) if ch.isdigit() or ch in CN_NEXT), 0)
                out.append(Mutation(rel, line, col + digit, _other_char(figure[digit]), f"figure '{figure}'"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.mutation_selftest")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--build", type=int, default=0)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for item in ("docs", "overrides", "scripts", "source"):
            shutil.copytree(REPO / item, root / item)
        shutil.copy(REPO / "mkdocs.yml", root)
        docs = root / "docs"
        if not check_site(docs).ok:
            print("the unmutated site does not pass the checker; fix that first", file=sys.stderr)
            return 2
        todo = mutations(docs)
        total = len(todo)
        if args.sample and args.sample < total:
            step = total / args.sample
            todo = [todo[int(i * step)] for i in range(args.sample)]
        killed, survivors = 0, []
        build_every = max(1, len(todo) // args.build) if args.build else 0
        builds = builds_failed = 0
        for n, mutation in enumerate(todo):
            path = docs / mutation.rel
            original = path.read_text(encoding="utf-8")
            path.write_text(mutation.apply(original), encoding="utf-8")
            try:
                if not check_site(docs).ok:
                    killed += 1
                else:
                    survivors.append(mutation)
                if build_every and n % build_every == 0 and builds < args.build:
                    builds += 1
                    result = subprocess.run(
                        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"),
                         "-d", str(root / "site")], capture_output=True, text=True, cwd=root)
                    builds_failed += result.returncode != 0
            finally:
                path.write_text(original, encoding="utf-8")
        for m in survivors:
            print(f"SURVIVED {m.rel}:{m.line}: {m.what} -> '{m.new}'")
        print(f"mutations: {len(todo)} of {total} tested, {killed} killed, {len(survivors)} survived")
        if args.build:
            print(f"strict builds on mutated pages: {builds}, failed: {builds_failed}")
        return 0 if not survivors and builds_failed == builds else 1


if __name__ == "__main__":
    sys.exit(main())
