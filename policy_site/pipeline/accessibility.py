"""The 无障碍声明 page, generated from one list (accessibility.yml): each requirement of the
published summaries of the 适老化 and 无障碍 specifications, how the site meets it, and the test
that proves it. The words are furniture.yml's named strings (reviewed like every site label; none
states a fact about the policy text); tests/test_accessibility.py runs the tests the list names
and checks that the list and the tests agree."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from policy_site.fidelity import furniture

LIST_PATH = Path(__file__).with_name("accessibility.yml")
PAGE = "accessibility.md"


class AccessibilityError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    id: str
    test: str  # tests/<module>.py::<function>
    site: bool  # a rule of the site's own, not a requirement of the summaries

    @property
    def spec(self) -> str:
        return furniture.named(f"a11y-{self.id}-spec")

    @property
    def how(self) -> str:
        return furniture.named(f"a11y-{self.id}-how")

    @property
    def test_file(self) -> str:
        return self.test.split("::")[0]

    @property
    def test_name(self) -> str:
        return self.test.split("::")[1]


@functools.lru_cache(maxsize=1)
def items(path: Path = LIST_PATH) -> tuple[Item, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = data.get("items") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise AccessibilityError(f"{path.name}: needs `items`, a list")
    out = []
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or "::" not in str(row.get("test", "")):
            raise AccessibilityError(f"{path.name}: each item has an `id` and a `test` (file::function): {row!r}")
        out.append(Item(row["id"], row["test"], bool(row.get("site"))))
    if len({i.id for i in out}) != len(out):
        raise AccessibilityError(f"{path.name}: an id is listed twice")
    return tuple(out)


def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def statement_page() -> str:
    """The page's Markdown: an introduction, then one table row per item, in the list's order."""
    n = furniture.named
    out = [
        "---",
        f"title: {n('a11y-title')}",
        f"description: {n('a11y-description')}",
        "search:",
        "  exclude: true",
        "---",
        "",
        f"# {n('a11y-title')} {{#page-title}}",
        "",
        n("a11y-intro"),
        "",
        f"## {n('a11y-table-heading')} {{#items}}",
        "",
        f"| {n('a11y-col-spec')} | {n('a11y-col-how')} | {n('a11y-col-test')} |",
        "| --- | --- | --- |",
    ]
    for item in items():
        spec = item.spec + (f"（{n('a11y-site-rule')}）" if item.site else "")
        out.append(f"| {_cell(spec)} | {_cell(item.how)} | `{item.test_name}` |")
    out += ["", f"## {n('a11y-how-tested-heading')} {{#how-tested}}", "", n("a11y-how-tested"), ""]
    return "\n".join(out)
