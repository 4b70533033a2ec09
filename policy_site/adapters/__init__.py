"""Adapters from build tools to the pipeline: the MkDocs plugin, the finalize command, the
Markdown guard that refuses to render outside the checked build."""
