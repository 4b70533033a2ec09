"""The one pass over the built output folder, after every page is written.

Everything that must work on the built HTML and files runs here, in the order of `STEPS`,
written once. The MkDocs adapter calls `run` at the end of a build; the same pass runs as its
own command over a folder another tool built (`python -m policy_site.adapters.finalize`).

Each step reads only the output folder and the `Output` record (the site model, the site's
address and name, the theme's template folders, the redirects): no state is carried over from
page events. A step that fails raises `FinalizeError` naming what is wrong.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from policy_site.fidelity import published
from policy_site.fidelity.model import NEEDS
from policy_site.pipeline import csp, first_paint, generated, minify, phone, purge_css, search_reader, server, tujie, whole_document
from policy_site.pipeline.model import SiteModel, failure_message
from policy_site.pipeline.publish import is_publishing
from policy_site.pipeline.published_urls import MANIFEST_NAME, publishing_problems
from policy_site.search.build_index import SearchIndexError, write_index


class FinalizeError(Exception):
    """A finalize step refused the output; the message says which file and why."""


@dataclass
class Output:
    site_dir: Path
    model: SiteModel
    project_root: Path  # the folder of mkdocs.yml, docs/ and source/
    site_url: str
    site_name: str
    theme_dirs: list[str]
    redirects: list[str] = field(default_factory=list)  # source paths mkdocs-redirects wrote stubs for
    extra_templates: list[str] = field(default_factory=list)  # inline scripts of plugins' own HTML (redirect stubs)
    serve: bool = False  # `mkdocs serve`: report problems instead of failing; no CSP (live reload is inline)
    # Each page's version (a hash of its rendered content), from the page events; when run as a
    # command over a built folder, read from the pages that show theirs in the 引用本页 line.
    versions: dict[str, str] | None = None

    @cached_property
    def page_versions(self) -> dict[str, str]:
        if self.versions is not None:
            return self.versions
        found: dict[str, str] = {}
        for page in self.model.pages:
            path = self.site_dir / page.url.lstrip("/") / "index.html"
            m = _VERSION_RE.search(path.read_text(encoding="utf-8")) if page.id and path.is_file() else None
            if m and page.id:
                found[page.id] = m.group(1)
        return found


_VERSION_RE = re.compile(r'<span class="page-version">（版本 ([0-9a-f]{8})）</span>')


def localise_redirect_stubs(out: Output) -> None:
    for old in out.redirects:
        stub = out.site_dir / (old[:-3] + "/index.html" if old.endswith(".md") else old)
        if stub.exists():
            stub.write_text(generated.localise_redirect_stub(stub.read_text(encoding="utf-8")), encoding="utf-8")


def write_exports(out: Output) -> None:
    data = generated.exports(out.model, out.site_url)
    for page in data["pages.json"]:
        page["version"] = out.page_versions.get(page["id"])
    for name, rows in data.items():
        (out.site_dir / name).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_search_index(out: Output) -> None:
    """Material's index replaced by ours, then split into the stub a page loads and the full index."""
    path = out.site_dir / "search" / "search_index.json"
    try:
        write_index(path, out.model)
    except SearchIndexError as exc:
        raise FinalizeError(str(exc)) from exc
    stub, full = search_reader.enrich(json.loads(path.read_text(encoding="utf-8")), out.model, NEEDS)
    problems = search_reader.validate(full)
    if problems:
        path.unlink()
        raise FinalizeError("search index is incomplete:\n  " + "\n  ".join(problems))
    dump = lambda data: json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    (out.site_dir / search_reader.FULL_INDEX).write_text(dump(full), encoding="utf-8")
    path.write_text(dump(stub), encoding="utf-8")


def write_tujie_png(out: Output) -> None:
    if not tujie.cjk_font_ok():
        raise FinalizeError("the 图解 PNG needs Debian's CJK fonts (fonts-noto-cjk): run scripts/bootstrap.sh site")
    svg = tujie.svg(tujie.content(out.model, out.site_url.rstrip("/") + "/tujie/"))
    png = out.site_dir / "tujie" / tujie.PNG_NAME
    png.parent.mkdir(parents=True, exist_ok=True)
    tujie.write_png(svg, str(png))


def write_whole_document(out: Output) -> None:
    """actions.json/.csv, changes.xml and the PDF."""
    whole_document.write_outputs(out.model, out.site_dir, out.site_url, out.site_name, out.project_root,
                                 "serve" if out.serve else "build")


def write_qr_files(out: Output) -> None:
    """Each page's 手机扫码打开 code as a file beside it, held to the page's address (phone.py)."""
    problems = phone.write_qr_files(out.site_dir)
    if problems:
        raise FinalizeError("QR codes that do not match their pages:\n  " + "\n  ".join(problems))


def minify_and_purge(out: Output) -> None:
    minify.minify_assets(out.site_dir)
    minify.trim_pages(out.site_dir)
    purge_css.purge_site(out.site_dir)  # last of the three: it scans every page and script


def scripts_after_first_paint(out: Output) -> None:
    """reader-prefs.js inline, the other scripts added after the first frame (first_paint.py)."""
    try:
        first_paint.apply(out.site_dir)
    except first_paint.FirstPaintError as exc:
        raise FinalizeError(str(exc)) from exc


def refuse_broken_addresses(out: Output) -> None:
    if is_publishing(os.environ):
        broken = publishing_problems(out.site_dir, out.project_root / MANIFEST_NAME)
        if broken:
            raise FinalizeError("this build would break published addresses (add a redirect in mkdocs.yml):\n" + "\n".join(broken))


def check_published_text(out: Output) -> None:
    """Every string a built page shows or shares is checked text or furniture."""
    problems = published.check_site_output(out.site_dir, out.model, out.theme_dirs)
    if problems and not out.serve:
        raise FinalizeError(failure_message(problems))
    if problems:
        print("ERROR   -  " + failure_message(problems), file=sys.stderr)


def apply_csp_and_server_files(out: Output) -> None:
    if out.serve:
        return
    patterns = csp.template_patterns([Path(d) for d in out.theme_dirs], out.extra_templates)
    patterns += csp.exact_patterns(first_paint.inline_scripts(out.site_dir))  # the build's own, by their text
    try:
        hashes = csp.apply(out.site_dir, patterns)
    except csp.CSPError as exc:
        raise FinalizeError(str(exc)) from exc
    server.write(out.site_dir, csp.header_policy(hashes))


# (step, needs pages that passed the gate). Under `mkdocs serve` with failing pages only the
# steps that do not read the model run; a build with failing pages never gets here.
STEPS: list[tuple[Callable[[Output], None], bool]] = [
    (localise_redirect_stubs, True),
    (write_exports, True),
    (write_tujie_png, True),
    (write_whole_document, True),  # after write_exports: the PDF links and sizes go into pages already written
    (write_search_index, True),  # after write_whole_document: the 打印版's entry holds 下载 PDF only where the page does
    (write_qr_files, False),  # after the print page repeats the pages' pass-on blocks
    (minify_and_purge, False),  # after every step that writes assets or pages
    (scripts_after_first_paint, False),  # after minify: inlines the minified reader-prefs.js
    (refuse_broken_addresses, False),
    (check_published_text, True),  # on the final text, before CSP hashes it
    (apply_csp_and_server_files, False),  # last: hashes the final HTML, then the .gz copies and server files
]


def run(out: Output) -> None:
    for step, needs_model in STEPS:
        if needs_model and not out.model.ok:
            continue
        step(out)
