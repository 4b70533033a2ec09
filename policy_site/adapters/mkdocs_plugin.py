"""The MkDocs adapter: one plugin (`policy-site` in mkdocs.yml), each event a few lines that
hand MkDocs' objects to the pipeline (policy_site/pipeline) and turn its errors into
PluginError. What a build keeps between events lives on the plugin instance, one per build
command; nothing at module level.

The order of the build, in one place:
  on_config        publishing address, dependencies, staging folder, the site model (gate),
                   short links for mkdocs-redirects, 纠错 settings
  on_pre_build     refuse pages that depart from the source (under `serve`: show the problems)
  on_files         generated pages: 原文, 核验, 无障碍声明, terms, actions, print, changes, 图解
  on_page_markdown the page's options for the page transforms, which run inside Markdown
                   (pipeline/page_extension.py -> site_pages.final_markdown)
  on_page_content  tel: links, 复制引文 data, pass-it-on block, then the page version
  on_post_page     skip link and search dialog name; the print page assembled
  on_post_build    pipeline/finalize.py's STEPS over the output folder, then the staging folder
                   replaces site/
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File
from mkdocs_redirects.plugin import HTML_TEMPLATE

from policy_site.adapters import markdown_guard
from policy_site.fidelity import model as page_model
from policy_site.pipeline import (
    feedback,
    finalize,
    generated,
    page_extension,
    phone,
    print_page,
    site_pages,
    theme,
    versions,
    whole_document,
)
from policy_site.pipeline.atomic import AtomicOutput
from policy_site.pipeline.environment import dependency_problems
from policy_site.pipeline.model import SiteModel, failure_message, failure_page, load
from policy_site.pipeline.publish import site_url_problem


def _root(config) -> Path:
    return Path(config["config_file_path"]).parent


def _url(page) -> str:
    return page.url if page.url.startswith("/") else "/" + page.url


class PolicySitePlugin(BasePlugin):
    model: SiteModel  # this build's pages and source, checked (set on_config, before any other event)

    def __init__(self) -> None:
        self.command, self.dirty = "build", False
        self.output: AtomicOutput | None = None
        self.nav: list[str] = []
        self.sections: dict[str, print_page.Section] = {}
        self.versions: dict[str, str] = {}

    def on_startup(self, *, command, dirty) -> None:
        self.command, self.dirty = command, dirty

    @property
    def serve(self) -> bool:
        return self.command == "serve"

    @event_priority(100)  # first: nothing is read or written before these checks
    def on_config(self, config: MkDocsConfig):
        problems = [p for p in (site_url_problem(os.environ), *dependency_problems()) if p]
        if problems:
            raise PluginError("cannot build: " + "; ".join(problems))
        if self.command in ("build", "gh-deploy") and not self.dirty and self.output is None:
            self.output = AtomicOutput(Path(config["site_dir"]), bool(config["strict"]))
            config["site_dir"] = str(self.output.staging)
        self.model = load(Path(config["docs_dir"]), _root(config) / "source" / "original.txt")
        config["mdx_configs"].setdefault(markdown_guard.NAME, {})["gate"] = markdown_guard.GATE_RAN  # refused or shown on_pre_build
        if page_extension.NAME not in config["markdown_extensions"]:
            config["markdown_extensions"].append(page_extension.NAME)
        config["mdx_configs"][page_extension.NAME] = {}  # set for each page on_page_markdown
        self.nav, self.sections, self.versions = [], {}, {}
        if self.model.ok:
            self._configure(config)
        return config

    def _configure(self, config) -> None:
        redirects = config["plugins"].get("redirects")
        if redirects is None:
            raise PluginError("the mkdocs-redirects plugin must be enabled for the short links /m/N/")
        redirects.config.setdefault("redirect_maps", {}).update(generated.short_links(self.model))
        try:
            config["extra"]["whole_document"] = feedback.settings(config["extra"].get("feedback_url"), self.model.paragraphs)
        except feedback.FeedbackError as exc:
            raise PluginError(str(exc)) from exc

    @event_priority(100)  # before anything is generated or written
    def on_pre_build(self, config) -> None:
        self.gate(self.model)

    def gate(self, model: SiteModel) -> None:
        if not model.ok:
            if not self.serve:
                raise PluginError(failure_message(model.diagnostics))
            # `mkdocs serve` hangs on a failed rebuild; instead every page shows the problems.
            print("ERROR   -  " + failure_message(model.diagnostics), file=sys.stderr)

    @event_priority(0)
    def on_files(self, files, config):
        try:
            pages = site_pages.generated_pages(self.model, _root(config), config["site_url"])
        except site_pages.SitePagesError as exc:
            raise PluginError(str(exc)) from exc
        undecodable = {d.file for d in self.model.diagnostics if d.code == "E001"}  # only under serve
        for name in {f.src_uri for f in files} & undecodable:  # MkDocs cannot read it: show the problems
            files.remove(files.get_file_from_path(name))
            pages[name] = failure_page(self.model.diagnostics)
        for name, content in pages.items():
            if files.get_file_from_path(name) is not None:
                raise PluginError(f"docs/{name} is generated by the build; remove the hand-written file")
            files.append(File.generated(config, name, content=content))
        return files

    @event_priority(0)
    def on_nav(self, nav, config, files):
        self.nav = [p.file.src_uri for p in nav.pages]
        return nav

    @event_priority(0)
    def on_env(self, env, config, files):
        env.globals["page_title_text"] = lambda page, site_name: phone.title_of(page, site_name)
        return env

    @event_priority(0)
    def on_page_markdown(self, markdown, page, config, files):
        if not self.model.ok:  # only under serve (or with the gate switched off in a test)
            return failure_page(self.model.diagnostics) if self.serve else markdown
        generated_page = page.file.generated_by is not None or page.file.src_uri in page_model.GENERATED_PAGES
        if "summary" in page.meta and "description" not in page.meta:
            page.meta["description"] = page.meta["summary"]
        # The transforms run inside the Markdown run that renders this page (pipeline/page_extension.py).
        config["mdx_configs"][page_extension.NAME].update(
            site=self.model, page=page.file.src_uri, existing=frozenset(f.src_uri for f in files),
            site_url=config["site_url"], generated=generated_page)
        return markdown

    @event_priority(-50)  # after other plugins changed the content
    def on_page_content(self, html, page, config, files):
        if not self.model.ok:
            return html
        html = generated.anchor_absence_box(html)
        html = phone.page_content(html, self.model.paragraphs, page.canonical_url, phone.title_of(page, config["site_name"]))
        version = versions.page_version(html, config["site_url"])  # after phone: it hashes the final content
        if page.meta.get("id"):
            self.versions[page.meta["id"]] = version
        html = versions.add_to_citation(html, version)
        slug = whole_document.print_slug(page.file.src_uri, page.meta)
        if slug:
            self.sections[page.file.src_uri] = print_page.Section(slug, _url(page), page.meta.get("title") or page.title, html)
        return html

    @event_priority(-50)
    def on_post_page(self, output, page, config):
        try:
            output = theme.add_skip_link(theme.name_search_dialog(output))
        except theme.ThemeError as exc:
            raise PluginError(f"{page.file.src_uri}: {exc}") from exc
        if page.file.src_uri != "print.md" or not self.model.ok:
            return output
        sections = [self.sections[uri] for uri in self.nav if uri in self.sections]
        return output.replace(print_page.PLACEHOLDER, whole_document.assembled_print(sections, config["site_url"]), 1)

    @event_priority(-100)  # after every plugin has written its files (Material's search index, redirect stubs)
    def on_post_build(self, config) -> None:
        try:
            finalize.run(output_of(config, self.model, self.serve, self.versions))
        except finalize.FinalizeError as exc:
            raise PluginError(str(exc)) from exc
        if self.output is not None:
            self.output.finished = True

    def on_shutdown(self) -> None:
        if self.output is not None:
            self.output.close()
            self.output = None


def output_of(config, model: SiteModel, serve: bool, page_versions: dict[str, str] | None = None) -> finalize.Output:
    """What finalize needs from MkDocs' config."""
    redirects = config["plugins"].get("redirects")
    return finalize.Output(
        site_dir=Path(config["site_dir"]), model=model, project_root=_root(config),
        site_url=config["site_url"], site_name=config["site_name"], theme_dirs=[str(d) for d in config["theme"].dirs],
        redirects=list((redirects.config.get("redirect_maps") or {}) if redirects else []),
        extra_templates=[HTML_TEMPLATE.format(url="{{ url }}")], serve=serve, versions=page_versions)
