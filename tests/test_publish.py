"""policy_site/pipeline/publish.py: a publishing build refuses a missing or loopback SITE_URL."""

from __future__ import annotations

import pytest
from conftest import REPO, mkdocs_build

from policy_site.pipeline.publish import site_url_problem


@pytest.mark.parametrize("url", [None, "", "http://127.0.0.1:8000/", "http://127.1.2.3/", "http://localhost/",
                                 "https://LOCALHOST.:8443/", "http://app.localhost/", "http://[::1]:8000/",
                                 "http://0.0.0.0/", "example.org", "ftp://example.org/",
                                 # other spellings of loopback a resolver accepts
                                 "http://127.1/", "http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"])
def test_publishing_refuses(url):
    env = {"PUBLISH": "1"} if url is None else {"PUBLISH": "1", "SITE_URL": url}
    problem = site_url_problem(env)
    assert problem and problem.startswith("PUBLISH=1 but SITE_URL")


@pytest.mark.parametrize("env", [
    {"PUBLISH": "1", "SITE_URL": "https://example.org/"},
    {"PUBLISH": "true", "SITE_URL": "http://192.0.2.10/ip-sme/"},
    {"PUBLISH": "1", "SITE_URL": "https://[2001:db8::1]/"},
    {},  # a local build: the default address is fine
    {"PUBLISH": "0"},
    {"SITE_URL": "http://127.0.0.1:8000/"},
])
def test_allowed(env):
    assert site_url_problem(env) is None


def test_the_build_refuses_before_writing_anything(tmp_path):
    out = tmp_path / "site"
    result = mkdocs_build(out, env={"PUBLISH": "1", "SITE_URL": "http://localhost:8000/"})
    assert result.returncode != 0
    assert "PUBLISH=1 but SITE_URL='http://localhost:8000/' is a loopback address" in result.stderr
    assert not out.exists()


def test_a_publishing_build_refuses_to_break_a_published_address(tmp_path):
    """A renamed heading id (or page) without a redirect fails a PUBLISH=1 build by itself, the
    previous site untouched (a local build is not refused: the suite's link test reports it there)."""
    import shutil

    from test_build import _copy_repo

    root = _copy_repo(tmp_path)
    shutil.copy(REPO / "published-urls.txt", root)
    page = root / "docs" / "measures" / "financing.md"
    text = page.read_text(encoding="utf-8")
    assert "{#source-text}" in text and "/measures/financing/#source-text" in (root / "published-urls.txt").read_text()
    page.write_text(text.replace("{#source-text}", "{#the-text}"), encoding="utf-8")
    out = tmp_path / "site"
    published = mkdocs_build(out, config=root / "mkdocs.yml", env={"PUBLISH": "1", "SITE_URL": "https://example.org/"})
    assert published.returncode != 0
    assert "/measures/financing/#source-text" in published.stderr and "no anchor #source-text" in published.stderr
    assert not out.exists()
