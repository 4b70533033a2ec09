"""Unit tests of the search worker's query parser (overrides/assets/javascripts/cjk-search-worker.js
`parse`), run in node on the built index: number questions, numbers that describe the reader, and
filler words."""

from __future__ import annotations

import json
import re

import pytest
from conftest import in_worker

QUERIES = [
    "首件发明专利授权了奖多少", "贯标国家补多少钱",
    "how many 维权援助中心 在全国", "全國有偌濟間維權援助中心", "托管服务一年收多少钱", "首件发明专利奖励的标准是多少",
    "托管每年得掏多少钱", "专利保险一年缴多少", "服务券一张能抵多少钱", "小微企业的税收占总税收多少", "解读给的GDP占比数值是多少",
    "南海的培训基地学费多少", "小微企业交的税占多少", "What percentage of 新产品开发 is done by small business",
    "集聚區中小企業專利申請年均上升若多",
    "我们做拖拉机配件的专利被人仿了", "审查拖拖拉拉太慢",
    "知时产权", "托冠试点是什么意思", "专立保陷有哪些", "我们是五个人的小团队", "有人在网上卖仿冒我们的货",
    "这个能寻甚人给管管哩", "专利申请的成本太高", "员工有什么点子", "县里会不会有管专利的办事点",
    "小微企业有多少家", "小微企业多少家", "质押融资金额多少", "申请专利要花多少钱", "小微企业存活期多少年", "存活率",
    "我们这种十几个人的小企业也要搞吗", "我们是几个人的小代理机构能做什么", "手上有两三件专利能贷款吗",
    "公司就3个人", "国务院2012年出台的小微企业文件", "请问专利保险怎么办", "12330",
    "纠纷金额不大有没有快点调解的办法", "12330热线几点到几点有人接", "质押融资最多能贷多少钱",
    "有多少家企业买了专利保险", "快速调解一般要多长时间", "首件发明专利奖励能拿多少钱",
    "发明专利拿证要等好几年 能提速吗", "我们做了十几年外贸", "我們魚露廠開了４０年，十二個工人，有乜個亮點",
    "开店两年 月销几百单 没房子押 能用专利贷款吗", "我今年69了做彩灯四十多年 有一件实用新型遭仿了咋个办",
    "我两个娃儿都四十几了想接班搞新产品", "店开3年 被抄5次 能管吗", "政策亮点一共分了哪几块", "小公司为啥几年就撑不下去",
    "每个孵化器配备几名联络员", "公司五个人请不起专职人员", "小微企业平均存活几年",
    "金融服务需求调查多久搞一次", "几年搞一次需求调查", "这份意见的文号是多少，哪天发布的",
    "买别人的专利来用有补贴吗", "引进别人的专利有没有资助", "就是呃小企业的核心专利能不能先给审了",
    "小微企业占所有企业的百分之多少", "小微企业在所有企业里占几成", "质押融资金额比去年同期涨了多少",
    "专利执行保险一年要交多少保险费", "快速调解一般多少天能有结果",
    "培训基地是什么时候设立的", "去南海调研是哪一天", "申长雨局长是哪天去佛山南海调研的", "专利保险什么时候赔", "这个意见什么时候开始施行",
    "托管一年收多少服务费", "质押融资贴息的比例是多少", "专利执行保险一年保费多少钱", "意见最后形成了几个方面的措施", "小微企业卡在哪几个方面",
    "知识产权联落员", "维全援助中心在哪", "南海的培训基低", "国家知识产权局这几年为小微企业具体做了哪些工作",
    "那个就是国家为什么要出台这个意见有什么背景吗", "个体工商户能不能享受这些政策", "我23岁，开店才一年，想从学校买个现成的专利",
    "我们team十个人做智能门锁",
    "问三的论述，原文是第几段", "我77了眼睛花，字太小", "公司成立3年，一年也就500万流水，能贷款吗", "seed 轮融了300万，团队6个人",
    "全国有78个维权援助中心吗", "235亿元", "德国调查的500家小微企业", "我这专利审得贼慢", "专利审得特别慢",
    "让贷款、担保这几样的成本降下来", "当家的那几位要学管专利",
    "海外專利 bằng sáng chế 點樣快啲攞到", "偷用技术几乎不花钱", "小微企业在国民经济里算老几", "政策亮點有邊幾條",
    "退休20多年了，孙子开店能用上哪些政策", "查专利信息的平台网址是多少", "跑经济口8年想弄清快速维权中心", "我今年70岁，屋里4口人做皮影", "厂子工人50个，能不能托管", "照着别人抄花不了几个钱", "开了几家又快又省事帮人讨公道的机构", "意见形成了几个方面的措施", "我间厂60个工人做腰果",
    "执业12年，一直分不清快速维权中心和维权援助中心有什么区别", "在妇联工作十九年，想帮创业户融资",
    "πώς να πάρω δάνειο με πατέντα", "πόσα 维权援助中心", "قرض براءة اختراع كيف",
    "拿转力去银行换点本钱", "手里有几件砖历能不能续贷", "专利被亲全了咋伪权", "我们作坊实在没钱", "脱壳机的专利被人仿了", "北京的小公司有什么政策",
    "पेटेंट पर बैंक लोन कैसे", "\u095eोन नंबर कौन सा है", "कितने 维权援助中心",
    "美国存活8.2年吗", "手里有发明证书的公司挣的比没有的多好几倍", "小微企业存活 ３．７年", "小微企业. 专利", "怎么直接跳到原文q3-3那一段",
    "让小厂老板和几个管事的学会打理专利", "一年就卖几千刀纸", "小微企业占企业总数的比例", "小微企业完成了六成以上的发明专利", "稿子里写八成以上", "政策一成不变", "12330这个号码是举报什么的", "32个中小企业集聚区具体是哪些地方", "235亿元是哪个时间段的数", "在小厂多的片区多设几个讨公道的点", "维权援助中心一共有几个",
    "厂里十几台织机 缺钱 能贷款吗", "二十几台机器", "维权援助中心一共有好多家", "那个举报电话是好多号 记不住",
    "国家在好多地方设了维权中心", "好多小企业没人懂专利",
    "维权援助中心全国设了多少家 我省有没有", "维权援助中心全国有多少家，有没有", "手上有几件专利，能不能贷款",
    "核心专利想尽快授权", "发明还在实审 能不能加快", "审下来能快点吗", "尽快了解维权的办法", "申请专利政府给发津贴吗", "手里就一件外观专利，能拿去贷款吗", "知识产权融资有什么新的合作",
    "产品被假冒了向哪里举报投诉", "公家发一种票子给小厂", "代理机构开发票的事", "孵化器里头有人专门帮小厂管专利吗", "县里有没有管专利的部门", "国务院那份文件是哪一年哪个月出台的", "培训基地是哪一年哪个月设立的",
    "拖关专利要收钱不", "字太小了，我眼睛花，咋样把字弄大？", "贷款利息能不能给补一点", "8月29日调研去的那个区全称是什么", "8月29日调研的那个区的名称",
]


@pytest.fixture(scope="module")
def parsed(site_dir):
    return in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(QUERIES, ensure_ascii=False)}){{const p=w.parse(q);"
                               "out[q]={asks:p.asksNumber,asked:p.asked,words:p.terms.map(t=>t.word)};}")


def test_which_month_asks_a_date_after_which_year(parsed):
    """哪一年哪个月: 哪个月 is the last question word and asks a date too (number_hints: 年), not "which";
    哪一年 asks the year (年份, which only a row whose figure names a year gives). Asked of a document's
    issue (出台), both are its date of issue (发布日期, thesaurus.yml number_pages), which the 2012年4月 row
    gives for the 国务院 document (test_the_yijians_own_date_and_number_find_the_about_pages_box)."""
    q = "培训基地是哪一年哪个月设立的"
    assert parsed[q]["asks"] == 2 and parsed[q]["asked"] == ["年份", "年"], parsed[q]
    q = "国务院那份文件是哪一年哪个月出台的"
    assert parsed[q]["asks"] == 2 and parsed[q]["asked"] == ["发布日期"], parsed[q]


def test_a_number_question_says_what_kind_of_number_it_asks(parsed):
    assert parsed["小微企业多少家"]["asks"] == 2 and parsed["小微企业多少家"]["asked"] == ["数量"]
    assert parsed["小微企业有多少家"]["asks"] == 2 and parsed["小微企业有多少家"]["asked"] == ["数量"]  # 有多少 | 家: a count
    assert parsed["质押融资金额多少"]["asks"] == 2 and "金额" in parsed["质押融资金额多少"]["asked"]
    assert parsed["申请专利要花多少钱"]["asked"] == ["金额"]
    assert "年数" in parsed["小微企业存活期多少年"]["asked"] and parsed["存活率"]["asks"] == 2  # how long: 年数


def test_number_words_readers_mix_in_and_fees_and_standards_no_row_counts(parsed):
    """English how many, Hokkien 偌濟 ask a number; 收多少钱, 学费, 奖励的标准 ask a fee or a standard, which
    no key-figures row counts, and so do 掏多少钱, 缴多少 (a fee) and 能抵多少钱 (a voucher's value: thesaurus.yml
    number_patterns); 交的税占多少 and 税收占总税收多少 still ask a share (交, 收 are no fee there)."""
    assert parsed["how many 维权援助中心 在全国"]["asks"] == 2, parsed["how many 维权援助中心 在全国"]
    assert parsed["全國有偌濟間維權援助中心"]["asks"] == 2, parsed["全國有偌濟間維權援助中心"]
    assert parsed["集聚區中小企業專利申請年均上升若多"]["asks"] == 2  # Teochew 若多
    q = "What percentage of 新产品开发 is done by small business"
    assert parsed[q]["asks"] == 2 and parsed[q]["asked"] == ["比例"] and "by" not in parsed[q]["words"], parsed[q]
    assert parsed["托管服务一年收多少钱"]["asked"] == ["费用"], parsed["托管服务一年收多少钱"]
    assert parsed["南海的培训基地学费多少"]["asked"] == ["费用"], parsed["南海的培训基地学费多少"]
    assert parsed["首件发明专利奖励的标准是多少"]["asked"] == ["限额"], parsed["首件发明专利奖励的标准是多少"]
    assert parsed["小微企业交的税占多少"]["asked"] == ["比例"], parsed["小微企业交的税占多少"]
    # paying (掏, 缴 … 多少) asks a fee, 抵 … 多少钱 a voucher's value: no row counts either
    assert parsed["托管每年得掏多少钱"]["asked"] == ["费用"], parsed["托管每年得掏多少钱"]
    assert parsed["专利保险一年缴多少"]["asked"] == ["费用"], parsed["专利保险一年缴多少"]
    assert parsed["服务券一张能抵多少钱"]["asked"] == ["限额"], parsed["服务券一张能抵多少钱"]
    # 奖 … 多少, 补 … 多少 ask a reward or grant (the 30% row's 授权 answered 首件发明专利授权了奖多少)
    for q in ("首件发明专利授权了奖多少", "贯标国家补多少钱"):
        assert parsed[q]["asked"] == ["限额"], parsed[q]
    # but 税收多少 is no fee (收 … 多少 pays nothing) and 数值是多少 no value: both ask a number rows give
    for q in ("小微企业的税收占总税收多少", "解读给的GDP占比数值是多少"):
        assert parsed[q]["asks"] == 2 and not {"费用", "限额"} & set(parsed[q]["asked"]), parsed[q]


def test_which_and_a_few_years_then_ask_no_number_and_a_measure_word_says_what_is_counted(parsed):
    """哪几 asks which (as 哪些); 几年就 says "a few years, then"; 几名 counts people or posts (数量)."""
    assert parsed["政策亮点一共分了哪几块"]["asks"] == 0, parsed["政策亮点一共分了哪几块"]
    for q in ("让贷款、担保这几样的成本降下来", "当家的那几位要学管专利",  # 这几 / 那几: these, those
              "偷用技术几乎不花钱", "开了几家又快又省事帮人讨公道的机构", "我间厂60个工人做腰果",  # almost; several; a headcount
              "小微企业在国民经济里算老几", "政策亮點有邊幾條", "照着别人抄花不了几个钱",  # what rank; Cantonese which; not much
              "让小厂老板和几个管事的学会打理专利", "在小厂多的片区多设几个讨公道的点",  # and a few; a few more
              "一年就卖几千刀纸"):  # thousands of
        assert parsed[q]["asks"] == 0, (q, parsed[q])
    assert parsed["维权援助中心一共有几个"]["asks"] == 2, parsed["维权援助中心一共有几个"]  # 有几 still asks
    assert parsed["意见形成了几个方面的措施"]["asks"] == 2, parsed["意见形成了几个方面的措施"]  # a short 的: still a question
    assert parsed["小公司为啥几年就撑不下去"]["asks"] == 0, parsed["小公司为啥几年就撑不下去"]
    for q in ("厂里十几台织机 缺钱 能贷款吗", "二十几台机器"):  # 十几 / 二十几 is "ten-odd", whatever it counts
        assert parsed[q]["asks"] == 0, (q, parsed[q])


def test_a_pattern_of_words_means_the_texts_word(parsed):
    """thesaurus.yml word_patterns: a word of sooner, then within a few characters one of examination or
    grant (尽快 … 授权, 实审 … 加快, 审下来 … 快点) is 优先审查; 尽快 before anything else is not."""
    for q in ("核心专利想尽快授权", "发明还在实审 能不能加快", "审下来能快点吗"):
        assert "优先审查" in parsed[q]["words"], (q, parsed[q])
    assert "优先审查" not in parsed["尽快了解维权的办法"]["words"], parsed["尽快了解维权的办法"]
    assert "资助" in parsed["申请专利政府给发津贴吗"]["words"], parsed["申请专利政府给发津贴吗"]  # 政府 … 津贴
    # 外观专利 is one word: no 专利 left to pair with 贷款; the pattern reads the query as typed
    assert "质押融资" in parsed["手里就一件外观专利，能拿去贷款吗"]["words"], parsed["手里就一件外观专利，能拿去贷款吗"]
    assert "质押融资" not in parsed["知识产权融资有什么新的合作"]["words"], parsed["知识产权融资有什么新的合作"]
    assert "维权援助" in parsed["产品被假冒了向哪里举报投诉"]["words"], parsed["产品被假冒了向哪里举报投诉"]
    assert "服务券" in parsed["公家发一种票子给小厂"]["words"], parsed["公家发一种票子给小厂"]
    assert "服务券" not in parsed["代理机构开发票的事"]["words"], parsed["代理机构开发票的事"]  # 发票, an invoice
    assert "联络员" in parsed["孵化器里头有人专门帮小厂管专利吗"]["words"], parsed["孵化器里头有人专门帮小厂管专利吗"]
    assert "知识产权服务体系" in parsed["县里有没有管专利的部门"]["words"], parsed["县里有没有管专利的部门"]  # 省、市、县三级


def test_haoduo_ends_a_question_as_duoshao_and_before_a_noun_says_many(parsed):
    """Southwest Mandarin and Xiang 好多 for 多少 at the end of a clause, or with a measure word there
    (一共有好多家: a count; 电话是好多号: 12330's kind); 好多地方, 好多小企业 say "many" and ask nothing."""
    assert parsed["维权援助中心一共有好多家"]["asks"] == 2 and parsed["维权援助中心一共有好多家"]["asked"] == ["数量"], parsed["维权援助中心一共有好多家"]
    assert parsed["那个举报电话是好多号 记不住"]["asks"] == 2 and parsed["那个举报电话是好多号 记不住"]["asked"] == ["号码"], parsed["那个举报电话是好多号 记不住"]
    for q in ("国家在好多地方设了维权中心", "好多小企业没人懂专利"):
        assert parsed[q]["asks"] == 0, (q, parsed[q])
    assert parsed["每个孵化器配备几名联络员"]["asked"] == ["数量"], parsed["每个孵化器配备几名联络员"]


def test_numbers_that_describe_the_reader_ask_nothing(parsed):
    for q in ("我们这种十几个人的小企业也要搞吗", "我们是几个人的小代理机构能做什么", "手上有两三件专利能贷款吗", "公司就3个人",
              "手里有发明证书的公司挣的比没有的多好几倍"):  # 好几 says "several", never asks
        assert parsed[q]["asks"] == 0 and parsed[q]["asked"] == [], (q, parsed[q])
    assert "小企业" in parsed["我们这种十几个人的小企业也要搞吗"]["words"]
    assert "代理机构" in parsed["我们是几个人的小代理机构能做什么"]["words"]


def test_a_duration_or_a_headcount_that_describes_the_reader_asks_nothing(parsed):
    """要等好几年 and 做了十几年 say how long the reader has waited or worked; 五个人 how many they are
    (DESCRIBING). A bare 几年 still asks."""
    for q in ("发明专利拿证要等好几年 能提速吗", "我们做了十几年外贸", "公司五个人请不起专职人员", "我23岁，开店才一年，想从学校买个现成的专利",
              "我們魚露廠開了４０年，十二個工人，有乜個亮點", "开店两年 月销几百单 没房子押 能用专利贷款吗",
              "我今年69了做彩灯四十多年 有一件实用新型遭仿了咋个办", "我两个娃儿都四十几了想接班搞新产品", "店开3年 被抄5次 能管吗",
              "执业12年，一直分不清快速维权中心和维权援助中心有什么区别", "在妇联工作十九年，想帮创业户融资"):
        assert parsed[q]["asks"] == 0 and parsed[q]["asked"] == [], (q, parsed[q])
    assert "五个" not in parsed["公司五个人请不起专职人员"]["words"], parsed["公司五个人请不起专职人员"]
    assert "工作" not in parsed["在妇联工作十九年，想帮创业户融资"]["words"], parsed["在妇联工作十九年，想帮创业户融资"]  # 工作十九年: how long they have worked
    assert parsed["小微企业平均存活几年"]["asks"] == 2 and parsed["小微企业平均存活几年"]["asked"] == ["年数"]


def test_a_clause_ending_in_a_number_question_asks_it_whatever_follows(parsed):
    """Two questions: 全国设了多少家 asks a count though 我省有没有 comes last. A count inside a clause
    (有几件专利) before a yes-no question still asks nothing: the reader says what they have."""
    for q in ("维权援助中心全国设了多少家 我省有没有", "维权援助中心全国有多少家，有没有"):
        assert parsed[q]["asks"] == 2 and parsed[q]["asked"] == ["数量"], (q, parsed[q])
    assert parsed["手上有几件专利，能不能贷款"]["asks"] == 0, parsed["手上有几件专利，能不能贷款"]


def test_an_ordinal_and_numbers_no_key_figures_row_holds_ask_nothing(parsed):
    """第几段 asks where, not how many; 我77了 is an age; digits no row holds, or not with that unit
    (500万 beside the rows' 500家, 3年 beside 3.7年), are the reader's own and are no search term.
    A row's number stays, with its unit or 个 (78个 for the rows' 78家)."""
    for q in ("问三的论述，原文是第几段", "我77了眼睛花，字太小", "公司成立3年，一年也就500万流水，能贷款吗", "seed 轮融了300万，团队6个人",
              "跑经济口8年想弄清快速维权中心", "我今年70岁，屋里4口人做皮影",  # 8年 is not 2008年's; 4口人 a household
              "厂子工人50个，能不能托管",  # 50个 counts; the rows' 50 is a share (50%)
              "退休20多年了，孙子开店能用上哪些政策",  # 20多年: 年 is the number's unit, and 20年 no row's (20% is)
              "怎么直接跳到原文q3-3那一段"):  # a paragraph id: its 3 is no row's number
        assert parsed[q]["asks"] == 0 and parsed[q]["asked"] == [], (q, parsed[q])
        assert not any(c.isdigit() for w in parsed[q]["words"] for c in w), (q, parsed[q])
    assert "今年" not in parsed["我今年70岁，屋里4口人做皮影"]["words"]  # 今年 with an age dates nothing
    for q, n in (("全国有78个维权援助中心吗", "78"), ("235亿元", "235"), ("德国调查的500家小微企业", "500")):
        assert any(n in w for w in parsed[q]["words"]), (q, parsed[q])
        assert parsed[q]["asks"] >= 1, (q, parsed[q])


def test_a_degree_word_after_de_goes(parsed):
    """审得贼慢, 审得特别慢 read as the thesaurus's 审得慢 (-> 优先审查)."""
    for q in ("我这专利审得贼慢", "专利审得特别慢"):
        assert "审得慢" in parsed[q]["words"], (q, parsed[q])


def test_latin_letters_with_marks_fold_to_the_letter(parsed):
    """Vietnamese bằng sáng chế is no ng or ch (pieces the marks had cut, matching 本站更新 changes)."""
    words = parsed["海外專利 bằng sáng chế 點樣快啲攞到"]["words"]
    assert "ng" not in words and "ch" not in words and "海外专利" in words, words


def test_greek_letters_with_marks_fold_and_greek_and_arabic_words_are_read(parsed):
    """Greek πατέντα is πατεντα (the thesaurus's form), πώς no term (filler until round 53, when the Greek, Arabic and
    Hindi function words left the filler: no word of the text, they moved no query) and πόσα a number question;
    Arabic قرض and براءة are words the thesaurus widens, كيف no term (round 25)."""
    greek = parsed["πώς να πάρω δάνειο με πατέντα"]["words"]
    assert "πατεντα" in greek and "δανειο" in greek and "πως" not in greek, greek
    assert parsed["πόσα 维权援助中心"]["asks"] == 2, parsed["πόσα 维权援助中心"]
    arabic = parsed["قرض براءة اختراع كيف"]["words"]
    assert "قرض" in arabic and "براءة" in arabic and "كيف" not in arabic, arabic


def test_hindi_words_are_read_in_devanagari(parsed):
    """Hindi in Devanagari, its vowel signs kept (they are letters, not accents): पेटेंट, बैंक and लोन
    are words the thesaurus widens, कैसे and पर no terms (no words of the text), कितने a number question, and फ़ोन with its
    nukta is read as the thesaurus lists it (round 26)."""
    hindi = parsed["पेटेंट पर बैंक लोन कैसे"]["words"]
    assert {"पेटेंट", "बैंक", "लोन"} <= set(hindi) and "कैसे" not in hindi and "पर" not in hindi, hindi
    phone = parsed["\u095eोन नंबर कौन सा है"]["words"]  # फ़ as one code point, which NFKC splits as the thesaurus's
    assert len(phone) == 1 and phone[0].startswith("फ"), phone
    assert parsed["कितने 维权援助中心"]["asks"] == 2, parsed["कितने 维权援助中心"]


def test_how_often_and_a_document_number_are_kinds_no_row_counts(parsed):
    """多久 … 一次 asks how often (thesaurus.yml number_patterns), 文号 a document number (number_hints):
    the text gives neither, so no key-figures row answers them (the survey's row would answer 多久)."""
    assert parsed["金融服务需求调查多久搞一次"]["asked"] == ["频次"], parsed["金融服务需求调查多久搞一次"]
    assert parsed["几年搞一次需求调查"]["asked"] == ["频次"], parsed["几年搞一次需求调查"]
    assert parsed["这份意见的文号是多少，哪天发布的"]["asked"] == ["文号"], parsed["这份意见的文号是多少，哪天发布的"]
    assert parsed["查专利信息的平台网址是多少"]["asked"] == ["网址"], parsed["查专利信息的平台网址是多少"]  # nor a web address


def test_a_word_pairs_once_and_lone_characters_not_across_a_third(parsed):
    """Two words anywhere in the query that together are a thesaurus word add it (pairsAnywhere), but
    a word joins only the first pair it makes: 买 … 专利 … 补贴 is 买专利 (引进实施专利), not also
    专利补贴 (专利申请资助, the title of another page). Two lone characters do not pair across a third
    (专职人员, cut 专 · 职 · 人 · 员, is no 专人 -> 联络员), across filler they do (先给审 -> 先审)."""
    words = parsed["买别人的专利来用有补贴吗"]["words"]
    assert "买专利" in words and not {"专利补贴", "专利资助"} & set(words), words
    words = parsed["引进别人的专利有没有资助"]["words"]
    assert "引进专利" in words and "专利资助" not in words, words
    assert "专人" not in parsed["公司五个人请不起专职人员"]["words"], parsed["公司五个人请不起专职人员"]
    assert "先审" in parsed["就是呃小企业的核心专利能不能先给审了"]["words"]
    # nor across a comma: 眼睛花，咋样 is no 花样 (外观设计)
    assert "花样" not in parsed["字太小了，我眼睛花，咋样把字弄大？"]["words"], parsed["字太小了，我眼睛花，咋样把字弄大？"]


def test_a_route_question_however_put_and_not_what_to_do(site_dir):
    """silent_routes: a word that asks, then within three characters a word that does, 办 alone
    too (去哪个部门办, 在什么地方办); not 怎么办 (a question word: what to do), nor 办 starting a
    longer filler word (怎么才有办法)."""
    routes = ["去哪个部门办", "专利保险在什么地方办", "找谁办", "怎么办理专利保险", "这些扶持政策具体到哪里去申请", "专利服务券找谁领取"]
    others = ["专利被人抄了怎么办", "小公司该怎么办", "怎么才有办法快点审", "专利保险", "被侵权了怎样办"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(routes + others, ensure_ascii=False)})out[q]=w.asksRoute(w.fold(q));")
    assert all(out[q] for q in routes), out
    assert not any(out[q] for q in others), out


