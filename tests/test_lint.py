"""Lint and type checks as part of the test command (configured in pyproject.toml)."""

import subprocess
import sys

from conftest import REPO


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "scripts", "tests"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_any_of_scripts():
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _css_errors(text: str) -> list[str]:
    """Parse errors, and top-level rules found inside another rule (a lost `}`, as a merge can leave)."""
    import tinycss2

    errors = [f"line {r.source_line}: {r.message}" for r in tinycss2.parse_stylesheet(text, skip_comments=True) if r.type == "error"]
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(("/* ===", "@media")) and depth:
            errors.append(f"line {number}: starts a section at nesting depth {depth}")
        depth += line.count("{") - line.count("}")
    if depth:
        errors.append(f"end of file at nesting depth {depth}")
    return errors


def test_site_css_has_no_unclosed_block():
    assert _css_errors((REPO / "docs/assets/site.css").read_text(encoding="utf-8")) == []


def test_css_check_finds_a_lost_brace():
    broken = "@media print {\n  a { color: red; }\n/* === next === */\np { margin: 0; }\n"
    assert _css_errors(broken)
