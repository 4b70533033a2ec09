"""The source text stays byte-identical and its paragraph ids stay what was published."""

import hashlib
from pathlib import Path

from policy_site.fidelity.source import SOURCE_PATH, SOURCE_SHA256, load_paragraphs

SHARED = Path(__file__).resolve().parents[2] / "shared" / "source"


def test_source_hash_is_pinned():
    assert hashlib.sha256(SOURCE_PATH.read_bytes()).hexdigest() == SOURCE_SHA256


def test_pin_matches_the_shared_sha256sums():
    sums = SHARED / "SHA256SUMS"
    if not sums.exists():  # the repo can be used without ../shared beside it
        import pytest
        pytest.skip("../shared/source not beside the repo")
    assert sums.read_text().split()[0] == SOURCE_SHA256
    assert (SHARED / "original.txt").read_bytes() == SOURCE_PATH.read_bytes()


def test_paragraph_ids_are_the_published_ones():
    ids = [p.id for p in load_paragraphs()]
    expected = (["title", "q1"] + [f"q1-{i}" for i in range(1, 7)]
                + ["q2"] + [f"q2-{i}" for i in range(1, 13)]
                + ["q3"] + [f"q3-{i}" for i in range(1, 5)]
                + ["q4"] + [f"q4-{i}" for i in range(1, 5)])
    assert ids == expected


def test_paragraph_text_has_no_layout_whitespace_and_nothing_else_is_lost():
    paragraphs = load_paragraphs()
    text = SOURCE_PATH.read_text(encoding="utf-8")
    assert all(p.text == p.text.strip(" \t\u3000\r") for p in paragraphs)
    stripped = "".join(ch for ch in text if ch not in " \t\u3000\r\n")
    assert "".join(p.text for p in paragraphs).replace(" ", "") == stripped
    assert paragraphs[13].id == "q2-5" and paragraphs[13].text.startswith("一是提升小微企业核心竞争力")


def test_the_per_paragraph_pins_match_the_source():
    from policy_site.fidelity.source import PARAGRAPH_HASHES

    pinned = [line.split() for line in PARAGRAPH_HASHES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert pinned == [[p.id, p.sha256] for p in load_paragraphs()]


def _changed(tmp_path, data: bytes):
    import pytest

    from policy_site.fidelity.source import SourceError

    path = tmp_path / "original.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as exc:
        load_paragraphs(path)
    return exc.value


def test_a_changed_source_names_the_paragraph_and_its_line(tmp_path):
    text = SOURCE_PATH.read_text(encoding="utf-8")
    para = next(p for p in load_paragraphs() if p.id == "q2-7")
    err = _changed(tmp_path, text.replace("降低贷款", "提高贷款").encode("utf-8"))
    assert "paragraph q2-7" in str(err) and err.line == para.line
    err = _changed(tmp_path, text.encode("gb18030"))
    assert "re-encoded" in str(err)
    err = _changed(tmp_path, text.replace("\n", "\r\n").encode("utf-8"))
    assert "only layout" in str(err)
    lines = text.split("\n")
    gone = next(p for p in load_paragraphs() if p.id == "q1-3").line
    err = _changed(tmp_path, "\n".join(lines[:gone - 1] + lines[gone:]).encode("utf-8"))
    assert "paragraph q1-3 is missing" in str(err) and gone <= err.line <= gone + 1
