// Switch each ranking rule and constant of the worker off in turn and count the queries whose page
// comes first / in the top three (see policy_site/tools/search_ablation.py, which runs this).
//   node policy_site/tools/search_ablation.js INDEX.json JOB.json
// JOB.json: {sets: {group: {query: expected page}}, without: [key ...], keys: [key ...] | null}
// `without`: keys switched off before anything is measured (the search as it would be with them
// removed). Prints JSON: the base counts per group, and per key the counts with it off.
"use strict";
globalThis.self = { addEventListener() {}, postMessage() {}, location: { href: "http://localhost/assets/javascripts/w.js" } };
const fs = require("fs");
const path = require("path");
const [indexPath, jobPath] = process.argv.slice(2);
const worker = require(path.resolve(__dirname, "../../overrides/assets/javascripts/cjk-search-worker.js"));
worker.setup(JSON.parse(fs.readFileSync(indexPath, "utf8")));
const job = JSON.parse(fs.readFileSync(jobPath, "utf8"));
const R = worker.RANK;

// What "off" means for each number: the value at which it does nothing (a weight of 1, an exponent
// of 0, a rule's threshold that never or always holds).
// A switch (true/false) is off when false; a page kind's weight when 1.
const OFF = { b: 0, pageTitle: 1, share: 0, spread: 0, coverage: 0,
              rowWord: 0, specific: 0, specificShare: Infinity,
              wholeTitle: 0, weakCoverage: 0, pasted: 0 };  // switches (routeNeeds …) are off when false
const keys = [];
for (const [k, v] of Object.entries(R)) {
  if (typeof v === "boolean") keys.push(k);
  else if (typeof v === "number") keys.push(k);
  else for (const kind of Object.keys(v)) if (v[kind] !== 1) keys.push("kind." + kind);
}
const get = k => k.startsWith("kind.") ? R.kind[k.slice(5)] : R[k];
const set = (k, v) => { if (k.startsWith("kind.")) R.kind[k.slice(5)] = v; else R[k] = v; };
function off(k) {
  const v = get(k);
  if (typeof v === "boolean") return false;
  if (k.startsWith("kind.")) return 1;
  if (!(k in OFF)) throw new Error("no off value for " + k + ": add it to OFF");
  return OFF[k];
}

const items = [];
for (const [group, queries] of Object.entries(job.sets)) for (const [q, e] of Object.entries(queries)) items.push({ group, q, e });
function measure() {
  const out = {};
  for (const item of items) {
    const pages = [];
    for (const g of worker.search(item.q).items) {
      if (g[0].note) continue; // the line for a question the text may not answer: no page
      const page = g[0].location.split("#")[0];
      if (!pages.includes(page)) pages.push(page);
      if (pages.length === 3) break;
    }
    const s = out[item.group] || (out[item.group] = { n: 0, first: 0, top3: 0, firsts: [] });
    const r = pages.indexOf(item.e);
    s.n++;
    if (r === 0) { s.first++; s.firsts.push(item.q); }
    if (r >= 0) s.top3++;
  }
  return out;
}
const original = Object.fromEntries((job.without || []).map(k => [k, get(k)]));
for (const k of job.without || []) set(k, off(k));
const base = measure();
const result = { base: strip(base), keys: {} };
// With `greedy`, backward elimination: switch off, one at a time, the key whose loss is least (first
// places, then top three, over all groups), while the total loss from the start stays within
// `budget` first places and no key of `keep` is touched; prints the path.
if (job.greedy) {
  const total = m => Object.values(m).reduce((a, s) => [a[0] + s.first, a[1] + s.top3], [0, 0]);
  const [start] = total(base);
  const path = [];
  let left = keys.filter(k => !(job.without || []).includes(k) && !(job.keep || []).includes(k));
  for (;;) {
    let best = null;
    for (const k of left) {
      const v = get(k);
      set(k, off(k));
      const m = measure();
      set(k, v);
      const [f, t] = total(m);
      if (!best || f > best.f || (f === best.f && t > best.t)) best = { k, f, t, counts: strip(m) };
    }
    if (!best || start - best.f > job.budget) break;
    set(best.k, off(best.k));
    left = left.filter(k => k !== best.k);
    path.push(best);
  }
  process.stdout.write(JSON.stringify({ base: strip(base), path }), () => process.exit(0));
  return;
}
// With `restore`, each key of `without` is switched back on in turn instead (what adding it back gains).
for (const k of job.restore ? job.without : job.keys || keys) {
  if (!job.restore && (job.without || []).includes(k)) continue;
  const v = get(k);
  set(k, job.restore ? original[k] : off(k));
  const m = measure();
  set(k, v);
  result.keys[k] = { value: job.restore ? original[k] : v, off: off(k), counts: strip(m),
    lost: Object.fromEntries(Object.keys(m).map(g => [g, base[g].firsts.filter(q => !m[g].firsts.includes(q)).length])),
    won: Object.fromEntries(Object.keys(m).map(g => [g, m[g].firsts.filter(q => !base[g].firsts.includes(q)).length])) };
}
function strip(m) { return Object.fromEntries(Object.entries(m).map(([g, s]) => [g, { n: s.n, first: s.first, top3: s.top3 }])); }
process.stdout.write(JSON.stringify(result), () => process.exit(0));
