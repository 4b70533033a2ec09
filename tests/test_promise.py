"""The promise (what is checked) has one definition: the checker's own list of codes. The 核验 page,
the README and the CLI show it; every code is in exactly one group of it."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

from policy_site.fidelity.checks import check_site
from policy_site.fidelity.diagnostics import CODES, PROMISE, promise
from policy_site.pipeline import generated


def test_every_code_is_promised_exactly_once():
    listed = [code for _, codes in PROMISE for code in codes]
    assert sorted(listed) == sorted(CODES), set(CODES) ^ set(listed)


def test_the_verification_page_readme_and_cli_say_the_same():
    page = generated.verification_page(check_site(REPO / "docs"))
    assert promise() in page
    assert promise() in (REPO / "README.md").read_text(encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "policy_site.fidelity", "--promise"], cwd=REPO, capture_output=True, text=True)
    assert cli.stdout.strip() == promise()


def test_the_cli_holds_the_pipelines_data_files_to_the_source(tmp_path, monkeypatch):
    """python -m policy_site.fidelity refuses a 举措清单 clause or a 关键词索引 term that the build would refuse."""
    from policy_site.fidelity.__main__ import data_files
    from policy_site.fidelity.source import load_paragraphs
    from policy_site.pipeline import actions, terms

    paragraphs = load_paragraphs()
    assert data_files(paragraphs) == []
    bad_terms = tmp_path / "terms.yml"
    bad_terms.write_text("# x\n- 知识产权托管服务站\n", encoding="utf-8")
    bad_actions = tmp_path / "actions.yml"
    bad_actions.write_text('- {paragraph: q1-3, stage: 已开展, needs: [capability], clause: "财政部会同工业和信息化部"}\n', encoding="utf-8")
    monkeypatch.setattr(terms, "TERMS_FILE", bad_terms)
    monkeypatch.setattr(actions, "ACTIONS_FILE", bad_actions)
    monkeypatch.setattr(terms, "load_terms", lambda path=bad_terms: ["知识产权托管服务站"])
    monkeypatch.setattr(actions, "load_actions", lambda path=bad_actions: [
        {"paragraph": "q1-3", "stage": "已开展", "needs": ["capability"], "clause": "财政部会同工业和信息化部"}])
    monkeypatch.setattr("policy_site.fidelity.__main__.REPO_ROOT", tmp_path)
    found = data_files(paragraphs)
    assert [(d.file, d.line, d.code) for d in found] == [("terms.yml", 2, "D001"), ("actions.yml", 1, "D001")], found
