"""The build pipeline: plain functions of one SiteModel, no MkDocs imports.

scripts/fidelity/ reads the source and the pages and checks them; the steps here turn the
checked model into generated pages, sections, exports and server files. scripts/hooks/
only adapts these steps to MkDocs events.
"""
