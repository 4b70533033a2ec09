/* 字号 大/中/小, 关怀模式, 高对比度 and 大鼠标: the part that must run before the first paint,
   inline in every page's <head>, minified, by the build (policy_site/pipeline/first_paint.py).
   - Reads the saved choice and sets data-reader-size and data-reader-care / -contrast / -cursor
     on <html>; site.css does the rest (and ignores them in print), the buttons' pressed look
     included.
   - Adds reader-modes.css (高对比度, 大鼠标, the 朗读 bar; beside site.css) render-blocking when a
     saved choice needs it.
   - Sets the classes reader-js (the tools row is shown) and reader-speech (朗读 is shown), so the
     row has its place in the first frame and nothing moves when the scripts come.
   The buttons are reader-controls.js, the first of the page's scripts added after the first paint
   (it also stands in for blocked storage); it uses window.readerPrefs = {prefs, apply, modes}.
   Until it has run the buttons do nothing.
   On every page view, so kept small (tests/test_phone.py), hence the short local names (the
   minifier renames nothing): d document, w window, r <html>, K the storage key, T the toggles,
   p the choice, s the saved one, i an index, l the link. */
(function (d, w) {
  var r = d.documentElement, K = "reader-prefs", T = ["care", "contrast", "cursor"], p = { size: "m" }, s, i;
  try {
    s = JSON.parse(localStorage.getItem(K) || "{}");
    if (s.size == "l" || s.size == "s") p.size = s.size;
    for (i = 0; i < 3; i++) p[T[i]] = s[T[i]] === true;
  } catch (e) { /* storage blocked (private mode, some in-app browsers): defaults */ }

  function modes() {  // once; found from site.css's address, so the same text serves every page
    var l = d.createElement("link");
    if (d.getElementById("reader-modes")) return;
    l.id = "reader-modes";
    l.rel = "stylesheet";
    l.setAttribute("blocking", "render");
    l.href = new URL("reader-modes.css", d.querySelector('link[href*="assets/site.css"]').href);
    d.head.appendChild(l);
  }

  function apply() {
    if (p.contrast || p.cursor) modes();
    r.setAttribute("data-reader-size", p.size);
    for (i = 0; i < 3; i++) p[T[i]] ? r.setAttribute("data-reader-" + T[i], "") : r.removeAttribute("data-reader-" + T[i]);
  }

  r.classList.add("reader-js");
  if ("speechSynthesis" in w) r.classList.add("reader-speech");
  apply();
  w.readerPrefs = { prefs: p, apply: apply, modes: modes };
})(document, window);
