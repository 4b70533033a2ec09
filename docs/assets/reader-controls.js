/* The buttons of the tools row (overrides/partials/reader-tools.html): 字号 大/中/小, 关怀模式,
   高对比度, 大鼠标 and 朗读. The first of the page's scripts, added after the first paint
   (policy_site/pipeline/first_paint.py; overrides/main.html puts it before Material's bundle). The
   saved choice was applied before the first paint, in <head>, by reader-prefs.js, which set it on
   <html>: this reads it back from there. Until this has run the buttons do nothing;
   their pressed look already follows the choice on <html> (site.css), and here aria-pressed is
   set to match. Each press is then applied and saved.
   Buttons anywhere on the page with data-reader-size-set="l|m|s" or
   data-reader-toggle="care|contrast|cursor" change the choice (one delegated listener, so no
   per-button wiring). A button with data-read-aloud="URL" fetches the 朗读 code (read-aloud.js,
   same origin) on first use. 高对比度, 大鼠标 and 朗读 add reader-modes.css on first use.
   The build puts Material's storage helpers (__md_scope, __md_get, __md_set, __md_hash: its
   inline <head> script, taken out of every page) at the top of the built copy of this file, which
   runs before the bundle (policy_site/pipeline/first_paint.py). */
(function () {
  "use strict";
  var KEY = "reader-prefs", BUTTONS = "[data-reader-size-set],[data-reader-toggle]";  // KEY: reader-prefs.js's

  // Where storage is blocked, touching localStorage throws; Material's bundle, which comes next,
  // reads it on every page. A page-lifetime store in its place keeps it quiet.
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

  // The choice as reader-prefs.js set it on <html> before the first paint.
  var root = document.documentElement, TOGGLES = ["care", "contrast", "cursor"];
  if (!root.hasAttribute("data-reader-size")) return;  // reader-prefs.js did not run
  var prefs = { size: root.getAttribute("data-reader-size") };
  TOGGLES.forEach(function (t) { prefs[t] = root.hasAttribute("data-reader-" + t); });

  // reader-modes.css, once. reader-prefs.js has the same few lines for a saved choice: it runs inline
  // before the first paint, alone, and sharing a function would put it back on every page view.
  function modes() {
    if (document.getElementById("reader-modes")) return;
    var l = document.createElement("link");
    l.id = "reader-modes";
    l.rel = "stylesheet";
    l.setAttribute("blocking", "render");
    l.href = new URL("reader-modes.css", document.querySelector('link[href*="assets/site.css"]').href);
    document.head.appendChild(l);
  }

  function apply() {
    if (prefs.contrast || prefs.cursor) modes();
    root.setAttribute("data-reader-size", prefs.size);
    TOGGLES.forEach(function (t) {
      if (prefs[t]) root.setAttribute("data-reader-" + t, ""); else root.removeAttribute("data-reader-" + t);
    });
  }

  function pressed() {
    var buttons = document.querySelectorAll(BUTTONS);
    for (var j = 0; j < buttons.length; j++) {
      var b = buttons[j], size = b.getAttribute("data-reader-size-set");
      b.setAttribute("aria-pressed", String(size ? size === prefs.size : prefs[b.getAttribute("data-reader-toggle")] === true));
    }
  }

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest(BUTTONS + ",[data-read-aloud]");
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
    var size = b.getAttribute("data-reader-size-set"), toggle = b.getAttribute("data-reader-toggle");
    if (size) prefs.size = size; else prefs[toggle] = !prefs[toggle];
    try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* kept for this page only */ }
    apply();
    pressed();
  });
  // Added once the page is parsed (first_paint.py), so the buttons are all there; Material swaps
  // nothing here (no instant navigation), so once is enough.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", pressed);
  else pressed();
})();
