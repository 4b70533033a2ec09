"""`python -m policy_site.adapters.finalize SITE_DIR [-f mkdocs.yml]`: run the finalize pass
(policy_site/pipeline/finalize.py) over a folder that MkDocs or another tool built from this
project, with the settings of mkdocs.yml. It checks the pages against the source first and
refuses to touch the folder if they fail. Exit status 1 on any problem, with the reasons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs.config import load_config

from policy_site.adapters.mkdocs_plugin import output_of
from policy_site.pipeline import finalize, generated
from policy_site.pipeline.model import failure_message, load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy_site.adapters.finalize", description=__doc__.splitlines()[0])
    parser.add_argument("site_dir")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    args = parser.parse_args(argv)
    config = load_config(args.config_file, site_dir=str(Path(args.site_dir).resolve()))
    model = load(Path(config["docs_dir"]), Path(config["config_file_path"]).parent / "source" / "original.txt")
    if not model.ok:
        print(failure_message(model.diagnostics), file=sys.stderr)
        return 1
    out = output_of(config, model, serve=False)
    out.redirects = sorted({*out.redirects, *generated.short_links(model)})  # what the plugin adds on_config
    try:
        finalize.run(out)
    except finalize.FinalizeError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"finalized {out.site_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
