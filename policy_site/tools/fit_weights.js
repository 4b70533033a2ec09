// Fit the worker's ranking weights to query sets, and estimate by k-fold cross-validation whether
// a fit would generalise (see policy_site/tools/fit_weights.py, which runs this).
//   node policy_site/tools/fit_weights.js WORKER.js INDEX.json JOB.json
// JOB.json: {sets: {name: {query: expected page}}, mode: "eval" | "fit" | "cv", folds, passes,
//            start: {weight: value}}  (start: weights set before anything runs, to test the fitter)
// Weights: the numbers of the worker's RANK and its page-kind weights ("kind.measure" …). A fit is
// coordinate ascent: each weight in turn times 0.5 … 2 (b over 0 … 1), kept when the number of
// queries whose page comes first, plus half those in the top three, rises. Prints JSON.
"use strict";
globalThis.self = { addEventListener() {}, postMessage() {}, location: { href: "http://localhost/assets/javascripts/w.js" } };
const fs = require("fs");
const [workerPath, indexPath, jobPath] = process.argv.slice(2);
const worker = require(workerPath);
const data = JSON.parse(fs.readFileSync(indexPath, "utf8"));
const job = JSON.parse(fs.readFileSync(jobPath, "utf8"));
worker.setup(data);
const R = worker.RANK, B = R.kind; // the worker reads RANK live
const keys = [...Object.keys(R).filter(k => typeof R[k] === "number"), ...Object.keys(B).map(k => "kind." + k)];
const get = k => k.startsWith("kind.") ? B[k.slice(5)] : R[k];
const set = (k, v) => { if (k.startsWith("kind.")) B[k.slice(5)] = v; else R[k] = v; };
const snapshot = () => Object.fromEntries(keys.map(k => [k, get(k)]));
const restore = s => keys.forEach(k => set(k, s[k]));
for (const [k, v] of Object.entries(job.start || {})) { if (!keys.includes(k)) throw new Error("no weight " + k); set(k, v); }

const items = [];
for (const [name, queries] of Object.entries(job.sets)) for (const [q, e] of Object.entries(queries)) items.push({ name, q, e });
function rank(item) {
  const pages = [];
  for (const group of worker.search(item.q).items) {
    if (group[0].note) continue; // the line for a question the text may not answer: no page
    const page = group[0].location.split("#")[0];
    if (!pages.includes(page)) pages.push(page);
    if (pages.length === 3) break;
  }
  return pages.indexOf(item.e);
}
function score(subset) {
  let first = 0, top3 = 0;
  for (const item of subset) { const r = rank(item); if (r === 0) first++; if (r >= 0) top3++; }
  return { n: subset.length, first, top3, objective: first + 0.5 * top3 };
}
function fit(train) {
  let best = score(train);
  for (let pass = 0; pass < (job.passes || 3); pass++) {
    let improved = false;
    for (const k of keys) {
      const v0 = get(k);
      const candidates = k === "b" ? [0, 0.25, 0.5, 0.75, 1] : [0.5, 0.7, 0.85, 1.2, 1.4, 2].map(m => +(v0 * m).toPrecision(3));
      let bestV = v0;
      for (const v of candidates) {
        if (v === v0) continue;
        set(k, v);
        const s = score(train);
        if (s.objective > best.objective) { best = s; bestV = v; improved = true; }
      }
      set(k, bestV);
    }
    if (!improved) break;
  }
  return best;
}
const changed = (from, to) => Object.fromEntries(keys.filter(k => from[k] !== to[k]).map(k => [k, to[k]]));
const perSet = () => Object.fromEntries(Object.keys(job.sets).map(name => [name, score(items.filter(i => i.name === name))]));
// A fold is chosen by a hash of the query, so folds stay put when a set grows.
function hash(s) { let h = 2166136261; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }

const start = snapshot();
const out = { before: perSet() };
if (job.mode === "fit") {
  out.fit = fit(items);
  out.weights = changed(start, snapshot());
  out.after = perSet();
} else if (job.mode === "cv") {
  const k = job.folds || 5, held = job.held || [];
  out.folds = [];
  for (let f = 0; f < k; f++) {
    restore(start);
    const inFold = i => held.includes(i.name) && hash(i.q) % k === f;
    const test = items.filter(inFold), train = items.filter(i => !inFold(i));
    const before = score(test);
    fit(train);
    out.folds.push({ test: test.length, before, after: score(test), weights: changed(start, snapshot()) });
  }
  const sum = key => out.folds.reduce((s, f) => ({ first: s.first + f[key].first, top3: s.top3 + f[key].top3 }), { first: 0, top3: 0 });
  out.cv = { n: out.folds.reduce((s, f) => s + f.test, 0), before: sum("before"), after: sum("after") };
}
process.stdout.write(JSON.stringify(out), () => process.exit(0)); // the worker's BroadcastChannel would keep node running
