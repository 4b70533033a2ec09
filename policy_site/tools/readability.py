"""How a content page reads: repeated clauses and copied runs (issue 19's measures).

    python -m policy_site.tools.readability [SITE_DIR]

- repetition: each clause of 10+ characters (between punctuation) and how often it occurs in the
  page's article text, quotes included, link labels and 《》 names not counted. A reader should
  meet a clause at most twice: in the quote and in one restatement (MAX_REPEATS).
- copy ratio: the share of the page's own prose characters (not quotes, not 原文未载明 items) that
  lie in runs of 6+ characters copied from the paragraphs it cites.

With SITE_DIR, repetition is read from the built pages (generated sections included); without it,
from docs/ rendered as the checker renders it (quick, while editing).
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from policy_site.fidelity import model
from policy_site.fidelity.checks import check_site
from policy_site.fidelity.pages import Page
from policy_site.fidelity.text import CJK, CJK_RE

REPO = Path(__file__).resolve().parents[2]
MIN_CLAUSE, MAX_REPEATS, RUN = 10, 2, 6
CLAUSE_SPLIT_RE = re.compile(r"[，。；：！？、（）“”‘’\s,.;:!?()\[\]|—…·]+")
TITLE_RE = re.compile(r"《[^》]*》")
LINK_RE = re.compile(r"\[[^\]]*\]\([^)]*\)")


def repeated(text: str) -> dict[str, int]:
    """Clauses of MIN_CLAUSE+ characters that occur more than MAX_REPEATS times in `text`."""
    text = TITLE_RE.sub("|", text)
    clauses = {c for c in CLAUSE_SPLIT_RE.split(text) if len(c) >= MIN_CLAUSE and CJK_RE.search(c)}
    return {c: n for c in sorted(clauses) if (n := text.count(c)) > MAX_REPEATS}


class _Article(HTMLParser):
    """The text of a built page's article, without link labels, buttons, scripts and icons."""

    SKIP = {"a", "script", "style", "svg", "button", "nav", "form"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside, self.parts = 0, []  # type: tuple[int, list[str]]
        self.skipping: list[str] = []  # open tags being skipped, innermost last

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.inside += 1
        elif self.inside and (tag in self.SKIP or (tag == "p" and "citation" in (dict(attrs).get("class") or "").split())):
            self.skipping.append(tag)  # the 引用本页 line is for copying, not reading
        elif self.skipping and tag == self.skipping[-1]:
            self.skipping.append(tag)
        elif self.inside and not self.skipping and tag in ("p", "li", "h1", "h2", "h3", "td", "th", "blockquote", "br"):
            self.parts.append("|")

    def handle_endtag(self, tag):
        if tag == "article":
            self.inside -= 1
        elif self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()

    def handle_data(self, data):
        if self.inside and not self.skipping:
            self.parts.append(data)


def article_text(page_html: str) -> str:
    parser = _Article()
    parser.feed(page_html)
    return "".join(parser.parts)


def page_text(page: Page) -> str:
    """The page as the checker renders it: every unit, link labels left out."""
    return "|".join(LINK_RE.sub("|", u.markup) if u.role not in ("quote", "absence") else u.text
                    for u in page.units if u.role not in ("attribute", "label", "code"))


def copy_ratio(page: Page, cited: str) -> float:
    own = "".join(LINK_RE.sub("", u.markup) for u in page.units if u.role in ("prose", "heading"))
    own = re.sub(f"[^{CJK}0-9A-Za-z%]", "", own)
    if not own:
        return 0.0
    cited = re.sub(f"[^{CJK}0-9A-Za-z%]", "", cited)
    covered = [False] * len(own)
    for i in range(len(own) - RUN + 1):
        if own[i:i + RUN] in cited:
            covered[i:i + RUN] = [True] * RUN
    return sum(covered) / len(own)


def report(site_dir: Path | None = None) -> list[tuple[str, dict[str, int], float]]:
    site = check_site(REPO / "docs")
    paragraphs = {p.id: p.text for p in site.paragraphs}
    out = []
    for page in sorted(site.pages, key=lambda p: p.rel):
        if page.kind not in model.SUBSTANTIAL_KINDS:
            continue
        if site_dir is not None:
            built = site_dir / page.url.strip("/") / "index.html"
            text = article_text(built.read_text(encoding="utf-8"))
        else:
            text = page_text(page)
        cited = "\n".join(paragraphs[s] for s in page.sources if s in paragraphs)
        out.append((page.rel, repeated(text), copy_ratio(page, cited)))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = report(Path(args[0]) if args else None)
    for rel, reps, ratio in rows:
        worst = max(reps.values(), default=0)
        print(f"{rel:42} copy {ratio:5.1%}  repeats>{MAX_REPEATS}: {len(reps)}" + (f" (max {worst}×)" if reps else ""))
        for clause, n in reps.items():
            print(f"    {n}× {clause}")
    bad = sum(1 for _, reps, _ in rows if reps)
    print(f"{len(rows)} pages; {bad} repeat a clause more than {MAX_REPEATS} times; "
          f"mean copy ratio {sum(r for *_, r in rows) / max(len(rows), 1):.1%}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
