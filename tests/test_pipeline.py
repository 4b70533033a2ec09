"""The pipeline outside MkDocs, thin hooks, and atomic output."""

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
    check = subprocess.run([sys.executable, "-c", NO_MKDOCS, "scripts.fidelity"], cwd=REPO, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "all match the source" in check.stdout
    out = tmp_path / "gen"
    gen = subprocess.run([sys.executable, "-c", NO_MKDOCS, "scripts.build", str(out)], cwd=REPO, capture_output=True, text=True)
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


def test_every_hook_event_has_an_explicit_priority_and_hooks_stay_thin():
    for path in sorted((REPO / "scripts" / "hooks").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("on_") and node.name not in ("on_startup", "on_shutdown", "on_serve"):
                names = [ast.unparse(d) for d in node.decorator_list]
                assert any("event_priority" in n for n in names), f"{path.name}: {node.name} has no explicit event_priority"
                assert len(node.body) <= 15, f"{path.name}: {node.name} holds logic ({len(node.body)} statements); move it to scripts/build/"


def test_hooks_are_registered_in_mkdocs_yml():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for path in sorted((REPO / "scripts" / "hooks").glob("*.py")):
        assert f"scripts/hooks/{path.name}" in config, f"{path.name} is not registered in mkdocs.yml"


def test_failed_strict_build_leaves_the_previous_site_byte_identical(tmp_path):
    root = _copy_repo(tmp_path)
    out = tmp_path / "site"
    first = mkdocs_build(out, config=root / "mkdocs.yml")
    assert first.returncode == 0, first.stderr
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


def _load_hook(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"hook_{name}", REPO / "scripts" / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_serve_shows_gate_failures_on_the_page_instead_of_stopping(tmp_path):
    import pytest
    from mkdocs.exceptions import PluginError

    root = _copy_repo(tmp_path)
    page = root / "docs" / "measures" / "financing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("同比增长124%", "同比增长142%", 1), encoding="utf-8")
    gate = _load_hook("fidelity_gate")
    config = {"docs_dir": str(root / "docs")}

    class FakePage:
        pass

    gate.on_startup(command="serve", dirty=False)
    gate.on_pre_build(config)  # no exception: serve keeps serving
    shown = gate.on_page_markdown("# 原来的页面", FakePage(), config, None)
    assert "构建失败" in shown and "measures/financing.md" in shown and "Q001" in shown

    gate.on_startup(command="build", dirty=False)
    with pytest.raises(PluginError, match="Q001"):
        gate.on_pre_build({"docs_dir": str(root / "docs")})
    assert gate.on_page_markdown("# 原来的页面", FakePage(), config, None) == "# 原来的页面"


def test_our_assets_are_minified_in_the_output_and_still_parse(site_dir):
    import shutil

    from scripts.build import minify

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
    from scripts.build.minify import trim_html

    html = ('<div>\n    <p class="a  b">甲\n      乙</p>\n  <pre>\n    x = 1\n  </pre>\n'
            '  <script>\n  var a = 1;\n  </script>\n  <code>a\n   b</code>\n</div>')
    out = trim_html(html)
    assert "\n<p" in out and "甲\n乙" in out and 'class="a  b"' in out
    for kept in ("<pre>\n    x = 1\n  </pre>", "<script>\n  var a = 1;\n  </script>", "<code>a\n   b</code>"):
        assert kept in out


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
    env = {**__import__("os").environ, "SITE_PDF": "0", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
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
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SITE_PDF": "0"}
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
    check = subprocess.run([sys.executable, "-c", NO_SETUPTOOLS, "scripts.fidelity"], cwd=REPO, capture_output=True, text=True)
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
    result = subprocess.run([sys.executable, "-m", "scripts.fidelity"], cwd=REPO, capture_output=True, text=True, env=env)
    assert result.returncode == 2 and "jieba is unavailable" in result.stderr and "Traceback" not in result.stderr
