"""Dependencies the build cannot do without, checked before it starts (never degrade silently)."""

from __future__ import annotations

from policy_site.fidelity import dependencies
from policy_site.pipeline import theme


def dependency_problems() -> list[str]:
    problems = dependencies.problems()
    version = theme.version_problem()
    if version:
        problems.append(version)
    return problems
