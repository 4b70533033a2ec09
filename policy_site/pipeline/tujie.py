"""图解: a one-page visual summary, laid out at build time from checked data.

Pure (no MkDocs). `content(site, url)` picks what the picture says, every word from the
source paragraphs, the checked front matter or the key-figures rows (policy_site/pipeline/glance.py),
plus fixed site labels; `svg(content)` lays it out; `markdown(content, svg)` is the /tujie/
page (the SVG, a 保存图片 link and the same content as a list); `write_png(svg, path)` renders
the long image. Every text node of the SVG is a piece of `content`, in order (tests check it).
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass, field

from policy_site.fidelity import furniture
from policy_site.fidelity.checks import SiteCheck
from policy_site.fidelity.figures import find_figures
from policy_site.pipeline import glance, qr

WIDTH = 750  # px: the PNG's width, a phone screen at 2x
PAD = 32
FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
PRIMARY = "#3949ab"
INK = "#1f2330"
MUTED = "#5b6070"
PALE = "#eef0fa"
PNG_NAME = "tujie.png"
QR_SIZE = 150


@dataclass
class Programme:
    title: str
    source: str


@dataclass
class Measure:
    kicker: str  # 亮点三
    title: str
    source: str
    programmes: list[Programme] = field(default_factory=list)


@dataclass
class Need:
    label: str
    measures: list[Measure]


@dataclass
class Content:
    title: str  # the source's title line
    name: str  # 《…若干意见》 as q2 gives it
    what: list[tuple[str, str]]  # (verbatim text, paragraph id)
    needs: list[Need]
    figures: list[glance.KeyFigure]
    url: str


# The image's own words, from policy_site/fidelity/furniture.yml (`named`, keys tujie-*), where the
# published-text check reads them.
LABELS = {key: furniture.named(f"tujie-{key}") for key in ("kicker", "what", "measures", "relies", "figures", "scan", "note")}


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of a and b."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _naming_paragraph(site: SiteCheck, page, preferred: str) -> str:
    """The cited paragraph that names the programme best (its title's longest run in the text),
    so 知识产权质押融资 points to q1-4, not to a measure's paragraph that never names it."""
    texts = {p.id: p.text for p in site.paragraphs}
    order = sorted(page.sources, key=lambda pid: (-_common(page.meta["title"], texts.get(pid, "")), pid != preferred))
    return order[0]


def _para(site: SiteCheck, pid: str) -> str:
    return next(p.text for p in site.paragraphs if p.id == pid)


def content(site: SiteCheck, url: str) -> Content:
    title = _para(site, "title")
    q2 = _para(site, "q2")
    found = re.search(r"《[^》]+》", q2)
    if found is None:
        raise ValueError("q2 names no document in 《》; the 图解 has no title for the 意见")
    name = found.group(0)
    q2_2 = [s for s in _para(site, "q2-2").split("。") if s]
    # what the 意见 is: the text's first sentence, and the closing clause (how many measures)
    what = [(q2_2[0] + "。", "q2-2"), (q2_2[-1].split("，")[-1] + "。", "q2-2")]
    graph = site.related_graph()
    by_id = site.page_by_id()
    needs = []
    for _need, label, measures, _programmes in glance.needs(site):
        items = []
        for m in measures:
            own = m.sources[0]
            progs = sorted((by_id[r] for r in graph.get(m.id or "", []) if by_id[r].kind == "programme"), key=lambda p: p.rel)
            items.append(Measure(f"亮点{glance.cn_number(m.meta['number'])}", m.meta["title"], own,
                                 [Programme(p.meta["title"], _naming_paragraph(site, p, own)) for p in progs]))
        if items:
            needs.append(Need(label, items))
    return Content(title, name, what, needs, glance.key_figures(site), url)


# --- layout ---------------------------------------------------------------------------------

_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026]")
_NO_LINE_START = set("，。、；：？！）》」』”’…%")
_UNBREAKABLE = re.compile(r"[A-Za-z0-9.:/%_-]+")


