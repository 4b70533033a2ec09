"""Each ranking rule and constant of the search worker, switched off in turn (issue 21).

    python -m policy_site.tools.search_ablation [SITE_DIR] [--without KEY ...] [--keys KEY ...]

Runs overrides/assets/javascripts/cjk-search-worker.js in node on SITE_DIR/search/cjk-index.json
over the tuning sets (the existing set and the reader tuning split) and the validation sets
(held-back splits 1–10; never the test split), once as it is and once with each key of the
worker's RANK off (a switch false, a number at its neutral value: policy_site/tools/search_ablation.js).
Prints per key the queries it gains (first place with it on minus with it off; top three in
brackets) on each group and on both together. A key that gains less than one query in a hundred
of both together does not earn its place. `--without` measures the search with those keys off
(e.g. all the candidates for removal at once); with `--restore`, what switching each of them
back on gains from there. `--greedy [--budget N] [--keep KEY ...]`: backward elimination, the
least useful key off again and again while at most N first places are lost in all.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from policy_site.tools.search_eval import load_queries

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
TUNING = [TESTS / "search_queries.yml", TESTS / "search_reader_queries.yml"]
# Splits 1-10 and 12-85 (12-85: validation since rounds 3-75); 11 is the test split; the next blind split is 86.
VALIDATION = [TESTS / f"search_reader_queries_heldout{s}.yml" for s in ("", *map(str, range(2, 11)), *map(str, range(12, 86)))]


def sets() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"tuning": {}, "validation": {}}
    for group, paths in (("tuning", TUNING), ("validation", VALIDATION)):
        for path in paths:
            out[group].update(load_queries(path))
    return out


def run(site_dir: Path, without: list[str] | None = None, keys: list[str] | None = None, restore: bool = False,
        greedy: bool = False, budget: int = 0, keep: list[str] | None = None) -> dict:
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node is not installed")
    job = {"sets": sets(), "without": without or [], "keys": keys, "restore": restore,
           "greedy": greedy, "budget": budget, "keep": keep or []}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        json.dump(job, f, ensure_ascii=False)
        f.flush()
        out = subprocess.run([node, str(Path(__file__).with_name("search_ablation.js")),
                              str(Path(site_dir).resolve() / "search" / "cjk-index.json"), f.name],
                             capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(out.stdout)


def table(result: dict, restore: bool = False) -> list[str]:
    base = result["base"]
    n = sum(s["n"] for s in base.values())
    lines = ["base: " + "; ".join(f"{g} {s['first']}/{s['n']} first, {s['top3']} top 3" for g, s in base.items()),
             f"{'key':<18} {'value':>8} {'off':>8} {'tuning':>10} {'validation':>12} {'together':>10}  earns (≥ {n / 100:.1f})"]
    order = -1 if restore else 1
    for key, k in sorted(result["keys"].items(), key=lambda kv: -order * sum(base[g]["first"] - kv[1]["counts"][g]["first"] for g in base)):
        sign = -1 if restore else 1  # restored: what switching it back on gains
        gain = {g: sign * (base[g]["first"] - k["counts"][g]["first"]) for g in base}
        top = {g: sign * (base[g]["top3"] - k["counts"][g]["top3"]) for g in base}
        total = sum(gain.values())
        lines.append(f"{key:<18} {k['value']!s:>8} {k['off']!s:>8} {gain['tuning']:>+5} ({top['tuning']:+d}) "
                     f"{gain['validation']:>+6} ({top['validation']:+d}) {total:>+5} ({sum(top.values()):+d})  "
                     f"{'yes' if total >= n / 100 else 'no'}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.search_ablation")
    parser.add_argument("site_dir", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--without", nargs="*", default=[], help="keys switched off before measuring")
    parser.add_argument("--keys", nargs="*", default=None, help="only these keys (default: every key of RANK)")
    parser.add_argument("--restore", action="store_true", help="switch each key of --without back on in turn")
    parser.add_argument("--greedy", action="store_true",
                        help="backward elimination: switch off the least useful key, again and again, while the loss "
                             "from the start stays within --budget first places; prints the path")
    parser.add_argument("--budget", type=int, default=0, help="first places --greedy may lose in all (default 0)")
    parser.add_argument("--keep", nargs="*", default=[], help="keys --greedy leaves on (behaviours the sets do not measure)")
    args = parser.parse_args(argv)
    if args.greedy:
        result = run(Path(args.site_dir), args.without, greedy=True, budget=args.budget, keep=args.keep)
        base = result["base"]
        print("base: " + "; ".join(f"{g} {s['first']}/{s['n']} first, {s['top3']} top 3" for g, s in base.items()))
        for step, item in enumerate(result["path"], 1):
            print(f"{step:>2}. without {item['k']:<18} " + "; ".join(
                f"{g} {s['first']} ({s['first'] - base[g]['first']:+d}) first, {s['top3']} top 3" for g, s in item["counts"].items()))
        return 0
    print("\n".join(table(run(Path(args.site_dir), args.without, args.keys, args.restore), args.restore)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
