"""The content model as data: page kinds, their fields, needs, exemptions.

CONTENT_MODEL.md explains it in prose; keep the two in step.
"""

# Fields every hand-written page carries, and the extra ones each kind needs.
COMMON_FIELDS = ("id", "kind", "title", "summary", "sources")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "home": (),
    "measure": ("number", "related", "needs"),
    "programme": ("related", "needs"),
    "question": ("number",),
    "topic": (),
    "figures": ("figures",),
    "by-need": (),
    "about": (),
}
# Where each kind lives, relative to docs/ ("" = top level).
KIND_DIRS: dict[str, str] = {
    "home": "",
    "measure": "measures",
    "programme": "programmes",
    "question": "questions",
    "topic": "topics",
    "figures": "",
    "by-need": "",
    "about": "",
}
# Fields a kind may carry beyond the required ones. Front matter is a closed schema: any other key
# (such as `description`, which the theme would publish as the page's shared description) is F011.
OPTIONAL_FIELDS: dict[str, tuple[str, ...]] = {"home": ("key_figures",)}
NUMBER_RANGE = {"measure": range(1, 9), "question": range(1, 5)}
# Kinds a `related` entry may point to.
RELATABLE_KINDS = ("measure", "programme")

# The reader's axes of need, in display order, with their Chinese labels.
NEEDS: dict[str, str] = {
    "financing": "融资",
    "patenting": "申请与获权",
    "enforcement": "维权",
    "capability": "能力与人才",
    "services": "公共服务",
}

# Pages the build generates from the source and front matter (never written by hand).
GENERATED_PAGES = {
    "original.md": "original",
    "verification.md": "verification",
    "tujie.md": "tujie",  # policy_site/pipeline/tujie.py via policy_site/pipeline/site_pages.py
    "terms.md": "terms",
    "actions.md": "actions",
    "print.md": "print",
    "changes.md": "changes",
    "accessibility.md": "accessibility",  # 无障碍声明: policy_site/pipeline/accessibility.py
}

# Source paragraphs that need not be cited by any page. Name each with a reason.
COVERAGE_EXEMPT: dict[str, str] = {}

# Page kinds that must carry their own prose (a paragraph under the title) and quote at least one of
# their sources: a content page with only its title says nothing (P001, P002).
SUBSTANTIAL_KINDS = ("measure", "programme", "question", "topic")
# Where such a page says where the reader goes next (policy_site/pipeline/generated.py next_step), P003.
NEXT_STEP_MARKER = "next-step"

# Title of the admonition that holds the site's statements of what the text does not say.
ABSENCE_TITLE = "原文未载明"

# Admonition titles that are site furniture (not checked as prose); any other title is prose.
ADMONITION_LABELS: frozenset[str] = frozenset({ABSENCE_TITLE})

# Words the site itself uses in “” or as names without the source giving them: labels of the
# site, not facts about the policy. Keep this short; every entry is a site label.
SITE_LABELS: frozenset[str] = frozenset({
    "意见",  # 《意见》: the document the whole site is about; q2 defines the short name
    "复制链接", "出处", "原文", "核验", "原文未载明", "关键数字", "按需查找", "政策亮点", "项目与机制", "问答", "引用本页",
    "相关政策亮点", "相关项目与机制", "本站", "非官方整理",
})

# The labels a content page opens with (CONTENT_MODEL, the editorial model): `**对谁**：…`. Site
# furniture, not words of the text; what follows each is checked as the page's prose.
OPENING_LABELS = ("对谁", "已有还是今后")

# Names shared by the checker, the build and the search index: one place for each.
SITE_TITLE = "知识产权支持小微企业发展 · 政策解读（非官方整理）"  # in citations; mkdocs.yml has the short site_name
# Sections the build appends to measure and programme pages: (kind listed, heading, anchor).
RELATED_SECTIONS = (("measure", "相关政策亮点", "related-measures"), ("programme", "相关项目与机制", "related-programmes"))
CITE_SECTION = "cite"
GENERATED_SECTIONS = frozenset({anchor for _, _, anchor in RELATED_SECTIONS} | {CITE_SECTION})
