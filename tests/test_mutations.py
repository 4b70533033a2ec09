"""The mutation self-test, sampled: every changed quote character or figure digit is refused."""

import subprocess
import sys

from conftest import REPO


def test_sampled_mutations_are_all_killed_including_by_the_strict_build():
    result = subprocess.run(
        [sys.executable, "-m", "scripts.mutation_selftest", "--sample", "40", "--build", "2"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mutations: 40 of " in result.stdout and ", 40 killed, 0 survived" in result.stdout
    assert "strict builds on mutated pages: 2, failed: 2" in result.stdout
