"""纠错: where "本站整理有误？" leads, and the channel the text itself names for "对政策本身有疑问？"."""

from __future__ import annotations

from policy_site.fidelity.source import Paragraph

# Quoted verbatim (checked) beside "对政策本身有疑问？": the only channel the text names.
CHANNEL = ("q1-5", "在全国设立78家维权援助中心，开通“12330”举报投诉公益热线电话")
ABOUT_SECTION = "about/#feedback"


class FeedbackError(ValueError):
    pass


def settings(feedback_url: str | None, paragraphs: list[Paragraph]) -> dict:
    pid, quote = CHANNEL
    para = {p.id: p for p in paragraphs}.get(pid)
    if para is None or quote not in para.text:
        raise FeedbackError(f"feedback.CHANNEL: {quote!r} is not verbatim in paragraph {pid}")
    url = (feedback_url or "").strip()
    if url and not url.startswith(("https://", "http://", "mailto:")):
        raise FeedbackError(f"extra.feedback_url must be an http(s) or mailto: address, got {url!r}")
    return {"feedback_url": url, "channel_quote": quote, "channel_paragraph": pid}
