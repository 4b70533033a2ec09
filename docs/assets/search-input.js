/* Search input from every source, and the index fetched only when search is opened.

   Material's search box runs a query on `keyup` (and focus) only, so text that arrives
   without a key (paste, voice input, autofill, an IME commit, replacing the query from
   a context menu) left the results unchanged. Every `input` event outside an IME
   composition, and every `compositionend`, is passed on to Material as a keyup; Material
   reads the box's value and drops repeats. The search worker
   (overrides/assets/javascripts/cjk-search-worker.js) loads its index when told on the
   "cjk-search" channel: when the reader opens search or focuses the box.

   Material counts every group the worker returns ("N 个符合条件的结果"). The honest line and the
   no-match needs are groups too (their titles have the class `search-note` or `search-none`):
   the count shown leaves them out, in Material's own words (`__config` translations). */
(function () {
  "use strict";

  var input = document.querySelector("input.md-search__input");
  if (!input) return;

  function feed() {
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
  input.addEventListener("input", function (ev) {
    if (!ev.isComposing) feed();
  });
  input.addEventListener("compositionend", feed);

  var asked = false;
  function loadIndex() {
    if (asked || typeof BroadcastChannel !== "function") return;
    asked = true;
    var channel = new BroadcastChannel("cjk-search");
    channel.postMessage("load");
    channel.close();
  }
  input.addEventListener("focus", loadIndex);
  var toggle = document.getElementById("__search");
  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) loadIndex(); });
  var label = document.querySelector("label[for=__search]");
  if (label) label.addEventListener("pointerdown", loadIndex);
  if (toggle && toggle.checked) loadIndex();

  var meta = document.querySelector(".md-search-result__meta");
  var list = document.querySelector(".md-search-result__list");
  var config = document.getElementById("__config");
  if (!meta || !list || !config || typeof MutationObserver !== "function") return;
  var words = JSON.parse(config.textContent).translations || {};
  var written = null, counted = 0;  // the text node this script wrote; Material's count
  function recount() {
    var text = meta.textContent;
    if (!written || meta.firstChild !== written) {  // Material wrote it: a count, or none (placeholder)
      var n = text.match(/[0-9]+/);
      written = null;
      if (!n) return;
      counted = +n[0];
    }
    // Notes are among the first groups Material renders (the line first; needs after three pages at most).
    var shown = counted - list.querySelectorAll(".md-search-result__item .search-note, .md-search-result__item .search-none").length;
    var want = shown <= 0 ? words["search.result.none"] : shown === 1 ? words["search.result.one"]
      : (words["search.result.other"] || "").replace("#", shown);
    if (want && want !== text) {
      meta.textContent = want;
      written = meta.firstChild;
    }
  }
  var observer = new MutationObserver(recount);
  observer.observe(meta, { childList: true, characterData: true, subtree: true });
  observer.observe(list, { childList: true });
})();