def text_width(text: str, size: float) -> float:
    """Estimated advance width: CJK 1 em, Latin letters and digits about 0.56 em."""
    return sum(size if _WIDE.match(ch) else size * 0.56 for ch in text)


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, never inside a figure or a Latin run and never
    putting closing punctuation at a line start. The lines joined give `text` back."""
    spans = [(m.start(), m.end()) for m in _UNBREAKABLE.finditer(text)]
    spans += [(at, at + len(f)) for at, f in find_figures(text)]  # 235亿元 stays whole
    tokens: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            if end > pos:
                tokens[-1] += text[pos:end]
                pos = end
            continue
        tokens += list(text[pos:start]) + [text[start:end]]
        pos = end
    tokens += list(text[pos:])
    lines, line = [], ""
    for tok in tokens:
        if line and text_width(line + tok, size) > width and tok[0] not in _NO_LINE_START:
            lines.append(line)
            line = tok
        else:
            line += tok
    if line:
        lines.append(line)
    return lines


class _Canvas:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.y = 0.0

    def rect(self, x, y, w, h, fill, rx=0):
        self.parts.append(f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="{rx}" fill="{fill}"/>')

    def text(self, x, y, s, size, fill=INK, weight="normal", anchor="start"):
        self.parts.append(f'<text x="{x:g}" y="{y:g}" font-size="{size}" fill="{fill}" font-weight="{weight}"'
                          + (f' text-anchor="{anchor}"' if anchor != "start" else "") + f">{html.escape(s, quote=False)}</text>")

    def para(self, x, s, size, width, fill=INK, weight="normal", leading=1.45, tag="", tag_fill=MUTED):
        """Wrapped text from the current y; moves y below it. `tag` (a paragraph id) goes right-aligned
        on the last line if it fits there, else on a line of its own."""
        tag_size = 20
        lines = wrap(s, size, width)
        for line in lines:
            self.y += size * leading
            base = self.y - size * (leading - 1) / 2 - size * 0.12
            self.text(x, base, line, size, fill, weight)
        if tag:
            if text_width(lines[-1], size) + text_width(tag, tag_size) + 24 <= width:
                self.text(x + width, base, tag, tag_size, tag_fill, anchor="end")
            else:
                self.y += tag_size * 1.4
                self.text(x + width, self.y - tag_size * 0.3, tag, tag_size, tag_fill, anchor="end")


def svg(c: Content) -> str:
    cv = _Canvas()
    inner = WIDTH - 2 * PAD
    right = WIDTH - PAD
    # header band
    start = len(cv.parts)
    cv.y = PAD
    cv.para(PAD, LABELS["kicker"], 26, inner, "#ffffff", "bold")
    cv.y += 6
    cv.para(PAD, c.title, 34, inner, "#ffffff", "bold", 1.4, tag="原文 title", tag_fill="#dfe3ff")
    cv.y += PAD / 2
    cv.parts.insert(start, f'<rect x="0" y="0" width="{WIDTH}" height="{cv.y:g}" fill="{PRIMARY}"/>')
    # what the 意见 is
    cv.y += 28
    cv.para(PAD, LABELS["what"], 30, inner, PRIMARY, "bold")
    cv.y += 4
    cv.para(PAD, c.name, 24, inner, INK, "bold", tag="原文 q2")
    for text, pid in c.what:
        cv.y += 4
        cv.para(PAD, text, 26, inner, tag=f"原文 {pid}")
    # measures by need
    cv.y += 24
    cv.para(PAD, LABELS["measures"], 30, inner, PRIMARY, "bold")
    for need in c.needs:
        cv.y += 18
        top = cv.y
        pos = len(cv.parts)
        cv.para(PAD + 16, need.label, 28, inner - 32, "#ffffff", "bold", 1.6)
        cv.parts.insert(pos, f'<rect x="{PAD}" y="{top:g}" width="{inner}" height="{cv.y - top:g}" rx="10" fill="{PRIMARY}"/>')
        for m in need.measures:
            cv.y += 10
            top = cv.y
            pos = len(cv.parts)
            cv.para(PAD + 20, m.kicker, 22, inner - 40, PRIMARY, "bold")
            cv.para(PAD + 20, m.title, 28, inner - 40, INK, "bold", tag=f"原文 {m.source}")
            if m.programmes:
                cv.para(PAD + 20, LABELS["relies"], 22, inner - 40, MUTED)
                for p in m.programmes:
                    cv.para(PAD + 20, "· " + p.title, 24, inner - 40, tag=f"原文 {p.source}")
            cv.y += 10
            cv.parts.insert(pos, f'<rect x="{PAD}" y="{top:g}" width="{inner}" height="{cv.y - top:g}" rx="10" fill="{PALE}"/>')
    # key figures, two columns
    cv.y += 30
    cv.para(PAD, LABELS["figures"], 30, inner, PRIMARY, "bold")
    col_w = (inner - 20) / 2
    for i in range(0, len(c.figures), 2):
        row_top = cv.y + 12
        bottoms = []
        for j, kf in enumerate(c.figures[i:i + 2]):
            x = PAD + j * (col_w + 20)
            cv.y = row_top
            pos = len(cv.parts)
            cv.para(x + 16, kf.figure, 44, col_w - 32, PRIMARY, "bold", 1.3)
            cv.para(x + 16, glance.figure_label(kf), 22, col_w - 32, tag=f"原文 {kf.paragraph}")
            cv.y += 8
            cv.parts.insert(pos, f'<rect x="{x:g}" y="{row_top:g}" width="{col_w:g}" height="@H{i}@" rx="10" fill="{PALE}"/>')
            bottoms.append(cv.y)
        cv.y = max(bottoms)
        cv.parts = [p.replace(f"@H{i}@", f"{cv.y - row_top:g}") for p in cv.parts]
    # footer: QR code and the address
    cv.y += 30
    top = cv.y
    pos = len(cv.parts)
    cv.parts.append(_qr_group(c.url, PAD, top + PAD))
    tx = PAD + QR_SIZE + 24
    cv.y = top + PAD - 6
    cv.para(tx, LABELS["scan"], 24, right - tx, INK, "bold")
    cv.para(tx, c.url, 22, right - tx, PRIMARY)
    cv.para(tx, LABELS["note"], 18, right - tx, MUTED)
    cv.y = max(cv.y, top + QR_SIZE + PAD) + PAD
    cv.parts.insert(pos, f'<rect x="0" y="{top:g}" width="{WIDTH}" height="{cv.y - top:g}" fill="{PALE}"/>')
    height = round(cv.y)
    label = f"图解：{c.title}"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="tujie-svg" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="tujie-svg-title" font-family="{html.escape(FONT)}">'
            f'<title id="tujie-svg-title">{html.escape(label)}{furniture.named("tujie-svg-title-note")}</title>'
            f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>' + "".join(cv.parts) + "</svg>")


def _qr_group(url: str, x: float, y: float) -> str:
    """policy_site/pipeline/qr.py's code, its modules scaled into a QR_SIZE square with a white margin."""
    code = qr.svg(url, "二维码", scale=1)
    width = re.search(r'width="(\d+)"', code)
    if width is None:
        raise ValueError("segno's SVG has no width")
    size = float(width.group(1))
    body = re.sub(r"^<svg\b[^>]*>|</svg>$", "", code)
    s = (QR_SIZE - 12) / size
    return (f'<rect x="{x}" y="{y}" width="{QR_SIZE}" height="{QR_SIZE}" fill="#ffffff"/>'
            f'<g transform="translate({x + 6:g} {y + 6:g}) scale({s:g})">{body}</g>')


