/*
 * CJK-aware search worker for Material for MkDocs.
 *
 * Speaks Material's worker protocol (SETUP 0 -> READY 1, QUERY 2 -> RESULT 3; result
 * items grouped per page, the page entry first), so Material's search box, result
 * list, keyboard handling and ?h= highlighting stay as they are. Written by hand
 * because Material's lunr worker drops the last word of a Chinese query and cannot
 * match inside jieba's words (see docs of the comparison in SEARCH.md); over this
 * small corpus a substring match with a build-time vocabulary is exact and fast.
 *
 * The index (search/search_index.json) is built by scripts/search/build_index.py.
 */
"use strict";

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
const PUNCT = /[\s,.;:!?'"()\[\]<>{}\-_/\\|*+~^=，。、；：！？“”‘’（）《》【】…—]+/u;
const DIGIT = /[0-9]/;

let docs = [];
let corpus = "";
let vocabulary = new Set();
let longestWord = 1;
let variants = {};
let synonyms = {};
let boosts = {};

/* Fold a string to the index's form, one character for one (positions stay aligned):
   full-width and compatibility forms by NFKC, Traditional -> Simplified, lower case. */
function fold(value) {
  let out = "";
  for (const ch of value) {
    let c = ch.normalize("NFKC");
    if (c.length !== ch.length) c = ch;
    c = variants[c] || c;
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

function escapeHTML(value) {
  return value.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]);
}

function setup(data) {
  const config = data.config;
  variants = config.variants || {};
  synonyms = {};
  for (const [word, list] of Object.entries(config.synonyms || {}))
    synonyms[fold(word)] = list.map(fold);
  boosts = config.boosts || {};
  vocabulary = new Set((config.vocabulary || []).map(fold));
  for (const word of Object.keys(synonyms)) vocabulary.add(word);
  longestWord = Math.max(1, ...[...vocabulary].map(w => w.length));
  docs = data.docs.map(doc => ({
    ...doc,
    page: doc.location.split("#")[0],
    isPage: !doc.location.includes("#"),
    foldedTitle: fold(doc.title),
    foldedText: fold(doc.text)
  }));
  corpus = docs.map(d => d.foldedTitle + "\u0000" + d.foldedText).join("\u0000");
}

/* Cut a chunk typed without spaces into words: the whole chunk if the text has it,
   else forward maximum matching over the vocabulary; single unknown characters drop. */
function segment(chunk) {
  if (corpus.includes(chunk) || synonyms[chunk]) return [chunk];
  return cut(chunk);
}

/* Forward maximum matching over the vocabulary (and non-Han runs the text has). */
function cut(chunk) {
  const words = [];
  let i = 0;
  while (i < chunk.length) {
    let taken = 0;
    for (let n = Math.min(longestWord, chunk.length - i); n >= 2; n--) {
      const piece = chunk.slice(i, i + n);
      if (vocabulary.has(piece) || (corpus.includes(piece) && !/\p{sc=Han}/u.test(piece))) {
        words.push(piece);
        taken = n;
        break;
      }
    }
    if (!taken) {
      const run = chunk.slice(i).match(/^[0-9a-z.%]+/);
      if (run) { words.push(run[0]); taken = run[0].length; } else taken = 1;
    }
    i += taken;
  }
  return words.length ? words : [chunk];
}

function parse(query) {
  const terms = [];
  for (const chunk of fold(query).split(PUNCT).filter(Boolean))
    for (const word of segment(chunk))
      if (!terms.some(t => t.word === word)) {
        const alternatives = [word, ...(synonyms[word] || [])].filter(a => corpus.includes(a));
        // The words inside a term, so 专利信息服务 still credits a title 专利基础信息服务.
        const parts = word.length > 2 ? cut(word).filter(w => w.length >= 2 && corpus.includes(w)) : [];
        terms.push({ word, alternatives, parts: parts.length > 1 ? parts : [] });
      }
  return terms;
}

function count(haystack, needle) {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

function scoreDoc(doc, terms) {
  let score = 0, matched = 0;
  const found = [];
  for (const term of terms) {
    let best = 0, hits = [];
    for (const alt of term.alternatives) {
      const inTitle = count(doc.foldedTitle, alt);
      const inText = count(doc.foldedText, alt);
      if (!inTitle && !inText) continue;
      // A page's title says what the page is about; a section heading, less so.
      const titleWeight = doc.isPage ? 40 : 8;
      let s = (inTitle ? titleWeight + 5 * inTitle : 0) + (inText ? 2 + Math.log2(1 + inText) : 0);
      if (alt.length < 2) s *= 0.3;
      if (alt !== term.word) s *= 0.8;
      if (s > best) { best = s; hits = [alt]; }
    }
    // All words of the term in the title, though not the term itself: a near title match.
    if (term.parts.length && term.parts.every(w => doc.foldedTitle.includes(w))) {
      const s = (doc.isPage ? 24 : 4) + best;
      if (s > best) { best = s; hits = [...hits, ...term.parts]; }
    }
    if (best > 0) { matched++; score += best; found.push(...hits); }
  }
  if (!matched) return null;
  score *= (matched / terms.length) ** 2;
  let boost = boosts[doc.kind] || 1;
  // Numbers lead to the key-figures table; other words to the pages about them.
  if (doc.kind === "figures") boost = terms.some(t => DIGIT.test(t.word)) ? 3 : 0.8;
  return { score: score * boost, found };
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

function search(query) {
  const terms = parse(query);
  if (!terms.length) return { items: [] };
  const groups = new Map();
  for (const doc of docs) {
    const result = scoreDoc(doc, terms);
    if (!result) continue;
    const item = {
      location: doc.location,
      title: mark(doc.title, doc.foldedTitle, result.found, false),
      text: mark(doc.text, doc.foldedText, result.found, true),
      score: result.score,
      terms: Object.fromEntries(terms.map(t => {
        const hit = t.alternatives.find(a => result.found.includes(a));
        return [hit || t.word, !!hit];
      }))
    };
    if (!groups.has(doc.page)) groups.set(doc.page, []);
    groups.get(doc.page).push(item);
  }
  const ranked = [];
  for (const [page, items] of groups) {
    items.sort((a, b) => b.score - a.score);
    const total = items[0].score + 0.1 * items.slice(1).reduce((s, i) => s + i.score, 0);
    if (!items.some(i => i.location === page)) {
      const doc = docs.find(d => d.location === page);
      if (doc) items.push({ location: doc.location, title: escapeHTML(doc.title), text: "", score: 0, terms: {} });
    }
    ranked.push([total, items]);
  }
  ranked.sort((a, b) => b[0] - a[0]);
  return { items: ranked.map(([, items]) => items) };
}

self.addEventListener("message", ev => {
  const message = ev.data;
  if (message.type === SETUP) {
    setup(message.data);
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    self.postMessage({ type: RESULT, data: search(message.data || "") });
  }
});
