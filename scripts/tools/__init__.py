"""Maintainers' tools, each run as `python -m scripts.tools.NAME`: link and URL checks,
the mutation self-test, the search evaluation, the benchmark."""
