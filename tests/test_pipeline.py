"""The pipeline outside MkDocs, the thin MkDocs adapter, the finalize pass, the import layers, and atomic output."""

from __future__ import annotations

import ast
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO, mkdocs_build
from test_build import _copy_repo

# Blocks the import of mkdocs (and material) in a child interpreter.
NO_MKDOCS = (
    "import sys, runpy\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('mkdocs', 'material'):\n"
    "            raise ImportError('mkdocs is not installed (blocked by the test)')\n"
    "sys.meta_path.insert(0, Block())\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_module(sys.argv[0], run_name='__main__')\n"
)


def _tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_checker_and_generation_run_without_mkdocs(tmp_path):
    check = subprocess.run([sys.executable, "-c", NO_MKDOCS, "policy_site.fidelity"], cwd=REPO, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "all match the source" in check.stdout
    out = tmp_path / "gen"
    gen = subprocess.run([sys.executable, "-c", NO_MKDOCS, "policy_site.pipeline", str(out)], cwd=REPO, capture_output=True, text=True)
    assert gen.returncode == 0, gen.stdout + gen.stderr
    assert "q2-7" in (out / "original.md").read_text(encoding="utf-8")
    assert "原文未载明" in (out / "verification.md").read_text(encoding="utf-8")
    assert json.loads((out / "short-links.json").read_text(encoding="utf-8"))["m/3.md"] == "measures/financing.md"
    financing = (out / "pages" / "measures" / "financing.md").read_text(encoding="utf-8")
    assert "## 引用本页 {#cite data-search-exclude }" in financing
    home = (out / "pages" / "index.md").read_text(encoding="utf-8")
    assert "generated:" not in home and "document-card" in home and "glance" in home
    for name in ("terms.md", "actions.md", "tujie.md"):
        assert (out / name).stat().st_size > 1000, name


ADAPTERS = REPO / "policy_site" / "adapters"
LAYERS = {"fidelity": 0, "search": 1, "pipeline": 2, "adapters": 3, "tools": 4}  # each imports only its own layer or lower


def test_the_mkdocs_adapter_is_thin_ordered_and_keeps_no_module_state():
    tree = ast.parse((ADAPTERS / "mkdocs_plugin.py").read_text(encoding="utf-8"))
    plugin = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "PolicySitePlugin")
    events = [n for n in plugin.body if isinstance(n, ast.FunctionDef) and n.name.startswith("on_")]
    assert len(events) >= 8
    for node in events:
        code_lines = {n.lineno for n in ast.walk(node) if isinstance(n, ast.stmt)} - {node.lineno}
        assert len(code_lines) <= 25, f"{node.name}: {len(code_lines)} lines of code; move the logic to policy_site/pipeline/"
        if node.name not in ("on_startup", "on_shutdown"):
            names = [ast.unparse(d) for d in node.decorator_list]
            assert any("event_priority" in n for n in names), f"{node.name} has no explicit event_priority"
    for path in ADAPTERS.glob("*.py"):
        module = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(module):
            assert not isinstance(node, ast.Global | ast.Nonlocal), f"{path.name}:{node.lineno}: global state"
        for node in module.body:  # module level: imports, functions, classes, the docstring, constants
            if isinstance(node, ast.Assign | ast.AnnAssign):
                value = node.value
                assert not isinstance(value, ast.Dict | ast.List | ast.Set | ast.Call), f"{path.name}:{node.lineno}: module state"


def test_the_plugin_is_registered_and_installed():
    from importlib.metadata import entry_points

    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^plugins:\n(?:  .*\n|\s*#.*\n)*  - policy-site\n", config, re.M), "mkdocs.yml must enable the policy-site plugin"
    assert "\nhooks:" not in config, "the build is the plugin's; hooks run in an order set by numbers"
    found = {e.name: e.value for e in entry_points(group="mkdocs.plugins")}
    assert found.get("policy-site") == "policy_site.adapters.mkdocs_plugin:PolicySitePlugin"


def _imports() -> dict[str, set[str]]:
    """module -> the policy_site modules it imports (relative imports resolved)."""
    graph: dict[str, set[str]] = {}
    for path in sorted((REPO / "policy_site").rglob("*.py")):
        rel = path.relative_to(REPO).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        package = name if rel.name == "__init__" else name.rsplit(".", 1)[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parent + ([base] if base else []))
                if base.startswith("policy_site"):
                    found |= {f"{base}.{a.name}" for a in node.names} | {base}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("policy_site")}
        graph[name] = found
    known = set(graph)
    return {m: {i for i in imps if i in known and i != m} for m, imps in graph.items()}


