"""What is published (policy_site/fidelity/published.py, site_config.py, furniture.py): every string a
built page shows or shares is checked text, the source or reviewed furniture; nav labels, the site's
name and description are checked like prose. Wrong on purpose, each with its file and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, mkdocs_build
from test_build import _copy_repo

from policy_site.fidelity import furniture, published
from policy_site.fidelity.checks import check_site

CLAIM = "财政部为每家小微企业提供500万元免息贷款"


@pytest.fixture(scope="module")
def ledger():
    return published.ledger_for(check_site(REPO / "docs"), None)


@pytest.mark.parametrize("text", [
    "缓解小微企业融资难",  # a page title
    "亮点三 缓解融资难",  # a nav label
    "政策亮点三；知识产权金融服务需求调查制度、专利保险、知识产权质押融资",  # part names and titles
    "（版本 3e1dceae）",  # a page version
    "全国专利权质押融资金额突破235亿元",  # the source
    "相关项目与机制：维权援助中心与“",  # a title cut by markup at the node's end
    "本页地址：http://127.0.0.1:8000/about/",
])
def test_checked_text_furniture_and_the_source_pass(ledger, text):
    assert ledger.leftover(text) == ""


@pytest.mark.parametrize("text, stuck", [
    (CLAIM, "财政部"),
    ("缓解小微企业融资难，财政部提供贷款", "财政部"),
    ("（版本 3e1dceae）免费", "免费"),  # furniture then an added word
    ("共 71 条", "71"),  # a count outside the page its pattern is limited to
    ("全国专利权质押融资金额突破236亿元", "236"),  # a figure changed inside the source's words
    ("本页地址：", ""),
    ("本页网址的二维码：http://127.0.0.1:8000/about/", "网址"),  # the QR image's alt with its label changed
])
def test_anything_else_is_left_over(ledger, text, stuck):
    rest = ledger.leftover(text)
    if not stuck:
        assert rest == ""
    else:
        assert rest and set(rest) & set(stuck), rest


def test_every_shown_and_shared_string_of_an_html_file_is_read(tmp_path, ledger):
    site = tmp_path / "site"
    (site / "x").mkdir(parents=True)
    (site / "x" / "index.html").write_text(
        "<html><head><title>缓解小微企业融资难</title>\n"
        f'<meta name="description" content="{CLAIM}">\n'
        '<meta property="og:title" content="缓解小微企业融资难">\n'
        "<script>var s = '财政部';</script><style>.a{}</style></head><body>\n"
        f'<a href="/" title="链接到本节" aria-label="{CLAIM}，一">首页</a>\n'
        f'<img alt="{CLAIM}，二" src="x.png">\n'
        '<input placeholder="搜索">\n'
        f"<p>缓解小微企业融资难<span>{CLAIM}，三</span></p>\n"
        '<svg><text>财政部</text></svg></body></html>', encoding="utf-8")
    diags = published.check_output(site, ledger)
    where = sorted((d.line, d.message.split(" shows ")[0]) for d in diags)
    assert where == [(2, "<meta description>"), (5, "aria-label= on <a>"), (6, "alt= on <img>"), (8, "<span>"), (9, "<text>")], where
    assert all(d.code == "W010" and d.file == "site/x/index.html" for d in diags)


def test_search_entries_are_read(tmp_path, ledger):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    docs = [{"location": "measures/financing/", "title": "缓解小微企业融资难", "text": "全国专利权质押融资金额突破235亿元"},
            {"location": "measures/financing/#x", "title": "要点", "text": CLAIM}]
    (site / "search" / "cjk-index.json").write_text(json.dumps({"docs": docs}, ensure_ascii=False), encoding="utf-8")
    diags = published.check_search_index(site, ledger)
    assert [(d.code, d.line) for d in diags] == [("W010", 2)]
    # what the worker shows from the config: a key-figures row (its figure, what it counts, its sentence) and a need's
    # label and pages, each read as a result's line is
    config = {"figures": [{"figure": "235亿元", "what": "全国专利权质押融资金额", "sentence": CLAIM}],
              "needs": [{"label": "融资", "location": "by-need/#financing", "pages": ["缓解小微企业融资难", CLAIM + "，二"]}]}
    (site / "search" / "cjk-index.json").write_text(json.dumps({"config": config, "docs": []}, ensure_ascii=False), encoding="utf-8")
    shown = sorted(d.message.split(" shows ")[0] for d in published.check_search_index(site, ledger))
    assert shown == ["search config figures[0].sentence", "search config needs[0].pages"], shown


def test_the_strings_our_scripts_can_show_are_read(tmp_path, ledger):
    """W011: a string literal of a published script holding Chinese is held like page text; the
    reader finds strings past regular expressions and divisions holding quotes, and not in comments."""
    site = tmp_path / "site"
    (site / "assets" / "javascripts").mkdir(parents=True)
    (site / "assets" / "stuck.js").write_text(
        "// 财政部 in a comment is no string\n"
        "const P = /[\"'“”]+/u, half = 4 / 2 / 1;\n"
        "const ok = '请手动复制', unit = \"条\";\n"
        f"el.textContent = `${{n}} {CLAIM}`;\n", encoding="utf-8")
    # Material's own bundle is not ours to check (its words come from the language file)
    (site / "assets" / "javascripts" / "bundle.0123abcd.min.js").write_text(f'"{CLAIM}"', encoding="utf-8")
    assert published.script_strings((site / "assets" / "stuck.js").read_text(encoding="utf-8")) == [
        (3, "请手动复制"), (4, "${n} " + CLAIM)]
    diags = published.check_scripts(site, ledger)
    assert [(d.file, d.code, d.line) for d in diags] == [("assets/stuck.js", "W011", 4)]
    assert "财政部" in diags[0].message


def test_a_script_string_of_markup_is_read_as_markup(tmp_path, ledger):
    """reader-controls.js carries Material's search dialog (first_paint.py): a string of markup shows its
    text and shown attributes, held like a page's; an icon's path digits are not shown, a claim is."""
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    dialog = '<div class="x" aria-label="{}"><svg viewBox="0 0 24 24"><path d="M9.5 3A6.5"/></svg>{}</div>'
    (site / "assets" / "c.js").write_text("f(" + json.dumps(dialog.format("请手动复制", "请手动复制"), ensure_ascii=False) + ");\n"
                                          "g(" + json.dumps(dialog.format("请手动复制", CLAIM), ensure_ascii=False) + ");\n"
                                          "h(" + json.dumps(dialog.format(CLAIM, "请手动复制"), ensure_ascii=False) + ");\n",
                                          encoding="utf-8")
    diags = published.check_scripts(site, ledger)
    assert [(d.code, d.line) for d in diags] == [("W011", 2), ("W011", 3)], [d.message for d in diags]
    assert all("财政部" in d.message for d in diags)


def test_the_read_aloud_bar_s_words_are_held_in_its_script(tmp_path, monkeypatch):
    """docs/assets/read-aloud.js makes 朗读's bar (no page carries it): its words are furniture,
    and W011 names each one that is not."""
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    shutil.copy(REPO / "docs" / "assets" / "read-aloud.js", site / "assets" / "read-aloud.js")
    words = ["正在朗读", "已暂停", "本浏览器没有中文语音，无法朗读。", "暂停", "继续", "停止"]
    shown = [text for _, text in published.script_strings((site / "assets" / "read-aloud.js").read_text(encoding="utf-8"))]
    assert set(words) | {"朗读"} <= set(shown)
    assert published.check_scripts(site, published.ledger_for(check_site(REPO / "docs"), None)) == []
    data = furniture.load()
    monkeypatch.setattr(furniture, "load", lambda path=None: {**data, "labels": [w for w in data["labels"] if w not in words]})
    diags = published.check_scripts(site, published.ledger_for(check_site(REPO / "docs"), None))
    assert {d.code for d in diags} == {"W011"} and all(d.file == "assets/read-aloud.js" for d in diags)
    # 继续 is in the checked text itself (原文: 我们将继续深化…), which passes any string it holds
    assert sorted(d.message.split("'")[1] for d in diags) == sorted(w for w in words if w != "继续")


def _site_with_config(tmp_path: Path, old: str, new: str) -> list:
    root = tmp_path / "r"
    shutil.copytree(REPO / "docs", root / "docs")
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert old in text
    (root / "mkdocs.yml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return [d for d in check_site(root / "docs").diagnostics if d.file == "mkdocs.yml"]


@pytest.mark.parametrize("old, new, code", [
    ("亮点三 缓解融资难:", "亮点三 缓解融资难 财政部贴息:", "W001"),
    ("亮点三 缓解融资难:", "亮点四 缓解融资难:", "W001"),
    ("逐字对照原文。", "逐字对照原文，财政部提供500万元免息贷款。", "W002"),
    ("  - pymdownx.details\n", "  - pymdownx.details\n  - abbr\n", "W003"),
])
def test_nav_labels_site_strings_and_extensions_are_checked(tmp_path, old, new, code):
    diags = _site_with_config(tmp_path, old, new)
    assert code in {d.code for d in diags}, [d.format() for d in diags]
    assert all(d.line > 1 for d in diags)


def test_furniture_statements_are_checked_against_their_sources(tmp_path, monkeypatch):
    data = furniture.load()
    bad = {**data, "statements": {**data["statements"], "x": {"text": "问一所述国家知识产权局已全部完成的工作", "sources": ["q1-2"]}}}
    monkeypatch.setattr(furniture, "load", lambda path=None: bad)
    paragraphs = {p.id: p for p in check_site(REPO / "docs").paragraphs}
    from policy_site.fidelity.checks import check_furniture_statements

    codes = {d.code for d in check_furniture_statements(paragraphs)}
    assert codes & {"N021", "N022"}, codes


def test_a_template_string_nobody_checked_fails_the_build_and_names_the_output_file(tmp_path):
    root = _copy_repo(tmp_path)
    main = root / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    main.write_text(text.replace("{% block content %}", "{% block content %}\n  <p class=\"promo\">" + CLAIM + "</p>", 1),
                    encoding="utf-8")
    out = tmp_path / "site"
    result = mkdocs_build(out, config=root / "mkdocs.yml")
    assert result.returncode != 0
    assert "W010" in result.stderr and "index.html" in result.stderr and "财政部" in result.stderr, result.stderr[-2000:]
    assert not out.exists()
