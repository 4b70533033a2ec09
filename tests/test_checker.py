"""The fidelity checker against pages that are wrong on purpose: exact code, file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.source import SOURCE_PATH, SOURCE_SHA256, load_paragraphs

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def codes(diags, file=None):
    return sorted((d.code, d.line) for d in diags if file is None or d.file == file)


def site_with(tmp_path: Path, pages: dict[str, str], with_real_site: bool = True) -> Path:
    """A docs dir: the real site (so coverage and related ids hold) plus `pages` on top."""
    docs = tmp_path / "docs"
    if with_real_site:
        shutil.copytree(REPO / "docs", docs)
    else:
        docs.mkdir()
    for rel, text in pages.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    return docs


def test_real_site_passes():
    result = check_site(REPO / "docs")
    assert [d.format() for d in result.diagnostics] == []
    assert len(result.paragraphs) == 31


def test_good_fixture_page_passes(tmp_path):
    docs = site_with(tmp_path, {"measures/financing.md": (FIXTURES / "good_measure.md").read_text()})
    assert codes(check_site(docs).diagnostics) == []


def test_bad_page_reports_every_problem_with_its_line(tmp_path):
    docs = site_with(tmp_path, {"measures/financing.md": (FIXTURES / "bad_measure.md").read_text()})
    diags = check_site(docs).diagnostics
    assert codes(diags, "measures/financing.md") == sorted([
        ("N001", 6),    # 八十家 in the summary
        ("F007", 7),    # q9-9
        ("F010", 9),    # need 'money'
        ("N001", 14),   # 1,170万 written differently from the source's 1170万
        ("H001", 16),   # heading without id
        ("Q001", 18),   # 调察 for 调查
        ("Q002", 21),   # blockquote without citation
        ("Q003", 24),   # cites q1-3, not in sources
        ("N001", 26),   # ２３５亿元 in full-width digits
        ("L001", 26), ("L001", 26), ("L001", 26),
        ("H002", 30),   # duplicate heading id
    ])


def test_quote_diagnostic_shows_the_source_text_it_should_match(tmp_path):
    docs = site_with(tmp_path, {"measures/financing.md": (FIXTURES / "bad_measure.md").read_text()})
    q001 = [d for d in check_site(docs).diagnostics if d.code == "Q001"][0]
    assert q001.format().startswith("measures/financing.md:18: Q001 quote is not verbatim in q2-7")
    assert "建立知识产权金融服务需求调查制度" in q001.expected


def test_figure_diagnostic_suggests_the_source_spelling(tmp_path):
    docs = site_with(tmp_path, {"measures/financing.md": (FIXTURES / "bad_measure.md").read_text()})
    n001 = [d for d in check_site(docs).diagnostics if d.code == "N001" and d.line == 26][0]
    assert "'２３５亿元'" in n001.message
    assert n001.expected == "235亿元 (q1-4)"


@pytest.mark.parametrize("front, code, line", [
    ("id: financing\nkind: measure\ntitle: [unclosed\n", "F002", 4),
    ("id: financing\nkind: measure\nnumber: 3\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nrelated: []\nneeds: []\n", "F008", 2),
    ("id: financing\nkind: measure\nnumber: 3\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nsources: []\nrelated: []\nneeds: []\n", "F008", 7),
    ("id: Financing\nkind: measure\nnumber: 3\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nsources: [q2-7]\nrelated: []\nneeds: []\n", "F005", 2),
    ("id: financing\nkind: measure\nnumber: 9\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nsources: [q2-7]\nrelated: []\nneeds: []\n", "F004", 4),
    ("id: financing\nkind: measure\nnumber: 3\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nsources: [q2-7]\nrelated: [no-such-page]\nneeds: []\n", "F009", 8),
    ("id: financing\nkind: leaflet\ntitle: 缓解小微企业融资难\n", "F004", 3),
    ("id: financing\nkind: measure\ntitle: 缓解小微企业融资难\nsummary: 摘要。\nsources: [q2-7]\n", "F003", 2),
])
def test_bad_front_matter_gets_one_clear_message(tmp_path, front, code, line):
    page = f"---\n{front}---\n\n# 缓解小微企业融资难\n"
    docs = site_with(tmp_path, {"measures/financing.md": page})
    diags = [d for d in check_site(docs).diagnostics if d.file == "measures/financing.md"]
    assert (code, line) in codes(diags)
    assert all("Traceback" not in d.message for d in diags)


def test_page_without_front_matter(tmp_path):
    docs = site_with(tmp_path, {"topics/stray.md": "# 没有前置数据\n"})
    assert codes(check_site(docs).diagnostics, "topics/stray.md") == [("F001", 1)]


def test_duplicate_page_id(tmp_path):
    text = (REPO / "docs/measures/financing.md").read_text()
    docs = site_with(tmp_path, {"measures/financing-copy.md": text})
    diags = check_site(docs).diagnostics
    assert ("F005", 2) in codes(diags, "measures/financing-copy.md")  # id must equal the file name
    f006 = [d for d in diags if d.code == "F006"]  # and it is taken: reported once, naming both files
    assert len(f006) == 1 and {f006[0].file, f006[0].message.split(" by ")[1]} == {
        "measures/financing.md", "measures/financing-copy.md"}


def test_uncited_paragraph_breaks_coverage(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    # Drop q4-1 from every page that cites it; the quotes of it then also fail (Q003).
    for path in docs.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        if "q4-1" in text:
            path.write_text(text.replace(", q4-1]", "]").replace("[q4-1, ", "[").replace(", q4-1,", ","), encoding="utf-8")
    diags = check_site(docs).diagnostics
    assert ("C001", 54) in codes(diags, "source/original.txt")


def test_unknown_paragraph_in_citation(tmp_path):
    page = (FIXTURES / "good_measure.md").read_text().replace("/original.md#q2-7)", "/original.md#q2-70)")
    docs = site_with(tmp_path, {"measures/financing.md": page})
    assert ("Q004", 19) in codes(check_site(docs).diagnostics, "measures/financing.md")


def test_quote_admonition_is_checked_like_a_blockquote(tmp_path):
    page = (FIXTURES / "good_measure.md").read_text() + (
        "\n!!! quote\n    三是缓解小微企业融资难，建立知识产权金融服务需求调查。\n"
        "    —— [原文 q2-7](/original.md#q2-7)\n"
    )
    docs = site_with(tmp_path, {"measures/financing.md": page})
    assert codes(check_site(docs).diagnostics, "measures/financing.md") == [("Q001", 22)]


def test_raw_html_blockquote_is_refused(tmp_path):
    page = (FIXTURES / "good_measure.md").read_text() + "\n<blockquote>原文之外的话</blockquote>\n"
    docs = site_with(tmp_path, {"measures/financing.md": page})
    assert codes(check_site(docs).diagnostics, "measures/financing.md") == [("Q005", 21)]


def test_unknown_generated_marker(tmp_path):
    page = (FIXTURES / "good_measure.md").read_text() + "\n<!-- generated: tabel -->\n"
    docs = site_with(tmp_path, {"measures/financing.md": page})
    assert codes(check_site(docs).diagnostics, "measures/financing.md") == [("G001", 21)]


def test_kangxi_radical_and_compatibility_ideograph(tmp_path):
    # U+2F2F KANGXI RADICAL WORK looks like 工; U+F9B2 is a compatibility form of 零.
    page = (FIXTURES / "good_measure.md").read_text() + "\n加强\u2f2f作，\uf9b2散。\n"
    docs = site_with(tmp_path, {"measures/financing.md": page})
    diags = [d for d in check_site(docs).diagnostics if d.file == "measures/financing.md"]
    assert codes(diags) == [("L001", 21), ("L001", 21)]
    assert "Kangxi radical U+2F2F" in diags[0].message and diags[0].expected == "'工'"


def test_changed_source_stops_everything(tmp_path):
    changed = tmp_path / "original.txt"
    changed.write_bytes(SOURCE_PATH.read_bytes().replace("1170万".encode(), "1171万".encode()))
    result = check_site(REPO / "docs", source_path=changed)
    q1_1 = next(p for p in load_paragraphs() if p.id == "q1-1")
    assert codes(result.diagnostics) == [("S001", q1_1.line)]  # the changed paragraph's line
    assert "sha256" in result.diagnostics[0].message and "paragraph q1-1" in result.diagnostics[0].message


def test_missing_source(tmp_path):
    result = check_site(REPO / "docs", source_path=tmp_path / "nope.txt", source_sha256=SOURCE_SHA256)
    assert codes(result.diagnostics) == [("S001", 1)]
    assert "missing" in result.diagnostics[0].message


def test_figures_table_must_list_every_source_figure(tmp_path):
    text = (REPO / "docs/figures.md").read_text(encoding="utf-8")
    dropped = "\n".join(l for l in text.split("\n") if "figure: 9505万元" not in l)
    wrong = dropped.replace("figure: 744家", "figure: 745家")
    docs = site_with(tmp_path, {"figures.md": wrong})
    got = [(d.code, d.message) for d in check_site(docs).diagnostics if d.file == "figures.md"]
    assert ("T001", "figure '745家' does not occur in q1-4") in got
    assert ("T002", "figure '9505万元' of q1-4 is missing from the table") in got
    assert ("T002", "figure '744家' of q1-4 is missing from the table") in got


def test_cli_prints_all_problems_and_exits_nonzero(tmp_path, capsys):
    from policy_site.fidelity.__main__ import main

    docs = site_with(tmp_path, {"measures/financing.md": (FIXTURES / "bad_measure.md").read_text()})
    assert main([str(docs)]) == 1
    out = capsys.readouterr()
    assert out.out.count("measures/financing.md:") == 13
    assert "13 problem(s)" in out.err
    assert main([str(REPO / "docs")]) == 0


def test_figure_swapped_for_another_of_the_same_paragraph(tmp_path):
    # q3-2 has both 60% (GDP) and 50% (tax): the words next to the figure must match.
    page = (FIXTURES / "good_measure.md").read_text().replace("sources: [q2-7, q1-4]", "sources: [q2-7, q1-4, q3-2]")
    ok = page + "\n小微企业产生的税收大概占到总税收的50%。\n"
    swapped = page + "\n小微企业产生的税收大概占到总税收的60%。\n"
    assert codes(check_site(site_with(tmp_path / "a", {"measures/financing.md": ok})).diagnostics, "measures/financing.md") == []
    diags = [d for d in check_site(site_with(tmp_path / "b", {"measures/financing.md": swapped})).diagnostics
             if d.file == "measures/financing.md"]
    assert codes(diags) == [("N002", 21)]
    assert "总GDP的60%左右" in diags[0].expected


def test_a_page_read_again_is_the_same_and_a_changed_page_is_read_anew(tmp_path):
    """read_page keeps what it read by path and bytes (policy_site/fidelity/pages.py): the same bytes
    give an equal page and the same diagnostics, a changed file is parsed again, and a caller changing
    the page it got does not change the next reading."""
    from policy_site.fidelity.pages import read_page

    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    path = docs / "measures" / "financing.md"
    first, said = [], []
    page = read_page(path, "measures/financing.md", first)
    page.lines.append("changed by a caller")
    page.meta["title"] = "changed"
    again = read_page(path, "measures/financing.md", said)
    assert again.lines[-1] != "changed by a caller" and again.meta["title"] != "changed"
    assert said == first
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    bad: list = []
    read_page(path, "measures/financing.md", bad)
    assert [d.code for d in bad] == ["E002"]