def test_imports_flow_one_way_without_cycles_and_without_sys_path():
    graph = _imports()
    upward = []
    for module, imps in graph.items():
        layer = LAYERS.get(module.split(".")[1]) if module.count(".") else None
        if layer is None or module.endswith("__main__"):  # a command composes layers; nothing imports it
            continue
        upward += [f"{module} -> {i}" for i in imps if i.count(".") and LAYERS.get(i.split(".")[1], 0) > layer]
    assert upward == [], upward
    # no cycle between modules (packages' __init__ excluded: they only name their modules)
    edges = {m: {i for i in imps if not (REPO / Path(*i.split(".")) / "__init__.py").exists()} for m, imps in graph.items()}
    state: dict[str, int] = {}

    def visit(m, trail):
        state[m] = 1
        for n in edges.get(m, ()):
            assert state.get(n) != 1, "import cycle: " + " -> ".join([*trail, m, n])
            if n not in state:
                visit(n, [*trail, m])
        state[m] = 2

    for m in edges:
        if m not in state:
            visit(m, [])
    offenders = [p.relative_to(REPO).as_posix() for p in (REPO / "policy_site").rglob("*.py") if "sys.path.insert" in p.read_text(encoding="utf-8")]
    assert offenders == [], offenders


def test_the_cycle_and_layer_checks_can_fail(tmp_path, monkeypatch):
    graph = {"policy_site.fidelity.a": {"policy_site.pipeline.b"}, "policy_site.pipeline.b": {"policy_site.fidelity.a"}}
    monkeypatch.setattr(sys.modules[__name__], "_imports", lambda: graph)
    import pytest

    with pytest.raises(AssertionError, match="fidelity.a -> policy_site.pipeline.b"):
        test_imports_flow_one_way_without_cycles_and_without_sys_path()
    graph = {"policy_site.pipeline.a": {"policy_site.pipeline.b"}, "policy_site.pipeline.b": {"policy_site.pipeline.a"}}
    with pytest.raises(AssertionError, match="import cycle"):
        test_imports_flow_one_way_without_cycles_and_without_sys_path()


