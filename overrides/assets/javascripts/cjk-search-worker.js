/*
 * CJK-aware search worker for Material for MkDocs (see SEARCH.md).
 *
 * Speaks Material's worker protocol (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3; result
 * items grouped per page, the page entry first), so Material's search box, result
 * list, keyboard handling and ?h= highlighting stay as they are.
 *
 * Material's main thread posts search/search_index.json, a stub whose config names the
 * full index (built by policy_site/search/build_index.py and policy_site/pipeline/search_reader.py).
 * The full index is fetched when the reader opens search (docs/assets/search-input.js
 * says so on the "cjk-search" BroadcastChannel) or, failing that, on the first query.
 *
 * A query is folded (NFKC, Traditional -> Simplified, lower case), cut into words with the
 * text's vocabulary, stripped of question and filler words, widened by the reviewed
 * thesaurus, and each index entry is scored BM25-style: a word weighs by how rare it is
 * in the index (so 贷款 outweighs 专利), more in a page title than in a heading or text.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const PUNCT = /(?:[\s,;:!?'"()\[\]<>{}\-_/\\|*+~^=，。、；：！？“”‘’（）《》【】…—·]|\.(?![0-9])|(?<![0-9])\.)+/u; // not a decimal point: 3.7年 is one word
const DIGIT = /[0-9]/;
const YEAR = /^(19|20)[0-9]{2}$/;
// The kind of a telephone number's row (policy_site/pipeline/search_reader.py `counts`: 12330), asked
// only by 几号 or a bare 多少 beside that row's words, never by 电话 or 号码 alone.
const PHONE = "号码";
// Which year (哪一年, 哪年: thesaurus.yml number_hints): answered only by a row whose figure names one.
const YEAR_OF = "\u5e74\u4efd";
// How long (几年, 多少年, 多久: thesaurus.yml number_hints): answered only by a row whose figure is no date (3.7年, not 2013年底).
const DURATION = "\u5e74\u6570";
// A number word that describes the reader, not a question: 十几个人, 几个人的公司, 两三件专利, 3个人,
// 五个人, 三十几户社员, 营收几百万, 要等好几年, 做了十几年, 开了40年, 做彩灯四十多年, 月销几百单, 被抄5次,
// 几年就 (a few years, then: 为啥几年就撑不下去; 平均开几年就关门 asks how many), 我们几个 (the few of us), and the reader's age (我23岁, 六十多岁, 今年69了, 我77了, 都四十几了).
// Digits the key-figures rows do not hold are the reader's own (年营业额不到500万, 融了300万, 成立3年): see parse.
const DESCRIBING = /(?<!(?:平均|一般|通常|大多)[\u4e00-\u9fff]{0,2})几年(?=就|内|之内)|(?:我们|咱们|俺们|他们|咱|俺)(?:这|那)?几个|(?:开|做|干|办|经营|成立|工作|从业|执业|上班)(?:了|[\u4e00-\u9fff]{1,4}?)?(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十百]+)[几多来]?个?年|(?:我|今年|都|已经)[0-9一二两三四五六七八九十]+[几多来]?了|(?:[0-9]+|[两三四五六七八九十]+)次|(?:月销|年销|日销|卖了?)[0-9一二两三四五六七八九十百千万几]+[多来]?[单件]|(?:今年)?(?:[0-9一二两三四五六七八九十]+|几十)[多来]?岁|几[十百千]?[万亿](?:元|块钱?)?|(?:[0-9一二两三四五六七八九十百千]+几|几[十百千]|好几|[一二两三四五六七八九]{2}|几|[0-9一二两三四五六七八九十百千]+)[个名位家件条项户口]?(?:人|员工|工人|职工|伙计|户|社员)|(?:[0-9一二两三四五六七八九十百千]+几|几[十百千]|好几|[一二两三四五六七八九]{2})(?:[个名位家件条项]|个?(?:年|月|星期|礼拜)|天|周)/g;
// Not a number question: an ordinal asks where (原文第几段); 几乎 is "almost", 算老几 "what rank", 好几倍
// "several times", 其余几家 "the other few" (其余几家设在何处 asks where), 花不了几个钱 "not much", 几十 / 几千 "tens" / "thousands of" (卖几千刀纸), 十几 / 二十几 "ten-odd" (十几台织机); after 和 / 跟 / 与 / 同 it is "a few" (老板和几个管事的), after 多 and
// a verb "a few more" (多设几个); how often a word occurs (出现几处, 提到了几次, 一词共几处, 多少处: no row counts 处) asks the 关键词索引, no figure; 几 before a long description ending 的 says "several" (几家又快又省事帮人讨公道的机构,
// 几款小厂买得起的新产品), where a question's 几个方面的措施 has a short one.
const NOT_ASKING = /第几|几(?=处)|多少(?=处)|(?<=其余|其他|另外|剩下|余下|剩余)几|几乎|(?<=出现了?|提到了?|提了|提及了?|用了)几(?=[处次回遍])|老几|好几|几(?=[十百千万])|(?<=[0-9十百千])几|(?<=不了|没|没有|不到|没花|[和跟与同])几|(?<=多[\u4e00-\u9fff])几(?!倍)|几[十百千]?[个家款样种位处项件条](?=[^\s,，。？?！!、的]{4,12}的)/g;
// Whether the reader's firm is a 小微企业 at all (算不算小微, 算不算科技型小微企业, 属于小微企业吗, 按营收怎么划是不是小微企业, 是否属于文中所称小微企业, 小微企业的认定标准): the text
// gives no definition, whatever else the query names (标准 is also a page title's word). So for 小微 typed by its sound
// (算小薇企业吗, 算小为吗: 薇 is of GB 2312's second level, whose readings the mending does not have), and for
// 小微企业有无明确界定, and for a shop that asks whether it counts (俺仨小店算不; 有无划型依据认定为小微企业).
const WHETHER_SMALL = /(?:算|属于|属不属于|够|是不是)(?:不算|得上|不上|格)?(?:[^。？?！!，,]{0,10}?(?:所称|所说|说的|讲的|里的|中的)的?)?(?:那个|这个|个)?(?:科技型)?(?:小微|小型|微型|小企业|小[薇为危维威偎](?:企业)?)(?!型)|(?:小微|小型微型)企业\s*[的之]?\s*(?:认定|划型|界定)?\s*标准|(?:小微|小型微型)企业\s*[的之]?\s*(?:认定|划型|界定)(?![\u4e00-\u9fff])|(?:从业人员|营业收入|资产总额)|(?:小微|小型微型)企业的?(?:认定|划型|界定)范围|(?:小微|小型微型)?企业的?划型|(?:小微|小型微型)企业(?:要|该)?(?:怎么|怎样|如何|咋)(?:认定|划型|界定|划分)|(?:小微|小型微型)企业[哈也还]{0,2}算(?:不算|吗|嘛|不)|(?:店|铺子?|厂|作坊|工作室|摊子?)[哈也还]{0,2}算(?:不算|吗|嘛|不)(?=[\s。？?！!，,]|$)|(?:小微|小型微型)企业[”"」』]?[^。？?！!，,]{0,6}?(?:界定|定义)|(?<![0-9]万?)(?:小微|小型微型)企业[”"」』]?[的之]?(?:统计|认定|划型)?口径|(?:认定|视|算作)为(?:小微|小型微型)企业|划型(?:依据|标准)/;
// Whether the policies apply to the reader's firm (外国注册的公司能享受这些政策吗, 个体户可否视为小微企业,
// 是否在《意见》适用范围内, 这些政策跟我有关吗, 哪些措施适用于文旅企业, 是否包含个体工商户, 能否按小微企业对待, 个体户算吗,
// 合作社能否作为适用主体, 个人发明人能否适用, 非企业主体能否适用, 个体工商户能否纳入…小微企业范围, 渔业合作社也好算不, 境外注册主体是否适用小微企业扶持措施): the text says nothing of whom they cover, as of what makes a firm small.
const ELIGIBLE = /(?:能|可以|可否|能否|是否|也)(?:不能|不可以)?(?:[^。？?！!，,]{0,8}?(?:享受|适用)|用)[^。？?！!]{0,14}?(?:政策|意见|措施|这些扶持)|(?:跟|和|与)(?:我|你|他|她|咱|俺)[们家]?(?:有关|相关|有关系|沾边)|(?:政策|意见|扶持)[^。？?！!]{0,6}沾边|(?:是否|能否|可否)(?:在|属于)[^。？?！!]{0,14}?适用范围|(?:视为|算作|计入)[^。？?]{0,10}小微企业|按照?(?:小微|小型微型|小)企业(?:对待|看待|处理|算)|(?:政策|措施|意见)[^。？?！!，,]{0,2}适用于|(?:这个|这些|以个)(?:政策|意见)[^。？?！!，,]{0,4}?(?:能|可以|好)(?:用|享受)(?:吗|不|嘛|么|没)|(?:包含|包括)(?:不包含|不包括)?个体(?:工商)?户|(?:个体(?:工商)?户|合作社|(?<![一二两三四五六七八九十几0-9])个人|自然人|非企业)[^。？?！!，,]{0,8}?(?:算|能否|能不能|可否|是否)|(?:纳入|列入|划入)[^。？?！!，,]{0,16}?小微企业(?:的)?(?:范围|之列)|适用(?:主体|对象)|(?:境外|海外|外国|国外|香港|澳门)注册|(?:能否|能不能|可否|是否|可以)(?:作为|成为|列为|算作)[^。？?！!，,]{0,6}?对象/;
// A figure the reader checks (真的, 对吗, 对不对, 核对, 核实, 准确吗, 没错, 属实, 9505万元是保额还是…): the one asked about (namedBy).
const CHECKING = /\u8fd8\u662f|\u771f\u7684|\u5bf9\u5417|\u5bf9\u4e0d\u5bf9|\u6838\u5bf9|\u6838\u5b9e|\u51c6\u786e\u5417|\u6ca1\u9519|\u5c5e\u5b9e/;
// The country the policies are of (中国对小微企业有哪些扶持, 我们这…国家都有些啥扶持): no need named (BROAD_NEED).
const COUNTRY = /^(?:我国|我们国家|国家|中国|全国)$/;
// Which of the four questions says it (这句话在哪一问, 出自哪个问答).
const WHICH_QUESTION = /哪一问|哪个问答|哪一个问答|哪段问答/;
// Where each run of eight numbered signs starts: ① ⑴ ⒈ ❶ ➀ ➊ ⓵ ㈠ (idNumerals).
const CIRCLED = [0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278a, 0x24f5, 0x3220];
// A blank to fill before a measure word (填空：一共是____个方面, 设立了（ ）家) asks that number.
const BLANK = /(?:_{2,}|\(\s*\)|\[\s*\]|□+|○+)(?=\s*[个家件年项条倍名位万亿元%])/g;
// Which highlight (出自哪条政策亮点, 是第几个亮点): a measure, each being one of the eight.
const WHICH_HIGHLIGHT = /(?:哪|第几)[一个条项]{0,2}(?:政策)?亮点/;
// A word for a date (日期 of 8月29日's 调研的日期): it names no row's subject.
const DATE_WORD = /日期|时间|年份|日子|时候/;
// What support there is for the reader's firm, naming no need (小作坊有啥扶持, 有么个政策可以用, 有么扶持, 我这样的作坊能拿到啥, 两个人的小店能申请什么,
// 政策红利有哪些): 按需查找.
const BROAD_NEED = /(?:有|找点|帮)些?(?:什么|啥|哪些|甚|么个|么|啥物|哪样)[^。？?！!，,]{0,10}?(?:扶持|帮扶|帮忙|幫忙|幫扶|红利|政策可以用)|(?:能|可以)(?:拿到|得到|享受到?|用上|领到|申请到?)些?(?:什么|啥|哪些)|(?:扶持|帮扶|红利|优惠)(?:政策)?(?:都|还)?有(?:什么|啥|哪些)/;
// Southwest Mandarin and Xiang 好多 for 多少, where it ends a clause, or with a measure word does (一共有好多家,
// 电话是好多号), or after 一共 or 总共 (一共有好多条办法); before a noun it is Mandarin's "many" (好多地方).
const HAODUO = /好多(?=[号家名位个件项条倍年天月亿元钱只]?[吗呢啊嘛哦哟呀咯]?(?:[\s,，。？?！!]|$))|(?<=(?:一共|总共|共)有?)好多/g;
// A round amount the reader remembers, checked (小微企业有一千多万家吗, 听人说一千多万是不是, 有一千多万家，真有那么多, 破了两百亿 准不准): asks that
// number, as 多少 does.
const CHECKED_AMOUNT = /[一二两三四五六七八九十百千]+[多来余]?[万亿][家个件元]?(?:吗|嘛|是不是|没错吧|[，,\s]*(?:对吗|对不对|准不准|准吗|准确吗|属实吗|靠谱吗|真有(?:那么|这么)多))/g;
const PARAGRAPH_ID = /(?<![a-z0-9])q[1-4](?:-[0-9]{1,2})?(?![0-9-])/gi; // q3-3 (not q3-30 or aq3)
const HOW_IS = /^(?:\u5982\u4f55|\u600e\u6837|\u600e\u4e48\u6837|\u548b\u6837)$/; // 如何, 怎样, 怎么样, 咋样
const DEGREE = /得(?:贼|忒|巨|老|特别|特|太|很|非常|超级|超|好|真|可|挺|蛮)(?=[\u4e00-\u9fff])/g;
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/u;
// A number in Chinese numerals under ten thousand (十五, 两, 百) in digits: the rows' 十五个方面 as 15个方面.
const CN_NUMBER = /[\u96f6\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343]+/;
// A count in Chinese numerals and nothing else, a numeral and its measure word (五家, 三级): typed alone, it asks its row.
const CN_COUNT = new RegExp("^" + CN_NUMBER.source + "[\u5bb6\u4e2a\u4ef6\u7ea7\u5e74]$");
const CN_DIGIT = Object.fromEntries([..."\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"].map((c, i) => [c, i]).concat([["\u4e24", 2]]));
const CN_UNIT = { "\u5341": 10, "\u767e": 100, "\u5343": 1000 };
function inDigits(text) {
  return text.replace(new RegExp(CN_NUMBER.source, "g"), run => {
    let total = 0, digit = null;
    for (const c of run) {
      if (c in CN_UNIT) { total += (digit === null ? 1 : digit) * CN_UNIT[c]; digit = null; } else digit = CN_DIGIT[c];
    }
    return String(total + (digit || 0));
  });
}
// A figure said in Chinese numerals, as voice input writes it (百分之六十五, 三点七年, 一千一百七十万, 三十四个):
// in digits where the key-figures rows hold that figure with what follows it (65%, 3.7年, 1170万, 34个);
// any other number stays as said (十五个方面 is a row's own words, 两三件 and 十二年 the reader's).
const SPOKEN = /(\u767e\u5206\u4e4b)?([\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343]+)(?:\u70b9([\u96f6\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]+))?(?=(.?))/gu;
function spokenFigures(text) {
  const digit = c => c === "\u3007" ? 0 : CN_DIGIT[c];
  return text.replace(SPOKEN, (all, percent, whole, decimals, next) => {
    if (!/[\u5341\u767e\u5343]/.test(whole) && whole.length > 1 && !decimals) return all; // 一二三三零: read elsewhere
    const value = (/[\u5341\u767e\u5343]/.test(whole) ? inDigits(whole) : String(digit(whole))) +
      (decimals ? "." + [...decimals].map(digit).join("") : "");
    if (percent) return figureTokens.has(value + "%") ? value + "%" : all;
    // whole years said are the reader's own (跑经济口十二年了), not the rows' 12年
    return figureTokens.has(value + next) && !(next === "\u5e74" && !decimals) ? value : all;
  });
}
const TENTHS = Object.fromEntries([..."\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"].map((c, i) => [c, i ? i + 1 : 2])); // 二两三…九: 2 2 3 … 9
// BM25's textbook term-frequency saturation, not tuned (tuned to 3 until round 28: 1.2 gained 7 first places).
const K1 = 1.2;
// Page kinds that weigh as another (RANK.kind): the topic page as a programme, the home page and
// 关于本站 as the 原文 (`whole`).
const WEIGHS_AS = { topic: "programme", original: "whole", home: "whole", about: "whole" };
// Every other ranking rule and constant, in one place (SEARCH.md lists each with its measured gain;
// `python -m policy_site.tools.search_ablation` switches each off in turn). A switch is true or false;
// a number has the value that switches it off in policy_site/tools/search_ablation.js.
const RANK = {
  // BM25's length normalisation (its term-frequency saturation is K1 above).
  b: 0.75,
  // A word in a page title weighs this many times its weight in the text, by the share of the
  // title it makes to the power `share` (in a section heading or a key-figures row's title, as in
  // the text, by that share: the sectionTitle and figureTitle weights went in issue 21).
  pageTitle: 8, share: 0.5,
  // How much a page's other matching sections add to its best one.
  spread: 1,
  // (A thesaurus word weighs as the reader's own: `synonym` 0.8 went in round 25, +4 first places off.)
  // An entry's score times the share of the query's weight it covers, to this power.
  coverage: 1.5,
  // (A term the text lacks counted by its parts found anywhere, `partInside` 0.5, and a rare compound
  // read by its parts went in round 28: together they gained 9 first places in 5,736.)
  // Numbers: a key-figures row is a result only when the query asks a number (the key-figures page
  // is one either way). Until round 28 two keys did this: a row weighed `plainRow` 0.08 without a
  // number question, and only the best row counted (`bestRowOnly`); rows not scored at all gave the
  // same first three pages on every query of the sets.
  rowsForNumbers: true,
  // A number question needs a row holding one of its words of at least this idf.
  rowWord: 1,
  // A query asks what its last question word asks (几个 in 手上有几个专利能不能贷款 counts, it does not ask).
  // Digits a row holds make a weak number question, unless a question word follows (12330是举报什么的)
  // or they are a year (国务院2012年…: a year dates
  // what is meant; its own switch, yearNotNumber, until round 29: a clause of this rule, meaningless
  // without it, worth 7 first places alone).
  lastQuestion: true, digitsAsk: true,
  // (A kind of number the query's words name, 利率 or 保费, is what its 多少 asks: kindRefines until
  // round 7, now the parser's rule that a kind no row counts wins; test_search_parser.py.)
  // Reading the query: two words anywhere in it that together are a thesaurus word count as it; a
  // lone character the thesaurus lacks is dropped.
  // (A word joins one pair, the first it makes; two lone characters do not pair across a third.)
  pairsAnywhere: true, dropLoneCharacter: true,
  // The narrower page first: a programme before its measure when its title names a query word of
  // idf at least `specific` that the measure's does not, and it scores `specificShare` of it.
  // (Not when the measure's own summary holds the query's rarest word and the programme's does not.
  // The topic page before 问二 needed its own rule, topicFirst, until round 28: with the topic page
  // weighing as a programme it gained nothing.)
  specific: 2.2, specificShare: 0.55,
  // A number question some key-figures row answers puts the key-figures page first.
  answeredFirst: true,
  // A question the text may not answer (a route, an office, a fee, eligibility) naming no page in
  // particular (no word of idf `specific`), or asking whether the firm is a 小微企业 at all
  // (WHETHER_SMALL, whatever else it names): 按需查找 first.
  routeNeeds: true,
  // A word that is a page's whole title weighs there at least this idf.
  wholeTitle: 3,
  // Under this share of the query's characters in words the text has: weak matches, then the needs.
  weakCoverage: 0.5,
  // Page kinds (a kind not named weighs 1: Q&A, key figures, 按需查找, the site's tool pages). The
  // topic page (《意见》的制定过程) weighs as a programme: both are a narrower page under a broader one
  // (its own weight, 1.2, gained 3 first places in round 28). `whole`: the pages that hold or touch
  // the whole text, the 原文 and its paragraphs, the home page and 关于本站 (one weight since round 28:
  // the home page and 关于本站 had their own 0.6, `overview`, which gained nothing over 0.5).
  kind: { measure: 1.8, programme: 1.5, whole: 0.5 },
  // A sentence pasted from the text, at least this many characters of it (punctuation aside; half as
  // many again inside a longer query): the page that holds it as its own first, not a page that quotes
  // it from another question.
  pasted: 8,
};

let state = "empty"; // empty -> loading -> ready
let loading = null;
let indexUrl = null;
let docs = [], corpus = "", corpusChars = new Set(), vocabulary = new Set(), longestWord = 1; // corpusChars: the characters the text has
let countUnit = null, countUnits = new Set(), timesUnit = null; // a number word and a count's measure word (多少件), or a multiple's (几倍), set up from the thesaurus
let typos = new Map(), typoChars = new Set(), typoPairs = new Set(), twoTypos = null, twoTyposSource = [], wholeTypos = new Map(), sounds = new Map(), realWords = new Set(), singleWords = new Set(), variants = {}, synonyms = {}, filler = new Set(), numberWords = [], numberTopics = new Set(), questionWords = new Set();
let wordPatterns = [];
let figures = [], figureNumbers = new Set(), figureTokens = new Set(), figureCounts = new Set(), ids = {}, needs = [], numberHints = {}, numberUnits = {}, numberPatterns = [], numberPages = {}, rowKinds = [], datedKinds = new Set(), silentWords = [], silentAsks = null, silentRoute = null, silent = null, dialect = {}, dialectWords = null;
const idfCache = new Map();
let counts = new Map(); // word -> its occurrences in each entry's title and text (cached per word)
let all = [], pages = new Map(), avgLength = 1;

const escapeRegExp = w => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/* Fold a string to the index's form, one character for one (positions stay aligned):
   full-width and compatibility forms by NFKC, Traditional -> Simplified, lower case. */
