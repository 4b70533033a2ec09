"""The current axe-core from npm (pinned in tools/node/package-lock.json, installed by
scripts/bootstrap.sh test), not the older copy bundled with axe-playwright-python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[1] / "tools" / "node" / "node_modules" / "axe-core" / "axe.min.js"


def source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run scripts/test.sh (bootstrap installs tools/node)")
    return AXE.read_text(encoding="utf-8")


def version() -> str:
    return json.loads((AXE.parent / "package.json").read_text(encoding="utf-8"))["version"]


def serious(page) -> list[tuple[str, str, int, list[str]]]:
    """Serious and critical violations on the loaded page: (rule, impact, count, first targets).
    Injected with evaluate (DevTools), so the page's CSP does not block it."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source())
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["impact"], len(v["nodes"]), [str(n["target"]) for n in v["nodes"][:3]])
            for v in results["violations"] if v["impact"] in ("serious", "critical")]