def test_finalize_runs_as_its_own_command_with_the_same_result(tmp_path):
    """A build whose finalize pass is skipped, then `python -m policy_site.adapters.finalize`: the same
    files as a normal build, byte for byte (pages.json aside: versions of pages that do not show one
    are known only to the page events). The order is the list in policy_site/pipeline/finalize.py."""
    from policy_site.pipeline import finalize

    names = [step.__name__ for step, _ in finalize.STEPS]
    assert names[-1] == "apply_csp_and_server_files" and names.index("check_published_text") > names.index("minify_and_purge")
    env = {**__import__("os").environ, "SITE_PDF": "0", "SITE_ZOPFLI": "0", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    normal = tmp_path / "normal"
    assert mkdocs_build(normal).returncode == 0
    raw = tmp_path / "raw"
    skip = "from policy_site.pipeline import finalize; finalize.run = lambda out: None\nfrom mkdocs.__main__ import cli\ncli()"
    built = subprocess.run([sys.executable, "-c", skip, "build", "--strict", "-d", str(raw)], cwd=REPO, capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr
    assert not (raw / "_headers").exists() and not (raw / "search" / "cjk-index.json").exists()
    done = subprocess.run([sys.executable, "-m", "policy_site.adapters.finalize", str(raw)], cwd=REPO, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    a, b = _tree_digest(normal), _tree_digest(raw)
    assert set(a) == set(b)
    assert sorted(k for k in a if a[k] != b[k]) == ["pages.json", "pages.json.gz"]


def test_failed_strict_build_leaves_the_previous_site_byte_identical(tmp_path, site_dir):
    import shutil

    root = _copy_repo(tmp_path)
    out = tmp_path / "site"
    shutil.copytree(site_dir, out)  # the previous site: the session's build (one build fewer than building it here)
    before = _tree_digest(out)
    assert before
    # A broken link passes the fidelity gate and fails only MkDocs' strict link check,
    # which MkDocs reports after every file is written.
    page = root / "docs" / "measures" / "financing.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n另见[要点](/measures/no-such-page.md)。\n", encoding="utf-8")
    second = mkdocs_build(out, config=root / "mkdocs.yml")
    assert second.returncode != 0
    assert "no-such-page" in second.stderr
    assert _tree_digest(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == []
    # A gate failure leaves it as well.
    page.write_text(page.read_text(encoding="utf-8").replace("同比增长124%", "同比增长142%", 1), encoding="utf-8")
    third = mkdocs_build(out, config=root / "mkdocs.yml")
    assert third.returncode != 0 and "Q001" in third.stderr
    assert _tree_digest(out) == before


def test_serve_shows_gate_failures_on_the_page_instead_of_stopping(tmp_path):
    import pytest
    from mkdocs.exceptions import PluginError

    from policy_site.adapters.mkdocs_plugin import PolicySitePlugin
    from policy_site.pipeline.model import load

    root = _copy_repo(tmp_path)
    page = root / "docs" / "measures" / "financing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("同比增长124%", "同比增长142%", 1), encoding="utf-8")
    plugin = PolicySitePlugin()
    plugin.model = load(root / "docs", root / "source" / "original.txt")

    class FakePage:
        pass

    plugin.on_startup(command="serve", dirty=False)
    plugin.on_pre_build({})  # no exception: serve keeps serving
    shown = plugin.on_page_markdown("# 原来的页面", FakePage(), {}, None)
    assert "构建失败" in shown and "measures/financing.md" in shown and "Q001" in shown

    plugin.on_startup(command="build", dirty=False)
    with pytest.raises(PluginError, match="Q001"):
        plugin.on_pre_build({})


def test_our_assets_are_minified_in_the_output_and_still_parse(site_dir):
    import shutil

    from policy_site.pipeline import minify

    shipped = {p.relative_to(site_dir).as_posix() for p in minify.ours(site_dir)}
    assert {"assets/site.css", "assets/copy-link.js", "assets/javascripts/cjk-search-worker.js"} <= shipped
    assert not any(".min." in p or "/lunr/" in p or "/workers/" in p for p in shipped)  # Material's own
    sources = {"assets/site.css": REPO / "docs/assets/site.css", "assets/copy-link.js": REPO / "docs/assets/copy-link.js",
               "assets/javascripts/cjk-search-worker.js": REPO / "overrides/assets/javascripts/cjk-search-worker.js"}
    for rel, source in sources.items():
        built = (site_dir / rel).read_text(encoding="utf-8")
        assert len(built) < 0.8 * len(source.read_text(encoding="utf-8")), rel
        assert "/*" not in built, rel
    node = shutil.which("node")
    for rel in sorted(shipped):
        if rel.endswith(".js") and node:
            check = subprocess.run([node, "--check", str(site_dir / rel)], capture_output=True, text=True)
            assert check.returncode == 0, rel + check.stderr


def test_html_trim_drops_indentation_only_where_it_cannot_show():
    from policy_site.pipeline.minify import trim_html

    html = ('<div>\n    <p class="a  b">甲\n      乙</p>\n  <pre>\n    x = 1\n  </pre>\n'
            '  <script>\n  var a = 1;\n  </script>\n  <code>a\n   b</code>\n</div>')
    out = trim_html(html)
    assert "\n<p" in out and "甲\n乙" in out and 'class="a  b"' in out
    for kept in ("<pre>\n    x = 1\n  </pre>", "<script>\n  var a = 1;\n  </script>", "<code>a\n   b</code>"):
        assert kept in out
    # blank lines go too; a full-width space (text) and pre-wrap elements' blank lines stay
    assert trim_html("<ul>\n\n  \n<li>\n\n\n首页\n\n</li></ul>") == "<ul>\n<li>\n首页\n</li></ul>"
    assert trim_html("<p>\n\u3000甲</p><kbd>\n\n</kbd><textarea>\n\n a</textarea>") == "<p>\n\u3000甲</p><kbd>\n\n</kbd><textarea>\n\n a</textarea>"


def test_materials_config_block_keeps_its_json_with_characters_for_escapes():
    """Compact, with characters for \\u escapes; without the translations a page cannot show
    (clipboard.* where it has no code block, select.version where no version is set) and the
    keys whose value is null."""
    import json

    from policy_site.pipeline.minify import trim_html

    words = {"clipboard.copied": "已复制", "clipboard.copy": "复制", "select.version": "选择当前版本", "x": "<b>"}
    data = {"translations": words, "base": "../..", "annotate": None, "version": None}
    html = f'<script id="__config" type="application/json">{json.dumps(data)}</script>'

    def config(page: str) -> tuple[dict, str]:
        body = trim_html(page).split('type="application/json">', 1)[1].split("</script>", 1)[0]
        return json.loads(body), body

    got, body = config(html)
    assert got == {"translations": {"x": "<b>"}, "base": "../.."}
    assert "<" not in body and ", " not in body  # nothing in it can close the element; compact
    got, body = config(html + "<pre><code>a</code></pre>")  # a code block: its copy button's words stay
    assert got["translations"] == {k: v for k, v in words.items() if k != "select.version"}
    assert "已复制" in body and "\\u5df2" not in body
    with_version = html.replace('"version": null', '"version": {"provider": "mike"}')
    assert config(with_version)[0] == {"translations": {"select.version": "选择当前版本", "x": "<b>"}, "base": "../..",
                                       "version": {"provider": "mike"}}


def test_built_pages_are_trimmed(site_dir):
    html = (site_dir / "measures" / "financing" / "index.html").read_text(encoding="utf-8")
    body = html.split("<body", 1)[1]
    outside = re.sub(r"<(pre|textarea|code|script|style)\b.*?</\1>", "", body, flags=re.S)
    assert not re.search(r"\n[ \t]+<", outside)


def test_quiet_never_means_lenient(tmp_path):
    """`mkdocs build --strict -q` with a broken link fails (MkDocs logs the link as a warning, which -q
    used to hide from the strict count) and leaves the previous site as it was."""
    root = _copy_repo(tmp_path)
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("the previous site", encoding="utf-8")
    before = _tree_digest(out)
    page = root / "docs" / "measures" / "financing.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n见[原文](/measures/nowhere.md)。\n", encoding="utf-8")
    env = {**__import__("os").environ, "SITE_PDF": "0", "SITE_ZOPFLI": "0", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    quiet = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(out)],
                           cwd=REPO, capture_output=True, text=True, env=env)
    assert quiet.returncode != 0, quiet.stdout + quiet.stderr
    assert "nowhere.md" not in quiet.stderr.split("Aborted")[0]  # still quiet: the warning itself is not printed
    assert _tree_digest(out) == before


def test_serve_never_hangs_on_a_bad_page_file_and_recovers_on_save(tmp_path):
    """The real `mkdocs serve`: each kind of bad page file (broken YAML, no front matter, a BOM, an
    empty file, GBK bytes) shows the problem list on the page, and saving the good file brings the
    page back. One server, each kind in turn."""
    import os
    import socket
    import time
    import urllib.request

    root = _copy_repo(tmp_path)
    page = root / "docs" / "measures" / "financing.md"
    good = page.read_bytes()
    # in an order where each kind shows a code other than the one before, so every rebuild is seen
    kinds = [
        ("broken YAML", "F002", b"---\nid: financing\nkind: measure\ntitle: [broken\n---\n# x\n"),
        ("BOM", "E002", b"\xef\xbb\xbf" + good),
        ("empty", "F001", b""),
        ("GBK", "E001", good.decode("utf-8").encode("gb18030")),
        ("no front matter", "F001", "# 缓解小微企业融资难\n".encode()),
    ]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SITE_PDF": "0", "SITE_ZOPFLI": "0"}
    log = open(tmp_path / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"),
                               "-a", f"127.0.0.1:{port}"], cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env)

    def page_text() -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/measures/financing/", timeout=5) as r:
                return r.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(predicate, what: str) -> None:
        deadline = time.time() + 60
        while time.time() < deadline:
            if predicate(page_text()):
                return
            time.sleep(0.5)
        raise AssertionError(f"{what}: {(tmp_path / 'serve.log').read_text()[-3000:]}")

    try:
        wait_for(lambda t: "缓解小微企业融资难" in t and "构建失败" not in t, "the good site is served")
        for kind, code, content in kinds:
            page.write_bytes(content)
            wait_for(lambda t, code=code: "构建失败" in t and re.search(rf"measures/financing\.md:\d+: {code} ", t) is not None,
                     f"{kind}: the page shows the problem list ({code})")
        page.write_bytes(good)
        wait_for(lambda t: "构建失败" not in t and "缓解小微企业融资难" in t, "the page recovers on save")
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


