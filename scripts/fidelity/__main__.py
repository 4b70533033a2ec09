"""Check every page in docs/ against source/original.txt.

    python -m scripts.fidelity [DOCS_DIR]

Prints every problem as file:line: CODE message (and the source text it should
match), then a summary; exits 1 if there is any problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import dependencies
from .checks import check_site
from .diagnostics import CODES, promise
from .source import REPO_ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.fidelity", description=__doc__.splitlines()[0])
    parser.add_argument("docs_dir", nargs="?", default=str(REPO_ROOT / "docs"))
    parser.add_argument("--codes", action="store_true", help="list the diagnostic codes and exit")
    parser.add_argument("--promise", action="store_true", help="print what is checked, as the 核验 page says it, and exit")
    args = parser.parse_args(argv)
    if args.promise:
        print(promise())
        return 0
    if args.codes:
        for code, what in CODES.items():
            print(f"{code}  {what}")
        return 0
    missing = dependencies.problems()
    if missing:
        for problem in missing:
            print(f"cannot check: {problem}", file=sys.stderr)
        return 2
    result = check_site(Path(args.docs_dir))
    for diag in result.diagnostics:
        print(diag.format())
    cited = sum(1 for pages in result.citing_pages().values() if pages)
    summary = (f"{len(result.pages)} pages, {len(result.paragraphs)} source paragraphs "
               f"({cited} cited), {sum(len(p.quotes) for p in result.pages)} quotes: ")
    if result.ok:
        print(summary + "all match the source")
        return 0
    print(summary + f"{len(result.diagnostics)} problem(s)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
