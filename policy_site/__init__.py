"""This project's code: fidelity/ (the checker) -> search/ -> pipeline/ (the build as plain
functions, finalize.py) -> adapters/ (MkDocs) -> tools/. See README.md beside this file."""
