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
    "N024": "link label numbers a highlight or question other than the page it links to",
    "Q006": "citation label and link name different paragraphs",
    "L002": "invisible character (zero-width, no-break space, soft hyphen, BOM)",
    "L003": "Traditional character in Simplified prose",
    "X001": "raw script, frame, object, event handler or script URL in a page",
    "P001": "measure or programme page without a summary paragraph",
    "P002": "measure or programme page that quotes none of its sources",
    "A001": "statement of what the text does not say outside a 原文未载明 block",
    "A002": "a 原文未载明 item that does not say what the text lacks",
    "A003": "a 原文未载明 item with a word, figure or term that is not the text's (nor a word naming what is missing)",
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
}
