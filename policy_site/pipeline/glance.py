"""The policy at a glance: the home page's tiles, cards and key figures, from checked data.

Pure (no MkDocs). Every word shown comes from front matter the gate has checked (titles,
summaries, figures rows) or is a fixed site label; the choice of key figures is the home
page's `key_figures` list, each entry naming a row of docs/figures.md by its figure.
Markers in docs/index.md, replaced by policy_site/pipeline/site_pages.py:
  glance-needs, glance-measures, glance-figures, glance-questions, glance-ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy_site.fidelity.checks import SiteCheck
from policy_site.fidelity.text import CN_DIGITS
from policy_site.pipeline.generated import needs, pages_of

MARKERS = ("glance-needs", "glance-measures", "glance-figures", "glance-questions", "glance-ways")
CN_NUMBERS = CN_DIGITS

# Material's bundled icons (pymdownx.emoji, inlined as SVG). Presentation only; a page id
# without an entry gets the kind's default.
NEED_ICONS = {
    "financing": "material-cash-multiple",
    "patenting": "material-file-certificate",
    "enforcement": "material-shield-check",
    "capability": "material-account-school",
    "services": "material-handshake",
}
MEASURE_ICONS = {
    "core-competitiveness": "material-trophy",
    "innovation-cost": "material-piggy-bank",
    "financing": "material-cash-multiple",
    "self-development": "material-chart-line",
    "entrepreneurship": "material-lightbulb-on",
    "service-industry": "material-briefcase",
    "public-service-network": "material-lan",
    "protection": "material-shield-check",
}
DEFAULT_ICON = "material-file-document-outline"


class GlanceError(ValueError):
    """The home page's data does not resolve (e.g. a key figure that no figures row has)."""


@dataclass(frozen=True)
class KeyFigure:
    figure: str
    what: str
    paragraph: str
    context: tuple[str, ...] = ()  # other figures of the same paragraph shown with it (e.g. the period)


def cn_number(n: int) -> str:
    return CN_NUMBERS[n - 1]


def _page(site: SiteCheck, kind: str):
    found = [p for p in site.pages if p.kind == kind]
    if len(found) != 1:
        raise GlanceError(f"expected one page of kind {kind!r}, found {len(found)}")
    return found[0]


def key_figures(site: SiteCheck) -> list[KeyFigure]:
    """The home page's `key_figures`, each resolved to its checked row of docs/figures.md.

    An entry is a figure ("1170万") or a list [figure, context figure, …] whose context
    figures are rows of the same paragraph (["235亿元", "2014年1-6月"]).
    """
    home = _page(site, "home")
    rows = _page(site, "figures").meta.get("figures") or []
    chosen = home.meta.get("key_figures")
    if not isinstance(chosen, list) or not chosen:
        raise GlanceError("docs/index.md: front matter needs `key_figures`, a list of figures from docs/figures.md")
    out = []
    for entry in chosen:
        names = [str(x) for x in (entry if isinstance(entry, list) else [entry])]
        matches = [r for r in rows if str(r.get("figure")) == names[0]]
        if len(matches) != 1:
            raise GlanceError(f"docs/index.md key_figures: {names[0]!r} matches {len(matches)} rows of docs/figures.md (need exactly one)")
        row = matches[0]
        pid = str(row["paragraph"])
        for extra in names[1:]:
            if not any(str(r.get("figure")) == extra and str(r.get("paragraph")) == pid for r in rows):
                raise GlanceError(f"docs/index.md key_figures: {extra!r} is not a figures row of {pid}")
        out.append(KeyFigure(names[0], str(row["what"]), pid, tuple(names[1:])))
    return out


def _grid(css: str, items: list[str]) -> str:
    return f'<div class="grid cards glance {css}" markdown>\n\n' + "\n\n".join(items) + "\n\n</div>"


def _card(icon: str, kicker: str, title: str, href: str, text: str = "") -> str:
    """One card: icon, kicker and the title as the card's one link (stretched over the card by
    CSS, so the whole card is the target), then a line of text."""
    kick = f' <span class="glance-kicker">{kicker}</span>' if kicker else ""
    lines = [f"-   :{icon}:{{ .glance-icon }}{kick}", f"    [{title}]({href}){{ .glance-link }}"]
    if text:
        lines += ["", f'    <span class="glance-line">{text}</span>']
    return "\n".join(lines)


def render_needs(site: SiteCheck) -> str:
    items = []
    for need, label, ms, ps in needs(site):
        serves = "；".join(x for x in ("、".join(f"政策亮点{cn_number(p.meta['number'])}" for p in ms),
                                        "、".join(p.meta["title"] for p in ps)) if x)
        items.append(_card(NEED_ICONS.get(need, DEFAULT_ICON), "", label, f"/by-need.md#{need}", serves))
    return _grid("glance-needs", items)


def render_measures(site: SiteCheck) -> str:
    items = [_card(MEASURE_ICONS.get(p.id or "", DEFAULT_ICON), f"亮点{cn_number(p.meta['number'])}", p.meta["title"],
                   f"/{p.rel}", p.meta["summary"])
             for p in pages_of(site, "measure")]
    return _grid("glance-measures", items)


def figure_label(kf: KeyFigure) -> str:
    """What the figure counts; a context figure (the period) goes first: 2014年1-6月，全国专利权质押融资金额（突破）."""
    return "".join(f"{x}，" for x in kf.context) + kf.what


def render_figures(site: SiteCheck) -> str:
    items = [f'- [<strong class="glance-number">{kf.figure}</strong> <span class="glance-what">{figure_label(kf)}</span> '
             f'<span class="glance-source">原文 {kf.paragraph}</span>](/original.md#{kf.paragraph})'
             for kf in key_figures(site)]
    return '<div class="glance-figures" markdown>\n\n' + "\n".join(items) + "\n\n</div>"


def render_questions(site: SiteCheck) -> str:
    items = []
    for p in pages_of(site, "question"):
        title = p.meta["title"]
        kicker, _, rest = title.partition("：")
        items.append(_card("material-comment-question", kicker if rest else "问答", rest or title, f"/{p.rel}",
                           p.meta["summary"]))
    return _grid("glance-questions", items)


# The ways into the site beyond the pages above: (page, icon, label, one line).
WAYS = (
    ("original.md", "material-book-open-page-variant", "原文", "逐字原文，每段带固定锚点"),
    ("tujie.md", "material-image", "图解", "一张图看懂政策亮点，可保存转发"),
    ("print.md", "material-printer", "打印", "适合打印的全文版"),
    ("verification.md", "material-check-decagram", "核验", "每页引文与数字怎样对照原文"),
)


def render_ways(existing: set[str]) -> str:
    """Cards for the ways in whose page exists in this build (打印 only once /print/ is built)."""
    items = [_card(icon, "", label, f"/{src}", line)
             for src, icon, label, line in WAYS if src in existing]
    return _grid("glance-ways", items)


def render(name: str, site: SiteCheck, existing: set[str]) -> str:
    if name == "glance-needs":
        return render_needs(site)
    if name == "glance-measures":
        return render_measures(site)
    if name == "glance-figures":
        return render_figures(site)
    if name == "glance-questions":
        return render_questions(site)
    if name == "glance-ways":
        return render_ways(existing)
    raise GlanceError(f"unknown marker 'generated: {name}'")
