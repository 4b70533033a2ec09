"""policy_site/adapters/markdown_guard.py: a generator that runs mkdocs.yml's Markdown extensions but not
its MkDocs plugins (Zensical, MkDocs 2) fails on the first page instead of publishing unchecked pages;
under MkDocs, where the plugin sets its `gate` option, it changes nothing.
Simulated with Python-Markdown alone, as Zensical calls it: Markdown(extensions=..., extension_configs=...)."""

from __future__ import annotations

import subprocess
import sys

import markdown
import pytest
from conftest import REPO

from policy_site.adapters import markdown_guard
from policy_site.fidelity import rendered

# A fresh interpreter, as Zensical's: mkdocs.yml's markdown_extensions and their options, read the way
# Zensical reads them (yaml's full Loader, !ENV), then one page rendered.
AS_ZENSICAL = """
import sys, yaml
from markdown import Markdown
yaml.Loader.add_constructor("!ENV", lambda loader, node: None)
config = yaml.load(open("mkdocs.yml", encoding="utf-8"), Loader=yaml.Loader)
names, configs = [], {}
for item in config["markdown_extensions"]:
    name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
    names.append(name)
    configs[name] = options or {}
page = open(sys.argv[1], encoding="utf-8").read().split("---", 2)[2]
print(Markdown(extensions=names, extension_configs=configs).convert(page)[:200])
"""


def _bodies() -> dict[str, str]:
    return {p.relative_to(REPO / "docs").as_posix(): p.read_text(encoding="utf-8").split("---", 2)[2]
            for p in sorted((REPO / "docs").rglob("*.md")) if p.read_text(encoding="utf-8").startswith("---")}


def _site_markdown(guard: bool, gate: str = "") -> markdown.Markdown:
    extensions: list = [*rendered.MARKDOWN_EXTENSIONS, *(rendered.GUARD_EXTENSIONS if guard else ())]
    configs = {**rendered._extension_configs(), **({markdown_guard.NAME: {"gate": gate}} if guard else {})}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


def test_mkdocs_yml_lists_the_guard():
    assert f"\n  - {markdown_guard.NAME}\n" in (REPO / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_generator_without_the_hooks_fails_on_the_first_page():
    result = subprocess.run([sys.executable, "-c", AS_ZENSICAL, str(REPO / "docs/measures/financing.md")],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode != 0, result.stdout
    assert "UncheckedBuild: refusing to render pages that the fidelity gate has not checked" in result.stderr, result.stderr
    assert "<p>" not in result.stdout


def test_without_the_gate_every_page_is_refused():
    for gate in ("", "yes", "RAN"):
        for body in _bodies().values():
            with pytest.raises(markdown_guard.UncheckedBuild):
                _site_markdown(guard=True, gate=gate).convert(body)


def test_after_the_gate_the_guard_changes_no_page():
    bodies = _bodies()
    assert len(bodies) > 30
    for rel, body in bodies.items():
        guarded = _site_markdown(guard=True, gate=markdown_guard.GATE_RAN).convert(body)
        assert guarded == _site_markdown(guard=False).convert(body), rel


def test_the_plugin_sets_the_gate_option_in_its_own_config_only():
    """MkDocs validates markdown_extensions (building a Markdown) before the plugin runs: that must not
    raise; the plugin's on_config sets the option in this build's config, nowhere else."""
    markdown.Markdown(extensions=[markdown_guard.NAME])
    from mkdocs.config import load_config

    from policy_site.adapters.mkdocs_plugin import PolicySitePlugin

    config = load_config(str(REPO / "mkdocs.yml"))
    assert config["mdx_configs"].get(markdown_guard.NAME, {}).get("gate") != markdown_guard.GATE_RAN
    plugin = PolicySitePlugin()
    plugin.on_startup(command="serve", dirty=False)  # serve: no staging folder
    plugin.on_config(config)
    assert config["mdx_configs"][markdown_guard.NAME]["gate"] == markdown_guard.GATE_RAN
    assert load_config(str(REPO / "mkdocs.yml"))["mdx_configs"].get(markdown_guard.NAME, {}).get("gate") != markdown_guard.GATE_RAN
