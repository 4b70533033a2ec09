"""A diagnostic: one problem, where it is, and the source text it should match."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    code: str
    message: str
    expected: str | None = None  # the source text the page should have matched

    def format(self) -> str:
        out = f"{self.file}:{self.line}: {self.code} {self.message}"
        if self.expected:
            out += f"\n    source: {self.expected}"
        return out


# One line per code, for the CLI's --codes and the README.
CODES = {
    "S001": "source file missing or changed (sha256 pin)",
    "F001": "front matter missing or not closed",
    "F002": "front matter is not valid YAML",
    "F003": "front matter field missing",
    "F004": "front matter field has a wrong value",
    "F005": "page id differs from its file name, or is not ASCII",
    "F006": "page id used twice",
    "F007": "unknown source paragraph id",
    "F008": "page has no source at all",
    "F009": "related id unknown or not a measure/programme",
    "F010": "unknown need",
    "F011": "front-matter key not in the page kind's schema",
    "Q001": "quote not verbatim in the paragraph it cites",
    "Q002": "blockquote without a citation line",
    "Q003": "quote cites a paragraph missing from the page's sources",
    "Q004": "quote cites an unknown paragraph id",
    "Q005": "raw HTML blockquote",
    "N001": "figure not in any paragraph the page cites",
    "N002": "figure in a cited paragraph, but not with the words around it on the page",
    "N011": "title in 《》 not in any paragraph the page cites",
    "N012": "term in “” not in any paragraph the page cites (nor a site label)",
    "N013": "person, place or organisation not in any paragraph the page cites",
    "N014": "name one character away from a name in the source",
    "N021": "word in the prose not in any paragraph the page cites (nor a framing word)",
    "N022": "negation or modifier (全面, 已, 只 …) not before the word the cited paragraphs have it before",
    "N023": "sentence naming a question or highlight says what that part does not",
    "N025": "verb of direction (提高, 降低, 加强 …) with an object the cited paragraphs do not pair it with",
    "N026": "framing point (已有工作, 今后打算, “中小企业” …) not true of the paragraphs the page cites",
    "N027": "clause that states a fact does not align to one sentence of the text (its words, in the text's order)",
    "N024": "link label numbers a highlight or question other than the page it links to",
    "Q006": "citation label and link name different paragraphs",
    "L002": "invisible character (zero-width, no-break space, soft hyphen, BOM)",
    "L003": "Traditional character in Simplified prose",
    "X001": "raw script, frame, object, event handler or script URL in a page",
    "P001": "measure or programme page without a summary paragraph",
    "P002": "measure or programme page that quotes none of its sources",
    "P003": "measure, programme, question or topic page without its next-step line (generated: next-step)",
    "A001": "statement of what the text does not say outside a 原文未载明 block",
    "A002": "a 原文未载明 item that does not say what the text lacks",
    "A003": "a 原文未载明 item with a word, figure or term that is not the text's (nor a word naming what is missing)",
    "A004": "a 原文未载明 item of a reviewed kind (no route, amount, date, count or department; no mention of a term) that the paragraphs it is about contradict",
    "W001": "nav label says what its page's title and cited paragraphs do not, or numbers another page",
    "W002": "site name or description not in the text's words",
    "W003": "Markdown extension in mkdocs.yml that the content model does not name",
    "W010": "a string the built site shows or shares that is neither checked text, the source, nor furniture",
    "W011": "a string a published script of the site's can show that is neither checked text, the source, nor furniture",
    "R001": "rendered element not in the content model",
    "R002": "raw HTML or a code block in a page",
    "R003": "code span outside the about page, or not ASCII",
    "R004": "attribute, class, id or style not in the content model",
    "R005": "link off the site (scheme or host), after entity decoding",
    "R006": "something other than the text's lines and citation in a quote, or other than a list in a 原文未载明 box",
    "E001": "page file is not valid UTF-8",
    "E002": "page file starts with a byte-order mark",
    "E003": "a folder is named like a page",
    "H001": "heading without an explicit ASCII id",
    "H002": "heading id used twice on a page",
    "H003": "page must have exactly one level-1 heading, equal to its title",
    "G001": "unknown generated-content marker",
    "C001": "source paragraph cited by no page",
    "L001": "look-alike character",
    "T001": "key-figures row does not match its paragraph",
    "T002": "figure in the source missing from the key-figures table",
    "D001": "关键词索引 term or 举措清单 action not verbatim in the source, or an action whose stage does not fit",
}

# What is checked, in the words shown to readers: one phrase per group of codes. The 核验 page,
# the README and `python -m policy_site.fidelity --promise` all take the promise from here, and
# tests/test_promise.py holds that every code above is in exactly one group, so the promise
# cannot drift from the checks.
PROMISE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("原文文件与固定的校验值一致，页面文件是不带 BOM 的 UTF-8", ("S001", "E001", "E002", "E003")),
    ("引文与所引段落逐字一致，引文标签与链接指向同一段", ("Q001", "Q002", "Q003", "Q004", "Q005", "Q006")),
    ("页面自己的文字中的数字与所引段落中的数字整体相同，同类数字旁的字也与原文一致", ("N001", "N002", "T001", "T002")),
    ("关键词索引的每个词、举措清单的每条举措都逐字出现在原文中", ("D001",)),
    ("人名、地名、机构名、书名号中的文件名和引号中的用语都出现在所引段落中", ("N011", "N012", "N013", "N014")),
    ("政策亮点、项目、问答和专题页自己的句子只用所引段落中的词和说明出处的词，否定词、限定词和政策动词照原文搭配，"
     "写明出处的句子只用那一部分的词；每个陈述事实的分句都与原文的一句对应（同样的词、同样的先后，谁做什么不颠倒、不拼接）；说明“已有工作”“今后打算”或“中小企业”的固定说法须与所引段落相符",
     ("N021", "N022", "N023", "N024", "N025", "N026", "N027")),
    ("说原文没有写什么的句子只能放在“原文未载明”框中，每条都说明缺的是什么，用的是原文的词；说没有申请途径、金额、日期、数字或部门，或说原文没有提到某事的条目须与所说的段落相符",
     ("A001", "A002", "A003", "A004")),
    ("页面显示或转发的每一段文字（正文、标题、表格、提示框标题、链接提示、分享描述、导航和站名，以及本站脚本显示的文字）都按以上规则核验，"
     "模板和生成页中的固定用语逐条登记；内容模型没有列出的写法（代码、网页代码、外站链接、未知的前置字段）一律拒绝",
     ("R001", "R002", "R003", "R004", "R005", "R006", "W001", "W002", "W003", "W010", "W011", "F011", "X001")),
    ("不得含有繁体字、不可见字符或形近的部首与兼容汉字", ("L001", "L002", "L003")),
    ("每页的前置数据、编号、标题和相关链接齐全有效，政策亮点、项目、问答和专题页有摘要、引文和“下一步”，原文每一段都至少被一页引用",
     ("F001", "F002", "F003", "F004", "F005", "F006", "F007", "F008", "F009", "F010", "H001", "H002", "H003",
      "G001", "P001", "P002", "P003", "C001")),
)


def promise() -> str:
    """The one sentence that says what every page is checked against (shown on the 核验 page)."""
    return "本站每一页在构建时都对照原文自动核验：" + "；".join(p for p, _ in PROMISE) + "。任何一项不符，网站就不会生成。"
