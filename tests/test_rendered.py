"""The rendered-text check (policy_site/fidelity/rendered.py): every construct that renders visible or
shared text is checked, or refused as unknown, with file:line. Pages wrong on purpose."""

from __future__ import annotations

import pytest

from policy_site.fidelity import rendered
from tests.test_claims import GOOD, REL, problems

CLAIM = "财政部为每家小微企业提供500万元免息贷款"
LINE = GOOD.count("\n") + 2  # the line a construct appended after a blank line lands on


def codes(diags) -> list[tuple[str, int]]:
    return sorted((d.code, d.line) for d in diags)


# The six constructs of the issue, each carrying the invented claim onto a built page.
@pytest.mark.parametrize("name, page, expected", [
    ("front-matter description", GOOD.replace("needs: [financing]", f"needs: [financing]\ndescription: {CLAIM}。"), {"F011"}),
    ("fenced code block", GOOD + f"\n```\n{CLAIM}\n```\n", {"R002"}),
    ("inline code span", GOOD + f"\n见 `{CLAIM}`。\n", {"R003"}),
    ("link title", GOOD + f'\n见[原文](/original.md#q2-7 "{CLAIM}")。\n', {"N013"}),
    ("HTML attribute", GOOD + f'\n<span title="{CLAIM}">见原文</span>\n', {"R002"}),
    ("positive claim in a 原文未载明 box", GOOD + f'\n!!! info "原文未载明"\n\n    - {CLAIM}。\n', {"A002"}),
])
def test_the_six_constructs_fail_with_file_and_line(tmp_path, name, page, expected):
    diags = problems(tmp_path, page)
    assert diags, name
    assert expected <= {d.code for d in diags}, [d.format() for d in diags]
    assert all(d.file == REL and d.line > 0 for d in diags)


@pytest.mark.parametrize("markdown, code", [
    # other constructs that render text: table cells, definition lists, details, admonition titles
    (f"| 项目 | 说明 |\n| --- | --- |\n| 贷款 | {CLAIM} |\n", "N013"),
    (f"贷款\n:   {CLAIM}\n", "N013"),
    (f'??? note "说明"\n    {CLAIM}\n', "N013"),
    (f'!!! note "{CLAIM}"\n    见原文。\n', "N013"),
    ("!!! note \"说明\"\n    同比增长500%。\n", "N001"),
    # entities decode to what a reader sees
    ("质押融资金额突破&#51;&#53;亿元。\n", "N001"),
    # an image, an outside link, a link hidden behind entities
    ("![财政部](/assets/x.png)\n", "R001"),
    ("[原文](https://example.com/)\n", "R005"),
    ("[原文](&#106;avascript:alert(1))\n", "R005"),
    ("[原文][x]\n\n[x]: javascript:alert(1)\n", "R005"),
    # attribute lists put attributes the model does not name
    ("见原文。\n{: title=\"财政部\" }\n", "R004"),
    ("见原文。\n{: .warning }\n", "R004"),
])
def test_other_rendered_constructs_are_checked_or_refused(tmp_path, markdown, code):
    diags = problems(tmp_path, GOOD + "\n" + markdown)
    assert code in {d.code for d in diags}, [d.format() for d in diags]
    assert all(d.line >= LINE - 1 for d in diags if d.code == code), [d.format() for d in diags]


def test_absence_items_are_held_to_the_whole_text(tmp_path):
    box = '\n!!! info "原文未载明"\n\n    - 原文没有说明{}。\n'
    for sub in "abc":
        (tmp_path / sub).mkdir()
    assert problems(tmp_path / "a", GOOD + box.format("质押融资的申请条件")) == []
    diags = problems(tmp_path / "b", GOOD + box.format("，财政部提供500万元免息贷款"))
    assert {"A003"} <= {d.code for d in diags}, [d.format() for d in diags]
    assert {d.line for d in diags if d.code == "A003"} == {LINE + 2}
    # the box holds a list, one statement per item
    assert "R006" in {d.code for d in problems(tmp_path / "c", GOOD + '\n!!! info "原文未载明"\n\n    原文没有说明条件。\n')}


def test_quote_blocks_hold_only_the_texts_lines(tmp_path):
    page = GOOD.replace("> 三是缓解小微企业融资难，建立知识产权金融服务需求调查制度，",
                        "> 三是缓解小微企业融资难，**建立**知识产权金融服务需求调查制度，")
    assert {d.code for d in problems(tmp_path, page)} == {"Q001"}  # the line check names it; R006 is not repeated
    result = rendered.render("> 三是**缓解**\n> —— [原文 q2-7](/original.md#q2-7)\n", "measure")
    assert [p.code for p in result.problems] == ["R006"]
    result = rendered.render("> 三是[缓解](/x.md)\n> —— [原文 q2-7](/original.md#q2-7)\n", "measure")
    assert [p.code for p in result.problems] == ["R006"]


def test_units_carry_roles_and_lines():
    body = ("# 标题\n\n见[原文](/original.md#q2-7 \"提示\")。\n\n> 三是缓解\n> —— [原文 q2-7](/original.md#q2-7)\n\n"
            '!!! info "原文未载明"\n\n    - 原文没有说明条件。\n')
    result = rendered.render(body, "measure")
    roles = [(u.role, u.text) for u in result.units]
    assert ("heading", "标题") in roles and ("prose", "见原文。") in roles and ("attribute", "提示") in roles
    assert ("quote", "三是缓解") in roles and ("label", "原文未载明") in roles and ("absence", "原文没有说明条件。") in roles
    assert next(u for u in result.units if u.role == "quote").cite == "q2-7"
    assert result.problems == []
    lines = body.split("\n")
    assert rendered.locate(lines, 1, "原文没有说明条件。") == 10


