"""The promise (what is checked) has one definition: the checker's own list of codes. The 核验 page,
the README and the CLI show it; every code is in exactly one group of it."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

from scripts.build import generated
from scripts.fidelity.checks import check_site
from scripts.fidelity.diagnostics import CODES, PROMISE, promise


def test_every_code_is_promised_exactly_once():
    listed = [code for _, codes in PROMISE for code in codes]
    assert sorted(listed) == sorted(CODES), set(CODES) ^ set(listed)


def test_the_verification_page_readme_and_cli_say_the_same():
    page = generated.verification_page(check_site(REPO / "docs"))
    assert promise() in page
    assert promise() in (REPO / "README.md").read_text(encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "scripts.fidelity", "--promise"], cwd=REPO, capture_output=True, text=True)
    assert cli.stdout.strip() == promise()
