"""Dependencies the build cannot do without, checked before it starts (never degrade silently)."""

from __future__ import annotations

from scripts.build import theme


def dependency_problems() -> list[str]:
    problems = []
    # Material's search and our index drop Chinese segmentation silently when jieba cannot be
    # imported (jieba 0.42 needs setuptools' pkg_resources, hence setuptools<81 in requirements).
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba  # noqa: F401
            import pkg_resources  # noqa: F401
    except Exception as exc:  # ImportError, or jieba failing inside its own import
        problems.append(f"Chinese search segmentation is unavailable: importing jieba failed ({exc!r}); "
                        "install the pinned requirements (requirements.txt pins setuptools<81)")
    try:
        import opencc  # noqa: F401
    except Exception as exc:
        problems.append(f"OpenCC is unavailable ({exc!r}): Traditional-character checks and search would fail")
    version = theme.version_problem()
    if version:
        problems.append(version)
    return problems
