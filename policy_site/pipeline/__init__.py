"""The build pipeline: plain functions of one SiteModel, no MkDocs imports.

policy_site/fidelity/ reads the source and the pages and checks them; the steps here turn the
checked model into generated pages, sections, exports and server files, and finalize.py runs
the ordered pass over the output. policy_site/adapters/
only adapts these steps to MkDocs events.
"""
