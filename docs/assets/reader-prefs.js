/* 字号 大/中/小 and 关怀模式: loaded in <head> (not deferred) so the saved choice applies
   before first paint. Sets data-reader-size / data-reader-care on <html>; site.css
   does the rest. Buttons anywhere on the page with data-reader-size="l|m|s" or
   data-reader-care change it (one delegated listener, so no per-button wiring). */
(function () {
  "use strict";
  var root = document.documentElement, KEY = "reader-prefs";
  // Where storage is blocked, touching localStorage throws; Material's own inline scripts (the
  // palette) read it on every page. A page-lifetime store in its place keeps them quiet.
  try {
    window.localStorage.getItem(KEY);
  } catch (e) {
    var memory = {};
    try {
      Object.defineProperty(window, "localStorage", { configurable: true, value: {
        getItem: function (k) { return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null; },
        setItem: function (k, v) { memory[k] = String(v); },
        removeItem: function (k) { delete memory[k]; }
      } });
    } catch (e2) { /* nothing more to do */ }
  }
  var prefs = { size: "m", care: false };
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || "{}");
    if (saved.size === "l" || saved.size === "s") prefs.size = saved.size;
    prefs.care = saved.care === true;
  } catch (e) { /* storage blocked (private mode, some in-app browsers): defaults */ }

  function apply() {
    root.setAttribute("data-reader-size", prefs.size);
    if (prefs.care) root.setAttribute("data-reader-care", "");
    else root.removeAttribute("data-reader-care");
    var buttons = document.querySelectorAll("[data-reader-size-set],[data-reader-care-set]");
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i], size = b.getAttribute("data-reader-size-set");
      b.setAttribute("aria-pressed", String(size ? size === prefs.size : prefs.care));
    }
  }
  root.classList.add("reader-js");
  apply();

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("[data-reader-size-set],[data-reader-care-set]");
    if (!b) return;
    var size = b.getAttribute("data-reader-size-set");
    if (size) prefs.size = size; else prefs.care = !prefs.care;
    try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* kept for this page only */ }
    apply();
  });
  // Material swaps nothing here (no instant navigation), so once is enough.
  document.addEventListener("DOMContentLoaded", apply);
})();