function foldChar(ch) {
  const code = ch.charCodeAt(0);
  // Unified Han ideographs are their own NFKC form and have no case: only the variants table.
  if (code >= 0x4e00 && code <= 0x9fff) return variants[ch] || ch;
  let c = ch.normalize("NFKC");
  if (c.length !== ch.length) c = ch;
  // A Latin or Greek letter with marks is the letter (Vietnamese bằng sáng chế, café; Greek πατέντα
  // is πατεντα, as the thesaurus lists it): its marks would cut the word into pieces that match
  // anything (ng, ch). So is a Devanagari consonant with a nukta in one code point (फ़ of फ़ोन, which
  // NFKC would make two: the thesaurus lists फोन too).
  const bare = c.normalize("NFD").replace(/\p{M}+/gu, "");
  if (bare.length === 1 && /[a-zα-ω\u0915-\u0939]/i.test(bare)) c = bare;
  c = variants[c] || c;
  const lower = c.toLowerCase();
  return lower.length === c.length ? lower : c;
}

/* The characters fold may change (set by setup from the variants table): anything but ASCII other
   than A-Z and Han ideographs the table does not list. Only they go through foldChar: folding
   every entry character by character was half of setup, which runs as the reader opens search. */
let foldable = /[^]/gu;
// Each such character's fold, once (the text has a few hundred; NFKC per occurrence was most of
// setup's folding). Emptied by setup, as the variants table may change.
const folded = new Map();
const foldOnce = ch => {
  let out = folded.get(ch);
  if (out === undefined) folded.set(ch, out = foldChar(ch));
  return out;
};

function fold(value) {
  return value.replace(foldable, foldOnce);
}

/* fold, one character at a time: what fold must equal (tests/test_search_parser.py). */
function foldEach(value) {
  let out = "";
  for (const ch of value) out += foldChar(ch);
  return out;
}

function escapeHTML(value) {
  return value.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]);
}

