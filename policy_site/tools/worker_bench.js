// Time the search worker itself in node, the site's own file (see policy_site/tools/worker_bench.py).
//   node policy_site/tools/worker_bench.js SITE/search/cjk-index.json QUERIES.json
// QUERIES.json: {query: expected page}. Prints JSON: per-query ms (each query once, after one
// warm-up query, as a reader's session runs them) and the page order, for rates.
"use strict";
globalThis.self = { addEventListener() {}, postMessage() {}, location: { href: "http://localhost/assets/javascripts/w.js" } };
const fs = require("fs");
const path = require("path");
const [indexPath, queriesPath] = process.argv.slice(2);
// The worker as the site ships it (minified by the build) when the site has one, else the source.
const built = path.resolve(path.dirname(indexPath), "../assets/javascripts/cjk-search-worker.js");
const worker = require(fs.existsSync(built) ? built : path.resolve(__dirname, "../../overrides/assets/javascripts/cjk-search-worker.js"));
const start = performance.now();
worker.setup(JSON.parse(fs.readFileSync(indexPath, "utf8")));
const setupMs = performance.now() - start;
worker.search("专利"); // what the reader's first keystrokes do
const results = [];
for (const [query, expected] of Object.entries(JSON.parse(fs.readFileSync(queriesPath, "utf8")))) {
  const t = performance.now();
  const found = worker.search(query);
  const ms = performance.now() - t;
  const pages = [];
  let row = null; // the key-figures row shown first: its figure and paragraph ("744家@q1-4")
  for (const group of found.items) {
    if (group[0].note) continue; // the line above the results for a question the text may not answer
    const page = group[0].location.split("#")[0];
    if (!pages.includes(page)) pages.push(page);
    if (row === null && page === "figures/" && group[1]) row = group[1].title.replace(/<[^>]*>/g, "").split("：")[0] + "@" + group[1].location.split("#")[1];
  }
  results.push({ query, expected, ms, pages: pages.slice(0, 5), row });
}
// Exit only once the output is flushed: a pipe takes 64 KB at a time, and exit() drops the rest.
process.stdout.write(JSON.stringify({ setupMs, results }), () => process.exit(0)); // the worker's BroadcastChannel would keep node running
