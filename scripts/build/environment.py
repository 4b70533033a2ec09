"""Dependencies the build cannot do without, checked before it starts (never degrade silently)."""

from __future__ import annotations

from scripts.build import theme
from scripts.fidelity import dependencies


def dependency_problems() -> list[str]:
    problems = dependencies.problems()
    version = theme.version_problem()
    if version:
        problems.append(version)
    return problems