def texts(svg_text: str) -> list[str]:
    """The text nodes of an SVG made by svg(), in document order (title excluded)."""
    return [html.unescape(t) for t in re.findall(r"<text\b[^>]*>([^<]*)</text>", svg_text)]


def expected_text(c: Content) -> str:
    """Everything the picture says, in its order: what texts(svg(c)) must join to."""
    out = [LABELS["kicker"], c.title, "原文 title", LABELS["what"], c.name, "原文 q2"]
    for text, pid in c.what:
        out += [text, f"原文 {pid}"]
    out.append(LABELS["measures"])
    for need in c.needs:
        out.append(need.label)
        for m in need.measures:
            out += [m.kicker, m.title, f"原文 {m.source}"]
            if m.programmes:
                out.append(LABELS["relies"])
                for p in m.programmes:
                    out += ["· " + p.title, f"原文 {p.source}"]
    out.append(LABELS["figures"])
    for kf in c.figures:
        out += [kf.figure, glance.figure_label(kf), f"原文 {kf.paragraph}"]
    out += [LABELS["scan"], c.url, LABELS["note"]]
    return "".join(out)


# --- the page -------------------------------------------------------------------------------

def markdown(c: Content, svg_text: str) -> str:
    """The generated /tujie/ page: the picture, the link to the PNG, and the text version."""
    def src(pid: str) -> str:
        return f"[原文 {pid}](/original.md#{pid})"

    out = [
        "---",
        "title: 图解",
        f"description: 一张图看懂{c.name}：政策亮点一至八按需要分组、相关项目与机制和关键数字，每项注明原文段落。",
        "---",
        "",
        "# 图解 {#page-title}",
        "",
        "本图由本站在构建时根据原文和各页数据自动生成，每一项都注明它所在的原文段落。图下是同样内容的文字版。",
        "",
        f'<figure class="tujie-figure">{svg_text}</figure>',
        "",
        # raw HTML: the PNG is written after the build, so MkDocs cannot validate a Markdown link to it
        f'<p><a class="md-button md-button--primary tujie-save" href="{PNG_NAME}" download="图解.png">保存图片</a></p>',
        "",
        # Out of the search index: readers asking how to pass a page on (二维码, 转发, 微信) want 关于本站's
        # 转给别人, not this line about the picture (the page is found by 图解 and 保存图片).
        "<p data-search-exclude>在微信中打开图片后长按即可保存或转发；图片底部有本站地址和二维码。</p>",
        "",
        "## 文字版 {#text}",
        "",
        f"**{c.title}**（{src('title')}）",
        "",
        "### 《意见》是什么 {#what}",
        "",
        f"- {c.name}（{src('q2')}）",
    ]
    out += [f"- {text}（{src(pid)}）" for text, pid in c.what]
    out += ["", "### 政策亮点一至八 · 按需要分组 {#measures}", ""]
    for need in c.needs:
        out.append(f"- **{need.label}**")
        for m in need.measures:
            out.append(f"    - {m.kicker} {m.title}（{src(m.source)}）")
            for p in m.programmes:
                out.append(f"        - 相关项目与机制：{p.title}（{src(p.source)}）")
    out += ["", "### 关键数字 {#figures}", ""]
    out += [f"- **{kf.figure}**：{glance.figure_label(kf)}（{src(kf.paragraph)}）" for kf in c.figures]
    out.append("")
    return "\n".join(out)


def cjk_font_ok() -> bool:
    """Whether fontconfig resolves the 图解's font to a CJK face (Debian's fonts-noto-cjk)."""
    try:
        out = subprocess.run(["fc-match", "-f", "%{family}", FONT.split(",")[0].strip("' ")],
                             capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        return False
    return "CJK" in out


def write_png(svg_text: str, path: str) -> None:
    # cairosvg (CairoSVG 2.9, Kozea, maintained with WeasyPrint) renders SVG text through
    # Debian's cairo and fontconfig, so the Noto CJK fonts give the Chinese; no browser needed.
    import cairosvg

    cairosvg.svg2png(bytestring=svg_text.encode("utf-8"), write_to=path, output_width=WIDTH)