def test_a_number_topic_followed_by_another_question_asks_that_question(parsed):
    # 金额 describes the dispute; 有没有 asks (a query asks what its last question word asks)
    assert parsed["纠纷金额不大有没有快点调解的办法"]["asks"] == 0, parsed["纠纷金额不大有没有快点调解的办法"]
    assert parsed["质押融资金额多少"]["asks"] == 2 and parsed["存活率"]["asks"] == 2


def test_a_year_dates_and_digits_look_up_a_figure(parsed):
    assert parsed["国务院2012年出台的小微企业文件"]["asks"] == 0
    assert parsed["12330"]["asks"] == 1
    # A figure the reader already has, then a question of another kind: what it is for, which places.
    assert parsed["12330这个号码是举报什么的"]["asks"] == 0, parsed["12330这个号码是举报什么的"]
    assert parsed["32个中小企业集聚区具体是哪些地方"]["asks"] == 0, parsed["32个中小企业集聚区具体是哪些地方"]
    assert parsed["235亿元是哪个时间段的数"]["asked"] == ["年"], parsed["235亿元是哪个时间段的数"]  # 时间段 asks a date
    # a share in tenths is the percentage the rows write (六成 60%, 八成 80%: digits, a weak question); 一成不变 is no share
    assert parsed["小微企业完成了六成以上的发明专利"]["asks"] == 1 and "60%" in parsed["小微企业完成了六成以上的发明专利"]["words"]
    assert parsed["稿子里写八成以上"]["asks"] == 1 and parsed["政策一成不变"]["asks"] == 0
    # a chunk of the text kept whole that ends in a number topic asks it
    assert parsed["小微企业占企业总数的比例"]["asked"] == ["比例"], parsed["小微企业占企业总数的比例"]


def test_filler_and_question_words_are_dropped(parsed):
    assert parsed["请问专利保险怎么办"]["words"] == ["专利保险"]
    assert not {"我们", "也", "要", "吗", "的"} & set(parsed["我们这种十几个人的小企业也要搞吗"]["words"])


def test_kinds_no_row_counts_are_asked_as_such(parsed):
    """A limit (最多能贷多少钱) and an hour (几点) are kinds of number no key-figures row counts
    (thesaurus.yml number_hints), so no row answers them: their pages do."""
    assert parsed["质押融资最多能贷多少钱"]["asks"] == 2 and parsed["质押融资最多能贷多少钱"]["asked"] == ["限额"]
    assert parsed["12330热线几点到几点有人接"]["asked"] == ["时刻"], parsed["12330热线几点到几点有人接"]
    # what the reader can get (number_patterns): a limit, whatever 多少钱 alone would ask
    assert parsed["首件发明专利奖励能拿多少钱"]["asked"] == ["限额"], parsed["首件发明专利奖励能拿多少钱"]


def test_a_measure_word_after_the_number_word_says_what_it_counts(parsed):
    """有多少 | 家 (jieba's cut): a count, not any kind (thesaurus.yml number_units); 多长时间 asks a
    duration (年数) and its 时间 is no search term."""
    assert parsed["有多少家企业买了专利保险"]["asked"] == ["数量"]
    assert parsed["快速调解一般要多长时间"]["asked"] == ["年数"] and "时间" not in parsed["快速调解一般要多长时间"]["words"]


def test_a_kind_beside_a_bare_number_word_is_what_it_asks(parsed):
    """百分之多少 and 占几成 ask a share, not any number (the bare 多少 / 几 gives way to the kind beside
    it; 几 | 成: thesaurus.yml number_units); a reader's word for a kind word is that kind
    (去年同期 -> 同比, 涨了 -> 增长: a rate), beside 金额, which names the thing."""
    assert parsed["小微企业占所有企业的百分之多少"]["asked"] == ["比例"], parsed["小微企业占所有企业的百分之多少"]
    assert parsed["小微企业在所有企业里占几成"]["asked"] == ["比例"], parsed["小微企业在所有企业里占几成"]
    assert "比例" in parsed["质押融资金额比去年同期涨了多少"]["asked"], parsed["质押融资金额比去年同期涨了多少"]
    # 保险费 is a premium, like 保费 (a kind no row counts); 多少天 a duration (几 | 天: number_units)
    assert parsed["专利执行保险一年要交多少保险费"]["asked"] == ["费用"], parsed["专利执行保险一年要交多少保险费"]
    assert parsed["快速调解一般多少天能有结果"]["asked"] == ["年"], parsed["快速调解一般多少天能有结果"]


def test_fold_by_runs_equals_fold_by_character(site_dir):
    """fold replaces only the characters it may change (a regular expression built from the variants
    table, for speed as search opens); it must equal folding each character in turn, on every
    index entry and vocabulary word and on characters of every kind."""
    odd = "ＡＢＣ１２３專利優先審查İﬁ①㈱𠀀😀Ωß，。“”（）abcXYZ知識產權\u00a0\u3000"
    out = in_worker(site_dir, f"const all=[{json.dumps(odd, ensure_ascii=False)}, ...d.config.vocabulary, ...Object.keys(d.config.variants),"
                              " ...d.docs.flatMap(x => [x.title, x.text || ''])];"
                              "const bad=all.filter(v => w.fold(v) !== w.foldEach(v));"
                              "out={n: all.length, bad: bad.slice(0, 5), odd: w.fold(all[0])}")
    assert out["n"] > 1000 and out["bad"] == [], out
    assert out["odd"].startswith("abc123专利优先审查") and "知识产权" in out["odd"], out["odd"]


def test_a_question_of_when_something_began_asks_a_date(parsed):
    """什么时候 / 哪一天 with a word of beginning (设立, 调研, 开始: thesaurus.yml number_patterns) asks
    for a date, which rows give; 什么时候 alone (什么时候赔) asks nothing the text dates, and a kind no
    row counts (施行: when the 意见 takes effect) wins over the date."""
    for q in ("培训基地是什么时候设立的", "去南海调研是哪一天", "申长雨局长是哪天去佛山南海调研的"):  # the last: `gap` 6
        assert parsed[q]["asks"] == 2 and parsed[q]["asked"] == ["年"], (q, parsed[q])
    assert parsed["专利保险什么时候赔"]["asks"] == 0, parsed["专利保险什么时候赔"]
    assert parsed["这个意见什么时候开始施行"]["asked"] == ["效力"], parsed["这个意见什么时候开始施行"]


def test_a_kind_no_row_counts_wins_over_one_rows_count(parsed):
    """服务费 (a fee) and 贴息 (an interest subsidy) are kinds no key-figures row counts: beside 多少 or
    比例 they are what the reader asks, so no row (say 124%, a growth rate) answers."""
    assert parsed["托管一年收多少服务费"]["asked"] == ["费用"], parsed["托管一年收多少服务费"]
    assert parsed["质押融资贴息的比例是多少"]["asked"] == ["利率"], parsed["质押融资贴息的比例是多少"]
    assert parsed["专利执行保险一年保费多少钱"]["asked"] == ["费用"], parsed["专利执行保险一年保费多少钱"]  # not 金额 (9505万元)


def test_a_number_word_the_segmenter_joined_to_a_noun_still_asks(parsed):
    """几个方面 (one word to jieba) is 几个 | 方面: a number question, and 方面 a search term; after 哪
    it asks which (哪几个方面), not how many. A filler word joined to a noun (这些政策) is the two:
    "these policies" names no page."""
    assert parsed["个体工商户能不能享受这些政策"]["words"] == ["政策"], parsed["个体工商户能不能享受这些政策"]
    assert parsed["意见最后形成了几个方面的措施"]["asks"] == 2 and "方面" in parsed["意见最后形成了几个方面的措施"]["words"]
    assert parsed["小微企业卡在哪几个方面"]["asks"] == 0, parsed["小微企业卡在哪几个方面"]


def test_a_word_typed_with_a_homophone_is_read_as_the_texts_word(parsed):
    """A pinyin keyboard's wrong character (落 for 络, 全 for 权, 低 for 地: one reading, index
    `homophoneRuns`) in a word of the text of three to six characters, or a two-character word that names
    a subject (专立, 托冠: index `mendPairs`): the word is read as the text's.
    Not when the two characters share no reading (做了 is no 做法), nor into a question word (有什么
    is no 为什么)."""
    assert "知识产权联络员" in parsed["知识产权联落员"]["words"], parsed["知识产权联落员"]
    assert "维权援助" in parsed["维全援助中心在哪"]["words"], parsed["维全援助中心在哪"]
    assert "培训基地" in parsed["南海的培训基低"]["words"], parsed["南海的培训基低"]
    assert "具体做法" not in parsed["国家知识产权局这几年为小微企业具体做了哪些工作"]["words"]
    assert "背景" in parsed["那个就是国家为什么要出台这个意见有什么背景吗"]["words"]
    assert "托管" in parsed["托冠试点是什么意思"]["words"], parsed["托冠试点是什么意思"]  # 冠 is not in the text: GB 2312's run
    assert "知识产权" in parsed["知时产权"]["words"], parsed["知时产权"]  # 时 is a word alone, but in a word of four characters it mends
    # 陷 (xian): not the site's; with 立 (li) too, the four characters are the title's 专利保险
    assert "专利保险" in parsed["专立保陷有哪些"]["words"], parsed["专立保陷有哪些"]
    assert "专利" not in parsed["专立保陷有哪些"]["words"]  # 立 is the site's (建立): a two-character word is not mended from it
    # not from a word alone (是, 在, 的), filler (哩), one the site uses (有管 is no 有关), nor where jieba has a word (点子)
    assert "十五个" not in parsed["我们是五个人的小团队"]["words"]
    assert "人才" not in parsed["有人在网上卖仿冒我们的货"]["words"]
    assert "管理" not in parsed["这个能寻甚人给管管哩"]["words"]
    assert "低成本" not in parsed["专利申请的成本太高"]["words"]
    assert "电子" not in parsed["员工有什么点子"]["words"]
    assert "有关" not in parsed["县里会不会有管专利的办事点"]["words"]


def test_a_subject_word_typed_with_both_characters_wrong_is_read_as_the_texts(parsed):
    """The keyboard offered a wrong word whole (转力, 砖历 for 专利; 亲全, 伪权 for 侵权, 维权): a word of a
    page title (index `wholeMends`) is read for it. Not into a word no title names (坊实 in 作坊实在 is no
    方式, 壳机 no 科技), nor where the typed pair is a word of jieba's (北京 is no 背景)."""
    assert "专利" in parsed["拿转力去银行换点本钱"]["words"], parsed["拿转力去银行换点本钱"]
    assert "专利" in parsed["手里有几件砖历能不能续贷"]["words"], parsed["手里有几件砖历能不能续贷"]
    assert {"侵权", "维权"} <= set(parsed["专利被亲全了咋伪权"]["words"]), parsed["专利被亲全了咋伪权"]
    assert "方式" not in parsed["我们作坊实在没钱"]["words"], parsed["我们作坊实在没钱"]
    assert "科技" not in parsed["脱壳机的专利被人仿了"]["words"], parsed["脱壳机的专利被人仿了"]
    assert "背景" not in parsed["北京的小公司有什么政策"]["words"], parsed["北京的小公司有什么政策"]
    assert "提供" not in parsed["个体工商户能不能享受这些政策"]["words"]
    # 托管 and the readers' 拖管 share both readings: not no one's, the title's word (拖关 is 托管)
    assert "托管" in parsed["拖关专利要收钱不"]["words"], parsed["拖关专利要收钱不"]


