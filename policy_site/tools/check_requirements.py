"""Are the pinned requirements installed at their pins? Standard library only (bootstrap.sh runs it).

    python policy_site/tools/check_requirements.py requirements-test.txt   # exit 1 and list what is missing or wrong
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

PIN_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)\s*(?:;.*)?$")


def pins(requirements: Path) -> dict[str, str]:
    """name -> version for every `name==version` line, following `-r other.txt`."""
    found: dict[str, str] = {}
    for raw in requirements.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("-r ", "--requirement ")):
            found.update(pins(requirements.parent / line.split(None, 1)[1]))
        elif match := PIN_RE.match(line):
            found[match.group(1)] = match.group(2)
        else:
            raise ValueError(f"{requirements}: not a pin: {raw!r}")
    return found


def problems(requirements: Path) -> list[str]:
    out = []
    for name, wanted in sorted(pins(requirements).items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            out.append(f"{name}=={wanted}: not installed")
            continue
        if installed != wanted:
            out.append(f"{name}=={wanted}: {installed} installed")
    return out


def main(argv: list[str]) -> int:
    found = [p for req in argv or ["requirements.txt"] for p in problems(Path(req))]
    for line in found:
        print(f"check_requirements: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
