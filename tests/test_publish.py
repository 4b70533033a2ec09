"""scripts/build/publish.py: a publishing build refuses a missing or loopback SITE_URL."""

from __future__ import annotations

import pytest
from conftest import mkdocs_build

from scripts.build.publish import site_url_problem


@pytest.mark.parametrize("url", [None, "", "http://127.0.0.1:8000/", "http://127.1.2.3/", "http://localhost/",
                                 "https://LOCALHOST.:8443/", "http://app.localhost/", "http://[::1]:8000/",
                                 "http://0.0.0.0/", "example.org", "ftp://example.org/"])
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