def test_a_latin_word_is_read_whole_or_not_at_all(parsed):
    """team is not the text's te (a piece of site, note …): a run of Latin letters or digits counts
    only whole."""
    assert "te" not in parsed["我们team十个人做智能门锁"]["words"], parsed["我们team十个人做智能门锁"]


def test_a_query_mostly_not_in_the_text_is_read_again_mending_any_character(site_dir):
    """The loose mend (`search`): under `weakCoverage`, homophones are mended from any character, two-character words
    of the text included (贷款 from 袋款 and 呆款, 担保 from 但保, whose 但 is a word alone); the second
    reading is kept only when most of the query is then in the text (看一遍 does not become 看一变)."""
    queries = ["担报贷宽费绿能降吗", "袋款但保包险的肺率能降吗", "铁息", "嗯就是我想把整篇原文从头到尾看一遍在哪里看"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})out[q]={{plain:w.parse(q).terms.map(t=>t.word),"
                              "loose:w.parse(q,true).terms.map(t=>t.word),first:w.search(q).items.flat().filter(i=>!i.note).map(i=>i.location)[0]};")
    first = {q: r["first"].split("#")[0] for q, r in out.items()}
    assert {"贷款", "担保"} <= set(out["担报贷宽费绿能降吗"]["loose"]) and "贷款" not in out["担报贷宽费绿能降吗"]["plain"], out
    assert {"贷款", "担保", "保险"} <= set(out["袋款但保包险的肺率能降吗"]["loose"]), out
    assert first["担报贷宽费绿能降吗"] == "measures/financing/", first
    assert first["袋款但保包险的肺率能降吗"] in ("measures/financing/", "programmes/patent-insurance/"), first  # 保险费率: q4-3
    assert first["铁息"] in ("programmes/pledge-financing/", "measures/financing/"), first  # 贴息, not 按需查找
    assert first["嗯就是我想把整篇原文从头到尾看一遍在哪里看"] == "original/", first


def test_a_quote_the_text_has_word_for_word_is_searched_alone(site_dir):
    """`quoted`: a journalist's 拟引用“…”一句 finds the sentence's pages, not 关于本站 (the words around the
    quote: 引用, 原文); with 出自哪一问 (read from what was typed, round 39) the question the sentence is in,
    问四, comes first and the sentence's pages after it; a quote the text lacks leaves the query as it was."""
    sentence = "知识产权质押融资已经成为科技型小微企业解决资金瓶颈的有效渠道"
    queries = [f"本行研究报告拟引用“{sentence}”一句，请问出自原文哪一问？", sentence, f"本行研究报告拟引用“{sentence}”一句",
               "本刊拟引用“量子计算机改变一切”一句，请问出自原文哪一问？", "本刊拟引用量子计算机改变一切一句，请问出自原文哪一问？"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=[...new Set(w.search(q).items.flat().filter(i=>!i.note).map(i=>i.location.split('#')[0]))].slice(0,3)")
    assert out[queries[2]] == out[sentence] and out[sentence][0] == "programmes/pledge-financing/", out
    assert out[queries[0]][0] == "questions/bottlenecks/" and out[queries[0]][1:] == out[sentence][:2], out
    assert out[queries[3]] == out[queries[4]], out  # not the text's: read as typed


def test_a_quote_is_not_searched_alone_when_the_words_around_it_ask_for_a_site_page(site_dir):
    """Where a quoted word occurs (“科技型小微企业”一词出现在哪些句子) is the 关键词索引's question: the words
    around the quote match a word pattern (thesaurus.yml word_patterns), so the query is read whole."""
    queries = ["“科技型小微企业”一词在解读中出现在哪些句子？", "科技型小微企业"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=w.search(q).items.flat().filter(i=>!i.note).map(i=>i.location.split('#')[0]).slice(0,3)")
    assert out[queries[0]][0] == "terms/", out
    assert out[queries[1]][0] != "terms/", out


def test_a_dialects_question_words_are_read_as_mandarin(site_dir):
    """`standard` (thesaurus.yml `dialect`): 做么事 (Hui, Wuhan) is 为什么, so 做么事要出这个文件 reads as
    为什么要出这个文件 (为什么 … 出 pairs: 背景) and finds the same pages; 么样 inside 怎么样 and 什么样 stays
    as it is, and a word the table lacks is untouched."""
    pairs = [("那个国家做么事要出这个文件扶我们这种小作坊", "那个国家为什么要出这个文件扶我们这种小作坊"),
             ("阿拉小厂啥物事叫专利托管", "我们小厂什么叫专利托管"), ("俺们小作坊冇得钱请人弄专利", "我们小作坊没有钱请人弄专利"),
             ("почему 国家要出这个意见", "为什么 国家要出这个意见"), ("warum 国家要出这个意见", "为什么 国家要出这个意见")]
    queries = [q for pair in pairs for q in pair] + ["怎么样申请专利", "什么样的企业算优势企业", "甚至", "warumx kde 专利"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})out[q]={{words:w.parse(q).terms.map(t=>t.word),"
                              "first:w.search(q).items.flat().filter(i=>!i.note).map(i=>i.location.split('#')[0]).slice(0,3),std:w.standard(q)};")
    for dialect, mandarin in pairs:
        assert out[dialect]["words"] == out[mandarin]["words"] and out[dialect]["first"] == out[mandarin]["first"], out
    assert "为什么出" in out[pairs[0][0]]["words"] and out[pairs[0][0]]["first"][0] == "questions/background/", out
    assert out["怎么样申请专利"]["std"] == "怎么样申请专利" and out["什么样的企业算优势企业"]["std"] == "什么样的企业算优势企业", out
    assert out["甚至"]["std"] == "甚至", out
    # a word of Latin letters only whole: warumx is no 为什么x, kde is 哪里
    assert out["warumx kde 专利"]["std"] == "warumx 哪里 专利", out


def test_words_of_other_scripts_are_read_whole(site_dir):
    """Cyrillic, Hangul and Thai words are no Latin run (`cut`): a thesaurus word of those scripts is
    read whole, as the text's word (патент is 专利, 보험 is 保险), and one the thesaurus lacks finds nothing."""
    queries = ["патент страхование", "특허 보험", "สิทธิบัตร", "Förderung für KMU", "щука"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})out[q]=w.parse(q).terms.map(t=>t.alternatives[0]||t.word);")
    assert out["патент страхование"] == ["专利", "保险"] and out["특허 보험"] == ["专利", "保险"], out
    assert out["สิทธิบัตร"] == ["专利"] and set(out["Förderung für KMU"]) == {"资助", "小微企业"} and out["щука"] == [], out


def test_a_query_half_in_the_text_is_read_again_and_a_numeral_is_never_mended(site_dir):
    """The loose reading is tried at half the query in the text too, and kept only when it finds more
    (专荔托官: 专荔 is mended to 专利 at once, 托官 only loosely, to 托管); a numeral is no typo (五十 is no
    五是, the text's 五是 of its enumerations)."""
    queries = ["专荔托官是啥意思", "我们厂五十来人，开关卖到东南亚，想在那边拿专利"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})out[q]={{loose:w.parse(q,true).terms.map(t=>t.word),"
                              "first:w.search(q).items.flat().filter(i=>!i.note).map(i=>i.location.split('#')[0])[0]};")
    assert out["专荔托官是啥意思"]["loose"] == ["专利", "托管"] and out["专荔托官是啥意思"]["first"] == "programmes/ip-trusteeship/", out
    assert "五是" not in out[queries[1]]["loose"], out


def test_the_warm_up_query_changes_no_answer(site_dir):
    """The query the worker runs for nothing once its index is set up (`warmUp`, so the reader's
    first query is not the engine's first) only fills caches: every query here, and some with a typo,
    gets the same answer (pages, order, scores, highlighted text) with and without it."""
    queries = QUERIES + [q[:-1] + "托冠" for q in QUERIES[:40]]
    run = ("const ask=()=>{const r={};for(const q of " + json.dumps(queries, ensure_ascii=False) + ")"
           "r[q]=JSON.stringify(w.search(q));return r;};")
    out = in_worker(site_dir, run + "const cold=ask();w.setup(d);w.warmUp();const warm=ask();out={cold,warm};")
    assert out["cold"] == out["warm"]
    assert len(set(out["cold"].values())) > 20 and all('"location"' in v for v in out["cold"].values())


def test_a_decimal_point_does_not_cut_a_number(parsed):
    """8.2年 and ３．７年 (full width) are one number, as the key-figures rows hold them; a full stop
    elsewhere still ends a chunk."""
    assert any(w.startswith("8.2") for w in parsed["美国存活8.2年吗"]["words"]), parsed["美国存活8.2年吗"]
    assert not {"2年", "7年", "3", "8"} & set(parsed["美国存活8.2年吗"]["words"] + parsed["小微企业存活 ３．７年"]["words"])
    assert parsed["小微企业. 专利"]["words"] == ["小微企业", "专利"]


def test_a_reader_word_is_not_read_inside_a_longer_everyday_word(parsed):
    """拖拖拉拉 is a reader's word for slow examination (优先审查); 拖拉 is not one, as 拖拉机 (a tractor)
    holds it: a farm-machinery owner's query must not ask about examination."""
    assert "拖拖拉拉" in parsed["审查拖拖拉拉太慢"]["words"], parsed["审查拖拖拉拉太慢"]
    assert not any("拖拉" in w for w in parsed["我们做拖拉机配件的专利被人仿了"]["words"]), parsed["我们做拖拉机配件的专利被人仿了"]


def test_a_figure_typed_before_a_number_question_is_given_not_asked(site_dir):
    """`namedBy`: a row's figure the reader types names that row, unless a number is asked after it
    (我国3.7年，美国是多少: the reader has 3.7年 and asks 8.2年); checked (对吗), it is the one asked about."""
    queries = {"小微企业存活我国是3.7年，那美国是多少年": "8.2年", "专利权质押融资突破235亿元，同比增长了多少": "124%",
               "专利执行保险 获保障的企业数": "744家",  # (a count in X数: thesaurus.yml number_hints)
               "744家企业": "744家", "小微企业完成了65%的发明专利，对吗，占比多少": "65%"}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "out[q]=w.search(q).items[0][0].title.replace(/<[^>]*>/g,'')")
    assert {q: t.split(" · ")[-1].split("：")[0] for q, t in out.items()} == queries, out


def test_the_countries_the_text_names_are_read_in_other_languages(site_dir):
    """thesaurus.yml: 美国, 日本, 德国 and 我国 in the languages readers mix in, so a number question about
    one country shows that country's row; and Romanian (folded: ă, î, ș to a, i, s) reads as the text's words."""
    queries = {"小微企业在 Japan 能活几年": "12年", "América 的小微企业活几年": "8.2年", "în Japonia câți ani trăiesc firmele mici": "12年"}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "out[q]=w.search(q).items[0][0].title.replace(/<[^>]*>/g,'')")
    assert {q: t.split(" · ")[-1].split("：")[0] for q, t in out.items()} == queries, out
    read = in_worker(site_dir, "const out=w.parse('brevet asigurare împrumut tipărește').terms.map(t=>t.alternatives[0]);")
    assert read[:4] == ["专利", "保险", "融资", "打印"], read  # (then 专利 … 融资 paired: 质押融资)


def test_how_often_a_word_occurs_asks_no_figure_and_reduplicated_haste_asks_priority(site_dir):
    """出现几处 asks where a word occurs (the 关键词索引), not a key figure; 快快 (as 快点) beside 批下来 is
    优先审查 (thesaurus.yml word_patterns)."""
    queries = ["专利保险这个词在解读里出现几处", "专利批下来能不能快快的"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=[w.parse(q).asksNumber, w.parse(q).terms.map(t=>t.alternatives[0]||t.word)]")
    assert out[queries[0]][0] == 0, out
    assert "优先审查" in out[queries[1]][1], out


def test_a_documents_number_and_this_page_in_other_words(site_dir):
    """thesaurus.yml: 发文字号 is the 文号 关于本站 says the site does not give (not 发 · 文字 · 号), and 此页 is 本页."""
    queries = ["《意见》的发文字号是多少", "引用此页的格式"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=[w.search(q).items.flat().filter(i=>!i.note)[0].location.split('#')[0], w.parse(q).terms.flatMap(t=>t.alternatives)]")
    assert out[queries[0]][0] == "about/" and "文号" in out[queries[0]][1], out
    assert out[queries[1]][0] == "about/" and "本页" in out[queries[1]][1], out


def test_asking_who_will_help_after_infringement_is_assistance(site_dir):
    """thesaurus.yml word_patterns: where or who (找谁, 找哪个) then help (帮忙, 帮我) is 维权援助, as 找谁维权 is."""
    queries = ["书签图案被人盗用了能找谁帮忙", "专利被人仿了找哪个帮我"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=w.parse(q).terms.flatMap(t=>t.alternatives)")
    assert all("维权援助" in terms for terms in out.values()), out


def test_a_highlight_or_question_numbered_in_digits_alone_goes_to_its_place(site_dir):
    """`byId`: 亮点6 and 问4 typed alone are 亮点六 and 问四, their places, as the ids in Chinese numerals are
    (not only their words read: 亮点6 had put a programme that quotes 亮点六 first); 问5 is no id."""
    queries = {"亮点6": "measures/service-industry/", "问4": "questions/bottlenecks/", "亮点 3": "measures/financing/"}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "{const i=w.search(q).items[0][0]; out[q]=[i.location, i.score]}")
    assert {q: v[0] for q, v in out.items()} == queries and all(v[1] == 1e9 for v in out.values()), out


def test_an_ordinal_in_digits_names_its_question_or_highlight(site_dir):
    """`idNumerals`: 第2问, 第3个问题, 问题4 and 第6条亮点 are 第二问 … (第2问 had found no page at all); 第 only
    before 问 or 亮点 (第2段 is no id), and 第5问 names no question of the four."""
    queries = {"第2问": "questions/drafting-and-highlights/", "第3个问题": "questions/background/", "问题4": "questions/bottlenecks/",
               "第6条亮点": "measures/service-industry/", "第4问讲啥": "questions/bottlenecks/", "第5问": None, "第2段": None}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "{const i=(w.search(q).items[0]||[{}])[0]; out[q]=i.score===1e9?i.location:null}")
    assert out == queries, out


def test_a_paragraph_id_inside_a_longer_query_puts_its_paragraph_in_the_first_three(site_dir):
    """A paragraph id inside a longer query: that paragraph among the first three results (it had been in
    none of them for 译文要标段落号，q2-7对应哪一段), at its own anchor."""
    queries = ["译文要标段落号，q2-7对应哪一段", "论文脚注要写段落号 q4-1 是哪段"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=w.search(q).items.filter(g=>!g[0].note).slice(0,3).map(g=>g[0].location)")
    assert "original/#q2-7" in out[queries[0]] and "original/#q4-1" in out[queries[1]], out


def test_the_page_the_first_result_points_to_comes_second(site_dir):
    """`pointedTo`: 关于本站's reading tools sentence ends 见无障碍声明, so a query it answers (大鼠标, 字号) has
    the 无障碍声明 second, where it had not been in the first three; a first page that points nowhere
    (a measure) gets nothing added."""
    queries = ["大鼠标按钮在哪", "字号调大", "外观被抄"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=w.search(q).items.filter(g=>!g[0].note).slice(0,3).map(g=>g[0].location.split('#')[0])")
    assert out[queries[0]][:2] == ["about/", "accessibility/"] and out[queries[1]][:2] == ["about/", "accessibility/"], out
    assert "accessibility/" not in out[queries[2]], out


def test_an_id_with_only_question_words_beside_it_goes_to_its_place(site_dir):
    """`byId`: 亮点二讲什么 and 什么是问三 are their ids asked about (the 二 of 亮点二讲什么 had been read as a
    numeral and lost); a word beside the id that is no question (政策亮点八条原句汇总) leaves it a search."""
    queries = {"亮点二讲什么": "measures/innovation-cost/", "什么是问三": "questions/background/",
               "亮点4是啥？": "measures/self-development/", "政策亮点八条原句汇总": None}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "{const i=w.search(q).items[0][0]; out[q]=i.score===1e9?i.location:null}")
    assert out == queries, out


def first_pages(site_dir, queries) -> dict[str, str]:
    """Each query's first page in the built worker's results (the honest line above them skipped)."""
    return in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                               "out[q]=w.search(q).items.flat().filter(i=>!i.note)[0].location.split('#')[0]")


def assert_first_rows(site_dir, rows: dict[str, str]) -> None:
    """Each query's first result is a key-figures row whose title holds the figure given."""
    for query, figure in rows.items():
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat()[0];")
        assert row["location"].startswith("figures/") and figure in re.sub("<[^>]+>", "", row["title"]), (query, row)


def test_a_figure_the_reader_has_then_which_one_asks_no_number(site_dir):
    """A figure typed, then a question that asks which (哪类, 哪种, 名单; thesaurus.yml question_words),
    in its clause or a later one, asks no number: the page about it comes first, not the figure's row.
    In a later clause only such a word counts: 3.7年，这个数据出自哪里 still asks the figure (哪里 is filler)."""
    queries = {"申长雨局长8月29日调研的是哪类企业": "topics/drafting-process/",
               "为744家企业的2496件专利提供了风险保障和保险服务 这句说的是哪种保险": "programmes/patent-insurance/",
               "全国32个中小企业集聚区的名单": "programmes/strategy-programme/",
               "听说小微企业平均只能撑3.7年，这个数据出自哪里": "figures/"}
    out = first_pages(site_dir, queries)
    assert {q: ("figures/" if p.startswith("original/") else p) for q, p in out.items()} == queries, out


def test_two_characters_typed_wrong_and_a_typo_of_a_character_the_text_uses_are_mended(site_dir):
    """`mended`: 连骆员 is 联络员 (two characters put wrong, one the text never uses); 侵券 is 侵权 (券 is the
    text's, in 服务券, but 侵 is the text's only in 侵权); the reading patterns see the mended query
    (算笑微企页吗 asks whether the firm is small, as 算小微企业吗 does). Two lone characters do not pair
    across 被 (老被人抄: no 老人, which would mean the elderly-care mode)."""
    queries = ["连骆员是干啥的", "皮衣款式老被人抄 侵券了咋整", "厂里二十来个工人算笑微企页吗"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "out[q]=[w.parse(q).terms.flatMap(t=>[t.word,...t.alternatives]),"
                              "w.search(q).items.flat().filter(i=>!i.note)[0].location.split('#')[0]]")
    assert "联络员" in out[queries[0]][0] and out[queries[0]][1] == "programmes/liaison-officers/", out
    assert "侵权" in out[queries[1]][0] and "老人" not in out[queries[1]][0], out
    assert "小微企业" in out[queries[2]][0] and out[queries[2]][1] == "by-need/", out


def test_plain_words_for_a_grant_printing_the_official_site_why_larger_text_and_the_whole_text(site_dir):
    """thesaurus.yml: 国家…补多少 is 资助 (word_patterns), 印到纸上 is 打印, 公家办的 is the 非官方 关于本站
    states, 出 … 为了个啥 (dialect: 为什么) is 背景, 字 … 再大点 is 字号 (word_patterns), 县上 … 管知识产权
    is the 服务体系, and 全部文字 is the 原文 (原原本本 alone no longer means 核验)."""
    queries = {"专利申请下来国家能补多少钱": "programmes/application-funding/",
               "想把这页印在纸上给老伴看": "print/",
               "这网站是公家办的吗": "about/",
               "上面出这个政策到底为了啥": "questions/background/",
               "字可以再大一点不": "about/",
               "县上有管知识产权的部门吗": "measures/public-service-network/",
               "我要看原原本本的全部文字": "original/"}
    out = first_pages(site_dir, queries)
    assert out == queries, out


def test_a_whole_document_download_a_reference_format_structured_data_and_every_place_a_word_occurs(site_dir):
    """thesaurus.yml: 整份文档 / 下载全文 is the 打印版 (saved as a PDF), 著录格式 is 引用本页, 结构化数据 is the
    举措清单, and 出现的全部位置 (word_patterns) is the 关键词索引."""
    queries = {"想印给同事学习，能提供整份文档下载吗": "print/",
               "论文里引用本站页面的著录格式": "about/",
               "能否下载这些举措的结构化数据做地图": "actions/",
               "质押融资在文中出现的全部位置": "terms/"}
    out = first_pages(site_dir, queries)
    assert out == queries, out


def test_how_long_firms_last_in_other_words_asks_the_survival_rows(site_dir):
    """thesaurus.yml: 存续期, 存续年限, 存活年限 are the text's 存活率 / 存活期, a number question (存活率
    asks a duration): the key-figures row 3.7年 comes first, not a page that only says 保护 or 借鉴."""
    queries = ["我国小微企业的存续期和美国日本比", "小微企业存续年限", "中美日小微企业存活年限比较"]
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(queries, ensure_ascii=False)})"
                              "{const i=w.search(q).items.flat().filter(i=>!i.note)[0]; out[q]=i.title.replace(/<[^>]*>/g,'')}")
    assert all(title.startswith("关键数字 · 3.7年") for title in out.values()), out


