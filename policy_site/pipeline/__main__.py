"""Run the pipeline's generation steps without MkDocs, for inspection and for the day the
site moves off MkDocs:

    python -m policy_site.pipeline OUT_DIR [--docs DOCS_DIR] [--site-url URL]

Checks the pages first (the same gate as the build) and writes nothing if they fail; then
writes original.md, verification.md, the other generated pages (terms, actions, print,
changes, tujie with its SVG), each hand-written page's final Markdown under pages/ (markers
replaced: home-page glance, 文件信息 card, generated lists), pages.json, paragraphs.json and
short-links.json into OUT_DIR.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policy_site.fidelity.source import REPO_ROOT
from policy_site.pipeline import generated, tujie
from policy_site.pipeline.model import load
from policy_site.pipeline.site_pages import final_markdown, generated_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--docs", default=str(REPO_ROOT / "docs"))
    parser.add_argument("--site-url", default="http://127.0.0.1:8000/")
    args = parser.parse_args(argv)
    site = load(Path(args.docs))
    if not site.ok:
        for diag in site.diagnostics:
            print(diag.format(), file=sys.stderr)
        print(f"{len(site.diagnostics)} problem(s); nothing written", file=sys.stderr)
        return 1
    out = Path(args.out_dir)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    others = generated_pages(site, REPO_ROOT, args.site_url)
    (out / "tujie.svg").write_text(tujie.svg(tujie.content(site, args.site_url.rstrip("/") + "/tujie/")), encoding="utf-8")
    for name, text in others.items():
        (out / name).write_text(text, encoding="utf-8")
    existing = {p.rel for p in site.pages} | set(others)
    for page in site.pages:
        target = out / "pages" / page.rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(final_markdown(site, page.rel, "\n".join(page.lines), existing, args.site_url), encoding="utf-8")
    files = {**generated.exports(site, args.site_url), "short-links.json": generated.short_links(site)}
    for name, data in files.items():
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(site.pages)} pages, {len(site.paragraphs)} paragraphs written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
