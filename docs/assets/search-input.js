/* Search input from every source, and the index fetched only when search is opened.

   Material's search box runs a query on `keyup` (and focus) only, so text that arrives
   without a key (paste, voice input, autofill, an IME commit, replacing the query from
   a context menu) left the results unchanged. Every `input` event outside an IME
   composition, and every `compositionend`, is passed on to Material as a keyup; Material
   reads the box's value and drops repeats. The search worker
   (overrides/assets/javascripts/cjk-search-worker.js) loads its index when told on the
   "cjk-search" channel: when the reader opens search or focuses the box. */
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
})();
