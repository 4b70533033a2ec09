"""policy_site/tools/check_requirements.py, which bootstrap.sh runs to reinstall pins that went missing."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

from policy_site.tools import check_requirements


def test_the_venv_has_every_pin():
    assert check_requirements.problems(REPO / "requirements-test.txt") == []
    assert len(check_requirements.pins(REPO / "requirements-test.txt")) > 30  # -r requirements.txt followed


def test_a_missing_or_different_package_is_reported(tmp_path):
    (tmp_path / "base.txt").write_text("# comment\nPyYAML==6.0.3\npytest==0.0.1  # wrong pin\n", encoding="utf-8")
    req = tmp_path / "requirements.txt"
    req.write_text("-r base.txt\nno-such-package-ip-sme==1.0\n", encoding="utf-8")
    assert check_requirements.problems(req) == [
        "no-such-package-ip-sme==1.0: not installed",
        f"pytest==0.0.1: {check_requirements.metadata.version('pytest')} installed",
    ]
    result = subprocess.run([sys.executable, str(REPO / "policy_site/tools/check_requirements.py"), str(req)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "no-such-package-ip-sme==1.0: not installed" in result.stderr


def test_bootstrap_reinstalls_when_the_check_fails():
    script = (REPO / "scripts/bootstrap.sh").read_text(encoding="utf-8")
    assert '! .venv/bin/python policy_site/tools/check_requirements.py "$req"' in script
