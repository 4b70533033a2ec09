"""Run the pipeline's generation steps without MkDocs, for inspection and for the day the
site moves off MkDocs:

    python -m scripts.build OUT_DIR [--docs DOCS_DIR] [--site-url URL]

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

from scripts.build import accessibility, generated, glance, tujie, whole_document
from scripts.build.model import load
from scripts.fidelity.pages import GENERATED_MARKER_RE
from scripts.fidelity.source import REPO_ROOT


def _url(rel: str) -> str:
    """The page address MkDocs gives a source file (use_directory_urls)."""
    stem = rel[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return "/" + (stem.rstrip("/") + "/" if stem else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.build", description=__doc__.splitlines()[0])
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
    (out / "original.md").write_text(generated.original_page(site), encoding="utf-8")
    (out / "verification.md").write_text(generated.verification_page(site), encoding="utf-8")
    others = whole_document.generated_pages(site, REPO_ROOT)
    content = tujie.content(site, args.site_url.rstrip("/") + "/tujie/")
    svg = tujie.svg(content)
    others["tujie.md"] = tujie.markdown(content, svg)
    others[accessibility.PAGE] = accessibility.statement_page()
    (out / "tujie.svg").write_text(svg, encoding="utf-8")
    for name, text in others.items():
        (out / name).write_text(text, encoding="utf-8")
    existing = {p.rel for p in site.pages} | set(others) | {"original.md", "verification.md"}
    for page in site.pages:
        markdown = whole_document.with_card(site, "\n".join(page.lines), page.rel, _url(page.rel))
        markdown = GENERATED_MARKER_RE.sub(
            lambda m: glance.render(m.group(1), site, existing) if m.group(1) in glance.MARKERS else m.group(0), markdown)
        target = out / "pages" / page.rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(generated.page_markdown(site, page.rel, markdown, args.site_url), encoding="utf-8")
    files = {**generated.exports(site, args.site_url), "short-links.json": generated.short_links(site)}
    for name, data in files.items():
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(site.pages)} pages, {len(site.paragraphs)} paragraphs written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
