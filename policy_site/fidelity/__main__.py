"""Check every page in docs/ against source/original.txt.

    python -m policy_site.fidelity [DOCS_DIR]

Prints every problem as file:line: CODE message (and the source text it should
match), then a summary; exits 1 if there is any problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from . import dependencies
from .checks import check_site
from .diagnostics import CODES, Diagnostic, promise
from .source import REPO_ROOT


def data_files(paragraphs: list) -> list[Diagnostic]:
    """The pipeline's data files held to the source (terms.yml, actions.yml): the build checks them
    as it renders their pages; the CLI checks them here, so it refuses what the build would. The
    CLI composes the two; the checker itself imports nothing of the pipeline."""
    from policy_site.pipeline import actions, terms

    out = []
    for path, problems in ((terms.TERMS_FILE, terms.check_terms(terms.load_terms(), paragraphs, terms.TERMS_FILE.name, terms.load_entries())),
                           (actions.ACTIONS_FILE, actions.check_actions(actions.load_actions(), paragraphs, actions.ACTIONS_FILE.name)[1])):
        lines = path.read_text(encoding="utf-8").split("\n")
        entries = [n for n, line in enumerate(lines, 1) if line.startswith("- ")]
        rel = path.relative_to(REPO_ROOT).as_posix()
        for problem in problems:
            entry = re.search(r"entry (\d+)", problem)
            term = re.search(r"term '([^']+)'", problem)
            line = (entries[int(entry.group(1)) - 1] if entry and int(entry.group(1)) <= len(entries)
                    else next((n for n, text in enumerate(lines, 1) if term and term.group(1) in text), 1))
            out.append(Diagnostic(rel, line, "D001", problem.split(": ", 1)[-1]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.fidelity", description=__doc__.splitlines()[0])
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
    if result.paragraphs:
        result.diagnostics += data_files(result.paragraphs)
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