def test_a_year_asked_of_a_date_without_one_is_its_row(site_dir):
    """哪一年 asks a year (年份): a row that is a date answers it. The 8月29日 row (申长雨 … 南海 … 调研) shows that
    the text writes 今年8月29日 and gives no year, as the key figures' box says: it comes first, typed or not, not
    the 2013年底 row that shares 南海. (Until round 64 the drafting page came first, whose box says the same; the blind
    splits since split 58 ask for the row.) A year a row gives leads with its row (培训基地是哪一年设立的: 2013年底)."""
    rows = {"申长雨局长那次去南海调研是在哪一年": "8月29日", "8月29日申长雨去佛山南海调研 这是哪年的事": "8月29日",
            "南海那个培训基地是哪一年设立的": "2013年底"}
    assert_first_rows(site_dir, rows)
    row = in_worker(site_dir, "const out=w.search('申长雨局长那次去南海调研是在哪一年').items.flat()[0];")
    assert "\u4eca\u5e748\u670829\u65e5" in re.sub("<[^>]+>", "", row["text"]), row  # the row shows 今年8月29日


def test_data_asked_for_is_the_key_figures_page(site_dir):
    """thesaurus.yml: 数据 (a reader's "data") is the 关键数字 page: 有数据吗 and 对比数据 want the figures,
    not 关于本站's 数据导出 (the files for other tools) nor the page that only states the claim."""
    queries = {"有专利的企业利润率有数据吗": "figures/", "德国百年企业的数据": "figures/", "数据": "figures/"}
    assert first_pages(site_dir, queries) == queries


