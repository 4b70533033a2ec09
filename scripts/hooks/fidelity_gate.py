"""MkDocs hook: stop the build before anything is written if a page departs from the source.

Thin on purpose: the checks live in scripts/fidelity and run the same from the CLI.
Runs in on_pre_build, which MkDocs calls before it cleans or writes site_dir, so a
failing check leaves no half-built site behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # hooks are loaded by file path, not as a package
    sys.path.insert(0, str(REPO_ROOT))

from scripts.build.model import for_build  # noqa: E402


def on_config(config):
    # Material's search plugin drops Chinese segmentation silently when jieba cannot be
    # imported (jieba 0.42 needs setuptools' pkg_resources). Refuse to build instead.
    try:
        import jieba  # noqa: F401
        import pkg_resources  # noqa: F401
    except Exception as exc:  # ImportError, or jieba failing inside its own import
        raise PluginError(
            f"Chinese search segmentation is unavailable: importing jieba failed ({exc!r}). "
            "Install the pinned requirements (requirements.txt, which pins setuptools<81)."
        ) from exc
    return config


def on_pre_build(config):
    result = for_build(config)
    if not result.ok:
        listing = "\n".join(d.format() for d in result.diagnostics)
        raise PluginError(
            f"{len(result.diagnostics)} page problem(s) against source/original.txt; nothing was built:\n{listing}"
        )
