"""The manifest of every published URL and anchor: published-urls.txt.

    python -m policy_site.tools.url_manifest SITE_DIR           # compare the built site with the manifest
    python -m policy_site.tools.url_manifest SITE_DIR --write   # add the site's new URLs and anchors

A line is a page URL (/measures/financing/) or a URL with an anchor
(/measures/financing/#key-points): the ids of headings and of 原文 paragraphs. Once a
line is published it stays: if the page moved, a redirect (mkdocs-redirects, in
mkdocs.yml) must lead from the old URL to a page that still has the anchor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policy_site.pipeline.published_urls import MANIFEST_NAME, check, read_manifest

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / MANIFEST_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.tools.url_manifest")
    parser.add_argument("site_dir", nargs="?", default=str(REPO / "site"))
    parser.add_argument("--write", action="store_true", help="append the site's new URLs and anchors")
    args = parser.parse_args(argv)
    site_dir = Path(args.site_dir)
    manifest = read_manifest(MANIFEST) if MANIFEST.exists() else []
    broken, new = check(site_dir, manifest)
    for line in broken:
        print(f"BROKEN {line}")
    if args.write:
        header = "# Every published URL and anchor. Lines are only ever added: see policy_site/tools/url_manifest.py.\n"
        MANIFEST.write_text(header + "\n".join(sorted(set(manifest) | set(new))) + "\n", encoding="utf-8")
        print(f"{len(new)} new line(s) added to {MANIFEST.name}")
    else:
        for line in new:
            print(f"NEW {line}")
    print(f"{len(manifest)} published, {len(broken)} broken, {len(new)} not yet in the manifest")
    return 1 if broken or (new and not args.write) else 0


if __name__ == "__main__":
    sys.exit(main())