def test_mkdocs_yml_lists_exactly_the_checked_extensions():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)
    from tests.test_checker import REPO

    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    assert tuple(n for n in names if n not in rendered.GUARD_EXTENSIONS) == rendered.MARKDOWN_EXTENSIONS
    assert rendered.GUARD_EXTENSIONS == ("policy_site.adapters.markdown_guard",) and names[-1] == "policy_site.adapters.markdown_guard"


@pytest.mark.parametrize("old, new", [
    ("title: 缓解小微企业融资难\n", "title: 缓解小微企业融资难，企业可获全额补贴\n"),
    ("## 原文 {#source-text}", "## 企业可获全额补贴 {#source-text}"),
])
def test_titles_and_headings_say_only_what_the_cited_text_says(tmp_path, old, new):
    page = GOOD.replace(old, new)
    if old.startswith("title"):
        page = page.replace("# 缓解小微企业融资难\n", "# 缓解小微企业融资难，企业可获全额补贴\n")
    assert {"N021", "N022"} & {d.code for d in problems(tmp_path, page)}, [d.format() for d in problems(tmp_path, page)]


def test_markup_inside_a_figure_is_read_as_shown(tmp_path):
    """7**7**% shows 77%, the text's figure; 1**7**0万 shows 170万, which is not."""
    ok = GOOD.replace("2014年1-6月，", "2014年1-6月，质押融资金额突破23**5**亿元，")
    assert problems(tmp_path / "a", ok) == [] if (tmp_path / "a").mkdir() is None else False
    bad = GOOD.replace("2014年1-6月，", "2014年1-6月，质押融资金额突破2**3**亿元，")
    (tmp_path / "b").mkdir()
    assert "N001" in {d.code for d in problems(tmp_path / "b", bad)}


# ---- the allowlist held against a maintained sanitizer (nh3, Rust's ammonia) --------------------

class _Events:
    """An HTML fragment as (start tag and attributes | text) events, so two serialisations compare
    by what they contain, not by quoting or void-element style."""

    def __init__(self, text: str):
        from html.parser import HTMLParser

        events: list[tuple] = []

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                events.append(("<", tag, tuple(sorted((k, v or "") for k, v in attrs))))

            def handle_data(self, data):
                if data.strip():
                    events.append(("text", " ".join(data.split())))

            def handle_comment(self, data):
                events.append(("comment", data.strip()))

        parser = Parser(convert_charrefs=True)
        parser.feed(text)
        self.events = events


def _html(body: str) -> str:
    import markdown

    return markdown.Markdown(extensions=list(rendered.MARKDOWN_EXTENSIONS), extension_configs=rendered._extension_configs()).convert(body)


def _ammonia(html: str) -> str:
    import nh3

    attributes = {tag: set(attrs) - {"class"} for tag, attrs in rendered.ELEMENTS.items()}
    return nh3.clean(html, tags=set(rendered.ELEMENTS), attributes=attributes, allowed_classes={k: set(v) for k, v in rendered.CLASSES.items()},
                     url_schemes=set(), link_rel=None, strip_comments=False)


def _nh3_would_change(body: str) -> bool:
    html = _html(body)
    return _Events(html).events != _Events(_ammonia(html)).events


def test_every_page_renders_to_what_nh3_keeps_under_the_same_allowlist():
    from policy_site.fidelity.checks import check_site
    from tests.test_checker import REPO

    site = check_site(REPO / "docs")
    changed = [p.rel for p in site.pages if _nh3_would_change("\n".join(p.lines[p.body_start - 1:]))]
    assert changed == []


HOSTILE = [
    '<svg onload="alert(1)"><text>见原文</text></svg>', '<a href="jav&#x09;ascript:alert(1)">见原文</a>',
    '<a href="data:text/html,x">见原文</a>', '<form action="/"><input autofocus onfocus="x"></form>',
    "<style>body{display:none}</style>", '<base href="https://example.com/">', '<meta http-equiv="refresh" content="0;url=/">',
    '<object data="x.swf"></object>', '<embed src="x">', '<math><mi>x</mi></math>', '<p style="background:url(x)">见原文</p>',
    '<details open ontoggle="alert(1)"><summary>见</summary>原文</details>', '<div class="md-banner">见原文</div>',
    '<p class="admonition-title x">见原文</p>', "<img src=x>", "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    '<a href="/original.md" target="_blank">见原文</a>', "<u>见原文</u>", '<span title="财政部贴息">见原文</span>',
]


@pytest.mark.parametrize("snippet", HOSTILE)
def test_what_nh3_would_remove_the_checker_refuses(tmp_path, snippet):
    body = f"\n\n{snippet}\n"
    assert _nh3_would_change(body), f"not a test of the allowlist: nh3 keeps {snippet}"
    found = problems(tmp_path, GOOD + body)
    assert found, f"nh3 would remove part of {snippet!r}, but the checker passes it"


def test_an_outside_host_nh3_keeps_is_refused_too(tmp_path):
    # ammonia lets a scheme-less //host through; the site promises no request off the site
    body = '\n\n<a href="//example.com/">见原文</a>\n'
    assert not _nh3_would_change(body)
    assert problems(tmp_path, GOOD + body)
