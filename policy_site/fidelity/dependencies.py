"""What the checker cannot do without: jieba (names, words) and OpenCC (Traditional characters).

Checked before any page is read, so a missing package is one clear sentence, never a traceback
or a silently weaker check. jieba 0.42 needs no setuptools: without pkg_resources it reads its
dictionary by itself (tests/test_pipeline.py runs the checker with setuptools blocked).
"""

from __future__ import annotations


def problems() -> list[str]:
    out = []
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba  # noqa: F401
    except Exception as exc:  # ImportError, or jieba failing inside its own import
        out.append(f"jieba is unavailable ({exc!r}): names, words and Chinese search cannot be checked; "
                   "install the pinned requirements (scripts/bootstrap.sh site)")
    try:
        import opencc  # noqa: F401
    except Exception as exc:
        out.append(f"OpenCC is unavailable ({exc!r}): Traditional characters cannot be checked; "
                   "install the pinned requirements (scripts/bootstrap.sh site)")
    return out
