/* 字号 大/中/小, 关怀模式, 高对比度 and 大鼠标: inline in every page's <head>, minified, by the build
   (policy_site/pipeline/first_paint.py), so the saved choice applies before first paint. Sets data-reader-size and data-reader-care /
   -contrast / -cursor on <html>; site.css does the rest (and ignores them in print).
   Buttons anywhere on the page with data-reader-size-set="l|m|s" or
   data-reader-toggle="care|contrast|cursor" change it (one delegated listener, so no
   per-button wiring). A button with data-read-aloud="URL" fetches the 朗读 code
   (read-aloud.js, same origin) on first use. The styles of 高对比度, 大鼠标 and the 朗读 bar
   (reader-modes.css, beside site.css) are fetched only when one is used: render-blocking from
   here when a saved choice needs them. Self-contained: no other file needed. */
(function () {
  "use strict";
  var root = document.documentElement, KEY = "reader-prefs", TOGGLES = ["care", "contrast", "cursor"];
  // Where storage is blocked, touching localStorage throws; Material's bundle reads it on every
  // page. A page-lifetime store in its place keeps it quiet.
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
  var prefs = { size: "m" }, i;
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || "{}");
    if (saved.size === "l" || saved.size === "s") prefs.size = saved.size;
    for (i = 0; i < TOGGLES.length; i++) prefs[TOGGLES[i]] = saved[TOGGLES[i]] === true;
  } catch (e) { /* storage blocked (private mode, some in-app browsers): defaults */ }

  function modes() {
    var site = document.querySelector('link[href*="assets/site.css"]');
    if (!site || document.getElementById("reader-modes")) return;
    var link = document.createElement("link");
    link.id = "reader-modes";
    link.rel = "stylesheet";
    link.setAttribute("blocking", "render");
    link.href = site.href.replace(/site\.css[^\/]*$/, "reader-modes.css");
    document.head.appendChild(link);
  }

  function apply() {
    if (prefs.contrast || prefs.cursor) modes();
    root.setAttribute("data-reader-size", prefs.size);
    for (var t = 0; t < TOGGLES.length; t++) {
      if (prefs[TOGGLES[t]]) root.setAttribute("data-reader-" + TOGGLES[t], "");
      else root.removeAttribute("data-reader-" + TOGGLES[t]);
    }
    var buttons = document.querySelectorAll("[data-reader-size-set],[data-reader-toggle]");
    for (var j = 0; j < buttons.length; j++) {
      var b = buttons[j], size = b.getAttribute("data-reader-size-set");
      b.setAttribute("aria-pressed", String(size ? size === prefs.size : prefs[b.getAttribute("data-reader-toggle")] === true));
    }
  }
  root.classList.add("reader-js");
  if ("speechSynthesis" in window) root.classList.add("reader-speech");
  apply();

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("[data-reader-size-set],[data-reader-toggle],[data-read-aloud]");
    if (!b) return;
    var code = b.getAttribute("data-read-aloud");
    if (code) {  // 朗读: read-aloud.js starts reading once it has loaded; later clicks go to it
      modes();
      if (window.readAloud) window.readAloud.start();
      else if (!document.getElementById("read-aloud-code")) {
        var s = document.createElement("script");
        s.id = "read-aloud-code";
        s.src = code;
        document.head.appendChild(s);
      }
      return;
    }
    var size = b.getAttribute("data-reader-size-set");
    if (size) prefs.size = size; else prefs[b.getAttribute("data-reader-toggle")] = !prefs[b.getAttribute("data-reader-toggle")];
    try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* kept for this page only */ }
    apply();
  });
  // Material swaps nothing here (no instant navigation), so once is enough.
  document.addEventListener("DOMContentLoaded", apply);
})();
