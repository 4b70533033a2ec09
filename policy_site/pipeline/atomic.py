"""Atomic output: build into a temporary sibling of the output folder and move it into
place only when the whole build succeeded, strict warnings included. A failed build, for
any reason, leaves the previous output byte-identical (and removes its temporary folder).

MkDocs writes straight into site_dir and counts strict-mode warnings only after the last
plugin event, so the decision is taken at shutdown, from our own count of logged warnings.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def count_warnings_when_quiet() -> None:
    """`mkdocs build --strict -q` must stay strict. -q raises the `mkdocs` logger to ERROR, so a
    warning (a broken link) never reaches MkDocs' strict counter nor ours and the build passes.
    Keep the logger at WARNING, so every counter sees warnings, and raise the console handlers to
    the level asked for, so the output stays as quiet."""
    log = logging.getLogger("mkdocs")
    quiet = log.level
    if quiet <= logging.WARNING:
        return
    for handler in log.handlers:
        if not isinstance(handler, (_Counter, logging.NullHandler)):  # MkDocs' CountHandler is a NullHandler
            handler.setLevel(max(handler.level, quiet))
    log.setLevel(logging.WARNING)


@dataclass
class AtomicOutput:
    target: Path
    strict: bool
    staging: Path = field(init=False)
    finished: bool = False
    counter: _Counter = field(default_factory=_Counter)

    def __post_init__(self) -> None:
        self.target = Path(self.target).resolve()
        self.staging = self.target.parent / f".{self.target.name}.building-{os.getpid()}"
        if self.staging.exists():
            shutil.rmtree(self.staging)
        logging.getLogger("mkdocs").addHandler(self.counter)
        count_warnings_when_quiet()

    def succeeded(self) -> bool:
        return self.finished and not (self.strict and self.counter.count)

    def close(self) -> bool:
        """Move the staged build into place if it succeeded, else discard it. Returns success."""
        logging.getLogger("mkdocs").removeHandler(self.counter)
        ok = self.succeeded()
        if ok and self.staging.is_dir():
            old = self.target.parent / f".{self.target.name}.old-{os.getpid()}"
            if self.target.exists():
                self.target.rename(old)
            self.staging.rename(self.target)
            if old.exists():
                shutil.rmtree(old)
        elif self.staging.exists():
            shutil.rmtree(self.staging)
        return ok
