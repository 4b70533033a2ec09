"""The search worker's own latency and ranking, in node with the site's worker code.

    python -m policy_site.tools.worker_bench [SITE_DIR] [--queries FILE ...]
    python -m policy_site.tools.worker_bench [SITE_DIR] --test   (the test split's aggregate, once per round)

Runs overrides/assets/javascripts/cjk-search-worker.js on SITE_DIR/search/cjk-index.json
(each query once, in order, after one warm-up query) and prints per set the hit rates and
the median and p95 time per query. No browser: Material's rendering is not included.

A key-figures answer is right only when its row is: for each query labelled figures/ that
tests/search_figure_rows.yml gives rows for, the key-figures page must come first and the row it
shows first must be one of them (`rows_right`): a label "744家" names the row by its figure,
"20%@q3-3" by figure and paragraph where two rows give the same figure.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from policy_site.tools.search_eval import load_queries

REPO = Path(__file__).resolve().parents[2]
SETS = [REPO / "tests" / "search_queries.yml", REPO / "tests" / "search_reader_queries.yml"]
TEST = REPO / "tests" / "search_reader_queries_heldout11.yml"
ROWS = REPO / "tests" / "search_figure_rows.yml"  # query -> the key-figures rows that answer it (or null)


def figure_rows(path: Path = ROWS) -> dict[str, list[str]]:
    """Labelled rows, without the queries no single row answers (null)."""
    import yaml

    if not path.is_file():
        return {}
    return {str(q): [str(f) for f in rows] for q, rows in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items() if rows}


def rows_right(results: list[dict], rows: dict[str, list[str]]) -> tuple[list[dict], list[dict]]:
    """(right, wrong) among the results whose query is labelled figures/ and has rows: right when
    the key-figures page is first and its first row is one of the labelled ones."""
    right: list[dict] = []
    wrong: list[dict] = []
    for r in results:
        if r["expected"] == "figures/" and r["query"] in rows:
            shown = r.get("row") or ""
            hit = any(shown == label or shown.split("@")[0] == label for label in rows[r["query"]])
            (right if r["pages"][:1] == ["figures/"] and hit else wrong).append(r)
    return right, wrong


def rates(pages: dict[str, list[str]], queries: dict[str, str]) -> tuple[float, float]:
    """(first, top 3): the share of `queries` (query -> wanted page) whose wanted page is first, and
    in the first three, of the pages found for each query (`pages`, from `run`'s results)."""
    first = sum(pages[q][:1] == [want] for q, want in queries.items()) / len(queries)
    return first, sum(want in pages[q][:3] for q, want in queries.items()) / len(queries)


def run(site_dir: Path, queries: dict[str, str]) -> dict:
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node is not installed")
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False)
        f.flush()
        out = subprocess.run([node, str(Path(__file__).with_name("worker_bench.js")),
                              str(site_dir / "search" / "cjk-index.json"), f.name],
                             capture_output=True, text=True, check=True, timeout=300)
    data = json.loads(out.stdout)
    results = data["results"]
    ms = sorted(r["ms"] for r in results)
    first, top3 = rates({r["query"]: r["pages"] for r in results}, {r["query"]: r["expected"] for r in results})
    data.update(
        first=first, top3=top3,
        median=statistics.median(ms), p95=ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))],
    )
    return data


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.worker_bench")
    parser.add_argument("site_dir", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--queries", nargs="*", default=[str(p) for p in SETS])
    parser.add_argument("--test", action="store_true",
                        help="score the test split (tests/search_reader_queries_heldout11.yml) once: its aggregate only")
    parser.add_argument("--misses", action="store_true", help="also print each query whose page is not first")
    args = parser.parse_args(argv)
    if args.test:  # the test split: never a threshold, never read query by query (SEARCH.md)
        r = run(Path(args.site_dir), load_queries(TEST))
        print(f"test split: {len(r['results'])} queries; first {r['first']:.1%}; top 3 {r['top3']:.1%}")
        return 0
    every, rows = {}, figure_rows()
    for path in args.queries:
        queries = load_queries(Path(path))
        every.update(queries)
        r = run(Path(args.site_dir), queries)
        print(f"{Path(path).name}: {len(queries)} queries; first {r['first']:.1%}; top 3 {r['top3']:.1%}; "
              f"worker median {r['median']:.2f} ms, p95 {r['p95']:.2f} ms")
        for miss in (x for x in r["results"] if args.misses and x["pages"][:1] != [x["expected"]]):
            rank = miss["pages"].index(miss["expected"]) + 1 if miss["expected"] in miss["pages"] else "-"
            print(f"  miss (rank {rank}): {miss['query']} -> want {miss['expected'] or 'home'}; got {miss['pages'][:3]}")
        right, wrong = rows_right(r["results"], rows)
        if right or wrong:
            print(f"  key-figures rows: {len(right)} of {len(right) + len(wrong)} right (the page first, showing a row that answers)")
        for miss in (x for x in wrong if args.misses and x["pages"][:1] == ["figures/"]):
            print(f"  row miss: {miss['query']} -> want {' / '.join(rows[miss['query']])}; shows {miss['row']}")
    r = run(Path(args.site_dir), every)
    print(f"all {len(every)} queries: worker median {r['median']:.2f} ms, p95 {r['p95']:.2f} ms "
          f"(index setup {r['setupMs']:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
