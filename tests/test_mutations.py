"""The mutation self-test, sampled: one mutation of every class (57 classes), all refused, two by the
strict build. The full run is `python -m policy_site.tools.mutation_selftest` (11 minutes on 2026-12-01: 1652 of 1652 killed)."""

import re
import subprocess
import sys

from conftest import REPO

CLASSES = {"quote", "label-link", "figure", "figure-truncated", "invisible", "person", "place", "organisation",
           "title", "term", "traditional", "added-sentence", "negative-claim", "raw-html", "emptied-page",
           "claim-negation", "claim-scope", "claim-done", "claim-degree", "claim-attribution", "claim-added",
           "claim-direction", "claim-recombination",
           # constructs that render visible or shared text (policy_site/fidelity/rendered.py)
           "code-block", "code-span", "link-title", "html-attribute", "admonition-title", "details", "table-cell",
           "definition-list", "entity", "image", "attr-list", "outside-link", "front-matter-key", "absence-positive",
           "absence-words", "nav-label", "site-strings", "title-words", "heading-words",
           # the reviewed framing points and the next-step line (policy_site/fidelity/points.py, P003)
           "point-stage", "point-scope", "point-route", "point-amount", "point-date", "point-count", "point-department",
           "point-mention", "next-step-missing",
           # meaning changed while every word stays the text's (policy_site/fidelity/alignment.py, N027)
           "align-roles", "align-recombined", "align-year", "align-verb", "align-figure"}


def test_sampled_mutations_of_every_class_are_all_killed_including_by_the_strict_build():
    result = subprocess.run(
        [sys.executable, "-m", "policy_site.tools.mutation_selftest", "--sample", "1", "--build", "2"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in
            re.finditer(r"^([a-z-]+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+%$", result.stdout, re.M)}
    assert CLASSES <= set(rows), result.stdout
    assert all(killed == tested > 0 for killed, tested in rows.values()), result.stdout
    assert re.search(r", 0 survived", result.stdout)
    assert "strict builds on mutated pages: 2, failed: 2" in result.stdout