def test_interest_subsidies_find_the_pledge_financing_page(site_dir):
    """贴息 and 风险补偿 are in 问四's sentence on deepening the 质押融资 pilots; the 质押融资 page says so
    in its own words (its 已有还是今后 line), so it comes first, not 缓解融资难, which only quotes that sentence."""
    queries = {"贷款贴息有吗": "programmes/pledge-financing/", "风险补偿和贴息": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries


def test_whether_a_firm_counts_a_hotlines_number_paying_and_exact_quotes(site_dir):
    """Round 38's readings:
    - 是否属于文中所称小微企业 (所称 without 的) and 能否按小微企业对待 ask whether the firm counts, which the text
      does not say: 按需查找 first;
    - 热线的号码, 电话号码 ask the number itself: the key-figures page by its 12330 row;
    - 出多少钱 asks a fee, which no row gives: no key-figures row first;
    - 引用的 … 能否保证 asks whether the site quotes exactly: the 核验 page."""
    queries = {"家庭农场是否属于文中所称小微企业": "by-need/", "个体户能否按小微企业对待": "by-need/",
               "知识产权维权公益热线的号码": "figures/", "专利执行保险一年要出多少钱": "programmes/patent-insurance/",
               "稿子里引用的原话能不能保证跟发布的一样": "verification/"}
    assert first_pages(site_dir, queries) == queries


def test_two_quotes_the_text_has_are_searched_together_and_how_long_to_a_grant_is_priority(site_dir):
    """Every quote the text has is searched, together: the second quote names the page, not the first alone.
    多久 … 拿证, 批下来 … 多久 ask how long a grant takes (the text gives no time): 优先审查 is how it is shortened."""
    queries = {"“推进知识产权金融创新服务”里有没有“专利执行保险”": "programmes/patent-insurance/",
               "发明专利多久能拿证": "programmes/priority-examination/",
               "外观设计批下来要等多久": "programmes/priority-examination/"}
    assert first_pages(site_dir, queries) == queries


def test_interest_too_high_and_a_subsidy_asked_is_an_interest_subsidy(parsed):
    """thesaurus.yml word_patterns: 利息 … 补一点 is 贴息 (the 质押融资 page's 贴息、风险补偿)."""
    assert "贴息" in parsed["贷款利息能不能给补一点"]["words"], parsed["贷款利息能不能给补一点"]


def test_digits_before_a_question_word_joined_to_shi_ask_no_number(parsed):
    """Digits before a question word ask what it is, not the figure; so too when the segmenter joined the
    question word to 是 (全称是什么: 是什么), and before 名称 (what it is called)."""
    assert parsed["8月29日调研去的那个区全称是什么"]["asks"] == 0, parsed["8月29日调研去的那个区全称是什么"]
    # 名称, 全称 ask what it is called (thesaurus.yml question_words)
    assert parsed["8月29日调研的那个区的名称"]["asks"] == 0, parsed["8月29日调研的那个区的名称"]


def test_how_many_years_asks_a_duration_not_a_date(site_dir):
    """几年, 多少年, 多久 ask how long (年数): only a row whose figure is no date answers (3.7年), not the
    2013年底 row that shares 国家; 哪一年 still asks a year (年份: 2013年底)."""
    queries = {"国家层面的小企业一般能开多少年": "3.7年", "培训基地哪一年设立的": "2013年底"}
    out = in_worker(site_dir, f"const out={{}};for(const q of {json.dumps(list(queries), ensure_ascii=False)})"
                              "{const i=w.search(q).items.flat().filter(i=>!i.note)[0]; out[q]=i.title.replace(/<[^>]*>/g,'')}")
    assert all(out[q].startswith("关键数字 · " + row + "：") for q, row in queries.items()), out


def test_plain_words_for_old_age_a_change_since_and_the_picture(site_dir):
    """thesaurus.yml: 上了年纪, 岁数大 are the elderly 关怀模式 (关于本站 says how to turn it on); 有变动 asks
    the 更新记录; 那张画 is the 图解."""
    queries = {"上了年纪的人用的模式有吗": "about/", "岁数大了看着费劲": "about/",
               "网页内容上周以后有变动吗": "changes/", "想把那张画发给我儿子": "tujie/"}
    assert first_pages(site_dir, queries) == queries


def test_the_other_few_asks_where_and_a_words_uses_are_the_term_index(site_dir):
    """其余几家, 另外几家 say "the other few": 设在何处 asks where, no count (the 快速维权中心 page, whose box
    says the places are not all given); “…”这个词在全文各处的用法 asks the 关键词索引."""
    queries = {"快速维权中心另外几家设在何处": "programmes/rapid-protection-centres/",
               "“知识产权服务业”这个词在全文各处的用法": "terms/"}
    assert first_pages(site_dir, queries) == queries


def test_norwegian_serbian_and_swahili_core_words_are_read(site_dir):
    """thesaurus.yml's Norwegian, Serbian and Swahili blocks: insurance, a grant, help abroad; koliko košta
    and bei gani ask a fee, which no row gives (the insurance page, not a key-figures row)."""
    queries = {"forsikring for designpatent": "programmes/patent-insurance/", "hjelp i utlandet": "programmes/overseas-patenting/",
               "subvencija za prijava patenta": "programmes/application-funding/", "koliko kosta osiguranje": "programmes/patent-insurance/",
               "ruzuku ya hataza": "programmes/application-funding/", "bima ya hataza bei gani": "programmes/patent-insurance/"}
    assert first_pages(site_dir, queries) == queries


def test_a_pasted_sentence_finds_the_page_it_belongs_to(site_dir):
    """`homeFirst`: a sentence of 问四's answer pasted whole finds 问四, not the measure or programme that
    quotes it in a section titled 问四：…; a sentence a page holds as its own stays (亮点三's 金融服务: 拓宽融资);
    a programme named by its title keeps its page (质押融资 … 有效渠道: the programme)."""
    queries = {"影响小微企业发展环境的因素": "questions/bottlenecks/", "不断创新执法工作的机制和方式": "questions/bottlenecks/",
               "在现有的法律框架下": "questions/bottlenecks/", "引导各类金融机构为小微企业提供知识产权金融服务": "measures/financing/",
               "知识产权质押融资已经成为科技型小微企业": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries
    # so does a phrase of one paragraph that the reader's words mean (代价太小: 问四's 侵权成本低)
    queries = {"仿冒的人几乎没啥代价 被仿的讨个说法要花大钱": "questions/bottlenecks/", "山寨的代价太小了": "questions/bottlenecks/"}
    assert first_pages(site_dir, queries) == queries
    # a run of twelve characters or more inside a longer query does too; the title's 知识产权支持小微企业 (ten) does not
    queries = {"小微企业大多处于产业链低端这句话后面还说了啥": "questions/basic-situation/",
               "知识产权支持小微企业的意见为什么现在出台": "questions/background/"}
    assert first_pages(site_dir, queries) == queries


def test_copied_said_with_a_homophone_or_in_dialect_is_infringement(site_dir):
    """thesaurus.yml: 被人防了 (防 for 仿, the same sound) and 照到…做了 (Sichuanese 照着做) are copying: the
    protection measure, not 按需查找 for a query read as nothing."""
    queries = {"包装被人防了怎么办": "measures/protection/", "别人照到我们的样品做了一批": "measures/protection/"}
    assert first_pages(site_dir, queries) == queries


def test_the_national_standard_put_as_highlight_four_puts_it_is_the_standard(site_dir):
    """thesaurus.yml: 贯彻国家标准 (亮点四's own words, read whole) is the 《企业知识产权管理规范》 programme, as 贯标
    is, and so is it with a typo (标谆, mended) and a second part after a space."""
    queries = {"贯彻国家标准 对我们有啥用": "programmes/management-standard/", "贯彻国家标谆 有用吗": "programmes/management-standard/"}
    assert first_pages(site_dir, queries) == queries


def test_the_special_grant_for_bringing_in_patents_is_highlight_two(site_dir):
    """专利申请资助's page words the special grant as the text does (对小微企业引进实施专利给予专项资助): put as
    引进实施专利的专项资助, a phrase only that page had held whole, it had found that page alone, not 亮点二."""
    queries = {"引进实施专利的专项资助 外观设计算不算": "measures/innovation-cost/",
               "引进实施专利的专项资助，可否用于购买外观设计": "measures/innovation-cost/"}
    assert first_pages(site_dir, queries) == queries



def test_split_56s_readers_words_are_read(site_dir):
    """thesaurus.yml, after split 56: Beijing 买卖 is a business (有专利的买卖…几倍: the 7倍 row, not 专利买卖), 黄了
    is how soon firms go under (the 存活 rows), 赏 a reward whose amount the text never gives, 闲专利 the idle
    patents, 打一份 printing, 出质 and 质权人 the pledge, 被人扒了 copying, 学外国 what the drafters borrowed."""
    queries = {"有专利的买卖跟没专利的比多挣几倍": "figures/", "这边小买卖几年就黄了，外国的要差多少年": "figures/",
               "首件发明专利国家赏多少": "programmes/application-funding/", "闲专利便宜用": "programmes/idle-patents/",
               "整个网站打一份": "print/", "出质人和质权人怎么登记": "programmes/pledge-financing/",
               "我的样子被人扒了怎么办": "measures/protection/", "这些政策是不是学外国的": "topics/drafting-process/"}
    assert first_pages(site_dir, queries) == queries


def test_a_figure_asked_what_for_is_not_a_number_question(site_dir):
    """thesaurus.yml question_words: 干什么, 干嘛, 做什么 ask what something was for; the date before them (8月29日,
    八月二十九 spoken) names the visit, so the page that tells it comes first, not its key-figures row."""
    queries = {"申长雨八月二十九去南海是做什么": "topics/drafting-process/", "8月29日那趟去南海是干嘛": "topics/drafting-process/"}
    assert first_pages(site_dir, queries) == queries


def test_ningbo_wu_speech_is_read(site_dir):
    """thesaurus.yml dialect, after split 57: 啥辰光 is 什么时候 (出来: when the 意见 came out, the about page's box),
    交拨 is 交给 (交给人家管管: 托管), and a 合作社 … 算弗 asks whom the policies cover (按需查找)."""
    queries = {"意见啥辰光出来": "about/", "专利交拨人家管管": "programmes/ip-trusteeship/", "阿拉是养蜂合作社也好算弗": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_split_57s_readers_words_are_read(site_dir):
    """After split 57: …算吗 asks whom the policies cover (按需查找), as 算不算 does; 电话号 asks the number (12330);
    大印 is 打印 typed by its sound; 许可费 and 授权费 are fees the text never gives (the programme, not a row); an amount
    heard and doubted (一千多万家，真有这么多) asks that number."""
    queries = {"夫妻小店算吗": "by-need/", "举报电话号": "figures/", "大印全站": "print/",
               "闲置专利许可费多少": "programmes/idle-patents/", "听人讲小微企业有一千多万家，真有那么多": "figures/"}
    assert first_pages(site_dir, queries) == queries


def test_contrast_and_the_large_cursor_find_the_accessibility_statement(site_dir):
    """The 无障碍声明's introduction names two of its items in readers' words (高对比度的黑底白字, 电脑上的特大鼠标
    指针): asked for them, its page comes first, where 关于本站 only lists the buttons and points to it."""
    queries = {"能换成黑底白字吗": "accessibility/", "电脑上鼠标箭头太小": "accessibility/"}
    assert first_pages(site_dir, queries) == queries


def test_split_58s_readers_words_are_read(site_dir):
    """After split 58: Suzhou Wu (价钿 a price, 学去 copied), 打什么电话 asking the number (12330), 何年 asking the year
    of 今年 (the key figures' box), 小薇 and 小微企业…定义 asking what counts as a 小微企业 (按需查找), 数字…对过 how the
    site checks its figures (核验), 亮点（五） an id in brackets, 被抄 … 找谁 where to turn (维权援助)."""
    queries = {"招牌叫人学去了咋办": "measures/protection/", "东西被假冒了该打什么电话": "figures/",
               "专利保险价钿几化": "programmes/patent-insurance/", "解读里的“今年”指何年": "figures/",
               "小微企业有没有定义": "by-need/", "站里的数字都跟解读对过吗": "verification/",
               "亮点（五）": "measures/entrepreneurship/", "十几个人算小薇企业吗": "by-need/", "产品被抄找谁": "programmes/assistance-centres/"}
    assert first_pages(site_dir, queries) == queries


def test_hangzhou_wu_and_the_written_register_are_read(site_dir):
    """thesaurus.yml dialect, after split 59: Hangzhou 格一页 is 这一页 (念念: reading aloud, 关于本站), 何单位 and 何处
    of a reader writing classical Chinese are 哪个单位 and 哪里, and 大领导 is the 局长 of the visit."""
    queries = {"格一页帮我念念": "about/", "此网站何单位所办": "about/", "图案被人照抄 何处投诉": "programmes/assistance-centres/",
               "大领导去南海看小厂说了啥": "topics/drafting-process/"}
    assert first_pages(site_dir, queries) == queries


def test_a_readers_word_after_a_filler_word_stays_whole(site_dir):
    """咱们国家 is a reader's word for 我国: the segmenter's filler-word split (这些政策 is 这些 | 政策) leaves it whole,
    so its 国家 no longer finds the 2013年底 row (国家中小微企业知识产权培训基地); the row shown is the count, 1170万.
    A filler word that asks (有没有改 is 有没有 | 改) still splits."""
    row = in_worker(site_dir, "const out=w.search('咱们国家有多少小微企业').items.flat().find(i=>i.location.startsWith('figures/'));")
    assert row and "1170万" in row["title"], row


@pytest.mark.parametrize("query, figure", [
    ("小微企业发明专利所占份额", "65%"), ("小微企业的税收贡献率", "50%"),  # 份额, 贡献率: a share
    ("国务院支持小型微型企业的意见出台年月", "2012年4月"),  # 年月 dates its 出台 (number_patterns 发布日期)
    ("专利执行保险覆盖的企业家数", "744家"),  # a measure word before 数 is the count's unit (家数, 件数)
    ("存活几年", "3.7年"),  # rows that tie: 我国's first, not the 百年 of German firms
    ("融资计划书里的市场规模：小微企业占企业总数多少", "77%"),  # 占 … 多少 asks a share (市场规模 alone asks an amount)
])
def test_split_60s_number_questions_show_their_row(site_dir, query, figure):
    """After split 60: the key figures come first and show the row asked for."""
    row = in_worker(site_dir, f"const out=w.search({json.dumps(query, ensure_ascii=False)}).items.flat().find(i=>i.location.startsWith('figures/'));")
    assert row and row["title"].startswith("关键数字 · " + figure), row


def test_a_dated_kinds_own_verbs_do_not_name_its_row(site_dir):
    """number_pages 发布日期: its row (2012年4月, 国务院出台…的时间) answers only a query naming what the row holds by a
    rare word (国务院, 小型微型), not by the kind's own verbs (出台, 印发, 发布): 出台 … 发布日期是哪天 asks the 意见's own
    date, which the about page's box says the text does not give."""
    queries = {"出台 发布日期是哪天": "about/", "pryd 出台 dyddiad 发布日期是哪天": "about/"}
    assert first_pages(site_dir, queries) == queries

MIXERS = {
    # thesaurus.yml's Lithuanian block, folded (įkeitimas is ikeitimas): a pledge, insurance, a voucher; kiek
    # asks a number and kartų a multiple
    "lithuanian": ({"patento ikeitimas bankui": "programmes/pledge-financing/", "patento draudimas": "programmes/patent-insurance/",
                    "kaip gauti paslaugų kuponą": "programmes/service-vouchers/"}, "su patentu pelnas kiek kartų didesnis", "7倍"),
    # the Estonian block (tööstusdisainilahendus is toostusdisainilahendus): a loan on a patent, a design given
    # priority, a voucher; mitu asks a number, korda a multiple
    "estonian": ({"laen patendi tagatisel": "programmes/pledge-financing/", "eelisjärjekorras menetlus minu disainile": "programmes/priority-examination/",
                  "patenditeenuse vautšer": "programmes/service-vouchers/"}, "kasum patendiga mitu korda suurem", "7倍"),
    # the Catalan block (préstec is prestec): a loan on a patent, handling with priority, pausing the reading; quantes
    # asks a number
    "catalan": ({"préstec amb la patent com a garantia": "programmes/pledge-financing/", "tramitació prioritària": "programmes/priority-examination/",
                 "posa en pausa la lectura en veu alta": "accessibility/"}, "quantes petites empreses hi ha a la Xina", "1170万"),
    # the Slovenian block (začasno is zacasno): a loan on a patent, a procedure with priority, pausing the reading;
    # koliko asks a number
    "slovenian": ({"posojilo s patentom kot jamstvom": "programmes/pledge-financing/", "prednostni postopek za moj patent": "programmes/priority-examination/",
                   "kako začasno ustavim branje": "accessibility/"}, "koliko podjetij je na Kitajskem", "1170万"),
    # the Icelandic block (sáttamiðlun is sattamiðlun; ð stays): a loan on a patent, fast mediation, the latest
    # changes; hversu mörg asks a number
    "icelandic": ({"lán með einkaleyfi að veði": "programmes/pledge-financing/", "hröð sáttamiðlun": "programmes/rapid-mediation/",
                   "nýjustu breytingar": "changes/"}, "hversu mörg fyrirtæki eru í Kína", "1170万"),
    # the Maltese block (għall-ilmenti is għall ilmenti; ħ stays, ċ is c): a loan on a patent, fast mediation, when
    # it came out (the about page's box: no date); kemm asks a number
    "maltese": ({"self fuq il-privattiva b'garanzija": "programmes/pledge-financing/", "medjazzjoni mgħaġġla għal kumpanija": "programmes/rapid-mediation/",
                 "meta ħareġ dan id-dokument": "about/"}, "kemm kumpaniji żgħar hemm fiċ-Ċina", "1170万"),
    # the Bulgarian block (Cyrillic, lower-cased): a loan with the patent as a pledge, fast mediation, the latest
    # changes; колко asks a number
    "bulgarian": ({"заем с патента като залог": "programmes/pledge-financing/", "бърза медиация при копиране": "programmes/rapid-mediation/",
                   "последните промени": "changes/"}, "колко фирми има в Китай", "1170万"),
    # the Georgian block (Mkhedruli, no case): a loan with a patent as a pledge, fast mediation, the latest changes;
    # რამდენი asks a number
    "georgian": ({"სესხი პატენტის გირაოთი": "programmes/pledge-financing/", "სწრაფი მედიაცია": "programmes/rapid-mediation/",
                  "ბოლო ცვლილებები": "changes/"}, "რამდენი კომპანიაა ჩინეთში", "1170万"),
    # the Albanian block (ë is e): a loan with a patent as collateral, fast mediation, the latest changes; numri asks
    # a telephone number (its two-letter words, sa among them, are left out: the segmenter finds them inside other words)
    "albanian": ({"kredi me patentë si kolateral": "programmes/pledge-financing/", "ndërmjetësim i shpejtë": "programmes/rapid-mediation/",
                  "ndryshimet e fundit": "changes/"}, "cili është numri i linjës për ankesa", "12330"),
}


@pytest.mark.parametrize("language", sorted(MIXERS))
def test_a_mixed_in_languages_core_words_are_read(site_dir, language):
    """A language a reader mixes in (its block in thesaurus.yml): its core words find their pages, and its number
    question is one: the key figures, whose first row is then the one asked (7倍, how many times larger; 1170万)."""
    queries, number, figure = MIXERS[language]
    queries = {**queries, number: "figures/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, f"const out=w.search({json.dumps(number, ensure_ascii=False)}).items.flat().find(i=>i.location.startsWith('figures/'));")
    assert row and figure in row["title"] + row["text"], row


def test_the_original_is_found_by_its_introduction(site_dir):
    """The 原文 entry reads its introduction, as every site page's does (逐字转录, 每段前的编号 … 固定锚点): the
    whole text with numbered paragraphs is the 原文 page, not 关于本站's linking section."""
    queries = {"带段落编号的逐字转录": "original/", "全文带固定锚点的那一页": "original/", "每段都有编号的全文": "original/"}
    assert first_pages(site_dir, queries) == queries


def test_the_date_the_text_does_not_give_finds_the_about_page(site_dir):
    """关于本站's entry reads its 原文未载明 box (no 发布日期, 文号, 施行日期 for the 意见 as a whole): asked for
    them, the reader gets that page, not the 更新记录 whose dates are the site's own."""
    queries = {"意见正式发布是哪一天": "about/", "发布日期和施行日期文中载明了吗": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_a_highlight_named_by_its_number_inside_a_sentence_goes_first(site_dir):
    """第三个亮点 (an ordinal) or 亮点五 inside a longer query: that highlight's page first, unless the query names
    a programme's title (…与亮点八的快速调解机制: the programme); a range (亮点一到八) and 亮点一共 (in all) name none."""
    queries = {"短视频按亮点分集，第三个亮点讲什么": "measures/financing/", "亮点五 有没有写牵头单位": "measures/entrepreneurship/",
               "问四的纠纷调解机制与亮点八的快速调解机制一样吗": "programmes/rapid-mediation/",
               "亮点一到八的汇总": "questions/drafting-and-highlights/"}
    assert first_pages(site_dir, queries) == queries


def test_the_yijians_own_date_and_number_find_the_about_pages_box(site_dir):
    """thesaurus.yml number_pages: the text gives no date of issue, 文号 or 施行日期 for the 意见 itself; a
    question for one that no key-figures row answers puts 关于本站, whose 原文未载明 box says so, first and
    links that box in the line above. The 2012年4月 row still answers for the 国务院 document it dates,
    named by a rare word, not for 意见 or 政策 alone; a date of issue asked of what another date row's title names
    is that row's date. 够得上小微 asks whether a firm counts (WHETHER_SMALL)."""
    queries = {"这个政策是哪年出的": "about/", "哪年出的": "about/", "这份文件是哪天印发的": "about/",
               "意见的文号是多少 要贴公告栏": "about/",
               "国务院那个支持小型微型企业的文件是哪年出的": "figures/",
               # a date of issue asked of what another date row names: that row (2013年底, 2008年, 2009年)
               "培训基地是哪年出来的": "figures/", "专利保险试点什么时候出的": "figures/", "战略推进工程是哪年定下来的": "figures/",
               "这份解读是哪天发布的 稿子要写日期": "about/",
               # a programme or measure named by its title: that page (its own box may say), not 关于本站
               "服务券有效期多久": "programmes/service-vouchers/", "企业知识产权管理规范的文号是多少": "programmes/management-standard/",
               "我的厂子二十来个人，够得上小微吗": "by-need/"}
    assert first_pages(site_dir, queries) == queries
    line = in_worker(site_dir, "out=w.search('哪年出的').items[0].map(i=>[i.note,i.location])")
    assert line == [[True, "by-need/"], [True, "about/#not-stated"]], line


def test_buttons_hard_to_hit_find_the_accessibility_statement(site_dir):
    """Only the 无障碍声明 says how large the site's links and buttons are (链接和按钮容易点中): a reader whose
    hand shakes or who cannot hit them is sent there, not to 关于本站, which names the buttons only."""
    queries = {"手一抖就点不准那些小按钮": "accessibility/", "按钮太小老是按不准": "accessibility/"}
    assert first_pages(site_dir, queries) == queries


def test_a_look_made_for_older_readers_is_the_care_mode_on_the_about_page(site_dir):
    """thesaurus.yml word_patterns: 老年人 … 模式 / 样子 / 看法 is the 关怀模式, which 关于本站 says how to turn on
    (the 无障碍声明 lists what it does); 照顾老年人的说明 still asks for the statement."""
    queries = {"有没有给长辈专门调的那种看法": "about/", "这个网站照顾老年人的说明在哪": "accessibility/"}
    assert first_pages(site_dir, queries) == queries


def test_where_a_first_time_reader_starts_is_the_home_page(site_dir):
    """thesaurus.yml: 头一次上 (this site) is the home page's 怎样使用本站, not 首件 (a first patent); 比较好 is
    filler (rather good), not 比较 (to compare, as in 申请专利比较困难)."""
    queries = {"头一次上这网站，从哪看起比较好": ""}
    assert first_pages(site_dir, queries) == queries


def test_the_whole_text_word_for_word_is_the_original(site_dir):
    """thesaurus.yml: 整篇, 从头到尾, 一字不落 ask for the whole text word for word: the 原文 page."""
    queries = {"整篇从头到尾一字不落的在哪看": "original/"}
    assert first_pages(site_dir, queries) == queries


def test_large_text_asked_printing_first_is_the_same_question(site_dir):
    """thesaurus.yml word_patterns: 印到纸上 … 大字 asks what 字调大了打印出来还是大字吗 asks (无障碍): 关于本站,
    not the 打印版 page, first."""
    queries = {"印到纸上以后字还会是大字吗": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_a_date_named_after_what_it_dates_asks_for_it(site_dir):
    """日期 after what it dates (申长雨 南海区 调研 日期) asks for that date: the 8月29日 row, first. A deadline
    (申报截止日期) is a kind of date no row gives: the programme, not a row of another date."""
    queries = {"申长雨 南海区 调研 日期": "figures/", "知识产权优势企业申报截止日期是哪天": "programmes/advantage-enterprises/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, "const out=w.search('申长雨 南海区 调研 日期').items.flat().find(i=>i.location.startsWith('figures/'));")
    assert row and "8月29日" in row["title"], row


def test_which_highlight_a_sentence_is_in_is_its_measure(site_dir):
    """出自哪条政策亮点, 是第几条亮点: each measure is one highlight, so the best-ranked measure comes first, not a
    programme that quotes the sentence; a programme's whole title in the query keeps that programme first."""
    queries = {"“涉案金额相对较低”出自哪条政策亮点": "measures/protection/",
               "多渠道降低贷款、担保和保险等费率——这是第几条亮点？": "measures/financing/",
               "知识产权金融服务需求调查制度是哪一条政策亮点提出来的？": "programmes/financial-needs-survey/"}
    assert first_pages(site_dir, queries) == queries


def test_the_issuing_date_asked_with_words_that_name_no_row_finds_the_about_page(site_dir):
    """《意见》的文号和印发时间能否查到: 时间 names no row (the 2012年4月 row's title ends 的时间), 查 no row (调查 in
    the 3.7年 row) and no programme (专利基础信息服务): the about page's 原文未载明 box, under the honest line."""
    queries = {"《意见》的文号和印发时间能否查到？": "about/"}
    assert first_pages(site_dir, queries) == queries
    note = in_worker(site_dir, "const out=w.search('《意见》的文号和印发时间能否查到？').items[0][0].note===true;")
    assert note


def test_everyday_words_for_idle_patents_a_place_to_learn_and_hard_parts(site_dir):
    """thesaurus.yml: 公家单位 (a state-owned unit) and 放起来的 (put away) are the text's 国有企事业单位 and 闲置; 学习的地方
    is the 培训基地; 困难的地方 is what 问四 calls 瓶颈."""
    queries = {"公家单位放起来的专利我们小作坊拿来用可以吗": "programmes/idle-patents/",
               "知识产权的课上的学习的地方哪里": "programmes/training-base/",
               "小买卖困难的地方啥钱的事情人才的事情": "questions/bottlenecks/"}
    assert first_pages(site_dir, queries) == queries


def test_what_a_firm_can_get_naming_no_need_is_by_need(site_dir):
    """BROAD_NEED: 我这样的作坊能拿到啥 asks what support there is, naming no need: 按需查找. 知识产权服务的小机构能得到哪些扶持
    names its subject (a word as rare as a page's own): that measure."""
    queries = {"政策多得很看不懂我这样的作坊能拿到啥简单说一下": "by-need/",
               "做知识产权服务的小机构能得到哪些扶持": "measures/service-industry/"}
    assert first_pages(site_dir, queries) == queries


def test_a_pasted_run_of_the_text_beside_latin_letters_finds_its_own_page(site_dir):
    """homeFirst: Latin letters beside a pasted run of the text (BP, a business plan) do not stop it; digits do (a
    figure checked is the key figures')."""
    queries = {"BP行业痛点想引用：创新能力偏弱、核心竞争力不强": "questions/basic-situation/",
               "744家企业的2496件专利": "figures/"}
    assert first_pages(site_dir, queries) == queries


def test_the_date_of_issue_put_otherwise_the_picture_and_a_first_visit(site_dir):
    """发文日期 and 印发的日子 ask the 意见's date, which 关于本站's box says the text does not give; 一整张的画 is the 图解;
    头一回用 is a first visit (the home page's 怎样使用本站), not a first patent (首件)."""
    queries = {"发文日期": "about/", "这份解读写没写《意见》正式印发的日子": "about/",
               "那张一整张的画，能存到手机里吗？": "tujie/", "我九十六了，头一回用这个，从哪里看起？": ""}
    assert first_pages(site_dir, queries) == queries


def test_quote_marks_do_not_hide_a_reading_pattern(site_dir):
    """The reading patterns match the query without its quote marks: “小微企业”的界定标准 asks what counts as a
    小微企业 (WHETHER_SMALL), as 小微企业的界定标准 does: 按需查找, under the honest line."""
    queries = {"该解读对“小微企业”的界定标准（从业人数、营业收入）是否有明确说明？": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_a_question_cited_by_its_number_is_that_questions_page(site_dir):
    """问四说… / 问四怎么讲…: a measure that matched on its quote of 问四 gives way to 问四's own page; a programme's
    thing named beside 问四 (质物处置平台) keeps that programme first."""
    queries = {"问四说正在推动修订的相关法律法规具体指哪部法": "questions/bottlenecks/",
               "我跑政法口八年，想写小微企业维权难的评论，问四怎么讲加大保护力度": "questions/bottlenecks/",
               "问四提到的质物处置平台是做什么用的？": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries


def test_tianjin_words_a_month_of_issue_and_what_insurance_costs(site_dir):
    """thesaurus.yml dialect: Tianjin 为嘛 is 为什么, 嘛时候 什么时候, 是嘛 是什么, 介个 这个: 为嘛要出 asks the background,
    嘛时候发下来的 the 意见's date (关于本站's box), 是嘛号码 the 12330 row. 哪个月 … 发下来 asks that date too; 保险要多少钱
    asks a premium, which no row gives (not the 9505万元 the insurance covered): the programme, under the honest line."""
    queries = {"介个政策为嘛要出": "questions/background/", "这个政策嘛时候发下来的": "about/",
               "意见是哪个月发下来的": "about/", "打12330是嘛号码": "figures/",
               "专利保险要多少钱": "programmes/patent-insurance/"}
    assert first_pages(site_dir, queries) == queries
    note = in_worker(site_dir, "const out=w.search('专利保险要多少钱').items[0][0].note===true;")
    assert note


def test_a_sole_trader_or_a_cooperative_asking_whether_it_is_covered_is_by_need(site_dir):
    """ELIGIBLE: 个体工商户也算吗 and 适用对象 / 适用主体 ask whom the policies cover, which the text does not say: 按需查找."""
    queries = {"个体工商户也算吗": "by-need/", "合作社是不是这些政策的适用对象": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_how_much_sooner_who_runs_the_site_and_quotes_matched_word_for_word(site_dir):
    """number_patterns: 能快多少 / 缩短几个月 asks how much sooner, which no row gives: the programme, under the
    honest line, not the key figures. word_patterns: 网站 … 哪家单位办的 asks who runs the site (关于本站: 非官方整理);
    逐字对上 asks how the site checks its quotes (核验)."""
    queries = {"审查能快多少天": "programmes/priority-examination/", "这个网站是哪家单位办的": "about/",
               "网站引用的话是怎么逐字对上的": "verification/"}
    assert first_pages(site_dir, queries) == queries
    note = in_worker(site_dir, "const out=w.search('审查能快多少天').items[0][0].note===true;")
    assert note


def test_a_grants_or_compensations_share_is_a_limit_no_row_gives(site_dir):
    """number_patterns: 补偿 … 比例 and 资助 … 比例 ask a grant's share, which the text never gives: the programme,
    under the honest line, not a row of another share (65%, 50%)."""
    queries = {"风险补偿的补偿比例是多少": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries
    note = in_worker(site_dir, "const out=w.search('风险补偿的补偿比例是多少').items[0][0].note===true;")
    assert note


def test_the_year_of_a_date_the_text_writes_without_one_is_the_key_figures_box(site_dir):
    """number_patterns 哪年的: 截至上半年 … 哪一年 and 今年 … 哪一年 ask the year of the text's two dates written without
    one; the key figures' 原文未载明 box says so: that page first, under the honest line, whatever programme the query
    names (专利执行保险), and showing the row asked about (8月29日, not another with an 8 in it: 2008年; 34个, whose
    sentence says 截至上半年)."""
    queries = {"截至上半年是哪一年": "figures/", "专利执行保险截至上半年指哪一年": "figures/", "今年8月29日是哪一年": "figures/"}
    assert first_pages(site_dir, queries) == queries
    note = in_worker(site_dir, "const out=w.search('截至上半年是哪一年').items[0][0].note===true;")
    assert note
    row = in_worker(site_dir, "const out=w.search('今年8月29日是哪一年').items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
    assert row and "8月29日" in re.sub("<[^>]+>", "", row["title"]), row
    row = in_worker(site_dir, "const out=w.search('专利执行保险截至上半年指哪一年').items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
    assert row and "34个" in re.sub("<[^>]+>", "", row["title"]), row


def test_the_written_registers_whether_asks_and_a_figures_scope_is_its_programme(site_dir):
    """question_words: 可否 asks whether (小微企业数量较多，请问可否申请…维权援助分中心: 数量 describes, the programme answers);
    是否仅 / 是否只 ask whether a figure holds only somewhere (53.8%的增速是否仅就集聚区而言: the programme says), while
    是否 alone beside a figure checks it (65%…是否属实: the key figures)."""
    queries = {"我县化妆刷产业小微企业数量较多，请问可否申请在产业集聚区设立维权援助分中心或工作站？": "programmes/assistance-centres/",
               "53.8%的专利申请年均增速是否仅就集聚区而言": "programmes/strategy-programme/",
               "网传小微企业完成了65%的发明专利 是否属实": "figures/"}
    assert first_pages(site_dir, queries) == queries


def test_a_highlight_or_question_named_in_new_forms_goes_straight_there(site_dir):
    """idNumerals: 六号亮点 (6号亮点) is 亮点六; 问答三 and 第二个问答 are 问三 and 第二问; the financial numerals of an
    id (亮点陆, 第叁问) and Roman ones (亮点Ⅶ, 问Ⅱ, 亮点VIII) are the numbers."""
    queries = {"六号亮点": "measures/service-industry/", "6号亮点": "measures/service-industry/",
               "问答三": "questions/background/", "第二个问答": "questions/drafting-and-highlights/",
               "亮点陆": "measures/service-industry/", "第叁问": "questions/background/", "亮点Ⅶ": "measures/public-service-network/",
               "问Ⅱ": "questions/drafting-and-highlights/", "亮点VIII": "measures/protection/"}
    assert first_pages(site_dir, queries) == queries


def test_a_count_whose_rate_is_asked_and_how_long_on_average_show_their_rows(site_dir):
    """A kind word followed by another (专利申请数量的年均增速) asks the second: the 53.8% row, not the 32个 count of
    the same paragraph. 平均开几年就关门 asks how many years (3.7年), where 为啥几年就撑不下去 says "a few years" and
    asks why (问三)."""
    def row(q):
        item = in_worker(site_dir, f"const out=w.search({json.dumps(q, ensure_ascii=False)}).items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
        return re.sub("<[^>]+>", "", item["title"]) if item else ""
    assert "53.8%" in row("中小企业专利申请数量的年均增速是多少")
    assert "3.7年" in row("小厂子平均开几年就关门了")
    queries = {"小厂子平均开几年就关门了": "figures/", "为啥几年就撑不下去": "questions/background/"}
    assert first_pages(site_dir, queries) == queries


def test_the_reading_patterns_read_a_query_as_mended_too(site_dir):
    """The number and word patterns match the query as the typo mending reads it, not only as typed: 热限号码 is
    热线号码 (the 12330 row), 专立 … 去银行换点本钱 is 专利 … 去银行 (质押融资), 字题太小 放达一点 asks a larger type."""
    queries = {"举报到版的热限号码": "figures/", "拿专立去银行换点本钱": "programmes/pledge-financing/",
               "字题太小 放达一点": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_pausing_making_peace_the_little_square_and_cash_for_a_patent(site_dir):
    """thesaurus.yml: 先停下 is pausing the 朗读 (无障碍声明); 拉和 is 调解; 小方块, 方块码 the QR code (关于本站), and 底下
    alone is no 低端 (页面底下, the bottom of a page); 专利 … 上银行换点钱 is 质押融资."""
    queries = {"朗读到一半想先停下": "accessibility/", "专利纠纷两家有没有人拉和": "programmes/rapid-mediation/",
               "页面底下的小方块是干啥的": "about/", "拿专利上银行换点钱": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries


def test_what_support_there_is_put_with_a_bare_me_or_after_the_support_is_by_need(site_dir):
    """BROAD_NEED: 有么扶持 (么 for 什么) and 扶持政策都有哪些 (the support named first) ask what support there is,
    naming no need: 按需查找, not 扶持知识产权服务业, whose title holds 扶持."""
    queries = {"俺这小铺子有么扶持": "by-need/", "小作坊的扶持政策都有哪些": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_how_many_places_a_word_is_in_is_the_term_index(site_dir):
    """word_patterns: 一词 / 这个词 … 几处 asks where a word occurs: the 关键词索引. NOT_ASKING: 几处, 多少处 ask no figure
    (no row counts 处), so 质押 这个词 … 几处 shows no 235亿元 row."""
    queries = {"质押 这个词在解读里有几处": "terms/", "“维权援助”一词共几处": "terms/"}
    assert first_pages(site_dir, queries) == queries


def test_a_visit_then_which_day_a_few_words_later_asks_its_date(site_dir):
    """number_patterns: 调研 … 哪天 within six characters asks the date (the 8月29日 row), as 哪天 … 调研 does."""
    queries = {"局长去南海调研 具体是哪天": "figures/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, "const out=w.search('局长去南海调研 具体是哪天').items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
    assert row and "8月29日" in re.sub("<[^>]+>", "", row["title"]), row


def test_a_round_amount_checked_asks_that_number(site_dir):
    """CHECKED_AMOUNT: 一千多万家吗, 一千多万是不是 check a number the reader remembers: the 1170万 row; an amount that
    describes the reader (我们营收一千多万算小微吗) asks whether the firm is small (按需查找)."""
    queries = {"小微企业有一千多万家吗": "figures/", "听说全国小微企业一千多万是不是": "figures/", "我们营收一千多万算小微吗": "by-need/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, "const out=w.search('小微企业有一千多万家吗').items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
    assert row and "1170万" in re.sub("<[^>]+>", "", row["title"]), row


def test_highlight_of_seven_whom_the_policies_count_as_small_and_a_min_how_much(site_dir):
    """idNumerals: 亮点之三 is 亮点三. WHETHER_SMALL: 小微企业的认定范围 asks what counts as a 小微企业 (按需查找, under the
    honest line). number_questions: Min 若夥 is 多少, and 奖 … 若夥 asks a reward, which no row gives (the programme)."""
    queries = {"亮点之三": "measures/financing/", "小微企业的认定范围有没有规定": "by-need/",
               "头一件发明专利批下来政府奖若夥钱": "programmes/application-funding/"}
    assert first_pages(site_dir, queries) == queries


def test_where_a_phrase_is_found_put_in_the_written_register_is_the_term_index(site_dir):
    """word_patterns: “…”一语 … 出处 (and 一语 … 出现) asks where a word occurs: the 关键词索引."""
    queries = {"“知识产权托管”一语在文中的出处": "terms/"}
    assert first_pages(site_dir, queries) == queries


def test_a_checked_amount_a_ratio_asked_and_an_id_with_a_middle_dot(site_dir):
    """CHECKED_AMOUNT: 两百亿 准不准 / 属实吗 checks a number (the 235亿元 row). number_hints: 利润率之比 asks a ratio (the
    7倍 row). byId: 问·一, 问・四 (a middle dot typed between) go straight to the question."""
    queries = {"专利质押融资破了两百亿 准不准": "figures/", "2014年质押融资有两百多亿 属实吗": "figures/",
               "有专利与无专利企业的利润率之比": "figures/", "问·一": "questions/basic-situation/", "问・四": "questions/bottlenecks/"}
    assert first_pages(site_dir, queries) == queries
    for query, figure in {"专利质押融资破了两百亿 准不准": "235亿元", "有专利与无专利企业的利润率之比": "7倍"}.items():
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat().find(i=>!i.note&&i.location.startsWith('figures/'));")
        assert row and figure in re.sub("<[^>]+>", "", row["title"]), (query, row)
    # (之比较 is a comparison, 比较: no ratio asked)
    parsed = in_worker(site_dir, "const out=w.parse('美日小微企业存活期之比较');")
    assert "比较" in [a for t in parsed["terms"] for a in t["alternatives"]] and not parsed["asked"], parsed


def test_hands_that_shake_paper_and_the_size_after_turning_a_page(site_dir):
    """thesaurus: 手发抖, 按不到 are buttons hard to hit (无障碍声明); 打在纸上 is printing (打印版); word_patterns: 字 … 变小
    after 翻到下一页 asks whether the size chosen holds (关于本站: 换页后仍然有效)."""
    queries = {"手直发抖按钮按不到": "accessibility/", "把全部内容打在纸上": "print/", "翻到下一页字会变小吗": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_a_hotline_asked_beside_common_words_its_count_of_cities_and_its_period(site_dir):
    """answers: 专利被人侵权了，举报电话是多少 is 12330 (专利, 侵权 are too common to name another page's subject; 联络员的电话
    still asks a number the text does not give). number_topics: 地市数量 keeps 地市 (the 34个 row, not 744家 企业).
    number_hints: 统计期间 asks a period (the 2014年1-6月 row). thesaurus: 多挣几倍 is the 利润率 (7倍)."""
    rows = {"专利被人侵权了，举报电话是多少": "12330", "专利执行保险的地市数量和累计保障额": "34个",
            "专利权质押融资金额统计期间": "2014年1-6月", "带专厉的厂比不带的多挣几倍": "7倍"}
    for query, figure in rows.items():
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat()[0];")
        assert row and row["location"].startswith("figures/") and figure in re.sub("<[^>]+>", "", row["title"]), (query, row)
    assert first_pages(site_dir, {"联络员的电话是多少": "programmes/liaison-officers/"}) == {"联络员的电话是多少": "programmes/liaison-officers/"}


def test_what_a_small_shop_can_apply_for_and_who_pays_for_a_patent(site_dir):
    """BROAD_NEED: 能申请什么 / 可以申请哪些, naming no need, is what support there is (按需查找). word_patterns: 钱 … 政府出
    asks whether the state pays (专利申请资助)."""
    queries = {"夫妻俩的小铺子能申请什么": "by-need/", "我们三个人的工作室可以申请哪些": "by-need/",
               "申请专利的钱政府出不出": "programmes/application-funding/"}
    assert first_pages(site_dir, queries) == queries


def test_where_to_learn_after_nobody_knows_and_a_grant_sped_up(site_dir):
    """word_patterns: 培训 … 在哪 asks for a place to learn (the 培训基地), though 没人懂 also asks for help; 加速 … 下证 is
    a grant sooner (专利申请优先审查)."""
    queries = {"店里没人懂商标专利 培训在哪": "programmes/training-base/", "外观专利能不能加速下证": "programmes/priority-examination/"}
    assert first_pages(site_dir, queries) == queries


def test_a_sentence_of_the_text_pasted_gets_no_line_that_the_text_may_not_say_it(site_dir):
    """verbatim: 促进保险机构…降低保险费率 is the text's own sentence, though 费率 is a kind of number it gives nowhere: no
    honest line above it. homeFirst: a run that 按需查找 quotes is its own page's (the 制定过程's 创造、运用、保护、管理和服务)."""
    for query in ("促进保险机构尽可能帮助中小企业降低保险费率", "尽可能帮助中小企业降低保险费率"):
        first = in_worker(site_dir, f"const out=w.search('{query}').items[0][0];")
        assert not first.get("note"), (query, first)
    quoted = "知识产权创造、运用、保护、管理和服务等方面"
    assert first_pages(site_dir, {quoted: "topics/drafting-process/"})[quoted] != "by-need/"


def test_whether_a_number_is_published_or_settled_asks_the_programme_not_the_figure(site_dir):
    """question_words: 是否公开 / 是否已明确 after a count (the written register's whether) ask whether it is out or
    settled, not the figure: the programme's page, not a row (五家, or 1170万, which counts no 服务券)."""
    queries = {"请问快速维权中心的具体数量是否公开？": "programmes/rapid-protection-centres/",
               "请问专利服务券的发放数量是否已明确？": "programmes/service-vouchers/"}
    assert first_pages(site_dir, queries) == queries


def test_the_few_of_us_is_no_number_and_whether_there_is_training(site_dir):
    """DESCRIBING: 我们几个 / 咱们几个 (the few of us) describe the readers, they ask no number (no 32个 row). word_patterns:
    有 … 培训 asks whether there is training (the 培训基地), though 没人懂 also asks for help."""
    queries = {"我们几个都不懂知识产权，有培训吗": "programmes/training-base/", "厂里没人懂专利 有没有培训": "programmes/training-base/",
               "咱们几个合伙开的店能贷款吗": "measures/financing/"}
    assert first_pages(site_dir, queries) == queries


def test_ids_with_a_dash_or_ti_the_legal_rank_and_whom_the_measures_cover(site_dir):
    """idNumerals: 亮点—5 (a dash between) and 第1题 (题 for 问) go straight there (not the 1170万 row). number_hints:
    效力层级, 部门规章 ask what the text never gives (关于本站's 原文未载明). ELIGIBLE: 是否适用…扶持措施; WHETHER_SMALL:
    a workshop that asks 算不 (按需查找). dialect: 甚时候 is 什么时候. word_patterns: 托给 … 管吗 is 托管."""
    queries = {"亮点—5": "measures/entrepreneurship/", "第1题": "questions/basic-situation/",
               "《意见》效力层级是什么": "about/", "这份意见算部门规章吗": "about/", "这个意见甚时候出来的": "about/",
               "港台注册的公司是否适用这些扶持措施": "by-need/", "小作坊算不": "by-need/",
               "专利的事托给人家管吗": "programmes/ip-trusteeship/"}
    assert first_pages(site_dir, queries) == queries
    for query in ("《意见》效力层级是什么", "这个意见甚时候出来的", "小作坊算不"):
        assert in_worker(site_dir, f"const out=w.search('{query}').items[0][0];").get("note"), query


def test_the_little_arrow_and_a_first_patents_reward(site_dir):
    """thesaurus: 小箭头 / 箭头 is the mouse pointer (无障碍声明, then 关于本站's 大鼠标 button); 头一个 is 首件 and 赏钱 a
    reward, whose amount the text never gives (the programme under the honest line, not the 65% row of 发明专利)."""
    for query in ("那小箭头太小了找不到", "箭头太小了"):
        top = in_worker(site_dir, f"const out=w.search('{query}').items.flat().filter(i=>!i.note).slice(0,2).map(i=>i.location.split('#')[0]);")
        assert top == ["accessibility/", "about/"], (query, top)
    assert first_pages(site_dir, {"头一个发明专利国家给赏钱不给，给多少": ""})["头一个发明专利国家给赏钱不给，给多少"] == "programmes/application-funding/"


def test_the_period_of_a_figure_typed(site_dir):
    """namedBy: a figure typed, then a kind of number its row does not count (235亿元的统计期间) asks that kind: the
    2014年1-6月 row, not 235亿元's own. thesaurus: 时间段 is the rows' 统计期间 (not 2008年, where the pilots began)."""
    for query in ("质押融资金额235亿元的统计期间是哪段", "专利质押235亿元是哪个时间段"):
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat()[0];")
        assert row["location"].startswith("figures/") and "2014年1-6月" in re.sub("<[^>]+>", "", row["title"]), (query, row)


def test_in_which_paragraphs_a_word_appears_and_the_sites_history(site_dir):
    """word_patterns: 在哪几段出现 / 在哪些地方提到 (the place words first) ask where a word occurs (关键词索引); thesaurus:
    沿革 is the site's 更新记录."""
    queries = {"质押融资在哪几段出现": "terms/", "知识产权托管在哪些地方提到": "terms/", "网站的沿革": "changes/"}
    assert first_pages(site_dir, queries) == queries


def test_money_to_fill_cash_flow_is_financing_not_a_grant(site_dir):
    """thesaurus: 拿钱补 / 现金流 is financing (质押融资 with 专利 … 质押), not the reader word 钱补 (a grant)."""
    assert first_pages(site_dir, {"用专利质押拿钱补现金流": ""}) == {"用专利质押拿钱补现金流": "programmes/pledge-financing/"}


def test_wuhan_words_a_fee_paid_for_no_dot_and_whether_a_studio_counts(site_dir):
    """thesaurus: 垮了 is a firm going under (存活: 问三), 地方学 a place to learn (培训基地), 读出声 reading aloud (朗读);
    word_patterns: 字 … 好小 / 看着累 the type too small (字号), 费 … 能补 a fee paid for (资助), 照着 … 印了 copied (侵权);
    idNumerals: 亮点no.6, 问 no.3; WHETHER_SMALL: 是不是小微企业."""
    queries = {"这小厂为么事开几年就垮了": "questions/background/", "专利哪有地方学": "programmes/training-base/",
               "让它读出声来": "about/", "字好小看着累": "about/", "申请专利的费能补吗": "programmes/application-funding/",
               "别人照着我的包装印了咋办": "measures/protection/", "亮点no.6": "measures/service-industry/",
               "问 no.3": "questions/background/", "我们十几个人的工作室是不是小微企业": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_which_of_two_figures_how_much_in_wuhan_a_multiple_and_a_subjects_figures(site_dir):
    """number_patterns: 78家还是80家, 2009年…还是2010年 ask which figure is right (its row); dialect: 几多 is 多少; number_hints:
    倍数 asks a ratio (7倍); answers: 数字 asks no kind, so a row holding a rarer word of the query answers it (存活期的数字:
    not the notes under the table)."""
    rows = {"维权援助中心是78家还是80家": "78家", "快速维权中心设了五家还是六家": "五家", "战略推进工程是2009年开始的还是2010年": "2009年",
            "有专利的比冇专利的多赚几多": "7倍", "有专利企业利润率高出的倍数": "7倍"}
    assert_first_rows(site_dir, rows)
    row = in_worker(site_dir, "const out=w.search('本所研究存活期的数字').items.flat()[0];")
    assert "存活" in re.sub("<[^>]+>", "", row["title"]) and "读数字时请注意" not in row["title"], row


def test_bracketed_and_circled_ids_the_whole_site_printed_and_mentions_counted(site_dir):
    """idNumerals: 亮点【3】, 第⑶问 (a bracketed or circled digit) go straight there; word_patterns: 整个网站 … 一起打 prints
    the whole site (打印版), 原样 … 印了 is copying (侵权), 提了几次 asks where a word occurs (关键词索引, not a row);
    WHETHER_SMALL: 小型微型企业之认定标准 (之 for 的) asks what counts as small (按需查找)."""
    queries = {"亮点【3】": "measures/financing/", "第⑶问": "questions/background/", "整个网站一起打": "print/",
               "包装袋让人原样印了咋办": "measures/protection/", "质押融资 全文提了几次": "terms/",
               "《意见》对小型微型企业之认定标准有无规定": "by-need/"}
    assert first_pages(site_dir, queries) == queries


def test_hefei_words_and_a_count_in_chinese_numerals_typed_alone(site_dir):
    """dialect: 么斯 is 什么 (打么斯电话 asks 12330), 么斯时候 什么时候 (the date of issue: 关于本站's box). search: a count in
    Chinese numerals typed alone (三级) asks its row, as digits do; 十五个方面 alone still names the measures as a topic."""
    row = in_worker(site_dir, "const out=w.search('被人仿冒了打么斯电话').items.flat()[0];")
    assert row["location"].startswith("figures/") and "12330" in re.sub("<[^>]+>", "", row["title"]), row
    row = in_worker(site_dir, "const out=w.search('三级').items.flat()[0];")
    assert row["location"].startswith("figures/") and "三级" in re.sub("<[^>]+>", "", row["title"]), row
    assert first_pages(site_dir, {"么斯时候发的这个意见": "", "十五个方面": ""}) == {"么斯时候发的这个意见": "about/", "十五个方面": "topics/drafting-process/"}
    dialect = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))["config"]["dialect"]
    assert list(dialect) == sorted(dialect)  # sorted in the index (gzip); the worker orders them by length itself


def test_quiz_blanks_quoted_context_and_highlights_in_corner_brackets(site_dir):
    """BLANK: 一共是____个方面, 设立了（ ）家 ask that number (its row); quoted(): a quote with a number asked around it
    (“加强政银、政保合作”前面说的试点从哪一年开始) searches the whole query (2008年), not the quote alone; number_units: 多少奖 asks an
    amount, which no row counts (头件发明: its programme, not the 65% row); number_patterns: 出台之时点 asks the date of issue
    (关于本站's box; with the other 意见's full name, its row); idNumerals: 亮点「七」."""
    rows = {"填空：最终形成具体的政策措施一共是____个方面": "十五个方面", "全国设立了（ ）家维权援助中心": "78家",
            "“加强政银、政保合作”前面说的试点从哪一年开始": "2008年",
            "《关于进一步支持小型微型企业健康发展的意见》出台之时点": "2012年4月"}
    assert_first_rows(site_dir, rows)
    queries = {"头件发明给多少奖": "programmes/application-funding/", "亮点「七」": "measures/public-service-network/",
               "《意见》出台之时点": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_examination_waited_on_and_copying_in_gan_words(site_dir):
    """word_patterns: 审专利 … 等好久 and 实审 … 加速 are 优先审查; thesaurus: 照到学 (Gan: 照着学) is copying (侵权)."""
    queries = {"审专利要等好久能不能快些": "programmes/priority-examination/",
               "初创公司两件发明在实审 有没有加速通道": "programmes/priority-examination/",
               "做毛笔的搞了个专利别个都照到学么样搞": "measures/protection/"}
    assert first_pages(site_dir, queries) == queries


def test_the_hotline_for_what_one_calls_about_and_a_number_word_abroad(site_dir):
    """answers(): a word the hotline's own page holds (假货: 侵权, which a page title names) does not keep the 12330 row
    from a question for a number (举报假货的号码是好多); a subject it does not hold still does (联络员的电话是多少); number_hints:
    հեռախոսահամար (Armenian: telephone number) asks 号码."""
    for query in ("那个打电话举报假货的号码是好多", "投诉热线的 հեռախոսահամար"):
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat()[0];")
        assert row["location"].startswith("figures/") and "12330" in re.sub("<[^>]+>", "", row["title"]), (query, row)
    rows = in_worker(site_dir, "const out=w.search('联络员的电话是多少').items.flat().map(i=>i.title);")
    assert not any("12330" in re.sub("<[^>]+>", "", t) for t in rows[:3]), rows[:3]


def test_a_phrase_typed_whole_is_read_by_its_parts_where_it_is_not_whole(site_dir):
    """scoreDoc: a phrase of the text kept whole (首件发明专利予以奖励, 三级服务) that an entry lacks is read by its parts
    there, when it has them all, as one part's worth: the programme whose title holds them comes first. number_hints:
    ເບີໂທ (Lao), شماره (Persian), raqami (Uzbek), símanúmer (Icelandic) ask a telephone number: 举报投诉热线 ເບີໂທ 是多少
    shows the 12330 row, whose title holds 举报投诉 … 热线, not the phrase."""
    queries = {"首件发明专利予以奖励": "programmes/application-funding/", "三级服务": "measures/public-service-network/"}
    assert first_pages(site_dir, queries) == queries
    for query in ("举报投诉热线 ເບີໂທ 是多少", "举报投诉热线 شماره 是多少", "维权热线 telefon raqami", "símanúmer fyrir kvartanir 举报电话"):
        row = in_worker(site_dir, f"const out=w.search('{query}').items.flat()[0];")
        assert row["location"].startswith("figures/") and "12330" in re.sub("<[^>]+>", "", row["title"]), (query, row)


def test_a_share_in_tenths_is_a_round_figure_and_what_counts_as_small_put_as_its_basis(site_dir):
    """A share in tenths is round: 八成 is the rows' shares within five points (80%, 77%左右), so the other words pick the
    row (占企业总数: 77%); WHETHER_SMALL: 有无划型依据认定为小微企业 asks what counts as small (按需查找), not 被列为小微企业的特点;
    thesaurus: 换到别的页 is 换页, whether the size chosen holds (关于本站: 换页后仍然有效); 黑白格子的方块 is the QR code (二维码:
    关于本站)."""
    row = in_worker(site_dir, "const out=w.search('稿子里写小微企业占企业总数的八成，解读里是这么说的吗').items.flat()[0];")
    assert row["location"].startswith("figures/") and "77%" in re.sub("<[^>]+>", "", row["title"]), row
    queries = {"纽扣小厂有无划型依据认定为小微企业": "by-need/", "换到别的页字还是大的吗": "about/",
               "实用新型和外观设计专利较多被列为小微企业的特点": "programmes/rapid-mediation/",
               "最底下那个黑白格子的方块用手机扫是做什么的": "about/"}
    assert first_pages(site_dir, queries) == queries


def test_dingbat_and_ideograph_numbered_ids_help_to_look_after_and_a_figure_put_as_either_or(site_dir):
    """idNumerals: a dingbat or parenthesised ideograph numeral after an id's word (亮点❼, 问➂, 第㈣问, 亮点⓶) goes
    straight there; thesaurus: 有人帮忙管 is 托管; CHECKING: a figure typed, then 是…还是… (9505万元是保额还是赔了多少), asks
    what that figure is: its row, not another of its sentence."""
    queries = {"亮点❼": "measures/public-service-network/", "问➂": "questions/background/", "第㈣问": "questions/bottlenecks/",
               "亮点⓶": "measures/innovation-cost/", "厂子小冇得人懂专利有人帮忙管不": "programmes/ip-trusteeship/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, "const out=w.search('专利执行保险9505万元是保额还是赔了多少').items.flat()[0];")
    assert row["location"].startswith("figures/") and "9505万元" in re.sub("<[^>]+>", "", row["title"]), row


def test_jiaodong_when_and_why_a_hundred_years_alone_compared_figures_and_the_needs_shown(site_dir):
    """dialect: 多咱 is 什么时候 (the date of issue: 关于本站), 为么 为什么 (撑不长: 问三's background); CN_COUNT: 百年 typed alone
    asks its row, as 三级 does; number_topics: 对比数据 asks the figures (美国、日本…存活期的对比数据: a country's row, not the
    notes under the table); number_hints: নম্বর (Bengali: number) asks 号码. The needs shown when nothing matches list
    their pages' titles, which the index now holds without addresses."""
    queries = {"这个意见多咱出的": "about/", "俺们这些干小营生的为么撑不长": "questions/background/"}
    assert first_pages(site_dir, queries) == queries
    rows = {"百年": "百年", "হটলাইন নম্বর কত 举报电话": "12330", "美国、日本小微企业存活期与我国的对比数据": "年："}
    assert_first_rows(site_dir, rows)
    shown = in_worker(site_dir, "const out=w.search('完全不相干的东西xyz').items.slice(1).map(g=>g[0].text);")
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    titles = {d["title"] for d in index["docs"] if "#" not in d["location"]}
    assert len(shown) == 5 and all(t in titles for line in shown for t in line.split(" · ")), shown


def test_a_numeral_with_a_full_stop_how_many_in_xiang_a_tamil_number_and_when_it_began(site_dir):
    """idNumerals: 第⒋问 (⒋, a digit with a full stop, which fold keeps) and 第4.问 go straight there; HAODUO: 好多只 (Xiang,
    Wu: 只 a measure word) asks how many, 1170万's row; number_hints: எண் (Tamil: number) asks 号码; number_patterns:
    始于何时 asks when (the training base's 2013年底)."""
    assert first_pages(site_dir, {"第⒋问": "", "第4.问": ""}) == {"第⒋问": "questions/bottlenecks/", "第4.问": "questions/bottlenecks/"}
    rows = {"全国像我屋里咯样的小厂子有好多只": "1170万", "投诉热线 தொலைபேசி எண் என்ன": "12330",
            "中小微企业知识产权人才培养模式之探索始于何时": "2013年底"}
    assert_first_rows(site_dir, rows)


def test_what_the_site_does_for_the_old_a_nepali_number_and_the_centres_for_redress(site_dir):
    """word_patterns: 老年人 … 做法 is the site's 适老化 (无障碍声明), not the 举措清单; number_hints: नम्बर (Nepali: number)
    asks 号码; thesaurus: 维权中心 is also the 维权援助中心, which comes among the first three (the five 快速维权中心's
    title holds the word whole)."""
    queries = {"照顾老年人的那些做法写在哪": "accessibility/", "给老年人方便的那些做法写在哪里": "accessibility/"}
    assert first_pages(site_dir, queries) == queries
    row = in_worker(site_dir, "const out=w.search('投诉热线 फोन नम्बर के हो').items.flat()[0];")
    assert row["location"].startswith("figures/") and "12330" in re.sub("<[^>]+>", "", row["title"]), row
    top = in_worker(site_dir, "const out=w.search('维权中心在哪').items.slice(0,3).map(g=>g[0].location.split('#')[0]);")
    assert "programmes/assistance-centres/" in top, top


def test_a_three_character_word_mended_from_a_word_alone_and_readers_words_of_round_62(site_dir):
    """mended: a word of three characters is put right from a character that is a word alone (二为码: 为 is a word,
    二维码 the text's); dialect: 么时候 (Wuhan) is 什么时候, the date of issue (关于本站); thesaurus: 了结 is 调解 (快速调解),
    换了什么 asks the 更新记录, 念把我听 (Wuhan: 把 gives) asks 朗读, hanonta (Malagasy: to print) is 打印, 国际比较 is the
    text's 美国 and 日本 (问三's background), 增速 also the text's 同比增长 (质押融资's 124%, not the 30% row's 增速);
    filler: 一句一句 (sentence by sentence) is how it is read, not a word of the text; number_hints: laharana (Malagasy:
    number) asks 号码; word_patterns: 数据 … 导出 is 关于本站's 数据导出, and 导出 alone no longer the 打印版 (a PDF is 保存)."""
    queries = {"扫二为码没反应": "about/", "这个规定是么时候发的": "about/", "被仿了想私下了结": "programmes/rapid-mediation/",
               "网站最近换了什么": "changes/", "念把我听": "about/", "一句一句念给我听": "about/",
               "小微企业存活期的国际比较": "questions/background/", "hanonta 整站": "print/", "数据可以导出来吗": "about/"}
    assert first_pages(site_dir, queries) == queries
    rows = {"质押融资的增速": "124%", "laharana 举报热线": "12330"}
    assert_first_rows(site_dir, rows)


def test_ids_in_lenticular_brackets_or_counted_as_two_and_three_zoom_and_readers_words_of_round_63(site_dir):
    """idNumerals: 亮点〖三〗 (lenticular brackets) and 第俩问, 问仨 (俩 two, 仨 three) go straight there; word_patterns: 放大
    … 两倍 is the 无障碍声明's 页面缩放到 200% (its introduction says so), 这个网 … 谁办 is 关于本站's 非官方; thesaurus: 都放在一页, 合成一页 are the 打印版's 合为一页; WHETHER_SMALL: 小微企业的统计口径 asks what counts
    as one (按需查找); number_questions: hia (Māori e hia: how many); number_hints: waea (Māori: telephone) asks 号码;
    thesaurus: Hapani is 日本. The index lists no paragraph id in `ids`: the worker reads them from the 原文's entries."""
    queries = {"第俩问": "questions/drafting-and-highlights/", "问仨": "questions/background/", "亮点〖三〗": "measures/financing/",
               "这个网谁办的": "about/", "能不能都放在一页上看": "print/", "全站合成一页": "print/",
               "放大到两倍 文字会不会被截掉": "accessibility/", "小微企业的统计口径": "by-need/", "q2-7": "original/"}
    assert first_pages(site_dir, queries) == queries
    rows = {"e hia 维权援助中心": "78家", "waea 热线": "12330", "Hapani 小微企业能活几年": "12年"}
    assert_first_rows(site_dir, rows)
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    assert "问二" in index["config"]["ids"] and not any(re.fullmatch(r"q\d(-\d+)?", k) for k in index["config"]["ids"])
    assert in_worker(site_dir, "const out=w.search('q2-7').items[0][0].location;") == "original/#q2-7"


def test_separators_before_a_financial_numeral_and_readers_words_of_round_64(site_dir):
    """byId: a separator between an id's word and a financial numeral (亮点·陆) goes before the numerals are read;
    word_patterns: 国家 … 补不补 is 资助, 各段 … 被哪些页面 the 核验 page (it lists who cites each paragraph), 数据 …
    拉取 关于本站's 数据导出; thesaurus: 苦处 is 困难 and 瓶颈 (问四); Tongan: fiha (how many) asks a number, fika (number)
    the telephone number, Siaina is 我国, totongi (to pay) a fee, which no row gives."""
    queries = {"亮点·陆": "measures/service-industry/", "专利申请 国家补不补": "programmes/application-funding/",
               "每段被哪些页面引用": "verification/", "有没有json数据可以拉取": "about/", "小老板的苦处有哪些": "questions/bottlenecks/"}
    assert first_pages(site_dir, queries) == queries
    rows = {"Siaina fiha 小微企业": "1170万", "fika 举报热线": "12330"}
    assert_first_rows(site_dir, rows)
    items = in_worker(site_dir, "const out=w.search('专利保险 totongi fiha').items.map(g=>g[0]);")
    assert items[0].get("note") and items[1]["location"].startswith("programmes/patent-insurance/"), items[:2]


def test_a_date_spelt_another_way_the_year_of_a_period_and_readers_words_of_round_65(site_dir):
    """dialect: 多昝 (多咱 as 孟津 writes it) is 什么时候, the date of issue (关于本站); number_patterns: 截至 … 哪年 asks
    the year of a date written without one (the key figures' box: 截至上半年); Kyrgyz: канча (how many) asks a number,
    саны (its count) a count, Кытайда (in China) is 我国, банк … насыя (bank, credit) 银行 … 融资; thesaurus: 上新 (what
    is new) is the 更新记录."""
    queries = {"这个意见是多昝出的": "about/", "专利执行保险34个地市截至哪年": "figures/", "网站最近上新了没": "changes/",
               "патент менен банк насыя": "programmes/pledge-financing/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"Кытайда канча 小微企业": "1170万", "快速维权中心 саны": "五家"})


def test_every_form_of_a_question_or_highlight_name_goes_to_its_page(site_dir):
    """The index names each question and highlight once (问三, 亮点三); the worker writes the other forms a reader
    types alone (问题三, 第三问, 第三个问题; 政策亮点三, 第三个亮点, 第三条亮点), each straight to its page."""
    queries = {form: "questions/background/" for form in ("问三", "问题三", "第三问", "第三个问题")}
    queries |= {form: "measures/financing/" for form in ("亮点三", "政策亮点三", "第三个亮点", "第三条亮点")}
    assert first_pages(site_dir, queries) == queries
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    assert set(index["config"]["ids"]) == {f"{w}{n}" for w in ("问", "亮点") for n in "一二三四"} | {f"亮点{n}" for n in "五六七八"}


def test_another_dash_a_figure_said_and_readers_words_of_round_66(site_dir):
    """A paragraph id with another dash (q3–2, q3—2) is the text's, and one inside a query is found though nothing else
    is (看看q3-3); a figure said in Chinese numerals (三十二个) is its row, as typed in digits; 如何 closing a clause
    after a kind of number asks it (效力层级如何: 关于本站's box); dialect: 快着点 is 快点 (审 … 快点: 优先审查);
    thesaurus: 黑白小方格 is the 二维码, and 页面最底下 the page's 末尾, not the chain's 低端; Croatian: kada … objavljen
    (when … published) asks the date of issue, broj telefona (the telephone number) the hotline's row, ispisati sve (print
    it all) the 打印版."""
    first = {"q3–2": "original/#q3-2", "q3—2": "original/#q3-2", "看看q3-3": "original/#q3-3"}
    assert {q: in_worker(site_dir, f"const out=w.search('{q}').items.flat()[0].location;") for q in first} == first
    queries = {"意见属部门规章还是规范性文件 效力层级如何": "about/", "审专利能不能快着点": "programmes/priority-examination/",
               "页面最底下那个黑白小方格是做什么的": "about/", "底下那个黑白小方格是干啥用的": "about/",
               "kada je 意见 objavljen": "about/", "ispisati sve na jednoj stranici": "print/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"三十二个": "32个", "prijava 侵权 broj telefona": "12330"})


def test_a_latin_word_is_read_by_its_stem(site_dir):
    """The segmenter takes the longest word it knows at each place, so a Latin word the thesaurus lists only by its stem
    (kredi, loan, vaučer) is read by it whatever its ending (krediler, loans, vaučeri): round 67 took 119 such endings
    out of the thesaurus, none of them in any query, for index room."""
    queries = {"patent krediler": "programmes/pledge-financing/", "SME loans": "measures/financing/",
               "patentni vaučeri": "programmes/service-vouchers/"}
    assert first_pages(site_dir, queries) == queries
    index = json.loads((site_dir / "search" / "cjk-index.json").read_text(encoding="utf-8"))
    readers = {w for words in index["config"]["synonyms"] for w in words[1]}
    assert "kredi" in readers and "krediler" not in readers and "loan" in readers and "loans" not in readers


def test_readers_words_of_round_67(site_dir):
    """idNumerals: a financial numeral after 问答 (问答肆); search(): a paragraph id with a dot (q4.4); homeFirst: a
    pasted sentence with a typo put right (侵权成本低为权成本高: 问四's); ELIGIBLE: 能享受这些扶持吗 asks whom the
    policies cover; WHETHER_SMALL: 科技型小微企业之认定口径; dialect: 啥前儿 (when), 白使 / 不使的 (use for free, unused);
    question_words: 给不给 asks whether, not a rate (no line that the text may not say); number_patterns: 打哪个号 asks
    the number, 多少钱一张 a voucher's value (which the text does not give); word_patterns: 专利 … 抵 is 质押融资, 实审 …
    太慢 优先审查, 全部出处 the 关键词索引; thesaurus: 注明出处 is 引用, 一个字都不改 the 原文; Azerbaijani: nə vaxt …
    qəbul (when … adopted), qaynar xətt … nömrəsi (the hotline's number), hamısı … çap (print it all), mübahisə … sürət …
    vasitəçilik (a dispute, fast, mediation)."""
    queries = {"问答肆": "questions/bottlenecks/", "侵权成本低为权成本高": "questions/bottlenecks/",
               "旅美乡亲在美国注册的公司能享受这些扶持吗": "by-need/", "政策亮点四所称科技型小微企业之认定口径": "by-need/",
               "这些道道是啥前儿定下来的": "about/", "人家大厂子放着不使的专利能让俺们白使不": "programmes/idle-patents/",
               "专利抵银行": "programmes/pledge-financing/", "初创公司发明专利实审太慢": "programmes/priority-examination/",
               "“侵权假冒”在解读中的全部出处": "terms/", "转载其中一段要怎样注明出处": "about/",
               "我要看那篇解读原来的样子一个字都不改的": "original/", "sənəd nə vaxt qəbul olunub": "about/",
               "hamısını bir səhifədə çap etmək": "print/", "patent mübahisəsi sürətli vasitəçilik": "programmes/rapid-mediation/"}
    assert first_pages(site_dir, queries) == queries
    assert in_worker(site_dir, "const out=w.search('q4.4').items.flat()[0].location;") == "original/#q4-4"
    assert_first_rows(site_dir, {"举报人家仿冒俺的东西打哪个号": "12330", "qaynar xəttin telefon nömrəsi": "12330"})
    items = in_worker(site_dir, "const out=w.search('服务券多少钱一张').items.map(g=>g[0]);")
    assert items[0].get("note") and items[1]["location"].startswith("programmes/service-vouchers/"), items[:2]
    items = in_worker(site_dir, "const out=w.search('贷款利息太贵了国家给不给贴一点').items.map(g=>g[0]);")
    assert not items[0].get("note"), items[0]


def test_readers_words_of_round_68(site_dir):
    """idNumerals: a leading zero goes (亮点07, 第03问); a row's figure in digits said in numerals alone is its row
    (十二年: 12年); parse: the doer between 被 and a word for copying is not asked (被大厂抄了: not 大厂's 示范企业); the site's
    own figures asked about ask how it checks them (本站引文和数字…核对过: 核验, not a row); number_patterns: a visit (看小厂,
    走访, 考察) … 啥辰光 asks its date (the 8月29日 row); dialect: 读拨我听 (Wu: read it
    to me), 小把戏 (children, not 小 … 专利's 小专利); thesaurus: 从哪里看起 (where to start) is the home page, 一览表 no longer
    the 举措清单 (关键数字一览表: the key figures); Macedonian: кога … донесен (when … adopted), неискористен (unused),
    државни (state), колку (how many) … мали (small) … Кина."""
    queries = {"亮点07": "measures/public-service-network/", "第03问": "questions/background/",
               "产品被大厂抄了 维权成本太高烧不起": "measures/protection/", "本站引文和数字是否与解读逐字核对过？": "verification/",
               "我七十四岁弗识几个字这个网站阿好读拨我听": "about/", "小把戏要学专利个物事到啥地方去学": "programmes/training-base/",
               "刚打开网站不知道从哪看起": "", "关键数字一览表": "figures/", "кога е донесен документот 意见 日期": "about/",
               "неискористени патенти од државни фирми": "programmes/idle-patents/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"十二年": "12年", "колку мали фирми има во Кина": "1170万", "局长到南海看小厂是啥辰光": "8月29日"})


def test_readers_words_of_round_69(site_dir):
    """idNumerals: 其 or 之 between an id's word and its numeral (亮点其四, 问之三); WHETHER_SMALL: 算不算政策里的小微
    (whether a firm counts); dialect (Jin): 甚号 (什么号: which number), 倒灶 (gone bust: 倒闭, 问三's survival); number_patterns:
    比重 … 如何表述 asks the share's row (its wording), 险 … 几钱 a premium, which the text never gives (专利保险, under the line); thesaurus: 黑白方块 is the 二维码; Tetum:
    bainhira … sai (when … issued), se mak (who: the site's maker), formasaun (training), imajen (an image), foun (new)."""
    queries = {"亮点其四": "measures/self-development/", "问之三": "questions/background/",
               "五个人的早期团队 算不算政策里的小微": "by-need/", "小买卖撑不了几年就倒灶了上面咋说的": "questions/background/",
               "底下那个黑白方块是做什么用的": "about/", "bainhira mak dokumentu ne'e sai": "about/",
               "se mak halo pájina ne'e 谁做的": "about/", "formasaun iha Nanhai ema rai-li'ur bele tama ka lae": "programmes/training-base/",
               "imajen ida deit oinsá rai iha telefone": "tujie/", "saida mak foun iha pájina ne'e": "changes/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"打举报电话是打甚号码": "12330", "小微企业所产生税收占总税收的比重在解读中如何表述？": "50%"})
    items = in_worker(site_dir, "const out=w.search('专利险一年几钱').items.map(g=>g[0]);")
    assert items[0].get("note") and items[1]["location"].startswith("programmes/patent-insurance/"), items[:2]


def test_readers_words_of_round_70(site_dir):
    """search(): a figure in a chat's shorthand is the text's (1170w: 1170万, 235个亿: 235亿); idNumerals: a highlight or
    question counted from the end (亮点倒数第二: 亮点七, 倒数第一问: 问四); word_patterns: 出现 … 段落 is the 关键词索引;
    thesaurus: 贴利息 is 贴息, 全国企业 the text's 企业总数 (中美日, its 美国 and 日本, is held by the rows' count); Haitian Creole: enprime (print),
    nouvo (new), nimewo (a number), konbyen (how many)."""
    queries = {"亮点倒数第二": "measures/public-service-network/", "倒数第一问": "questions/bottlenecks/",
               "侵权假冒 出现段落 全部": "terms/", "enprime tout sit la": "print/", "sa k nouvo sou sit la": "changes/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"1170w": "1170万", "235个亿": "235亿元", "nimewo telefòn 举报投诉热线": "12330",
                                 "konbyen ane 中国小微企业能活": "3.7年", "小微企业占全国企业几成": "77%"})
    assert "pledge-financing" in in_worker(site_dir, "const out=w.search('政府帮忙贴利息有冇').items.map(g=>g[0]).filter(i=>!i.note).slice(0,3).map(i=>i.location).join(' ');")


def test_readers_words_of_round_71(site_dir):
    """search(): a share in points is the text's percent (124个点, 124个百分点: 124%); HAODUO: 好多 after 一共 or 总共 asks
    how many (一共有好多条办法, Xiang); ELIGIBLE: whether an individual or a body that is no firm is covered (个人发明人 …
    非企业主体 能否适用: the text does not say); thesaurus: 查询 alone is no 专利信息 (发文字号…是否可以查询: about/'s box),
    先点哪里 (where to start) is the home page; Quechua, its words with an apostrophe read as dialect is (the segmenter
    cuts at it): hayk'a (how many), hayk'a qullqi (how much money), huch'uy (small), yana (black: 高对比度), musuq (new),
    manukuy (to borrow)."""
    queries = {"请问该《意见》的发文字号和成文日期是否可以查询？": "about/", "委托人系个人发明人 非企业主体 能否适用": "by-need/",
               "我不会用该先点哪里": "", "yana patapi yuraq qillqa 看得清": "accessibility/", "ima musuq 网站 最近": "changes/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"124个点": "124%", "增长了124个百分点": "124%", "这个意见一共有好多条办法": "十五个方面"})
    row = in_worker(site_dir, "const out=w.search(\"huch'uy llamk'ana wasikuna Chinapi hayk'a\").items.flat()[0];")
    assert row["location"].startswith("figures/") and "1170万" in row["title"], row
    items = in_worker(site_dir, "const out=w.search(\"专利的保险 hayk'a qullqi sapa wata\").items.map(g=>g[0]);")
    assert items[0].get("note") and items[1]["location"].startswith("programmes/patent-insurance/"), items[:2]
    assert "pledge-financing" in in_worker(site_dir, "const out=w.search('专利wan qullqi manukuy imaynata').items.map(g=>g[0]).slice(0,3).map(i=>i.location).join(' ');")


def test_readers_words_of_round_72(site_dir):
    """search(): a keycap emoji's digit is the digit (第3️⃣问: 问三), a share in 成 the text's percent (6成: 60%, 八成以上:
    80%以上; not 一成不变); dialect (Wu): 一眼眼 (a little), 念拨伲听 (read it to me); thesaurus: 学样 (copied: 侵权), 切掉 … 截去 (text cut off at
    200% zoom: the 无障碍声明), 段落编号 (原文's 编号); word patterns: 放大到两百 (缩放), 数据 … 下载 (关于本站's 数据导出),
    打印 … 字也大 (whether big type carries into print: 字号)."""
    queries = {"第3️⃣问": "questions/background/", "伲屋里扎粽子个夹子拨隔壁镇上学样去了哪能弄": "measures/protection/",
               "银行利钱忒贵公家帮伲贴一眼眼伐": "programmes/pledge-financing/", "浏览器放大到两百 字会不会被切掉": "accessibility/",
               "整篇解读要转成盲文 有没有纯文本的段落数据可以下载": "about/", "带段落编号的全文 分镜要逐句对": "original/",
               "bigfala rait taem mi prinim 打印出来字也大吗": "about/", "念拨伲听好伐": "about/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"6成": "60%", "八成以上": "80%"})
    assert in_worker(site_dir, "const out=w.search('一成不变').items.flat()[0];")["location"] == "by-need/"


def test_readers_words_of_round_73(site_dir):
    """homeFirst: fragments pasted with spaces between, each a run of one paragraph (法律法规修订 修法前 现有的法律框架: 问四's
    q4-2, not the quotes of it); search(): a paragraph id with a space (q1 4), a share said 七成七 (77%); WHETHER_SMALL: 小微企业
    认定标准 with a space, and the 划型 criteria named (从业人员, 营业收入); ELIGIBLE: 能否作为扶持对象; namedBy: a figure typed, then
    which year asked, names its row (60%左右 这是哪年的数据); dialect (Jin): 瞭 (look), 多会儿 (when); 收不收钱 asks
    whether it charges (not 不收钱, free); Guarani mboýpa (how many); word pattern 字 … 大点 over ten characters
    (字跟蚂蚁一样小能不能大点); thesaurus: 改了哪些 (更新记录), 抄错字 (核验), 结构化数据 (数据导出), 校验值 (sha256)."""
    queries = {"法律法规修订 修法前 现有的法律框架 执法机制创新": "questions/bottlenecks/", "字瞭不清楚咋价弄大些": "about/",
               "承租人 小微企业 认定标准 从业人员 营业收入": "by-need/", "境外注册 离岸公司 能否作为扶持对象": "by-need/",
               "这字跟蚂蚁一样小能不能大点": "about/", "这些天改了哪些内容": "changes/",
               "网站上写的跟原来的文件对过没有 会不会抄错字": "verification/", "脱管服务收不收钱": "programmes/ip-trusteeship/",
               "段落文本的校验值及结构化数据可否批量获取？": "about/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"七成七": "77%", "mboýpa 条措施 pytyvõ 小企业": "十五个方面",
                                 "小微企业产生的GDP占到我们总GDP的60%左右 这是哪年的数据": "60%"})
    assert in_worker(site_dir, "const out=w.search('q1 4').items.flat()[0];")["location"] == "original/#q1-4"


def test_readers_words_of_round_74(site_dir):
    """search(): a mathematical digit is the digit (第𝟑问), digits said one by one with 〇 are digits (二〇〇八年: 2008年,
    九五〇五万: 9505万); WHETHER_SMALL: 小微企业 认定 without 标准 (but not 1170万小微企业口径, a figure's scope); ELIGIBLE: a firm
    registered elsewhere (香港注册, 境外注册); dialect: 嘞 (Henan: 的), Chichewa zingati (how many), liti (when), msanga
    (quickly); number hint nambala (a number); thesaurus: 点偏 (buttons hard to hit), 挤出去 … 看不全 (截去), 一点没动过 (原文),
    跟原来的一样 (核验), 头一回打开 (where to start), chithunzi (a picture: 图解)."""
    queries = {"第𝟑问": "questions/background/", "恁这个网是公家办嘞不是": "about/",
               "香港注册 特许人 主体资格 小微企业 认定": "by-need/", "chithunzi 八个亮点那张 能保存发给我妈吗": "tujie/",
               "意见 liti 印发的 哪一天": "about/", "手指头粗 那些小按钮总点偏": "accessibility/",
               "网页放大到百分之二百 字会不会挤出去看不全": "accessibility/", "原先发的那篇文章 一点没动过的 在哪看": "original/",
               "这上面抄的话跟原来的一样不一样 有人查过吗": "verification/", "头一回打开这网站 先看哪儿": "",
               "幺二三三零": "programmes/assistance-centres/"}  # dictated digits read as 12330, which names its hotline
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"二〇〇八年": "2008年", "九五〇五万": "9505万", "赛道测算 1170万小微企业口径": "1170万",
                                 "小微企业 zaka zingati 就倒闭 中国美国日本比一比": "年", "举报投诉热线 nambala yake ndi chiyani": "12330"})


def test_readers_words_of_round_75(site_dir):
    """idNumerals: 第2/4问 (the second of the four); dialect (Lanzhou): 阿达 (where), 一挂 (all together); word patterns:
    公家 … 贴补 (a grant: 资助), 办法 … 几条 (the 意见's measures: the 十五个方面 row); thesaurus: qr (二维码), drécken (Luxembourgish:
    print); figures.md: the 1170万 row says 我国小微企业数量, as the 500家 row says 德国所调查的小微企业数量."""
    queries = {"第2/4问": "questions/drafting-and-highlights/", "孙子申请专利花的钱多得很公家能贴补些不": "programmes/application-funding/",
               "我刻了一辈子葫芦老了儿子说这上面有政策从阿达看起": "", "QR-Code scannen mam Handy": "about/",
               "alles op eng Säit drécken": "print/"}
    assert first_pages(site_dir, queries) == queries
    assert_first_rows(site_dir, {"帮小企业的办法一挂有几条": "十五个方面", "Wéi vill kleng Betriber huet China? 小微企业数量": "1170万"})
