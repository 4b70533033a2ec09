"""policy_site/pipeline/csp.py: only inline scripts the theme emits are allowed; page content cannot add one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import material
import pytest
from conftest import REPO
from mkdocs_redirects.plugin import HTML_TEMPLATE

from policy_site.pipeline import csp, first_paint
from policy_site.tools.search_eval import serve

THEME_DIRS = [REPO / "overrides", Path(material.__file__).parent / "templates"]
PATTERNS = csp.template_patterns(THEME_DIRS, [HTML_TEMPLATE.format(url="{{ url }}")])
MD_SCOPE = ('__md_scope=new URL("{base}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
            '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
            '__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{t.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}')
ALERT_HASH = csp.sha256("alert(1)")


def page(body: str) -> str:
    return f'<!doctype html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def test_theme_scripts_are_recognised_with_any_template_value():
    html = page(f"<script>{MD_SCOPE.format(base='../..')}</script>"
                '<script>var anchor=window.location.hash.substr(1);location.href="../../measures/financing/"+(anchor?"#"+anchor:"")</script>'
                '<script id="__config" type="application/json">{"base": "../.."}</script>'
                '<script src="../../assets/javascripts/bundle.a5f9d56c.min.js"></script>')
    hashes, problems = csp.page_hashes(html, PATTERNS)
    assert problems == [] and len(hashes) == 2


@pytest.mark.parametrize("script", [
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    '<script type="module">alert(1)</script>',
    '<script data-x="src=">alert(1)</script>',  # looks external to a naive regex
    "<script>" + MD_SCOPE.format(base='.");alert(1);("') + "</script>",  # a value leaving its string
    "<script>" + MD_SCOPE.format(base="..") + ";alert(1)</script>",  # theme text plus more
])
def test_any_other_inline_script_is_refused_and_not_hashed(script):
    hashes, problems = csp.page_hashes(page(script), PATTERNS, "about/index.html")
    assert hashes == []
    assert len(problems) == 1 and problems[0].startswith("about/index.html:1: inline <script> not emitted by the theme")


def test_a_template_value_outside_a_string_literal_is_not_a_pattern():
    patterns = csp.template_patterns([], ['<script>var x={{ v }}</script>', '<script>var s="it\\"s",x={{ v }}</script>',
                                         "<script>var y=`${a}{{ v }}`</script>", '<script>var z="{{ v }}"</script>'])
    assert [p.pattern for p in patterns] == ['var\\ z="' + csp.VALUE + '"']
    assert csp.page_hashes(page('<script>var z="../x/"</script>'), patterns)[1] == []
    assert csp.page_hashes(page('<script>var x=alert(1)</script>'), patterns)[1] != []


def test_a_page_cannot_bring_its_own_policy():
    html = page("""<meta http-equiv="content-security-policy" content="script-src 'unsafe-inline'">""")
    _, problems = csp.page_hashes(html, PATTERNS, "x.html")
    assert problems == ["x.html: has a Content-Security-Policy meta tag of its own; only the build writes one"]


def test_built_site_allows_exactly_its_theme_scripts(site_dir):
    """The theme's inline scripts, and the one the build writes (first_paint.py: the script loader
    and reader-prefs.js), each by its hash; nothing else."""
    union = set()
    build_scripts = csp.exact_patterns(first_paint.inline_scripts(site_dir))
    assert len(build_scripts) == 1
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
        html_without_meta = html.replace(re.search(r"\n    <meta http-equiv=\"Content-Security-Policy\"[^>]*>", html).group(0), "")
        hashes, problems = csp.page_hashes(html_without_meta, PATTERNS + build_scripts, str(path))
        assert problems == [] and meta == csp.meta_policy(hashes), path
        union.update(hashes)
    # __md_scope for each depth, the loader with reader-prefs (first_paint.py), one per redirect stub
    assert len(union) >= 6
    assert csp.header_policy(union) in (site_dir / "_headers").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def injected_build(tmp_path_factory):
    """A temp copy of the repository whose about.md carries <script>alert(1)</script>, built.

    The Markdown-level fidelity gate is left out of the copy: this is the check at the output."""
    root = tmp_path_factory.mktemp("injected") / "repo"
    for item in ("docs", "overrides", "source"):
        shutil.copytree(REPO / item, root / item, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    about = root / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    out = root.parent / "site"
    # The plugin's page gate switched off in this process, and its staging folder (the plugin
    # stages only clean builds): built in place, so the failed output can be inspected here.
    no_gate = ("from policy_site.adapters.mkdocs_plugin import PolicySitePlugin\n"
               "PolicySitePlugin.gate = lambda self, model: None\n"
               "start = PolicySitePlugin.on_startup\n"
               "PolicySitePlugin.on_startup = lambda self, command, dirty: start(self, command=command, dirty=True)\n"
               "from mkdocs.__main__ import cli\ncli()")
    result = subprocess.run([sys.executable, "-c", no_gate, "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(out)],
                            cwd=REPO, capture_output=True, text=True,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SITE_PDF": "0", "SITE_ZOPFLI": "0"})
    return out, result


def test_a_page_with_an_inline_script_fails_the_build_naming_the_file(injected_build):
    out, result = injected_build
    assert result.returncode != 0
    assert f"{out / 'about' / 'index.html'}:" in result.stderr
    assert "inline <script> not emitted by the theme: 'alert(1)'" in result.stderr
    html = (out / "about" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in html and "Content-Security-Policy" in html
    assert ALERT_HASH not in html
    assert not (out / "_headers").exists() and not (out / "_server").exists()


def test_the_injected_script_does_not_run_in_chromium(injected_build, browser):
    """Even the output of the failed build carries a policy that blocks the script."""
    out, _ = injected_build
    page = browser.new_page()
    dialogs, messages = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: messages.append(m.text))
    with serve(out) as url:
        page.goto(url + "about/")
        page.wait_for_load_state("load")
        assert page.locator("h1").count() == 1  # the page itself rendered
    page.close()
    assert dialogs == []
    assert any("Content Security Policy" in m for m in messages)
