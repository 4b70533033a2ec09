"""举措清单: every action the text reports or announces (policy_site/pipeline/actions.yml).

Each row is a clause verbatim from its paragraph, a stage from the text's own wording and
the needs it serves. `check_actions` refuses a clause that is not in its paragraph and a
stage the paragraph's own words do not support. Exports: actions.json, actions.csv (BOM).
"""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from policy_site.fidelity import furniture
from policy_site.fidelity.data_files import read_yaml
from policy_site.fidelity.model import NEEDS
from policy_site.fidelity.source import Paragraph

ACTIONS_FILE = Path(__file__).with_name("actions.yml")


def _is_highlight(pid: str) -> bool:
    return pid.startswith("q2-") and 5 <= int(pid.split("-")[1]) <= 12


# stage -> (what it means, checked against its paragraphs in policy_site/fidelity/furniture.yml; test on
# the paragraph id and text)
STAGES = {
    "已开展": (furniture.statement("actions-stage-done"), lambda pid, text: pid.startswith("q1-")),
    "正在推动": (furniture.statement("actions-stage-under-way"), lambda pid, text: "正在" in text),
    "《意见》提出": (furniture.statement("actions-stage-highlights"), lambda pid, text: _is_highlight(pid)),
    "今后将": (furniture.statement("actions-stage-future"),
            lambda pid, text: "将" in text or pid in ("q4-2", "q4-3", "q4-4")),
}


class ActionsError(ValueError):
    pass


@dataclass(frozen=True)
class Action:
    id: str
    paragraph: str
    stage: str
    needs: tuple[str, ...]
    clause: str


def load_actions(path: Path = ACTIONS_FILE) -> list[dict]:
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ActionsError(f"{path}: expected a YAML list of actions")
    return data


def check_actions(rows: list[dict], paragraphs: list[Paragraph], path: str = "actions.yml") -> tuple[list[Action], list[str]]:
    by_id = {p.id: p for p in paragraphs}
    order = {p.id: i for i, p in enumerate(paragraphs)}
    problems, actions, seen = [], [], set()
    for n, row in enumerate(rows, start=1):
        where = f"{path}: entry {n}"
        if not isinstance(row, dict) or set(row) != {"paragraph", "stage", "needs", "clause"}:
            problems.append(f"{where}: needs exactly paragraph, stage, needs, clause")
            continue
        pid, stage, clause = str(row["paragraph"]), str(row["stage"]), str(row["clause"])
        needs = row["needs"] if isinstance(row["needs"], list) else []
        para = by_id.get(pid)
        if para is None:
            problems.append(f"{where}: paragraph {pid!r} does not exist")
            continue
        if clause not in para.text:
            problems.append(f"{where}: clause {clause!r} is not verbatim in {pid}; {pid} reads: {para.text}")
        if stage not in STAGES:
            problems.append(f"{where}: stage {stage!r} is not one of {list(STAGES)}")
        elif not STAGES[stage][1](pid, para.text):
            problems.append(f"{where}: stage {stage!r} does not fit {pid} ({STAGES[stage][0]})")
        if not needs or any(x not in NEEDS for x in needs):
            problems.append(f"{where}: needs {row['needs']!r} must be a non-empty list of {list(NEEDS)}")
        if (pid, clause) in seen:
            problems.append(f"{where}: clause {clause!r} is listed twice for {pid}")
        seen.add((pid, clause))
        actions.append(Action("", pid, stage, tuple(needs), clause))
    actions.sort(key=lambda a: (order.get(a.paragraph, 0), by_id[a.paragraph].text.find(a.clause)))
    actions = [Action(f"a{i + 1}", a.paragraph, a.stage, a.needs, a.clause) for i, a in enumerate(actions)]
    return actions, problems


def checked(rows: list[dict], paragraphs: list[Paragraph]) -> list[Action]:
    actions, problems = check_actions(rows, paragraphs)
    if problems:
        raise ActionsError("\n".join(problems))
    return actions


def to_json(actions: list[Action], site_url: str) -> str:
    base = site_url.rstrip("/")
    rows = [{**asdict(a), "needs": list(a.needs), "needs_zh": [NEEDS[x] for x in a.needs],
             "url": f"{base}/original/#{a.paragraph}"} for a in actions]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def to_csv(actions: list[Action], site_url: str) -> bytes:
    """UTF-8 with a BOM, so Excel opens the Chinese text correctly."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["编号", "原文段落", "阶段", "需要", "原文语句", "原文地址"])
    for a in actions:
        w.writerow([a.id, a.paragraph, a.stage, "、".join(NEEDS[x] for x in a.needs), a.clause,
                    f"{site_url.rstrip('/')}/original/#{a.paragraph}"])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def render(actions: list[Action]) -> str:
    stage_counts = {s: sum(a.stage == s for a in actions) for s in STAGES}
    out = [
        "---", "title: 举措清单",
        "description: 原文报告或宣布的每一项举措，逐字摘自原文，注明段落、阶段和对应的需要；可下载 JSON 与 CSV。",
        "---", "", "# 举措清单 {#page-title}", "",
        f"原文报告或宣布的举措共 {len(actions)} 条，每条都是原文语句的逐字摘录（构建时核对），"
        "“阶段”按原文自己的说法区分：", "",
    ]
    out += [f"- **{s}**：{STAGES[s][0]}，{stage_counts[s]} 条；" for s in STAGES]
    out += ["", '<p>下载：<a href="../actions.json">actions.json</a> · <a href="../actions.csv" download>actions.csv</a>（Excel 可直接打开）。</p>', "",
            '<form class="action-filters" hidden aria-label="筛选举措">'
            '<label>阶段 <select data-filter="stage"><option value="">全部</option>'
            + "".join(f'<option value="{s}">{s}</option>' for s in STAGES) + "</select></label> "
            '<label>需要 <select data-filter="needs"><option value="">全部</option>'
            + "".join(f'<option value="{k}">{v}</option>' for k, v in NEEDS.items()) + "</select></label> "
            '<output class="action-count" aria-live="polite"></output></form>', "",
            '<div class="md-typeset__scrollwrap"><table class="actions-table"><thead><tr>'
            "<th>编号</th><th>原文语句</th><th>段落</th><th>阶段</th><th>需要</th></tr></thead><tbody>"]
    for a in actions:
        out.append(
            f'<tr id="{a.id}" data-stage="{a.stage}" data-needs="{" ".join(a.needs)}"><td>{a.id}</td>'
            f"<td>{html.escape(a.clause)}</td>"
            f'<td><a href="../original/#{a.paragraph}">{a.paragraph}</a></td><td>{a.stage}</td>'
            f'<td>{"、".join(NEEDS[x] for x in a.needs)}</td></tr>')
    out += ["</tbody></table></div>", ""]
    return "\n".join(out)
