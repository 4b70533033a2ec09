"""Copies of Material's templates in overrides/ must still match what they were taken from.

Compares (1) the sha256 of each Material template we copy from against the one recorded in
scripts/build/theme.py, and (2) each copy, with our declared change undone, against the
current Material text, so a Material update that changes a copied part fails here."""

from __future__ import annotations

import re

from conftest import REPO

from scripts.build import theme

BLOCK_RE = r"\{%% block %s %%\}.*?\{%% endblock %%\}"


def test_material_version_is_the_pinned_one():
    assert theme.version_problem() is None
    pins = (REPO / "requirements.txt").read_text(encoding="utf-8")
    assert f"mkdocs-material=={theme.MATERIAL_VERSION}" in pins


def test_material_templates_we_copy_from_are_unchanged():
    assert theme.template_hashes() == theme.TEMPLATES


def test_config_block_differs_from_material_only_by_our_search_worker():
    ours = re.search(BLOCK_RE % "config", (REPO / "overrides/main.html").read_text(encoding="utf-8"), re.S).group(0)
    material = re.search(BLOCK_RE % "config", (theme.material_dir() / "base.html").read_text(encoding="utf-8"), re.S).group(0)
    worker = re.search(r'"search": "assets/javascripts/workers/search\.[0-9a-f]+\.min\.js" \| url', material).group(0)
    undone = re.sub(r'"search": "assets/javascripts/cjk-search-worker\.js" \| url', worker, ours)
    assert undone == material


def test_search_partial_differs_from_material_only_by_the_dialog_name():
    ours = (REPO / "overrides/partials/search.html").read_text(encoding="utf-8")
    material = (theme.material_dir() / "partials/search.html").read_text(encoding="utf-8")
    body = ours.split("-#}\n", 1)[1]
    undone = body.replace(''' role="dialog" aria-label="{{ lang.t('search') }}">''', ''' role="dialog">''', 1)
    assert undone == material.split("-#}\n", 1)[1]


def test_drift_test_can_fail(tmp_path):
    changed = tmp_path / "partials"
    changed.mkdir(parents=True)
    for name in theme.TEMPLATES:
        (tmp_path / name).write_text((theme.material_dir() / name).read_text(encoding="utf-8") + "<!-- changed -->")
    assert theme.template_hashes(tmp_path) != theme.TEMPLATES
