/* 字号 大/中/小, 关怀模式, 高对比度 and 大鼠标: the part that must run before the first paint,
   inline in every page's <head>, minified, by the build (policy_site/pipeline/first_paint.py).
   - Reads the saved choice and sets data-reader-size and data-reader-care / -contrast / -cursor
     on <html>; site.css does the rest (and ignores them in print), the buttons' pressed look
     included.
   - Adds reader-modes.css (高对比度, 大鼠标, the 朗读 bar; beside site.css) render-blocking when a
     saved choice needs it.
   - Sets the classes reader-js (the tools row is shown) and reader-speech (朗读 is shown), so the
     row has its place in the first frame and nothing moves when the scripts come.
   Nothing else: the buttons, and changing the choice, are reader-controls.js (added after the
   first paint), which reads the choice back from <html>. On every page view, so kept small
   (tests/test_phone.py; issue 22's second visit), hence the short names (the minifier renames
   nothing): d document, r <html>, s the saved choice, t a toggle, l the link. */
(function (d, r, s) {
  try { s = JSON.parse(localStorage.getItem("reader-prefs")) || {}; } catch (e) { s = {}; }  // blocked storage: defaults
  r.setAttribute("data-reader-size", s.size == "l" || s.size == "s" ? s.size : "m");
  ["care", "contrast", "cursor"].forEach(function (t) { if (s[t] === true) r.setAttribute("data-reader-" + t, ""); });
  r.className += " reader-js" + ("speechSynthesis" in window ? " reader-speech" : "");
  if (s.contrast === true || s.cursor === true) {
    var l = d.createElement("link");
    l.id = "reader-modes";
    l.rel = "stylesheet";
    l.setAttribute("blocking", "render");
    l.href = new URL("reader-modes.css", d.querySelector('link[href*="assets/site.css"]').href);
    d.head.appendChild(l);
  }
})(document, document.documentElement);
