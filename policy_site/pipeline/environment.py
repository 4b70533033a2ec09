"""Dependencies the build cannot do without, checked before it starts (never degrade silently)."""

from __future__ import annotations

from policy_site.fidelity import dependencies
from policy_site.pipeline import theme


def dependency_problems() -> list[str]:
    problems = dependencies.problems()
    try:
        import pypinyin  # noqa: F401  (the search index's homophone runs: policy_site/search/build_index.py)
    except Exception as exc:
        problems.append(f"pypinyin is unavailable ({exc!r}): the search index cannot be built; "
                        "install the pinned requirements (scripts/bootstrap.sh site)")
    version = theme.version_problem()
    if version:
        problems.append(version)
    return problems