function setup(data) {
  const config = data.config;
  variants = config.variants || {};
  folded.clear();
  const listed = Object.keys(variants).filter(k => /^[\u4e00-\u9fff]$/.test(k)).join("");
  foldable = new RegExp("[^\\x00-\\x40\\x5b-\\x7f\\u4e00-\\u9fff]" + (listed ? "|[" + listed + "]" : ""), "gu");
  // The thesaurus as [the text's words, the readers' words meaning them] pairs (build_index.grouped_synonyms):
  // reader's word -> the text's words here.
  synonyms = {};
  for (const [list, readers] of config.synonyms || [])
    for (const word of readers) synonyms[fold(word)] = list.map(fold);
  filler = new Set((config.filler || []).map(fold));
  numberWords = (config.number_questions || []).map(fold);
  numberTopics = new Set((config.number_topics || []).map(fold));
  questionWords = new Set((config.question_words || []).map(fold));
  numberHints = {};
  for (const [word, hint] of Object.entries(config.number_hints || {})) numberHints[fold(word)] = fold(hint);
  // A reader's word for a kind word is that kind too (去年同期 -> 同比: a rate; 涨了 -> 增长).
  for (const [word, list] of Object.entries(synonyms)) {
    const kind = list.find(w => numberHints[w] && numberTopics.has(w));
    if (kind && !numberHints[word]) { numberHints[word] = numberHints[kind]; numberTopics.add(word); }
  }
  // thesaurus.yml number_patterns: a word of `first`, then within three characters one of `then`, asks `kind`
  // (a pattern's list named by its key, "number_questions", is that list: search_reader.query_words)
  const alt = words => (typeof words === "string" ? config[words] : words).map(w => escapeRegExp(fold(w))).join("|");
  const within = p => new RegExp("(?:" + alt(p.first) + ").{0," + (p.gap ?? 3) + "}(?:" + alt(p.then) + ")");
  numberPatterns = (config.number_patterns || []).map(p => ({ kind: fold(p.kind), test: within(p) }));
  // thesaurus.yml number_pages: a kind the text gives nowhere for the 意见 itself -> the page whose box says so
  numberPages = Object.fromEntries((config.number_pages || []).map(p => [fold(p.kind), p.page]));
  rowKinds = (config.number_pages || []).map(p => [fold(p.kind), p.rows || []]);
  datedKinds = new Set((config.number_pages || []).filter(p => (p.rows || []).length).map(p => fold(p.kind)));
  // thesaurus.yml word_patterns: a word of `first`, then within `gap` characters one of `then`, means the text's `word`
  wordPatterns = (config.word_patterns || []).map(p => ({ word: fold(p.word), test: within(p) }));
  numberUnits = {};
  for (const [unit, kind] of Object.entries(config.number_units || {})) numberUnits[fold(unit)] = fold(kind);
  // 多少件 asks a count of 件, not of 家: a count's own measure word (not 个, which counts anything)
  const own = Object.keys(numberUnits).filter(u => numberUnits[u] === "数量" && u !== "个");
  countUnits = new Set(own);
  // (or the measure word before 数: 企业家数与专利件数 asks 744家 and 2496件)
  countUnit = own.length && numberWords.length ? new RegExp("(?:" + alt(numberWords) + ")(" + own.map(escapeRegExp).join("|") + ")|(" + own.map(escapeRegExp).join("|") + ")(?=\u6570)", "g") : null;
  // 几倍 asks for a multiple: the row written in 倍 (7倍), not another share (30%)
  const times = Object.keys(numberUnits).filter(u => numberUnits[u] === "比例");
  timesUnit = times.length && numberWords.length ? new RegExp("(?:" + alt(numberWords) + ")(?:" + times.map(escapeRegExp).join("|") + ")") : null;
  ids = {};
  // 问二 is also 问题二, 第二问, 第二个问题; 亮点三 is also 政策亮点三, 第三个亮点, 第三条亮点 (the index names each once)
  for (const [name, location] of Object.entries(config.ids || {})) {
    const n = name.slice(-1);
    const forms = name === "\u95ee" + n ? [name, "\u95ee\u9898" + n, "\u7b2c" + n + "\u95ee", "\u7b2c" + n + "\u4e2a\u95ee\u9898"]
      : name === "\u4eae\u70b9" + n ? [name, "\u653f\u7b56" + name, "\u7b2c" + n + "\u4e2a\u4eae\u70b9", "\u7b2c" + n + "\u6761\u4eae\u70b9"] : [name];
    for (const form of forms) ids[fold(form)] = location;
  }
  // and each paragraph's id, from its 原文 entry (original/#q2-7: q2-7), which the index does not repeat in `ids`
  for (const doc of data.docs) if (doc.location.startsWith("original/#")) ids[fold(doc.location.slice(10))] = doc.location;
  needs = config.needs || [];
  silentWords = [...(config.silent_questions || []), ...(config.silent_topics || [])].map(fold);
  const routes = config.silent_routes;
  // (ask)(at most three characters)(does), the longest `does` first (办理 before 办)
  const longestFirst = words => [...words].sort((a, b) => b.length - a.length);
  silentRoute = routes ? new RegExp("(" + alt(longestFirst(routes.asks)) + ")(.{0,3}?)(" + alt(longestFirst(routes.does)) + ")", "g") : null;
  // A silent question only asks (找哪个部门, 够不够格): cut from the query before it is read, as
  // question words are dropped (thesaurus.yml; silent topics such as 申请费 stay search terms).
  const asks = (config.silent_questions || []).map(fold).sort((a, b) => b.length - a.length);
  silentAsks = asks.length ? new RegExp(asks.map(escapeRegExp).join("|"), "g") : null;
  silent = config.silent || null;
  // thesaurus.yml `dialect`: a dialect's question and function words, read as Mandarin (`standard`)
  dialect = {};
  for (const [word, mandarin] of Object.entries(config.dialect || {})) dialect[fold(word)] = fold(mandarin);
  const spoken = Object.keys(dialect).sort((a, b) => b.length - a.length);
  // A word of Latin letters is replaced only whole (kde, not the kde of a longer word; proc would have
  // made procent 为什么ent).
  dialectWords = spoken.length ? new RegExp(spoken.map(w => /^[a-z]+$/.test(w) ? "(?<![a-z])" + escapeRegExp(w) + "(?![a-z])" : escapeRegExp(w)).join("|"), "gu") : null;
  vocabulary = new Set((config.vocabulary || []).map(fold));
  for (const word of [...Object.keys(synonyms), ...filler, ...numberWords, ...questionWords, ...Object.keys(numberHints)]) vocabulary.add(word);
  longestWord = Math.max(1, ...[...vocabulary].map(w => w.length));
  // A word of the text with one character put wrong (联落员, 优先审差, 知识产权脱管, 专立: a homophone
  // the pinyin keyboard offered): each of the text's words of three to six Han characters and the
  // two-character words that name its subjects (index `mendPairs`), under each of its characters
  // replaced by "?" and that character's reading; a pattern two words share is no one's (`mended`).
  typos = new Map();
  typoChars = new Set();
  typoPairs = new Set();
  twoTypos = null; // built on its first use (`twoTyposTable`): most queries never ask it
  twoTyposSource = config.vocabulary || [];
  wholeTypos = new Map();
  const whole = new Set((config.wholeMends || []).map(fold));
  looseTable = null;
  // character -> its reading: the run of GB 2312's first level it is filed in (冠 and 管 guan:
  // 托冠 is 托管). Only the reading it is filed under: pypinyin's rarer readings made 人在 人才.
  sounds = new Map();
  const common = commonCharacters(), runs = config.homophoneRuns || [];
  for (let r = 0, at = 0; common && r < runs.length; r++) {
    at += runs[r];
    const end = r + 1 < runs.length ? at + runs[r + 1] : common.length;
    for (let i = at; i < end; i++) sounds.set(common[i], r);
  }
  realWords = new Set(config.realWords || []);
  singleWords = new Set(config.singleWords || "");
  for (const word of [...(config.vocabulary || []).filter(w => w.length >= 3), ...(config.mendPairs || [])]) {
    const w = fold(word);
    if (w.length < 2 || w.length > 6 || !/^\p{sc=Han}+$/u.test(w) || questionWords.has(w) || filler.has(w)) continue;  // not 为什么 for 有什么
    addTypos(typos, w);
    for (let k = 0; k < w.length; k++) { typoChars.add(w[k]); if (k) typoPairs.add(w[k - 1] + w[k]); }
  }
  // a word of a page title, or a reader's word for one (`wholeMends`), by the readings of both its
  // characters; two words that share them are no one's, unless one is the reader's word for the other
  // (拖管 for 托管: the title's word)
  for (const w of whole)
    if (w.length === 2 && sounds.has(w[0]) && sounds.has(w[1])) {
      const key = sounds.get(w[0]) + "," + sounds.get(w[1]), was = wholeTypos.get(key);
      const readers = (a, b) => (synonyms[a] || []).includes(b);
      wholeTypos.set(key, was === undefined || was === w ? w : !was ? null : readers(w, was) ? was : readers(was, w) ? w : null);
    }
  // (the index leaves out a section's kind when it is its page's, and an empty text: build_index.compact)
  const kindOf = new Map(data.docs.filter(doc => !doc.location.includes("#")).map(doc => [doc.location, doc.kind]));
  docs = data.docs.map(doc => ({
    ...doc,
    kind: doc.kind || kindOf.get(doc.location.split("#")[0]),
    text: doc.text || "",
    page: doc.location.split("#")[0],
    isPage: !doc.location.includes("#"),
    foldedTitle: fold(doc.title),
    foldedText: fold(doc.text || "")
  }));
  // Each key-figures row is an entry of its own: the figure, what it counts, its sentence.
  figures = (config.figures || []).map(row => {
    const what = row.what.replace(/（[^）]*）/g, "");
    const title = row.figure + "：" + what;
    const text = (row.what !== what ? row.what + "。" : "") + row.sentence + "（原文 " + row.paragraph + "）";
    // (a row of kind 年 that is a date also answers 哪一年, kind 年份: 2009年, and 8月29日, whose row shows that the text
    // writes 今年 and gives no year, as the key figures' box says; not 3.7年: one that is no date answers how long, kind
    // 年数: 3.7年, 百年, not 2013年底)
    const date = /[0-9]{4}|\u6708|\u65e5/.test(row.figure);
    const kinds = [row.counts, ...(row.counts !== "\u5e74" ? [] : !date ? [DURATION] : [YEAR_OF]),
                   ...rowKinds.filter(([, words]) => words.some(w => row.what.includes(w))).map(([kind]) => kind)];
    return { ...row, kinds, location: "original/#" + row.paragraph, page: "figures/", kind: "figure",
             title, text, foldedTitle: fold(title), foldedText: fold(text) };
  });
  // The rows' numbers: bare (77), whole with what follows (78家, 3.7年; 8年 is not 2008年's), and those
  // that count (78 of 78家), for the reader's own numbers in parse.
  figureNumbers = new Set(figures.flatMap(row => row.figure.match(/[0-9]+(?:\.[0-9]+)?/g) || []));
  figureTokens = new Set(figures.flatMap(row => fold(row.figure).match(/(?<![0-9.])[0-9]+(?:\.[0-9]+)?[^0-9.]?/g) || []));
  figureCounts = new Set([...figureTokens].filter(t => /[个家件项名位级]$/.test(t)).map(t => t.slice(0, -1)));
  all = docs.concat(figures);
  all.forEach((d, i) => { d.i = i; });
  corpus = all.map(d => d.foldedTitle + "\u0000" + d.foldedText).join("\u0000");
  corpusChars = new Set(corpus);
  avgLength = all.reduce((s, d) => s + d.foldedText.length, 0) / Math.max(1, all.length);
  pages = new Map(docs.filter(d => d.isPage).map(d => [d.location, d]));
  // The pages with a 原文未载明 box: those listed, and every page of a kind the index names (measure, programme).
  if (silent) silent.pages = [...new Set([...(silent.pages || []), ...[...pages.values()].filter(p => (silent.kinds || []).includes(p.kind)).map(p => p.location)])];
  // A telephone number's own page, the one whose title holds it (12330: 维权援助中心与“12330”热线): its text, every
  // section, for `answers` (a word it holds is what one calls about).
  for (const row of figures)
    if (row.counts === PHONE) row.hotlineText = docs.filter(d => pages.has(d.page) && pages.get(d.page).foldedTitle.includes(fold(row.figure))).map(d => d.foldedText).join("\u0000");
  idfCache.clear();
  counts.clear();
  corpusCounts.clear();
  state = "ready";
}