NO_SETUPTOOLS = NO_MKDOCS.replace("('mkdocs', 'material')", "('setuptools', 'pkg_resources')").replace(
    "mkdocs is not installed", "setuptools is not installed")


def test_check_and_segmentation_work_without_setuptools():
    """jieba 0.42 reads its dictionary without pkg_resources: no setuptools pin, no guard."""
    check = subprocess.run([sys.executable, "-c", NO_SETUPTOOLS, "policy_site.fidelity"], cwd=REPO, capture_output=True, text=True)
    assert check.returncode == 0 and "all match the source" in check.stdout, check.stdout + check.stderr
    probe = NO_SETUPTOOLS.split("sys.argv = ")[0] + (
        "import jieba.posseg as p\nprint(' '.join(f'{w.word}/{w.flag}' for w in p.cut('国家知识产权局会同工业和信息化部')))\n")
    cut = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True)
    assert "国家知识产权局/nt" in cut.stdout, cut.stdout + cut.stderr


def test_the_checker_says_plainly_when_jieba_is_missing(tmp_path):
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "jieba.py").write_text("raise ImportError('No module named jieba')\n")
    env = {**__import__("os").environ, "PYTHONPATH": str(shadow)}
    result = subprocess.run([sys.executable, "-m", "policy_site.fidelity"], cwd=REPO, capture_output=True, text=True, env=env)
    assert result.returncode == 2 and "jieba is unavailable" in result.stderr and "Traceback" not in result.stderr


