"""MkDocs hook: the home page's glance markers (scripts/build/glance.py) and the 图解 page
and PNG (scripts/build/tujie.py). Adapters only."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs.plugins
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build import glance, tujie  # noqa: E402
from scripts.build.model import failure_page, for_build, ready  # noqa: E402
from scripts.fidelity.pages import GENERATED_MARKER_RE  # noqa: E402

_svg: dict[int, str] = {}  # config id -> the 图解 SVG of this build


def _tujie_url(config) -> str:
    return config["site_url"].rstrip("/") + "/tujie/"


@mkdocs.plugins.event_priority(-50)  # after generated_content has checked that no hand-written page takes the name
def on_files(files, config):
    if not ready(config):  # mkdocs serve with failing pages: the page exists, showing the problems
        files.append(File.generated(config, "tujie.md", content=failure_page(for_build(config).diagnostics)))
        return files
    try:
        c = tujie.content(for_build(config), _tujie_url(config))
    except glance.GlanceError as exc:
        raise PluginError(str(exc)) from exc
    svg = tujie.svg(c)
    _svg.clear()
    _svg[id(config)] = svg
    files.append(File.generated(config, "tujie.md", content=tujie.markdown(c, svg)))
    return files


@mkdocs.plugins.event_priority(50)  # before generated_content, which refuses markers it does not know
def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri != "index.md" or not ready(config):
        return markdown
    existing = {f.src_uri for f in files}

    def replace(m):
        name = m.group(1)
        if name in glance.MARKERS:
            try:
                return glance.render(name, for_build(config), existing)
            except glance.GlanceError as exc:
                raise PluginError(str(exc)) from exc
        return m.group(0)

    return GENERATED_MARKER_RE.sub(replace, markdown)


@mkdocs.plugins.event_priority(-50)  # a file of the build: before the server files and the CSP (-100)
def on_post_build(config):
    svg = _svg.get(id(config))
    if svg is None:
        return
    if not tujie.cjk_font_ok():
        raise PluginError("the 图解 PNG needs Debian's CJK fonts (fonts-noto-cjk): run scripts/bootstrap.sh site")
    out = Path(config["site_dir"]) / "tujie" / tujie.PNG_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    tujie.write_png(svg, str(out))
