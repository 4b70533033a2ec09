"""policy_site/pipeline/server.py: headers, nginx includes, redirects from the stubs, reproducible .gz files."""

from __future__ import annotations

import gzip
import hashlib
import shutil

import pytest

from policy_site.pipeline import server

STUB = '<meta http-equiv="refresh" content="0; url={}">'


def test_redirects_come_from_the_stubs_as_root_paths(tmp_path):
    for rel, target in [("m/3/index.html", "../../measures/financing/"), ("old/page/index.html", "../../new/#part"),
                        ("gone/index.html", "https://example.org/x"), ("top/index.html", "../")]:
        (tmp_path / rel).parent.mkdir(parents=True)
        (tmp_path / rel).write_text(STUB.format(target), encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>a page</p>", encoding="utf-8")
    assert server.redirects(tmp_path) == {
        "/m/3/": "/measures/financing/", "/old/page/": "/new/#part", "/gone/": "https://example.org/x", "/top/": "/"}
    assert "location = /m/3/ { return 301 /measures/financing/; }\n" in server.nginx_redirects(server.redirects(tmp_path))


def test_nginx_files_refuse_what_nginx_would_interpret():
    with pytest.raises(ValueError):
        server.nginx_redirects({"/a b/": "/x/"})
    with pytest.raises(ValueError):
        server.nginx_headers([("X-Test", 'a"b')])
    assert server.nginx_headers([("X-Test", "a 'b'; c")]).endswith("add_header X-Test \"a 'b'; c\" always;\n")


def test_gzip_files_are_reproducible_and_only_for_text(tmp_path):
    (tmp_path / "a.html").write_text("<p>知识产权</p>" * 50, encoding="utf-8")
    (tmp_path / "b.png").write_bytes(b"\x89PNG")
    written = server.gzip_static(tmp_path)
    assert written == [tmp_path / "a.html.gz"]
    first = (tmp_path / "a.html.gz").read_bytes()
    assert gzip.decompress(first) == (tmp_path / "a.html").read_bytes()
    assert first[4:8] == b"\0\0\0\0"  # mtime 0
    server.gzip_static(tmp_path)
    assert (tmp_path / "a.html.gz").read_bytes() == first


def test_large_assets_are_zopfli_compressed_and_cached(tmp_path, monkeypatch):
    """Pages, Material's bundle and stylesheet, the search worker and index: Zopfli's .gz, smaller
    than zlib's level 9 and read by gzip, made on every core; cached by content (a second build does
    not redo it); small files keep level 9."""
    import random

    rng = random.Random(1)
    words = ["知识产权", "小微企业", "质押融资", "专利保险", "公共服务", "var ", "function(", "return ", ";"]
    text = "".join(rng.choice(words) for _ in range(6000))
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "bundle.js").write_text(text, encoding="utf-8")
    (tmp_path / "page.html").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setattr(server, "ZOPFLI_CACHE", cache)
    server.gzip_static(tmp_path)
    data = text.encode("utf-8")
    bundle = (tmp_path / "assets" / "bundle.js.gz").read_bytes()
    assert gzip.decompress(bundle) == data and len(bundle) < len(gzip.compress(data, 9))
    page = (tmp_path / "page.html.gz").read_bytes()
    assert page == bundle  # the same bytes: one cache entry
    (tmp_path / "small.html").write_text(text[:2000], encoding="utf-8")
    server.gzip_static(tmp_path)
    small = text[:2000].encode("utf-8")
    assert (tmp_path / "small.html.gz").read_bytes() == gzip.compress(small, compresslevel=9, mtime=0)
    assert [p.read_bytes() for p in cache.glob("*.gz")] == [bundle]
    (tmp_path / "page.html").write_text(text[::-1], encoding="utf-8")  # two new contents: made on two cores
    (tmp_path / "assets" / "bundle.js").write_text(text + "x", encoding="utf-8")
    server.gzip_static(tmp_path)
    for name, content in (("page.html", text[::-1]), ("assets/bundle.js", text + "x")):
        packed = (tmp_path / (name + ".gz")).read_bytes()
        assert gzip.decompress(packed) == content.encode("utf-8") and len(packed) < len(gzip.compress(content.encode("utf-8"), 9))
    assert len(list(cache.glob("*.gz"))) == 3
    (tmp_path / "page.html").write_text(text, encoding="utf-8")
    (tmp_path / "assets" / "bundle.js").write_text(text, encoding="utf-8")
    entry = cache / f"{hashlib.sha256(data).hexdigest()}.gz"
    entry.write_bytes(bundle[:-9] + gzip.compress(b"x")[-8:] + b"\n")  # damaged: made again, never served
    server.gzip_static(tmp_path)
    assert (tmp_path / "assets" / "bundle.js.gz").read_bytes() == bundle == entry.read_bytes()
    calls = []
    monkeypatch.setattr("zopfli.gzip.compress", lambda d, **kw: calls.append(d) or b"")
    server.gzip_static(tmp_path)  # a second build reads the cache
    assert calls == [] and (tmp_path / "assets" / "bundle.js.gz").read_bytes() == bundle
    monkeypatch.setenv("SITE_ZOPFLI", "0")  # the test suite's other builds: level 9 for all
    server.gzip_static(tmp_path)
    assert (tmp_path / "page.html.gz").read_bytes() == gzip.compress(data, compresslevel=9, mtime=0)


def test_built_site_has_every_server_file(site_dir, tmp_path):
    for path in site_dir.rglob("*"):
        if path.is_file() and path.suffix in server.COMPRESSIBLE:
            assert path.with_name(path.name + ".gz").exists(), path
    conf = (site_dir / "_server" / "headers.conf").read_text(encoding="utf-8")
    assert "add_header Content-Security-Policy" in conf and "frame-ancestors 'self'" in conf
    redirects = (site_dir / "_server" / "redirects.conf").read_text(encoding="utf-8")
    assert redirects.count("location = /m/") == 8
    # A second run over the same output writes the same bytes.
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    server.gzip_static(copy)
    assert (copy / "index.html.gz").read_bytes() == (site_dir / "index.html.gz").read_bytes()