/* How rare a word is among the index entries (BM25's idf). */
function idf(word) {
  if (!idfCache.has(word)) {
    const df = entriesWith(word), n = docs.length;
    idfCache.set(word, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return idfCache.get(word);
}

/* How many index entries (not key-figures rows) have the word. */
function entriesWith(word) {
  const { title, text } = occurrences(word);
  let df = 0;
  for (const d of docs) if (title[d.i] || text[d.i]) df++;
  return df;
}

/* How often a word occurs in each entry's title and text: counted once per word, then cached. */
function occurrences(word) {
  let found = counts.get(word);
  if (!found) {
    if (counts.size > 20000) counts.clear();
    const title = new Uint16Array(all.length), text = new Uint16Array(all.length);
    for (const d of all) {
      title[d.i] = count(d.foldedTitle, word);
      text[d.i] = count(d.foldedText, word);
    }
    found = { title, text };
    counts.set(word, found);
  }
  return found;
}

/* Forward maximum matching over the vocabulary (and non-Han runs the text has). */
function cut(chunk, longest = longestWord) {
  const words = [];
  let i = 0;
  while (i < chunk.length) {
    let taken = 0;
    for (let n = Math.min(longest, chunk.length - i); n >= 2; n--) {
      const piece = chunk.slice(i, i + n);
      // a Latin or digit run the text has, whole: team is no te
      if (vocabulary.has(piece) || (!/\p{sc=Han}/u.test(piece) && corpus.includes(piece) && !/[0-9a-z]/.test(chunk[i + n] || ""))) {
        words.push(piece);
        taken = n;
        break;
      }
    }
    if (!taken) {
      const run = chunk.slice(i).match(/^[0-9a-z.%]+/);
      if (run) { words.push(run[0]); taken = run[0].length; } else { words.push(chunk[i]); taken = 1; }
    }
    i += taken;
  }
  return words;
}

/* A chunk the text has whole stays whole; otherwise it is cut into words. */
/* The words inside a word the vocabulary holds whole (联络员制度: 联络员 · 制度), for a title or a row's
   title that names a term by its parts. */
function inner(word) {
  return cut(word, word.length - 1).filter(w => w.length > 1);
}

function segment(chunk) {
  if ((corpus.includes(chunk) && chunk.length >= 2) || synonyms[chunk]) return [chunk];
  return cut(chunk);
}

/* GB 2312's first level, in its order (policy_site/search/build_index.py `common_characters`): the
   same bytes decoded here, not shipped in the index (about 7 KB gzip). Null where the browser has
   no gbk decoder or decodes them otherwise: typos then mend only between the text's characters. */
function commonCharacters() {
  try {
    const bytes = [];
    for (let hi = 0xB0; hi <= 0xD7; hi++)
      for (let lo = 0xA1; lo <= 0xFE; lo++) if (hi < 0xD7 || lo <= 0xF9) bytes.push(hi, lo);
    const chars = [...new TextDecoder("gbk").decode(new Uint8Array(bytes))];
    return chars.length === 3755 && chars[0] === "啊" && chars[3754] === "座" ? chars : null;
  } catch (e) {
    return null;
  }
}

/* Every two-character word of the text under each of its characters replaced (as `typos`), for a
   query mostly not in the text (贷款 from 袋款, 费率 from 肺率); made at the first such query. */
let looseTable = null;
function looseTypos() {
  if (!looseTable) {
    looseTable = new Map();
    for (const w of vocabulary)
      if (w.length === 2 && /^\p{sc=Han}+$/u.test(w) && corpus.includes(w) && !filler.has(w) && !questionWords.has(w))
        addTypos(looseTable, w);
  }
  return looseTable;
}

/* `word` under each of its characters replaced by "?" and that character's reading (专?li is 专利
   alone, where 专? is 专家, 专门 …); a pattern two words share is no one's. */
function addTypos(table, word) {
  for (let i = 0; i < word.length; i++) {
    if (!sounds.has(word[i])) continue;
    const key = word.slice(0, i) + "?" + word.slice(i + 1) + sounds.get(word[i]);
    table.set(key, table.has(key) && table.get(key) !== word ? null : word);
  }
}

/* The words of three characters or more (as `typos` takes them) under two characters replaced, built
   when a query first needs it: a few milliseconds off opening search. */
function twoTyposTable() {
  if (!twoTypos) {
    twoTypos = new Map();
    for (const word of twoTyposSource) {
      const w = fold(word);
      if (w.length >= 3 && w.length <= 6 && /^\p{sc=Han}+$/u.test(w) && !questionWords.has(w) && !filler.has(w)) addTwoTypos(twoTypos, w);
    }
  }
  return twoTypos;
}

/* `word` under two of its characters replaced by "?" and their readings (连骆员 is 联络员: ??员 lian,luo). */
function addTwoTypos(table, word) {
  for (let i = 0; i < word.length; i++)
    for (let j = i + 1; j < word.length; j++) {
      if (!sounds.has(word[i]) || !sounds.has(word[j])) continue;
      const key = word.slice(0, i) + "?" + word.slice(i + 1, j) + "?" + word.slice(j + 1) + sounds.get(word[i]) + "," + sounds.get(word[j]);
      table.set(key, table.has(key) && table.get(key) !== word ? null : word);
    }
}

/* A chunk with each word of the text typed with one character wrong put right, when the two
   characters share a reading (a pinyin keyboard's homophone: 知识产权脱管 is 知识产权托管, 联落员 is
   联络员, 专立 is 专利; 做了 is no 做法), the longest word first, and only where the wrong character
   makes no word with either neighbour, is no word or filler alone (index `singleWords`: 的, 是, 又),
   and the typed pair is no word of jieba's dictionary (`realWords`: 点子 is no 电子). `loose` (a query
   mostly not in the text, `search`): from any character, and into any two-character word of the text. */
function mended(chunk, loose) {
  for (let n = 6; n >= 2; n--)
    for (let i = 0; i + n <= chunk.length; i++) {
      const piece = chunk.slice(i, i + n);
      if (vocabulary.has(piece) || realWords.has(piece)) continue;
      // a piece the text has is no typo: asked only once a mend is found (a scan of the text, the mend's
      // one costly step, for a few pieces a query rather than all of them)
      let known;
      const inText = () => (known === undefined ? (known = corpus.includes(piece)) : known);
      // A typo table's key holds the word's other characters as they are, so the character put right is
      // one no word of the table has, if there is one (two: none can be), and it touches every pair of
      // neighbours no word of the table has (the loose table: any). Only the positions left are tried.
      let from = 0, to = n;
      if (!loose) {
        for (let k = 0; k < n && from < to; k++)
          if (!typoChars.has(piece[k])) { from = Math.max(from, k); to = Math.min(to, k + 1); }
        for (let k = 0; k + 1 < n && from < to; k++)
          if (!typoPairs.has(piece[k] + piece[k + 1])) { from = Math.max(from, k); to = Math.min(to, k + 2); }
      }
      for (let p = from; p < to; p++) {
        // not from a character that is a word alone or filler (又关门 is no 有关门, 管管哩 no 管管理), in
        // a word of three characters or more from any (知时产权 is 知识产权, 二为码 二维码); in a two-character word, only
        // from one the site never uses (托冠, 维圈; not 有管 for 有关, 我县有 for 现有)
        // (loose: from any, 袋款但保包险的肺率 is 贷款担保保险的费率)
        // (never a numeral: 五十 is no 五是)
        if (!sounds.has(piece[p]) || NUMERAL.test(piece[p]) || (!loose && n < 3 && (singleWords.has(piece[p]) || filler.has(piece[p])))) continue;
        const key = piece.slice(0, p) + "?" + piece.slice(p + 1) + sounds.get(piece[p]);
        const word = typos.get(key) || (loose && n === 2 ? looseTypos().get(key) : null);
        if (!word) continue;
        if (inText()) break;
        // (or from one it uses when the other is the text's only in this word: 侵券 is 侵权, as 侵 is
        // only in 侵权, though 券 is the text's 服务券)
        if (!loose && n === 2 && corpusChars.has(piece[p]) && inCorpus(piece[1 - p]) !== inCorpus(word)) continue;
        const at = i + p, c = chunk[at];
        if (!/\p{sc=Han}/u.test(c) || vocabulary.has(chunk.slice(at - 1, at + 1)) || vocabulary.has(chunk.slice(at, at + 2))) continue;
        chunk = chunk.slice(0, i) + word + chunk.slice(i + n);
        break;
      }
      // Two characters of a word of three or more put wrong, both by their readings (连骆员 is 联络员),
      // neither a numeral, one of them a character the text never uses (else it is likelier a word of
      // the text's, or a real one, typed)
      // (only a piece with a character the text never uses can hold one: most pieces are skipped at once)
      const mendable = k => sounds.has(piece[k]) && !NUMERAL.test(piece[k]);
      if (n >= 3 && chunk.slice(i, i + n) === piece && [...piece].some(c => !corpusChars.has(c)))
        two: for (let p = 0; p < n; p++)
          for (let q = p + 1; q < n; q++) {
            if ((corpusChars.has(piece[p]) && corpusChars.has(piece[q])) || !mendable(p) || !mendable(q)) continue;
            const word = twoTyposTable().get(piece.slice(0, p) + "?" + piece.slice(p + 1, q) + "?" + piece.slice(q + 1) + sounds.get(piece[p]) + "," + sounds.get(piece[q]));
            if (!word) continue;
            if (!inText()) chunk = chunk.slice(0, i) + word + chunk.slice(i + n);
            break two;
          }
      // Both characters of a page title's word put wrong (`wholeMends`: 转力 and 砖历 are 专利, the
      // keyboard offered the wrong word whole), neither a numeral, a word alone or filler, nor making a word with the
      // character beside it; the typed pair is no word of jieba's dictionary (`realWords`: 北京 is no 背景).
      if (n === 2 && chunk.slice(i, i + 2) === piece && [0, 1].every(p => sounds.has(piece[p]) && !NUMERAL.test(piece[p]) &&
          !singleWords.has(piece[p]) && !filler.has(piece[p])) && !vocabulary.has(chunk.slice(i - 1, i + 1)) &&
          !vocabulary.has(chunk.slice(i + 1, i + 3))) {
        const word = wholeTypos.get(sounds.get(piece[0]) + "," + sounds.get(piece[1]));
        if (word && word[0] !== piece[0] && word[1] !== piece[1] && !inText()) chunk = chunk.slice(0, i) + word + chunk.slice(i + 2);
      }
    }
  return chunk;
}

/* A query folded (`fold`), its dialect words read as Mandarin (thesaurus.yml `dialect`: 做么事 is
   为什么, so 做么事要出 is 为什么要出, which the thesaurus knows), the longest first; not where the
   character before makes a Mandarin word with the first (怎么样 and 什么样 hold 么样). A reading rule,
   as the mend is: no switch in RANK; tests/test_search_parser.py holds it. */
function standard(query) {
  const folded = fold(query);
  const known = w => questionWords.has(w) || filler.has(w) || vocabulary.has(w);
  return dialectWords ? folded.replace(dialectWords, (w, at, all) => at > 0 && known(all[at - 1] + w[0]) ? w : dialect[w]) : folded;
}

/* Read a query: its terms (each with the text's words for it and a weight), whether it asks for
   a number (2: in words, 多少 / 几年; 1: it has digits), what kinds of number it asks for (数量,
   金额, 比例, 年, or a kind no row counts such as 利率; "*" any), and the share of its characters in words the text has. */
function parse(query, loose) {
  const terms = [], asked = [];
  let covered = 0, missed = 0; // characters of the reader's words the text has, and has not
  let asksNumber = 0;
  // 哪几 (Cantonese 边几; 邊 as typed, as the variants table lists only the text's characters) asks
  // which, as 哪些 does (政策亮点分了哪几块), not how many; 这几 / 那几 say these (这几样的成本, 那几位).
  // A degree word after 得 goes, so the thesaurus's 审得慢 reads 审得贼慢, 审得特别慢 too.
  // A paragraph id (跳到原文q3-3那一段) is no word and no number: its digits would mark every 3 of the rows.
  const read = standard(query); // the query folded, its dialect words as Mandarin: what the patterns below match
  let folded = spokenFigures(read.replace(BLANK, "\u591a\u5c11").replace(HAODUO, "\u591a\u5c11").replace(CHECKED_AMOUNT, "\u591a\u5c11").replace(PARAGRAPH_ID, " ").replace(DESCRIBING, " ").replace(NOT_ASKING, " ").replace(/([哪这那边邊])几/g, "$1些").replace(DEGREE, "得"));
  // A highlight or question numbered in digits (亮点7, 问4) is the text's 亮点七, 问四, no number asked.
  folded = idNumerals(folded);
  // A share in tenths (六成以上, 两成, 八成): the percentage the rows write (60%, 20%, 80%).
  // (a round share: 八成 is also a row's 77%左右, so the rows' shares within five points are its alternatives)
  const tenths = new Set();
  folded = folded.replace(/(?<![一二两三四五六七八九十])([二两三四五六七八九])成(?=以上|左右|多|的|是|活|[\s,，。？?]|$)/g, (all, n) => { tenths.add(TENTHS[n] + "0%"); return TENTHS[n] + "0%"; });
  // A number with digits no key-figures row holds (500万, 3年 beside the rows' 3.7年) is the reader's
  // own: it asks nothing and finds nothing. Not a year (2015年 dates what is meant: digitsAsk), nor
  // digits in an id (q3-3).
  // With a unit, the rows must hold the two together (500万 is not the rows' 500家); 个 counts what any
  // count does (78个维权援助中心 for the rows' 78家), not a share (工人50个 is not 50%).
  // 20多年, 30余家: the unit after 多 / 余 / 来 is the number's (20多年 is not the rows' 20%).
  folded = folded.replace(/(?<![0-9a-z.\-])([0-9]+(?:\.[0-9]+)?)(?![0-9.\-])([多余来]?)([万亿元家个件项名位年月日%倍级]?)/g, (all, n, about, unit) =>
    YEAR.test(n) || (unit === "个" ? figureCounts.has(n) : unit ? figureTokens.has(n + unit) : figureNumbers.has(n)) ? all : " " + (unit ? "" : about));
  if (silentAsks) folded = folded.replace(silentAsks, " ");
  // A word the segmenter made of a number question and what it counts (几个方面, 多少家企业), or of
  // a filler word and a noun (这些政策: "these policies" names none), is the two (not a reader's word of the thesaurus
  // after a filler word that asks nothing: 咱们国家 is 我国, not 咱们 and 国家); not after 哪,
  // which makes 几个 ask which (卡在哪几个方面), not how many.
  const asks = (word, before) => !numberWords.includes(word) && !numberHints[word] && !(before || "").endsWith("哪") &&
    [...numberWords, ...filler].find(n => n.length > 1 && word.length > n.length && word.startsWith(n) && !(synonyms[word] && !questionWords.has(n)));
  const mendedChunks = folded.split(PUNCT).filter(Boolean).map(c => mended(c, loose));
  // The patterns below read the query as typed and as mended (热限号码 is 热线号码: 热线 … 号码).
  const mendedRead = mendedChunks.join(" ");
  const patternIn = test => test.test(read) || test.test(mendedRead);
  const chunks = mendedChunks.map(segment)
    .map(words => words.flatMap((w, i) => { const n = asks(w, words[i - 1]); return n ? [n, w.slice(n.length)] : [w]; }));
  // A query asks what its last question word asks: 几个 in 手上有几个专利能不能贷款 counts, it does not ask.
  let lastNumber = -1, lastQuestion = -1;
  // (如何, 怎样 closing a clause right after a kind of number ask that number: 效力层级如何, 利率怎样; not 是否, 怎么)
  const ends = new Set(chunks.map(c => c.length - 1).map((last, k) => chunks.slice(0, k).flat().length + last));
  chunks.flat().forEach((word, i, all) => {
    if (numberWords.includes(word) || numberHints[word] || numberTopics.has(word) || numberTail(word)) lastNumber = i;
    else if (HOW_IS.test(word) && ends.has(i) && lastNumber === i - 1 && numberTopics.has(all[i - 1])) lastNumber = i;
    else if (questionWords.has(word)) lastQuestion = i;
  });
  // ... or a clause that ends in a number question, or in one and its unit (全国设了多少家 我省有没有,
  // 全国有多少 | 家，有没有: two questions).
  const endsAsking = chunks.some(words => {
    const said = words.filter(w => !filler.has(w));
    if (said.length > 2 && numberUnits[said[said.length - 1]]) said.pop();
    return said.length > 1 && numberWords.includes(said[said.length - 1]);
  });
  const numberAsked = RANK.lastQuestion ? lastNumber > lastQuestion || endsAsking : lastNumber >= 0;
  // Two words anywhere in the query that together are a thesaurus word add that word (手里的专利能拿去
  // 银行贷款吗: 专利 … 贷款 -> 专利贷款 -> 质押融资; 为什么 … 出台 -> 为什么出台 -> 背景); the two
  // stay as they were (a question word is still dropped).
  const words = chunks.flat(), pairs = [];
  const chunkOf = chunks.flatMap((c, k) => c.map(() => k));
  const forms = word => [word, ...(synonyms[word] || [])]; // 贷点款 is also 融资: 专利 … 贷点款 -> 专利融资
  const paired = new Set();
  for (let i = 0; RANK.pairsAnywhere && i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      for (const a of forms(words[i]))
        for (const b of forms(words[j])) {
          const w = a + b;
          if (!synonyms[w] || words.includes(w) || pairs.includes(w)) continue;
          // a word joins one pair, the first it makes: 买 … 专利 … 补贴 is 买专利 (引进实施专利), not also
          // 专利补贴 (专利申请资助, another page's title)
          if (paired.has(i) || paired.has(j)) continue;
          // two lone characters do not pair across a third: 专职人员, a word the text lacks, cut
          // 专 · 职 · 人 · 员, is not 专 … 人 (专人); filler between is no matter (先给审: 先审)
          // nor across a comma (眼睛花，咋样: 花 … 样 is no 花样), nor across 被, after which comes the
          // doer (老被人抄: 老 … 人 is no 老人)
          if (words[i].length < 2 && words[j].length < 2 &&
              (chunkOf[i] !== chunkOf[j] || words.slice(i + 1, j).some(x => (x.length < 2 && !filler.has(x)) || x === "\u88ab"))) continue;
          pairs.push(w); paired.add(i); paired.add(j);
        }
  // A pattern of words means a word of the text (thesaurus.yml word_patterns: 尽快 … 授权 is 优先审查), as a pair does.
  for (const p of wordPatterns)
    if (!words.includes(p.word) && !pairs.includes(p.word) && patternIn(p.test)) pairs.push(p.word);
  if (pairs.length) chunks.push(pairs);
  let before = 0; // the words of the chunks before this one
  const everyWord = chunks.flat();
  for (const words of chunks) {
    // a question word after it in its clause, or in a later one that asks which (哪类, 哪一问, 名单:
    // not filler as 什么, 哪里 are; 3.7年，这个数据出自哪里 still asks the figure); in its clause also one
    // the segmenter joined to 是 (2012年4月…的文件全称是什么: 是什么)
    const askedAfter = at => words.slice(at + 1).some(w => questionWords.has(w) || (w[0] === "\u662f" && questionWords.has(w.slice(1)))) ||
      everyWord.slice(before + words.length).some(w => questionWords.has(w) && !filler.has(w));
    for (const [at, word] of words.entries()) {
      const asking = numberAsked;
      // a bare number word asks for any kind, unless a measure word follows (有多少 | 家: a count)
      // (a chunk of the text kept whole that ends in one asks what it asks: 小微企业占企业总数的比例)
      const tail = numberTail(word);
      const kind = numberHints[word] || (numberWords.includes(word) ? numberUnits[(words[at + 1] || "")[0]] || "*" : "") || numberHints[tail] || "";
      // (a kind word that says whose rate the next kind word, at most three words on, asks is no question of its own:
      // 专利申请数量(的)年均增速 asks a rate, not a count, where 小微企业数量及其占企业总数比重 asks both; a kind no row counts
      // still wins: 贴息的比例; a question word asks whatever follows: 哪一年哪个月)
      const modifies = !numberWords.includes(word) && words.slice(at + 1, at + 4).some(w => numberHints[w] || numberTail(w)) &&
        figures.some(row => row.kinds.includes(kind));
      if (kind && asking && !asked.includes(kind) && !modifies) asked.push(kind);
      if ((numberWords.includes(word) || numberHints[word] || numberTopics.has(word) || tail) && asking) asksNumber = 2;
      // A year (2012年) dates what the reader means; it does not ask for a number. Nor do digits before
      // a question word: 12330这个号码是举报什么的 and 32个集聚区是哪些地方 ask what it is, not the figure.
      else if (RANK.digitsAsk && DIGIT.test(word) && !askedAfter(at) && !(YEAR.test(word) && (words[at + 1] || "").startsWith("年"))) asksNumber = Math.max(asksNumber, 1);
      if (filler.has(word) || numberWords.includes(word) || (numberHints[word] && !numberTopics.has(word))) continue;
      // the doer between 被 and a word for copying (被大厂抄了: 大厂 copied) is not what is asked
      if (words[at - 1] === "\u88ab" && (synonyms[words[at + 1]] || []).includes("\u4fb5\u6743")) continue;
      if (RANK.dropLoneCharacter && word.length < 2 && !DIGIT.test(word) && !synonyms[word]) { missed++; continue; } // a lone character says little
      if (terms.some(t => t.word === word)) continue;
      const near = tenths.has(word) ? figures.filter(r => /^\d+%$/.test(r.figure) && Math.abs(parseFloat(r.figure) - parseFloat(word)) < 5).map(r => r.figure) : [];
      const alternatives = [...new Set([word, ...near, ...(synonyms[word] || [])])].filter(a => corpus.includes(a));
      // The words inside a term, so 专利信息服务 still credits a title 专利基础信息服务.
      const parts = word.length > 2 && !alternatives.length || word.length > 3
        ? cut(word).filter(w => w.length >= 2 && w !== word && corpus.includes(w)) : [];
      if (alternatives.length) covered += word.length; else missed += word.length;
      if (!alternatives.length && !parts.length) continue; // nothing in the text to find
      const weight = Math.max(...alternatives.map(idf), ...parts.map(idf), 0);
      terms.push({ word, alternatives, parts: parts.length > 1 || !alternatives.length ? parts : [], weight, paired: pairs.includes(word) });
    }
    before += words.length;
  }
  // A pattern of words asks its kind (thesaurus.yml number_patterns: 能贷多少 a limit, 多久搞一次 how
  // often, 什么时候设立 a date).
  for (const p of numberPatterns)
    if (patternIn(p.test)) { asksNumber = 2; if (!asked.includes(p.kind)) asked.push(p.kind); }
  // A kind no row counts (服务费, 贴息, 施行) is what the reader asks, beside a kind rows count (比例 in
  // 贴息的比例是多少, 年 in 什么时候开始施行): no row answers it.
  const untold = k => k !== "*" && !figures.some(row => row.kinds.includes(k));
  if (asked.some(untold)) asked.splice(0, asked.length, ...asked.filter(untold));
  // So is one the text gives for another document only (发布日期: 这个政策是哪年出的 asks no other year).
  if (asked.some(k => numberPages[k])) asked.splice(0, asked.length, ...asked.filter(k => numberPages[k]));
  // A bare 多少 beside a kind the query names (百分之多少, 占几成) asks that kind, not any.
  if (asked.length > 1 && asked.includes("*")) asked.splice(asked.indexOf("*"), 1);
  // ... and beside a word of a telephone number's row (电话, 热线) asks a telephone number, not a count
  // (联络员的电话是多少 is no question for the 78家 whose sentence says 电话).
  if (asked.length === 1 && asked[0] === "*" && terms.some(t => figures.some(row => row.counts === PHONE &&
      t.alternatives.some(a => a.length > 1 && row.foldedTitle.includes(a))))) asked.splice(0, 1, PHONE);
  return { terms, asksNumber, asked, covered: covered / Math.max(1, covered + missed) };
}

/* The number topic (thesaurus.yml number_topics) a longer word ends in (小微企业占企业总数的比例: 比例), or "". */
function numberTail(word) {
  if (word.length < 4 || numberHints[word] || numberTopics.has(word)) return "";
  for (const w of numberTopics) if (w.length > 1 && word.length > w.length + 1 && word.endsWith(w)) return w;
  return "";
}

/* How often the text has `piece` (cached: the mend asks of the same characters query after query). */
const corpusCounts = new Map();
function inCorpus(piece) {
  if (!corpusCounts.has(piece)) corpusCounts.set(piece, count(corpus, piece));
  return corpusCounts.get(piece);
}

function count(haystack, needle) {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/* Does a key-figures row's title or text hold the word? */
function rowHas(row, a) {
  return row.foldedTitle.includes(a) || row.foldedText.includes(a);
}

/* Does a key-figures row hold the term: a word of it, or a rare part of a longer one (保险 of 专利保险: the
   row says 专利执行保险), or, in the row's title, all the parts of it or of its text word (专利保险 and 专利险
   in 744家：获得专利执行保险…的企业数量)? */
function rowHolds(row, t) {
  return t.alternatives.some(a => rowHas(row, a)) || t.parts.some(w => idf(w) >= RANK.rowWord && rowHas(row, w)) ||
    [t.word, ...t.alternatives].some(a => a.length > 3 && cut(a, a.length - 1).every(w => w.length > 1 && row.foldedTitle.includes(w)));
}

/* Does a key-figures row answer the number question: it counts what is asked (a count, an amount,
   a share, a duration) and holds a word of the query of idf at least RANK.rowWord, or all of them
   (小微企业有多少家: 小微企业 is on most entries, and the row counts 小微企业)? */
function answers(row, terms, asked) {
  const holds = t => t.alternatives.some(a => rowHas(row, a));
  const rare = t => t.weight >= RANK.rowWord && rowHolds(row, t);
  // A telephone number answers only a question for one, and not when the query names a page's subject
  // the row does not hold (热线电话是多少: 12330; 联络员的电话是多少 asks a number the text does not give), by a word as
  // rare as `specific` (专利被侵权了举报电话是多少: 专利 and 侵权 name no page's subject, 12330 still answers).
  // (a word the hotline's own page holds is what one calls about: 举报假货的号码, 被人仿了打哪个电话)
  if (row.counts === PHONE && (!asked.includes(PHONE) || terms.some(t => !holds(t) && t.weight >= RANK.specific &&
      t.alternatives.some(a => a.length > 1 && [...pages.values()].some(p => p.foldedTitle.includes(a)) &&
        !row.hotlineText.includes(a))))) return false;
  // Such a kind (number_pages) is answered only for a query that names the row by a word as rare as a
  // page's own (国务院…出台: 2012年4月), not by 意见 or 政策, which mean the 意见 itself, nor by a word for a date
  // (印发时间: that row's title ends 的时间).
  // (nor by the kind's own verbs, 出台 or 印发: 出台 发布日期是哪天 asks the 意见's date, not the other 意见's row)
  const verbs = rowKinds.filter(([kind]) => asked.includes(kind)).flatMap(([, words]) => words);
  if (asked.length && asked.every(k => numberPages[k]) &&
      !terms.some(t => t.weight >= RANK.specific && !DATE_WORD.test(t.word) && !verbs.includes(t.word) && rowHolds(row, t))) return false;
  // (数字 asks no kind: a row holding another word as rare as `specific`, not the country, answers it, 我国…存活期的数字:
  // 3.7年, 8.2年, 12年, not 1170万 of 我国小微企业)
  return row.counts && (asked.includes("*") || row.kinds.some(k => asked.includes(k)) ||
    (!asked.length && terms.some(t => t.weight >= RANK.specific && !numberTopics.has(t.word) &&
      !t.alternatives.every(a => COUNTRY.test(a)) && rowHolds(row, t)))) &&
    (terms.some(rare) || (terms.length > 0 && terms.every(holds)));
}

/* How much of the query a key-figures row's title (its figure and what it counts) names: for each
   word of the query it holds (not a word of the kind asked, not a year), that word's rarity among
   the rows' titles, log(rows / rows naming it). Orders the rows shown; no page's score uses it. */
function namedBy(row, terms, query, untold, asked) {
  // the row's own figure typed (744家企业, 同比增长124%) names it before any word does, unless a number
  // is asked after it: then it is what the reader has (我国3.7年，美国、日本各是多少: 8.2年 and 12年;
  // 突破235亿元，同比增长多少: 124%)
  const typed = fold(query), figure = fold(row.figure), at = typed.indexOf(figure);
  const bonus = 2 * Math.log(figures.length + 1) * Math.max(1, terms.length);
  // (but checked, it is the one asked about: 完成了65%的发明专利 是真的吗 πόσο ποσοστό; so is it when what is asked no
  // row gives: 今年8月29日是哪一年 asks the year of that row, which the text does not write)
  // (or a kind of number the row does not count, named after it in a word of three characters or more, not 这个数据's
  // 个数: 突破235亿元之统计期间系何时 asks the period, 2014年1-6月)
  const otherKind = w => w.length > 2 && !row.kinds.includes(numberHints[w]) && typed.includes(w, at + figure.length);
  // (nor a figure typed without its year, asked which year: 8月29日…这是哪年的事, 60%左右 这是哪年的数据 ask that row's year)
  const yearless = !/[0-9]{4}/.test(row.figure) && asked.includes(YEAR_OF);
  const given = !untold && !yearless && !CHECKING.test(typed) && (numberWords.some(w => typed.includes(w, at + figure.length)) ||
    (at >= 0 && Object.keys(numberHints).some(otherKind)));
  let sum = at < 0 ? 0 : given ? -bonus : bonus;
  // a count in another measure word than the one asked is not what is asked (多少件专利: 2496件, not
  // 744家 of the same sentence nor 34个; 多少家小微企业 still 1170万, which has none)
  const units = countUnit ? [...fold(query).matchAll(countUnit)].map(m => m[1] || m[2]) : [];
  const unit = row.figure.slice(-1);
  if (units.length && (countUnits.has(unit) || unit === "个") && !units.includes(unit)) sum -= Math.log(figures.length + 1);
  if (timesUnit && timesUnit.test(fold(query)) && numberUnits[unit] === "比例") sum += Math.log(figures.length + 1);
  for (const t of terms) {
    // a year (2014) dates the figure asked for
    if (YEAR.test(t.word)) continue;
    const held = t.alternatives.filter(a => row.foldedTitle.includes(a));
    if (!held.length) continue;
    // rarity among the rows' titles: 日本 names one row, 小微企业 a dozen
    const df = figures.filter(r => held.some(a => r.foldedTitle.includes(a))).length;
    sum += Math.log(figures.length / df);
  }
  // rows that tie: the text's own country's first (存活几年: 3.7年 of 我国, not the 百年 of German firms)
  if (row.foldedTitle.includes("\u6211\u56fd")) sum += 0.01;
  return sum;
}

function scoreDoc(doc, terms, asksNumber, asked) {
  // A key-figures row answers a number question only (`rowsForNumbers`); otherwise it repeats the
  // key-figures page's own table.
  if (RANK.rowsForNumbers && doc.kind === "figure" && !asksNumber) return null;
  let score = 0, covered = 0, total = 0;
  const found = [];
  const norm = K1 * (1 - RANK.b + RANK.b * doc.foldedText.length / avgLength);
  for (const term of terms) {
    total += term.weight;
    let best = 0, hits = [];
    const inDoc = a => { const f = occurrences(a); return f.title[doc.i] || f.text[doc.i]; };
    // A phrase of the text typed whole (a chunk kept whole: 举报投诉热线 ເບີໂທ) that this entry lacks is read by its
    // parts when it has them all (举报投诉公益热线电话号码). A reading rule: no switch in RANK; tests/test_search_parser.py holds it.
    const read = term.alternatives.some(inDoc) || !term.parts.length ? term.alternatives : term.parts.every(inDoc) ? term.parts : [];
    for (const alt of read) {
      const found = occurrences(alt);
      const inTitle = found.title[doc.i], inText = found.text[doc.i];
      if (!inTitle && !inText) continue;
      // A page's title says what the page is about; a section heading or a row's title, no more than its text.
      const titleWeight = doc.isPage ? RANK.pageTitle : 1;
      // In a title, a word counts by the share of the title it makes (专利保险 is all of 专利保险,
      // 侵权 a sixth of 专利侵权纠纷快速调解机制).
      const titleShare = Math.min(1, alt.length / Math.max(1, doc.foldedTitle.length)) ** RANK.share;
      // A word that is a page's whole title names the page, however common it is in the text
      // (原文: every page cites the 原文), so there it weighs at least `wholeTitle`.
      const titleIdf = RANK.wholeTitle && doc.isPage && alt === doc.foldedTitle ? Math.max(idf(alt), RANK.wholeTitle) : idf(alt);
      let s = (inTitle ? titleIdf * titleWeight * titleShare : 0) + idf(alt) * inText * (K1 + 1) / (inText + norm);
      if (s > best) { best = s; hits = [alt]; }
    }
    if (read === term.parts) best /= read.length; // (by its parts, the phrase counts as one of them: its best part's share)
    if (best > 0) { covered += term.weight; score += best; found.push(...hits); }
  }
  if (!score) return null;
  score *= (covered / total) ** RANK.coverage;
  const boost = RANK.kind[WEIGHS_AS[doc.kind] || doc.kind] || 1;
  // A question about a number is answered by a key-figures row; other words by the pages.
  const answering = doc.kind === "figure" && asksNumber === 2 && answers(doc, terms, asked);
  return { score: score * boost, found, answering };
}

function mark(original, folded, words, teaser) {
  const hits = [];
  for (const w of words)
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) hits.push([i, i + w.length]);
  hits.sort((a, b) => a[0] - b[0]);
  let start = 0, end = original.length;
  if (teaser && original.length > 120) {
    const first = hits.length ? hits[0][0] : 0;
    start = Math.max(0, first - 30);
    end = Math.min(original.length, start + 120);
  }
  let out = start > 0 ? "…" : "";
  let at = start;
  for (const [a, b] of hits) {
    if (a < at || b > end) continue;
    out += escapeHTML(original.slice(at, a)) + "<mark>" + escapeHTML(original.slice(a, b)) + "</mark>";
    at = b;
  }
  out += escapeHTML(original.slice(at, end)) + (end < original.length ? "…" : "");
  return out;
}

function pageDoc(page) {
  return pages.get(page);
}

/* A paragraph id (q2-7) or a name (问二, 亮点三) typed alone goes straight there. (Inside a longer
   query too, `idInside`, until round 29: it gained nothing, and it sent 如何链接到原文的某一段，例如q3-3
   to the paragraph rather than to 关于本站, which says how.) */
/* A highlight or question numbered in digits (亮点7, 问4, 问题2, 第2问, 第3个问题, 第6条亮点) is the text's
   亮点七, 问四 … (not 问5, nor 请问; 第 only before 问 or 亮点, so not 第2段); so are 六号亮点 and 问答三, 第三个问答. */
function idNumerals(folded) {
  const numeral = n => "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b"[n - 1];
  const named = n => (/[0-9]/.test(n) ? numeral(n) : n);
  const roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
  return folded
    // the financial numerals of an id (第肆问, 亮点陆) and the Roman numeral signs (问Ⅲ; Ⅰ and Ⅴ fold by NFKC to i and v, the
    // others stay, lower-cased), then Roman numerals in letters after an id's word (亮点Ⅴ, 亮点VIII)
    // (a leading zero goes: 亮点07, 第03问)
    .replace(/(亮点|问题?|第)\s*0+(?=[1-8](?![0-9]))/g, "$1")
    .replace(/(?<=第|亮点|问|问答|之)[壹贰叁肆伍陆柒捌]|[壹贰叁肆伍陆柒捌](?=号|个?问|条?亮点)/g, c => numeral("\u58f9\u8d30\u53c1\u8086\u4f0d\u9646\u67d2\u634c".indexOf(c) + 1))
    .replace(/[ⅰ-ⅷ]/g, c => roman[c.charCodeAt(0) - 0x2170])
    // a circled or bracketed digit after an id's word (第⑵问, 亮点⑥, 亮点❼, 第⒋问, 第㈣问: NFKC would make ⑵, ⒋ or ㈣ more characters,
    // so fold keeps them; ❼ ➆ ➐ ⓻ it leaves as they are)
    .replace(/(?<=亮点|问|第)\s*[\u2460-\u2467\u2474-\u247b\u2488-\u248f\u2776-\u277d\u2780-\u2787\u278a-\u2791\u24f5-\u24fc\u3220-\u3227]/g,
      c => { const code = c.trim().charCodeAt(0); return String(code - CIRCLED.find(start => code >= start && code < start + 8) + 1); })
    .replace(/(亮点|问|第)\s*[(\[{【〔〖〘〈「『“"'‘<《]\s*([一二三四五六七八]|[1-8])\s*[)\]}】〕〗〙〉」』”"'’>》]/g, "$1$2") // 亮点（二）, 亮点[6], 亮点「七」, 亮点〖五〗, 第⑵问: NFKC folds （ ） and ⑵ to ( )
    .replace(/(?<=亮点|问|第)[仨俩]/g, c => (c === "\u4ee8" ? "\u4e09" : "\u4e8c")) // 第仨问 (仨: three), 亮点俩 (俩: two)
    .replace(/(亮点|问|第)\s*(viii|vii|vi|iv|v|iii|ii|i)(?![a-z])/g, (all, word, r) => word + numeral(roman.indexOf(r) + 1))
    .replace(/([一二三四五六七八]|[1-8])号(?:政策)?亮点/g, (all, n) => "\u4eae\u70b9" + named(n))
    .replace(/亮点[之其]([一二三四五六七八]|[1-8])/g, (all, n) => "\u4eae\u70b9" + named(n))
    // counted from the end (亮点倒数第二: 亮点七; 倒数第一问: 问四)
    .replace(/亮点倒数第([一二三四五六七八]|[1-8])[个条]?/g, (all, n) => "\u4eae\u70b9" + numeral(9 - ("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b".indexOf(n) + 1 || +n)))
    .replace(/倒数第([一二三四]|[1-4])个?问/g, (all, n) => "\u95ee" + numeral(5 - ("\u4e00\u4e8c\u4e09\u56db".indexOf(n) + 1 || +n)))
    .replace(/(?<![请想来先再要])问[之其]([一二三四]|[1-4])(?![0-9.%])/g, (all, n) => "\u95ee" + named(n)) // 亮点其四, 问之三
    .replace(/第\s*([一二三四]|[1-4])\s*个?问答/g, (all, n) => "\u7b2c" + named(n) + "\u95ee")
    // a dash, a colon or No. between (亮点-2, 问：三, 亮点No.4), and 题 for 问 (第四题, 第2道题)
    .replace(/(亮点|问)\s*(?:[-－–—~～:：.]|no\.?)\s*(?=[一二三四五六七八1-8])/g, "$1")
    .replace(/第\s*([一二三四]|[1-4])\s*[个道]?题(?!目)/g, (all, n) => "\u7b2c" + named(n) + "\u95ee")
    .replace(/问答\s*([一二三四]|[1-4])(?![0-9.%])/g, (all, n) => "\u95ee" + named(n))
    .replace(/第\s*([1-4])\s*[/\uff0f]\s*4\s*(?=问)/g, "\u7b2c$1") // 第2/4问: the second of the four
    .replace(/第\s*([1-8])\.?(?=\s*[个条项]?\s*(问|政策亮点|亮点))/g, (all, n, what) => what === "\u95ee" && n > 4 ? all : "\u7b2c" + numeral(n))
    .replace(/(亮点|(?<!请)问题?)\s*([1-8])(?![0-9.%])/g, (all, word, n) => word[0] === "\u95ee" && n > 4 ? all : word + numeral(n));
}

/* An id typed alone (q2-7, 问二, 亮点三, 亮点3): its place. So is one with only question or filler
   words and at most one other character beside it (亮点七讲啥, 什么是问三; not 政策亮点八条原句汇总): its 七
   would otherwise be read as a numeral and lost. */
function byId(query) {
  // (the separators go before the numerals are read: 亮点·柒)
  const bare = idNumerals(fold(query).replace(/[\s#·・•‧∙_:：]+/g, "")).replace(/[?？。！!]+$/, "");
  let location = ids[bare];
  for (const name of location ? [] : Object.keys(ids)) {
    const rest = bare.startsWith(name) ? bare.slice(name.length) : bare.endsWith(name) ? bare.slice(0, -name.length) : null;
    if (rest && !/[0-9a-z]/.test(rest[0] + rest.slice(-1)) && cut(rest).filter(w => !filler.has(w) && !questionWords.has(w)).join("").length <= 1) {
      location = ids[name];
      break;
    }
  }
  if (!location) return null;
  const page = location.split("#")[0];
  const target = docs.find(d => d.location === location) || pageDoc(page);
  if (!target) return null;
  return [{ location, title: escapeHTML(target.title), text: mark(target.text, target.foldedText, [], true), score: 1e9, terms: {} }];
}

/* The page of the one highlight a query names by its number (第六个亮点, 第一条亮点, 亮点六 …), or null: not a
   range (亮点一到八), not two highlights, not 亮点八条 (eight of them), not 亮点一共 (in all). */
function namedHighlight(query) {
  const folded = idNumerals(fold(query)).replace(/第([一二三四五六七八])(?:个|条|项)?(?:政策)?亮点/g, "\u4eae\u70b9$1");
  const found = new Set([...folded.matchAll(/亮点([一二三四五六七八])(?![一二三四五六七八九十条项点个到至和与、~\-共下些般样直定起览句])/g)]
    .map(m => ids[fold("\u4eae\u70b9" + m[1])]).filter(Boolean).map(l => l.split("#")[0]));
  return found.size === 1 ? [...found][0] : null;
}

/* The page of the one question a query cites by its number (问四说…, 问一所述…, 第四问里…), or null; not
   问一下, 问一个, 请问一共 (asking), nor two questions (问二说…问三说). */
function namedQuestion(query) {
  const folded = idNumerals(fold(query)).replace(/第([一二三四])个?问(?:题)?/g, "\u95ee$1");
  const found = new Set([...folded.matchAll(/(?<![请想来先再要])问题?([一二三四])(?![一二三四五六七八九十个件项家条位种类年月天次遍回句声下些点般共直样定起切致份批张本部只名口成半])/g)]
    .map(m => ids[fold("\u95ee" + m[1])]).filter(Boolean));
  return found.size === 1 ? [...found][0] : null;
}

/* A sentence pasted from the text (the query, its punctuation and spaces aside, RANK.pasted characters
   or more of the text's paragraphs, or such a run inside the query: 解读说正在推动相关法律法规修订，具体是哪部法律):
   when the page ranked first holds it only in a quote from another
   question (a section titled 问四：…, 问二：政策亮点三 on a measure or programme page), the best-ranked page
   that holds it as its own (a question's answer, a measure's 原文, a programme's summary) comes first:
   the reader pasted that page's sentence (侵权假冒现象比较严重: 问四, not 加强保护's quote of it). So too for
   a phrase of one paragraph that the reader's own words mean (抄别人代价小: 侵权成本低, 问四's). Not when
   the query names a programme by its title (专利执行险、侵权责任险…: that programme). */
const CROSS_QUOTE = /^问[一二三四]/;
const QUOTING = new Set(["by-need"]);
let squeezedText = [null, [], "", new Map()]; // without punctuation: the paragraphs (each, and joined) and every entry, for the docs they were made from
const squeeze = s => s.split(PUNCT).join("");
function squeezedParagraphs() {
  if (squeezedText[0] !== docs) {
    const paragraphs = docs.filter(d => d.kind === "original").map(d => squeeze(d.foldedText));
    squeezedText = [docs, paragraphs, paragraphs.join("\u0000"), new Map()];
  }
  return squeezedText;
}

/* The query, its punctuation and spaces aside, is a run of the text's own paragraphs (RANK.pasted characters or
   more): the text says it, so no line says the text may not (多渠道降低贷款、担保和保险等费率, whose 费率 alone is a
   kind of number the text gives nowhere). */
function verbatim(query) {
  const whole = squeeze(fold(query));
  return !!RANK.pasted && whole.length >= RANK.pasted && squeezedParagraphs()[2].includes(whole);
}

function homeFirst(query, ranked, terms) {
  if (!RANK.pasted || !ranked.length) return;
  const whole = squeeze(fold(query));
  // Not with digits (a figure checked is the key figures'); Latin letters beside a run of the text are no matter
  // (BP行业痛点想引用：创新能力偏弱、核心竞争力不强: 问一).
  if (/[0-9]/.test(whole)) return;
  const [, paragraphs, text, squeezed] = squeezedParagraphs();
  // The longest run of the text in the query; inside a longer query it must be half as long again (12
  // characters gained 7 first places, 10 gained 2, 14 and 16 fewer; every run of 8 lost 7, as 知识产权支持小微企业
  // is the title's).
  // (its typos put right too: 侵权成本低为权成本高 is 问四's 侵权成本低、维权成本高)
  let span = "";
  const put = mended(whole);
  for (const read of put === whole ? [whole] : [whole, put])
    for (let i = 0; i + RANK.pasted <= read.length; i++)
      for (let j = i + Math.max(RANK.pasted, span.length + 1); j <= read.length && text.includes(read.slice(i, j)); j++) span = read.slice(i, j);
  // Else a phrase of the text the reader's words mean (代价太小 … 讨回公道: 侵权成本低), of five characters
  // or more and in one paragraph only (four-character ones, 融资难, are the text's common words: -17 first
  // places; five gained 12; six or more, none)
  // Or fragments pasted with spaces between (法律法规修订 修法前 现有的法律框架): each part's longest run of the text, of
  // four characters or more, all in one paragraph and together half as long again as a sentence pasted: the longest.
  let fragment = "";
  if (!span || (span !== whole && span !== put && span.length < 1.5 * RANK.pasted)) {
    const runs = fold(query).split(/[\s,，、;；。]+/).map(part => {
      let run = "";
      for (let i = 0; i + 4 <= part.length; i++)
        for (let j = i + Math.max(4, run.length + 1); j <= part.length && text.includes(part.slice(i, j)); j++) run = part.slice(i, j);
      return run;
    }).filter(Boolean);
    if (runs.length > 1 && runs.join("").length >= 1.5 * RANK.pasted && paragraphs.some(p => runs.every(r => p.includes(r))))
      span = fragment = runs.reduce((a, b) => (b.length > a.length ? b : a));
  }
  if (!fragment && (!span || (span !== whole && span !== put && span.length < 1.5 * RANK.pasted))) {
    span = terms.flatMap(t => t.alternatives.filter(a => a !== t.word && !t.word.includes(a)))
      .filter(a => a.length >= 5 && paragraphs.filter(p => p.includes(a)).length === 1).sort((a, b) => b.length - a.length)[0];
    if (!span) return;
  }
  if (terms.some(t => [...pages.values()].some(p => p.kind === "programme" && names(p.location, t, RANK.specific)))) return;
  // (按需查找 quotes what it points to: never a sentence's own page)
  const holds = (r, own) => docs.some(d => d.page === r[2] && d.kind !== "original" && (CROSS_QUOTE.test(d.title) || QUOTING.has(d.kind)) !== own &&
    (squeezed.get(d) ?? squeezed.set(d, squeeze(d.foldedText + d.foldedTitle)).get(d)).includes(span));
  if (!holds(ranked[0], true)) {
    const at = ranked.findIndex(r => holds(r, true));
    if (at > 0) ranked.unshift(ranked.splice(at, 1)[0]);
  }
}

/* `page`'s group at `index` of the ranking: moved there if it is ranked, else an entry for the page
   (`item`, or its title alone). */
function placeAt(ranked, page, index, item) {
  const at = ranked.findIndex(r => r[2] === page);
  const group = at >= 0 ? ranked.splice(at, 1)[0]
    : [0, [item || { location: page, title: escapeHTML(pages.get(page).title), text: "", score: 0, terms: {} }], page, new Set()];
  ranked.splice(Math.min(index, ranked.length), 0, group);
}

/* Where the first page sends the reader for more (关于本站: 每页开头还有高对比度、大鼠标…按钮，各项做法及其测试
   见无障碍声明): the site page named after 见 in the sentence that holds a word the reader found there comes
   second, unless it is among the first three already (黑底白字: 关于本站, then 无障碍声明, which says how).
   A reading of the site's own pointers: no switch in RANK. */
function pointedTo(ranked) {
  if (!ranked.length) return;
  for (const item of ranked[0][1]) {
    const doc = docs.find(d => d.location === item.location);
    const words = Object.keys(item.terms || {}).filter(w => item.terms[w]).map(fold);
    if (!doc || !words.length) continue;
    for (const sentence of doc.foldedText.split(/[。！？]/)) {
      if (!words.some(w => sentence.includes(w))) continue;
      for (const m of sentence.matchAll(/(?<!意)见([^，,。；（）()\s]+)/g)) {
        const page = [...pages.values()].find(p => p.kind === "site" && p.foldedTitle === m[1] && p.location !== ranked[0][2]);
        if (!page) continue;
        const at = ranked.findIndex(r => r[2] === page.location);
        if (at < 0 || at >= 3) placeAt(ranked, page.location, 1);
        return;
      }
    }
  }
}

/* Does the page's title name the term (by a word of idf at least `floor`: not 融资 or 侵权, which
   many entries have, when floor is RANK.specific; then a rare word inside the term will do)? */
function names(page, term, floor = 0) {
  const doc = pages.get(page);
  if (!doc) return false;
  return term.alternatives.some(a => doc.foldedTitle.includes(a) && idf(a) >= floor) ||
    (term.parts.length > 0 && term.weight >= floor && term.parts.every(w => doc.foldedTitle.includes(w))) ||
    (floor > 0 && [...term.parts, ...term.alternatives.filter(a => a.length > 2).flatMap(inner)]
      .some(w => w.length > 1 && doc.foldedTitle.includes(w) && idf(w) >= floor)); // 示范企业 of 知识产权示范企业; 联络员 of 联络员制度
}

/* The narrower page first, when the reader named it and it scores at least `specificShare` of the
   broader page ranked first (only the next two are looked at):
   - a programme before a measure when its title names a rare word of the query that the measure's
     title does not (贯标 -> 管理规范, 抵押 -> 质押); a broad word (融资, 维权) leaves the measure first,
     and so does a measure whose own summary holds the query's rarest word where the programme only
     quotes it (引进专利 … 资助: 降低创新成本, not 专利申请资助). */
function specificFirst(ranked, terms) {
  const first = ranked[0] && pages.get(ranked[0][2]);
  if (!first || first.kind !== "measure") return;
  for (let j = 1; j < Math.min(ranked.length, 3); j++) {
    const [score, , page] = ranked[j];
    const doc = pages.get(page);
    if (!doc || score < RANK.specificShare * ranked[0][0]) continue;
    let narrower = false;
    if (doc.kind === "programme") {
      const naming = terms.filter(t => names(page, t, RANK.specific) && !names(first.location, t, RANK.specific));
      const lead = ranked[0][3], own = ranked[j][3];
      // Not when the measure's own summary holds what the programme's title names and also the query's
      // rarest word, which the programme has only in a quote (引进专利 … 资助: 降低创新成本 says
      // 引进实施专利给予专项资助; 专利申请资助's page quotes that sentence). A kind of number asked
      // (利率) names nothing.
      // (rarest in its commonest form: 申请专利 is also 专利申请, which many entries have)
      const rarity = t => t.alternatives.length ? Math.min(...t.alternatives.map(idf)) : t.weight;
      const top = terms.filter(t => !numberTopics.has(t.word)).reduce((a, t) => (!a || rarity(t) > rarity(a) ? t : a), null);
      const wider = !!top && top.weight >= RANK.specific && naming.every(t => lead.has(t.word)) &&
        lead.has(top.word) && !own.has(top.word) && !names(page, top);
      narrower = naming.length > 0 && !wider;
    }
    if (narrower) {
      ranked.unshift(ranked.splice(j, 1)[0]);
      return;
    }
  }
}

/* Nothing matched: the five needs and their pages, never an empty panel. Their titles carry the
   class `search-none` (the honest line's, `search-note`): docs/assets/search-input.js does not
   count either in Material's "N 个符合条件的结果"; the evaluation tools count the needs as results. */
function fallback(query) {
  const shown = escapeHTML(query.trim().slice(0, 20));
  const groups = [[{
    location: "by-need/", score: 0, terms: {},
    title: '<span class="search-none">没有找到“' + shown + "”</span>",
    text: "这份解读可能没有涉及这一点。可以按需要查找下列政策亮点和项目，或换个说法再搜。"
  }]];
  for (const need of needs)
    groups.push([{
      location: need.location, score: 0, terms: {},
      title: '<span class="search-none">' + escapeHTML(need.label) + "</span>",
      text: need.pages.map(escapeHTML).join(" · ")
    }]);
  return { items: groups };
}

/* A question the text may not answer (which office, fees, eligibility: thesaurus.yml
   `silent_questions`, `silent_topics`; where and how to apply: `silent_routes`), anywhere in the query. */
function asksWhatTheTextMayNotSay(query) {
  const folded = standard(query);
  return !!silent && (silentWords.some(w => folded.includes(w)) || asksRoute(folded));
}

/* Where or how to apply or get something done (thesaurus.yml `silent_routes`: 去哪申请, 找谁领取,
   哪个部门办): a word that asks, then within three characters a word that does. Not when the two
   together are a question or filler word (怎么办 asks what to do), nor when the doing word starts a
   longer one there (办法). */
function asksRoute(folded) {
  if (!silentRoute) return false;
  silentRoute.lastIndex = 0;
  for (let m; (m = silentRoute.exec(folded)); silentRoute.lastIndex = m.index + 1) {
    const [, ask, gap, does] = m, at = m.index + ask.length + gap.length;
    const asking = !gap && (questionWords.has(ask + does) || filler.has(ask + does));
    const longer = [...filler].some(w => w.length > does.length && w.startsWith(does) && folded.startsWith(w, at));
    if (!asking && !longer) return true;
  }
  return false;
}

/* The line above the closest pages, as one result in Material's protocol: its page entry (no "#",
   so Material renders it as the heading) links to 按需查找, and its one section, scored like it so
   Material shows it rather than folding it away, to the 原文未载明 box of the first of the results
   that has one (tests/test_theme_drift.py checks that Material still renders a group so). The words
   are registered furniture (furniture.yml `search-silent`), given by the index's config. */
function honestLine(ranked, boxes = true) {
  const page = boxes ? ranked.map(r => r[2]).find(p => silent.pages.includes(p)) : undefined;
  // `note` (and the class, for a browser) tell the evaluation tools this is no page of the ranking.
  const group = [{ location: silent.by_need, score: 1, terms: {}, note: true, text: page ? "" : escapeHTML(silent.closest),
                   title: '<span class="search-note">' + escapeHTML(silent.line) + "</span>" }];
  if (page)
    group.push({ location: page + "#" + silent.anchor, score: 1, terms: {}, note: true,
                 title: escapeHTML(pages.get(page).title) + " · " + escapeHTML(silent.label), text: escapeHTML(silent.closest) });
  return group;
}

/* The words a query quotes, when the text has them word for word (a journalist's 拟引用“…”一句，出自哪一问):
   what the reader wants found is the quote, not the words around it. Unless those words say what they
   want done with it, as a word pattern reads them (“科技型小微企业”一词出现在哪些句子: the 关键词索引), or ask a number. A
   reading rule, as the mend is: no switch in RANK; tests/test_search_parser.py holds it. */
const QUOTED = /[“"「『]([^”"」』]{6,})[”"」』]/gu;
function quoted(query) {
  // Every quote the text has, together (“知识产权示范企业”与“知识产权优势企业”有何区别: both, not the first alone).
  const quotes = [...query.matchAll(QUOTED)].filter(m => corpus.includes(fold(m[1])));
  if (!quotes.length) return null;
  const around = standard(quotes.reduce((q, m) => q.replace(m[0], " "), query));
  // (nor when they ask a number, whose row the quote's words name: “加强政银、政保合作”前面说的试点从哪一年开始; not whether
  // one is written: “具有专利的企业”…之调查，是否注明调查机构及年份)
  return wordPatterns.some(p => p.test.test(around)) || (parse(around).asksNumber > 1 && !/是否|有无|有没有/.test(around)) ? null : quotes.map(m => m[1]).join(" ");
}

function search(query) {
  if (!query.trim()) return { items: [] };
  // A paragraph id with another dash, a dot or a space (q3–2, q3—2, q3－2, q4.4, q1 4: a phone's or a word processor's) is the text's q3-2.
  // A figure in a chat's shorthand (1170w, 235个亿, 124个点 or 124个百分点, 6成 or 八成以上, 七成七) is the text's (1170万, 235亿,
  // 124%, 60%, 80%以上, 7成7 or 七成七: 77%; not 一成不变 or 九成新); a keycap emoji's digit is the digit (第3️⃣问: 3, U+FE0F and U+20E3 dropped).
  // A mathematical digit or letter (第𝟑问) is its plain one; digits said one by one, no unit between, are digits when
  // there are four or more, or three with a 〇 or 零 (二〇〇八年, 九五〇五万, 一二三三零 and 幺二三三零, 幺 being a dictated 一:
  // the hotline's 12330); 一二三 stays as said.
  query = query.replace(/[\u{1d400}-\u{1d7ff}]/gu, c => c.normalize("NFKC"))
    .replace(/(?<![\u96f6\u3007\u5e7a\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343])[\u96f6\u3007\u5e7a\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]{3,}(?![\u5341\u767e\u5343])/g,
      run => run.includes("\u3007") || run.includes("\u96f6") || run.length >= 4 ? [...run].map(c => c === "\u3007" ? 0 : c === "\u5e7a" ? 1 : CN_DIGIT[c]).join("") : run)
    .replace(/[\ufe0f\u20e3]/g, "")
    .replace(/(?<![0-9.])([1-9])\u6210([1-9])(?![0-9])|(?<![\u4e00-\u9fff])([\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d])\u6210([\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d])(?![\u4e00-\u9fff])/g,
      (all, d1, d2, n1, n2) => String(d1 || CN_DIGIT[n1]) + (d2 || CN_DIGIT[n2]) + "%")
    .replace(/(?<![0-9.])([1-9])\s*\u6210(?![0-9])|(?<![\u4e00-\u9fff])([\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d])\u6210(?=\u4ee5\u4e0a|\u5de6\u53f3|\s|$)/g,
      (all, digit, numeral) => (digit || CN_DIGIT[numeral]) + "0%").replace(/(?<=[0-9])\s*[wW](?![a-zA-Z])/g, "\u4e07").replace(/(?<=[0-9])\s*\u4e2a\u4ebf/g, "\u4ebf")
    .replace(/(?<=[0-9])\s*\u4e2a?(?:\u767e\u5206)?\u70b9/g, "%");
  query = query.replace(/(?<=(?<![a-z0-9])q[1-4])\s*[\u2010-\u2015\u2212\ufe58\ufe63\uff0d~\uff5e.\u3002]\s*(?=[0-9])|(?<=(?<![a-z0-9])q[1-4])\s+(?=[0-9]{1,2}(?![0-9]))/gi, "-");
  const typed = query; // (出自哪一问 around a quote is read from what was typed: the quote alone is searched)
  query = quoted(query) || query;
  // A key-figures row's figure that the text writes in Chinese numerals, typed in digits and nothing
  // else (15个方面 for 十五个方面, 5家 for 五家), is read as the row's own words and asks for that row (below).
  // So is a row's figure in digits said in Chinese numerals and nothing else (三十二个 for 32个, 十二年 for 12年: as voice input writes them).
  const bare = fold(query).replace(/\s+/g, "");
  const inNumerals = figures.find(row => row.counts !== PHONE && CN_NUMBER.test(row.figure) && inDigits(fold(row.figure)) === bare) ||
    (CN_NUMBER.test(bare) && figures.find(row => row.counts !== PHONE && !CN_NUMBER.test(row.figure) && fold(row.figure) === inDigits(bare)));
  if (inNumerals) query = inNumerals.figure;
  // What the reading patterns below match: its typos put right (算笑微企页吗), its quote marks gone (“小微企业”的界定标准).
  const said = mended(standard(query).replace(/[“”"「」『』]/g, ""));
  // A pattern about where a sentence is (哪一问, 哪条亮点) is also read from what was typed: a quote is searched alone.
  const typedSaid = standard(typed);
  const asks = pattern => pattern.test(said) || pattern.test(typedSaid);
  const ranked = [];
  const direct = byId(query);
  if (direct) ranked.push([Infinity, direct]);
  let { terms, asksNumber, asked, covered } = parse(query);
  // The site's own figures and quotes asked about (本站引文和数字是否…核对过) ask how the site checks them, not a figure.
  if (/本站|本网站|这个网站|网站上的|站内/.test(said) && !DIGIT.test(query)) { asksNumber = 0; asked = []; }
  // Mostly not in the text, or half: read it again with homophones mended from any character (a pinyin
  // keyboard's 袋款但保包险, whose 但 and 包 are words alone; at half, 专荔托官), kept only when it then finds
  // more and most of it is in the text (not 看一遍 as 看一变, nor 又关了门 as 有关了门, which gain a little). A reading rule, as the mend
  // is: no switch in RANK; tests/test_search_parser.py holds it.
  if (!direct && covered <= RANK.weakCoverage) {
    const again = parse(query, true);
    if (again.covered >= RANK.weakCoverage && again.covered > covered) ({ terms, asksNumber, asked, covered } = again);
  }
  // A query that is a key-figures row's figure in digits and nothing else (2013年底, 2009年) asks for
  // that row, though a year alone only dates what is meant; not the telephone number, which names
  // its hotline (12330: the hotline's page). So does one in Chinese numerals typed in digits (above).
  // (so does a count in Chinese numerals, a numeral and its measure word, typed as the text writes it: 五家, 三级; not
  // 十五个方面, which names the 意见's measures as a topic)
  const exact = inNumerals || (asksNumber === 1 || CN_COUNT.test(fold(query).trim())) &&
    figures.find(row => row.counts !== PHONE && fold(row.figure) === fold(query).replace(/\s+/g, ""));
  if (exact) { asksNumber = 2; asked = [exact.counts]; }
  // A kind of number no key-figures row counts (利率, 文号, how often: the text gives none) is a
  // question the text may not answer.
  // So is a telephone number no row answers (联络员的电话是多少: the text gives only 12330).
  const untold = asksNumber === 2 && asked.length > 0 && (asked.every(k => k !== "*" && !figures.some(row => row.kinds.includes(k))) ||
    (asked.length === 1 && asked[0] === PHONE && !figures.some(row => answers(row, terms, asked))));
  // A number question no key-figures row answers (专利优先审查要多久: no row is about 优先审查;
  // 申请专利要花多少钱: no row counts an amount for it) is read as a plain query, or one with digits.
  // So is one that a row which does not answer it holds more of (by two of the query's words or more) than
  // any row which does: the reader means that row's subject and asks what it does not give (申长雨…到南海调研
  // 是哪一年: the 8月29日 row holds 申长雨, 南海, 调研 and gives no year; the 2013年底 row, which does, only 南海).
  const held = row => terms.filter(t => rowHolds(row, t)).length;
  const most = rows => Math.max(0, ...rows.map(held));
  let answering = asksNumber === 2 ? figures.filter(row => answers(row, terms, asked)) : [];
  // A date of issue asked of what another date row's title names (培训基地是哪年出来的: 2013年底; 专利保险试点
  // 什么时候出的: 2008年; 战略推进工程是哪年定下来的: 2009年) asks that row's date, not the 意见's (a kind some rows
  // count: number_pages `rows`; not by a word under `rowWord`, as 政策, nor by a word for a date, as 日期, nor by a
  // character inside a title's word: 查 of 调查 in the 3.7年 row).
  if (asksNumber === 2 && !answering.length && asked.length && asked.every(k => datedKinds.has(k))) {
    const dates = [YEAR_OF, "\u5e74"];
    const dated = figures.filter(row => !row.kinds.some(k => asked.includes(k)) && answers(row, terms, dates) &&
      terms.some(t => t.weight >= RANK.rowWord && !DATE_WORD.test(t.word) && t.alternatives.some(a => a.length > 1 && row.foldedTitle.includes(a))));
    if (dated.length) { asked = dates; answering = dated; }
  }
  // A kind of number the text gives nowhere for the 意见 itself (its 文号, its date), answered by no row:
  // the page whose 原文未载明 box says so (thesaurus.yml number_pages) comes first, under the line.
  // Not when the query names a programme or measure by its title (服务券有效期多久, 管理规范的文号: that page, whose own
  // box may say; a lone character only if the title has it: 能否查到's 查 names no 专利基础信息服务); the Q&A and drafting
  // pages are about the 意见 itself (这个政策是哪年哪月定下来的: 制定). The key figures' box is about the figures, whatever
  // programme the query names (专利执行保险“截至上半年”指哪一年: the box says the year is not written).
  const ownPage = !direct && asksNumber === 2 && !answering.length ? asked.map(k => numberPages[k]).find(p => pages.has(p) &&
    (p === "figures/" || !terms.some(t => [...pages.values()].some(other => (other.kind === "programme" || other.kind === "measure") &&
      (t.word.length > 1 || other.foldedTitle.includes(t.word)) && names(other.location, t, RANK.specific))))) : undefined;
  // (A question the key figures' own box answers still shows the rows it names: 专利执行保险截至上半年指哪一年, the 34个 row.)
  if (asksNumber === 2 && RANK.rowWord && !answering.length)
    asksNumber = terms.some(t => DIGIT.test(t.word)) || ownPage === "figures/" ? 1 : 0;
  // (its figure typed is what the reader has: 申长雨同志8月29日赴南海区调研，系哪一年 asks no row)
  else if (asksNumber === 2 && RANK.rowWord && most(figures.filter(row => row.counts !== PHONE && !answering.includes(row))) > most(answering) + 1)
    asksNumber = 0;
  const groups = new Map();
  for (const doc of terms.length ? all : []) {
    const result = scoreDoc(doc, terms, asksNumber, asked);
    if (!result) continue;
    const item = { location: doc.location, doc, found: result.found, score: result.score, answering: result.answering,
                   named: doc.kind === "figure" ? namedBy(doc, terms, query, untold, asked) : 0 };
    const group = groups.get(doc.page);
    if (group) group.push(item); else groups.set(doc.page, [item]);
  }
  // Which of the query's words an item shows (Material marks them on the opened page).
  // A word made of two the reader put apart (专利 … 贷款) is not shown as missing: they did not type it.
  const shown = found => Object.fromEntries(terms.flatMap(t => {
    // A term found by its parts (解读原文 as 解读 … 原文) is found, not missing.
    const hit = t.alternatives.find(a => found.includes(a)) || t.parts.find(w => found.includes(w));
    return hit || !t.paired ? [[hit || t.word, !!hit]] : [];
  }));
  for (const [page, items] of groups) {
    if (direct && direct[0].location.split("#")[0] === page) continue;
    // (a row that answers the number question leads the key-figures page's group)
    items.sort((a, b) => (b.answering - a.answering) || b.score - a.score);
    // A page's sections add up (key-figures rows only for a number question: `rowsForNumbers`).
    let total = items[0].score, row = items[0].doc.kind === "figure";
    for (let i = 1; i < items.length; i++) {
      if (items[i].doc.kind === "figure") row = true;
      total += RANK.spread * items[i].score;
    }
    // Shown first, of the rows as good: the one whose figure and what it counts name the most of the
    // query (美国…能活几年: 8.2年, the row naming 美国, not 3.7年; 744家企业: the 744家 row). The page's
    // score above is the same either way.
    if (row && asksNumber) items.sort((a, b) => (b.answering - a.answering) || (b.named - a.named) || b.score - a.score);
    // The page entry leads its group (Material renders the first item as the page); for a
    // key-figures row, the entry shows the row: the figure and what it counts.
    const at = items.findIndex(i => i.location === page);
    const best = items[0];
    // The query's terms the page's own summary (its page entry, not a quote) holds.
    const lead = new Set(at >= 0 ? terms.filter(t => t.alternatives.some(a => items[at].found.includes(a))).map(t => t.word) : []);
    const head = [];
    if (best.doc.kind === "figure") {
      if (at >= 0) items.splice(at, 1);
      const title = mark(best.doc.title, best.doc.foldedTitle, best.found, false);
      head.push({ location: page, title: "关键数字 · " + title, text: mark(best.doc.text, best.doc.foldedText, best.found, true), score: 0, terms: shown(best.found) });
    } else if (at > 0) items.unshift(items.splice(at, 1)[0]);
    else if (at < 0 && pages.has(page))
      head.push({ location: page, title: escapeHTML(pages.get(page).title), text: "", score: 0, terms: shown(best.found) });
    // A site page (打印版, 关键词索引 …) is indexed by its introduction alone, which is not the page: a word
    // missing there may well be on it, so no word is listed as missing (Material's 缺少).
    const listed = (doc, found) => doc.kind === "site"
      ? Object.fromEntries(Object.entries(shown(found)).filter(([, hit]) => hit)) : shown(found);
    ranked.push([total, head.concat(items.slice(0, 6 - head.length).map(({ doc, found, location, score }) => ({
      location, score, terms: listed(doc, found),
      title: mark(doc.title, doc.foldedTitle, found, false),
      text: mark(doc.text, doc.foldedText, found, true)
    }))), page, lead]);
  }
  // (a paragraph id inside a longer query, below, is something found: 看看q3-3)
  const paragraph = !direct && [...typed.matchAll(PARAGRAPH_ID)].map(m => ids[fold(m[0])]).find(Boolean);
  if (!ranked.length && !ownPage && !paragraph) return fallback(query);
  ranked.sort((a, b) => b[0] - a[0]);
  specificFirst(ranked, terms);
  // A highlight named by its number inside a longer query (第六个亮点讲的是什么, 亮点六 牵头部门是否载明): its
  // page first, unless the query names a programme's title (问四的调解机制与亮点八的快速调解机制是否同一).
  const named = !direct && namedHighlight(query);
  if (named && !terms.some(t => [...pages.values()].some(p => p.kind === "programme" && names(p.location, t, RANK.specific)))) {
    const at = ranked.findIndex(r => r[2] === named);
    if (at > 0) ranked.unshift(ranked.splice(at, 1)[0]);
  }
  // Which highlight a sentence is in (这是第几条亮点, 出自哪条政策亮点): the best-ranked measure first, as each
  // measure is one highlight; not when the query holds a programme's whole title (知识产权金融服务需求调查制度是哪条
  // 亮点提出的: that programme).
  if (!direct && asks(WHICH_HIGHLIGHT) &&
      ![...pages.values()].some(p => p.kind === "programme" && fold(typed).includes(p.foldedTitle))) {
    const at = ranked.findIndex(r => pages.has(r[2]) && pages.get(r[2]).kind === "measure");
    if (at > 0) ranked.unshift(ranked.splice(at, 1)[0]);
  }
  // Which question a sentence is in (这句话出自哪一问): the best of the four Q&A pages first, wherever it ranks
  // (the measure that quotes the sentence was; its question is what is asked).
  if (asks(WHICH_QUESTION)) {
    // (the one whose text holds the quote, when one is typed: “草根阶层”，原话在哪一问)
    const quotes = [...typed.matchAll(/[“"「『]([^”"」』]{2,})[”"」』]/gu)].map(m => fold(m[1])).filter(q => corpus.includes(q));
    const isQuestion = r => pages.has(r[2]) && pages.get(r[2]).kind === "question";
    const holds = r => all.some(doc => doc.page === r[2] && quotes.some(q => doc.foldedText.includes(q)));
    let at = quotes.length ? ranked.findIndex(r => isQuestion(r) && holds(r)) : -1;
    if (at < 0) at = ranked.findIndex(isQuestion);
    if (at > 0) ranked.unshift(ranked.splice(at, 1)[0]);
  }
  // A question cited by its number (问四说正在推动修订的相关法律法规, 问四怎么讲加大保护力度) when the page first
  // is a measure that matched on its quote of that question: the question's own page first.
  const cited = !direct && namedQuestion(typed);
  if (cited && ranked.length && ranked[0][2] !== cited && pages.has(ranked[0][2]) && pages.get(ranked[0][2]).kind === "measure") {
    const top = ranked[0][1].reduce((a, b) => (b.score > a.score ? b : a));
    const best = docs.find(d => d.location === top.location);
    if (best && best.title.startsWith(pages.get(cited).title.slice(0, 2))) placeAt(ranked, cited, 0);
  }
  homeFirst(query, ranked, terms);
  // A number question a key-figures row answers: the key-figures page first.
  if (RANK.answeredFirst && asksNumber === 2) {
    const at = ranked.findIndex(r => r[2] === "figures/");
    if (at > 0) ranked.unshift(ranked.splice(at, 1)[0]);
  }
  // A question the text may not answer about the policies at large (这些扶持政策去哪里申请, 多少营业额才算
  // 小微企业: no word of the query names a page in particular): 按需查找, which lists the pages by need, first.
  const byNeed = silent && silent.by_need;
  // No page's 原文未载明 box is about what makes a firm a 小微企业: the line then links 按需查找 only, not
  // the box of a page a word matched (标准: the 管理规范's box).
  // Nor is any about whom the policies cover (ELIGIBLE); either is asked whatever else the query names.
  const eligibility = WHETHER_SMALL.test(said) || ELIGIBLE.test(said);
  const mayNotSay = asksWhatTheTextMayNotSay(query);
  // What support there is, with no other word of a page's subject (no rarer word than RANK.specific
  // outside the asking words, none naming a need: 融资, 维权, 人才 …): 按需查找, which the text does answer.
  const need = said.match(BROAD_NEED);
  const needWords = needs.flatMap(n => n.label.split("\u4e0e")); // 申请与获权: 申请, 获权
  const broad = !!need && !terms.some(t => !need[0].includes(t.word) && !t.alternatives.every(a => COUNTRY.test(a)) &&
    (t.weight >= RANK.specific || t.alternatives.some(a => needWords.some(w => a.includes(w)))));
  if (RANK.routeNeeds && byNeed && pages.has(byNeed) && !direct && asksNumber !== 2 &&
      (eligibility || broad || (mayNotSay && terms.every(t => t.weight < RANK.specific)))) {
    placeAt(ranked, byNeed, 0);
  }
  if (ownPage) placeAt(ranked, ownPage, 0);
  pointedTo(ranked);
  // A paragraph id inside a longer query (引用要标段落号，q3-3是哪一段): that paragraph among the first three,
  // third unless it ranks higher (关于本站, which says how to cite and link one, keeps its place). A reading
  // rule, as byId is: no switch in RANK.
  const target = paragraph && docs.find(d => d.location === paragraph);
  if (target && !ranked.slice(0, 3).some(r => r[2] === target.page)) {
    const at = ranked.findIndex(r => r[2] === target.page); // the page's group, if ranked, gives way to the paragraph
    if (at >= 0) ranked.splice(at, 1);
    placeAt(ranked, target.page, 2, { location: paragraph, title: escapeHTML(target.title), text: mark(target.text, target.foldedText, [], true), score: 0, terms: {} });
  }
  const items = ranked.map(([, items]) => items);
  const weak = !direct && covered < RANK.weakCoverage;
  // A question the text may not answer, unless a key-figures row answers it: say so above the pages
  // (when most of the query is not in the text, as in 托管一年收多少服务费, above the few weak matches:
  // the line already offers 按需查找).
  if (!direct && asksNumber !== 2 && (untold || ownPage || mayNotSay || eligibility) && !verbatim(query))
    return { items: [honestLine(ranked, !eligibility)].concat(weak ? items.slice(0, 3) : items) };
  // Most of what the reader typed is not in the text, only pieces of it (量子计算机 -> 计算):
  // show the few weak matches, then say so and offer the five needs.
  if (weak) return { items: items.slice(0, 3).concat(fallback(query).items) };
  return { items };
}

function load() {
  if (!loading) {
    state = "loading";
    // The loader (cjk-search-loader.js) may have started the fetch while this file downloaded.
    const response = self.cjkIndexResponse || fetch(indexUrl);
    self.cjkIndexResponse = null;
    loading = response.then(r => r.json()).then(data => {
      setup(data);
      setTimeout(warmUp); // after a query already waiting (its continuation runs first), before a later one
    });
  }
  return loading;
}

/* One query run for nothing once the index is set up, while the reader is still typing (the
   index is ready 20-70 ms before Material sends the first query): the engine compiles search's
   paths and the word caches fill, so the reader's first query takes 2-6 ms instead of 10-13
   (node and Chromium alike). A sentence of the text (q1-4), so the build's check of every string a
   script holds passes it: a programme's words, a figure and its number. */
const WARM_UP = "全国专利权质押融资金额突破235亿元";
function warmUp() {
  search(WARM_UP);
}

if (typeof BroadcastChannel === "function")
  new BroadcastChannel("cjk-search").addEventListener("message", ev => {
    if (ev.data === "load" && indexUrl && state === "empty") load();
  });

self.addEventListener("message", async ev => {
  const message = ev.data;
  if (message.type === SETUP) {
    const data = message.data;
    if (data.docs && data.docs.length) setup(data);
    else {
      // The stub: search/search_index.json -> the full index, relative to the site root
      // (this file lives at assets/javascripts/ under it).
      indexUrl = new URL("../../" + data.config.index, self.location.href).href;
    }
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    const query = message.data || "";
    if (state !== "ready" && query.trim()) await load();
    self.postMessage({ type: RESULT, data: search(query) });
  }
});

if (typeof module === "object") module.exports = { RANK, setup, search, parse, fold, standard, foldEach, asksRoute, mended, warmUp }; // for policy_site/tools/worker_bench.js
