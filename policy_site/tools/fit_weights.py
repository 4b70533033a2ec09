"""Fit the search worker's ranking weights to the query sets, or estimate by cross-validation
whether refitting them would help on queries the fit has not seen.

    python -m policy_site.tools.fit_weights [SITE_DIR] [--mode eval|fit|cv] [--folds 5]

`cv` fits on every set but one fold of the reader sets (tuning split and the validation splits 1
and 2), scores the fold, and sums over folds: if the fitted weights do not beat today's on the
folds they did not see, a refit only learns the sets. `fit` fits on all of them and prints the
weights it would change; edit RANK in the worker by hand. The
blind held-back splits (3 and later) are never used here. Runs the worker as the site ships it, in
node (policy_site/tools/fit_weights.js), on SITE_DIR/search/cjk-index.json.
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
# Sets a fit may learn from; cross-validation holds out folds of the reader sets only.
SETS = {"existing": TESTS / "search_queries.yml", "tuning": TESTS / "search_reader_queries.yml",
        "validation1": TESTS / "search_reader_queries_heldout.yml",
        "validation2": TESTS / "search_reader_queries_heldout2.yml"}
HELD = ["tuning", "validation1", "validation2"]


def run(site_dir: Path, sets: dict[str, dict[str, str]], mode: str = "eval", folds: int = 5,
        passes: int = 3, start: dict | None = None) -> dict:
    node = shutil.which("node")
    if not node:
        raise RuntimeError("node is not installed")
    site_dir = site_dir.resolve()  # node resolves require() paths against the script, not the cwd
    built = site_dir / "assets" / "javascripts" / "cjk-search-worker.js"
    job = {"sets": sets, "mode": mode, "folds": folds, "passes": passes, "held": HELD, "start": start or {}}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        json.dump(job, f, ensure_ascii=False)
        f.flush()
        out = subprocess.run([node, str(Path(__file__).with_name("fit_weights.js")), str(built),
                              str(site_dir / "search" / "cjk-index.json"), f.name],
                             capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(out.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.fit_weights")
    parser.add_argument("site_dir", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--mode", choices=["eval", "fit", "cv"], default="eval")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    sets = {name: load_queries(path) for name, path in SETS.items()}
    result = run(Path(args.site_dir), sets, args.mode, args.folds)
    for name, s in result["before"].items():
        print(f"{name}: {s['n']} queries; first {s['first']}, top 3 {s['top3']}")
    if args.mode == "fit":
        print("fitted weights:", json.dumps(result["weights"], ensure_ascii=False))
        for name, s in result["after"].items():
            print(f"  after: {name}: first {s['first']}, top 3 {s['top3']}")
    if args.mode == "cv":
        for i, fold in enumerate(result["folds"]):
            print(f"fold {i}: {fold['test']} queries; first {fold['before']['first']} -> {fold['after']['first']}, "
                  f"top 3 {fold['before']['top3']} -> {fold['after']['top3']}; {json.dumps(fold['weights'], ensure_ascii=False)}")
        cv = result["cv"]
        print(f"cross-validated: first {cv['before']['first']} -> {cv['after']['first']} of {cv['n']}, "
              f"top 3 {cv['before']['top3']} -> {cv['after']['top3']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
