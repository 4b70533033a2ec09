"""The locks: requirements*.txt generated from requirements*.in by uv, with hashes; installed and checked by
`uv pip sync` (scripts/bootstrap.sh), which puts right a package removed or changed by hand."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

UV = Path(sys.executable).with_name("uv")  # the venv's own, pinned in the lock
PIN_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _in_pins(path: Path) -> dict[str, str]:
    """name -> version for every pin of a .in file, following `-r` (not `-c`: a constraint asks for nothing)."""
    pins: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("-c "):
            continue
        if line.startswith("-r "):
            pins.update(_in_pins(path.parent / line.split(None, 1)[1]))
            continue
        match = PIN_RE.match(line)
        assert match and line == match.group(0), f"{path.name}: every requirement is pinned with ==: {raw!r}"
        pins[_name(match.group(1))] = match.group(2)
    return pins


def _lock(path: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) for every entry of a lock uv wrote."""
    entries: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            match = PIN_RE.match(line)
            assert match, f"{path.name}: not a pinned entry: {line!r}"
            current = _name(match.group(1))
            entries[current] = (match.group(2), [])
        else:
            hashed = re.fullmatch(r"\s+--hash=sha256:([0-9a-f]{64})( \\)?", line)
            assert hashed and current, f"{path.name}: not a hash line: {line!r}"
            entries[current][1].append(hashed.group(1))
    return entries


def _compile_command(lock: Path) -> str:
    return f"uv pip compile {lock.with_suffix('.in').name} -o {lock.name} --generate-hashes --python-version 3.11.7 --universal"


@pytest.mark.parametrize("lock", ["requirements.txt", "requirements-test.txt"])
def test_the_lock_holds_every_pin_of_its_in_file_with_hashes(lock):
    path = REPO / lock
    entries = _lock(path)
    for name, version in _in_pins(path.with_suffix(".in")).items():
        assert name in entries, f"{name} is pinned in {path.with_suffix('.in').name} but not in {lock}: recompile"
        assert entries[name][0] == version, f"{name}: {version} in the .in file, {entries[name][0]} in {lock}: recompile"
    assert all(hashes for _, hashes in entries.values()), [n for n, (_, h) in entries.items() if not h]
    # written by the command that requirements.in tells maintainers to run
    header = path.read_text(encoding="utf-8").splitlines()[:2]
    assert header[1].strip("# ") == _compile_command(path)
    assert _compile_command(path) in (REPO / "requirements.in").read_text(encoding="utf-8")


def test_the_test_lock_installs_the_site_lock_unchanged():
    site, test = _lock(REPO / "requirements.txt"), _lock(REPO / "requirements-test.txt")
    assert site.keys() <= test.keys()
    assert {n: test[n] for n in site} == site


def test_bootstrap_installs_the_lock_with_uv_hash_checked():
    script = (REPO / "scripts/bootstrap.sh").read_text(encoding="utf-8")
    assert ".venv/bin/uv pip sync -q --python .venv/bin/python --require-hashes --compile-bytecode \"$@\" requirements-test.txt" in script
    assert ".venv/bin/uv pip install -q --python .venv/bin/python --require-hashes --compile-bytecode \"$@\" -r requirements.txt" in script
    assert "--require-hashes --no-deps" in script  # pip's install of uv itself


def _uv(*args: str) -> subprocess.CompletedProcess:
    """uv from its cache first (no network), then as bootstrap.sh does when something must be downloaded."""
    if not UV.exists():
        pytest.fail(f"{UV} is missing: run scripts/bootstrap.sh test")
    offline = subprocess.run([str(UV), *args, "--offline"], capture_output=True, text=True)
    if offline.returncode == 0:
        return offline
    return subprocess.run([str(UV), *args], capture_output=True, text=True)


def test_this_venv_is_exactly_the_test_lock():
    """Every package of the lock at its version and nothing else, but this project's own (installed
    editable after the lock by bootstrap.sh: a local folder has no hash for uv's hash mode)."""
    result = _uv("pip", "sync", "--dry-run", "--python", sys.executable, "--require-hashes", str(REPO / "requirements-test.txt"))
    changes = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith(("-", "+"))]
    assert result.returncode == 0, result.stderr
    assert [c for c in changes if not c.startswith("- policy-site==")] == [], result.stderr


def _entry(lock: Path, name: str) -> str:
    text = lock.read_text(encoding="utf-8")
    return re.search(rf"^{name}==.*?(?=^\S)", text, re.S | re.M).group(0)


def test_uv_puts_right_a_package_removed_or_changed_by_hand(tmp_path):
    """A throwaway venv holding two small packages of the lock (their real hashes): uv sees one changed by hand
    and one removed, and its sync (what bootstrap.sh runs) puts both back; a wrong hash is refused."""
    lock = tmp_path / "lock.txt"
    lock.write_text(_entry(REPO / "requirements.txt", "mergedeep") + _entry(REPO / "requirements.txt", "segno"), encoding="utf-8")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    # as bootstrap.sh runs it (copying files, not hard-linking uv's cache: this venv is thrown away)
    sync = ["pip", "sync", "--python", python, "--require-hashes", "--link-mode", "copy", str(lock)]
    assert _uv(*sync).returncode == 0

    def installed() -> list[str]:
        probe = ("import importlib.metadata as m\nfor n in ('mergedeep', 'segno'):\n"
                 "    try: print(m.version(n))\n    except m.PackageNotFoundError: print(None)\n")
        return subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.split()

    assert installed() == ["1.3.4", "1.6.6"]
    # by hand: another mergedeep installed over the locked one, segno removed
    changed = _uv("pip", "install", "--python", python, "--link-mode", "copy", "mergedeep==1.3.3")
    assert changed.returncode == 0, changed.stderr
    removed = _uv("pip", "uninstall", "--python", python, "segno")
    assert removed.returncode == 0, removed.stderr
    assert installed() == ["1.3.3", "None"]
    seen = _uv("pip", "sync", "--dry-run", *sync[2:])
    assert "- mergedeep==1.3.3" in seen.stderr and "+ mergedeep==1.3.4" in seen.stderr and "+ segno==1.6.6" in seen.stderr, seen.stderr
    fixed = _uv(*sync)
    assert fixed.returncode == 0, fixed.stderr
    assert installed() == ["1.3.4", "1.6.6"]
    # the hashes are checked: a lock whose hash does not match the file is refused
    bad = tmp_path / "bad.txt"
    bad.write_text(re.sub(r"sha256:[0-9a-f]{64}", "sha256:" + "0" * 64, _entry(REPO / "requirements.txt", "segno")), encoding="utf-8")
    refused = _uv("pip", "sync", "--python", python, "--require-hashes", "--link-mode", "copy", "--reinstall", str(bad))
    assert refused.returncode != 0 and "hash" in refused.stderr.lower(), refused.stderr
