"""Maintainers' tools, each run as `python -m policy_site.tools.NAME`: link and URL checks,
the mutation self-test, the search evaluation, the benchmark."""