def test_the_benchmark_baseline_is_stock_material_over_our_pages(tmp_path):
    """python -m scripts.benchmark compares with Material's defaults over the same pages: no plugin of
    ours, no guard (it would refuse the baseline's pages), the generated pages present."""
    from policy_site.tools import benchmark

    config = tmp_path / "baseline.yml"
    benchmark.baseline_config(config)
    text = config.read_text(encoding="utf-8")
    assert "markdown_guard" not in text and "policy-site" not in text and "hooks" not in text
    benchmark.build(config, tmp_path / "out", SITE_PDF="0")
    assert (tmp_path / "out" / "original" / "index.html").is_file()
    assert "Content-Security-Policy" not in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_the_page_transforms_run_inside_markdown():
    """pipeline/page_extension.py: given the page, the Markdown run renders the page's final Markdown
    (related pages, 引用本页, next step, card); without a page it changes nothing."""
    import markdown

    from policy_site.fidelity import rendered
    from policy_site.pipeline import page_extension, site_pages
    from policy_site.pipeline.model import load

    site = load(REPO / "docs")
    page = next(p for p in site.pages if p.rel == "measures/financing.md")
    body = "\n".join(page.lines).split("---", 2)[2]
    existing = frozenset(p.rel for p in site.pages)

    def html(*extra, text=body):
        return markdown.Markdown(extensions=[*rendered.MARKDOWN_EXTENSIONS, *extra],
                                 extension_configs=rendered._extension_configs()).convert(text)

    transformed = html(page_extension.PageTransforms(site=site, page=page.rel, existing=existing, site_url="http://x/"))
    assert transformed == html(text=site_pages.final_markdown(site, page.rel, body, existing, "http://x/"))
    assert 'id="citation-text"' in transformed and 'id="citation-text"' not in html()
    assert html(page_extension.PageTransforms()) == html()
