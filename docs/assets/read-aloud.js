/* 朗读 (read aloud), fetched by reader-controls.js the first time a reader presses 朗读, and
   started at once. The browser's own speech synthesis with a Chinese voice: nothing is fetched,
   nothing third-party. Reads the selected text if there is a selection in the page, else the
   whole page, one sentence per utterance, in document order:
   - the sentence being read is highlighted (CSS Custom Highlight API; the block gets a class
     where that API is missing) and scrolled into view;
   - a quote is read with its citation ("原文 q2-7"), even when only part of it is selected;
   - buttons, ¶ links, the paragraph ids of the 原文 page and the page furniture are not read;
   - 暂停 / 继续 / 停止 in the bar, each at least 44 px; the bar is made here when this starts
     (a region named 朗读 with a status line, after the tools row of overrides/partials/reader-tools.html),
     so pages do not carry it; its words are furniture (policy_site/fidelity/furniture.yml, W011);
   - where the browser has no Chinese voice, the bar says so and nothing is read.
   window.readAloud.start() starts again (reader-controls.js calls it on later presses). */
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var bar = makeBar();
  var article = document.querySelector(".md-content__inner") || document.body;
  var SKIP = "button, .headerlink, .quote-menu, .copy-link, .reader-tools, .read-aloud, .pass-on, .feedback," +
    " .fidelity-note, .print-url, .paragraph-id, .copy-fallback, .fragment-bar, script, style, svg, [hidden]";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, summary, figcaption";
  var END = /[。！？!?；;…]/, CLOSE = /[”’」』）)]/;
  var queue = [], at = 0, current = null, voice = null, marked = null;

  function make(tag, attrs, text, hidden) {
    var el = document.createElement(tag), name;
    for (name in attrs) el.setAttribute(name, attrs[name]);
    if (text) el.textContent = text;
    el.hidden = !!hidden;
    return el;
  }

  /* The bar, hidden until start() shows it: what the reader hears is said, and 暂停 / 继续 / 停止. */
  function makeBar() {
    var box = make("div", { "class": "read-aloud", role: "region", "aria-label": "朗读" }, "", true);
    var status = make("p", { "class": "read-aloud__status", role: "status" });
    status.appendChild(make("span", { "data-read-aloud-state": "reading" }, "正在朗读"));
    status.appendChild(make("span", { "data-read-aloud-state": "paused" }, "已暂停", true));
    status.appendChild(make("span", { "data-read-aloud-state": "no-voice" }, "本浏览器没有中文语音，无法朗读。", true));
    box.appendChild(status);
    box.appendChild(make("button", { type: "button", "class": "read-aloud__button", "data-read-aloud-action": "pause" }, "暂停"));
    box.appendChild(make("button", { type: "button", "class": "read-aloud__button", "data-read-aloud-action": "resume" }, "继续", true));
    box.appendChild(make("button", { type: "button", "class": "read-aloud__button", "data-read-aloud-action": "stop" }, "停止"));
    var tools = document.querySelector(".reader-tools");
    if (tools) tools.parentNode.insertBefore(box, tools.nextSibling);
    else document.body.appendChild(box);
    return box;
  }

  function zhVoice() {
    var all = synth.getVoices() || [], i;
    for (i = 0; i < all.length; i++) if (/^zh[-_](CN|Hans)/i.test(all[i].lang)) return all[i];
    for (i = 0; i < all.length; i++) if (/^(zh|cmn)\b/i.test(all[i].lang)) return all[i];
    return null;
  }

  /* Voices may arrive a moment after the page loads (Chromium fires voiceschanged). */
  function withVoices(done) {
    if ((synth.getVoices() || []).length) return done(zhVoice());
    var finished = false;
    function once() {
      if (finished) return;
      finished = true;
      synth.removeEventListener && synth.removeEventListener("voiceschanged", once);
      done(zhVoice());
    }
    synth.addEventListener && synth.addEventListener("voiceschanged", once);
    setTimeout(once, 1500);
  }

  function skipped(node) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    return !el || !!el.closest(SKIP);
  }

  /* The text nodes of one block (those whose nearest block it is), clipped to the range. */
  function pieceOf(block, range) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT), node, parts = [], text = "";
    while ((node = walker.nextNode())) {
      if (skipped(node) || node.parentElement.closest(BLOCKS) !== block) continue;
      if (range && !range.intersectsNode(node)) continue;
      var start = range && node === range.startContainer ? range.startOffset : 0;
      var end = range && node === range.endContainer ? range.endOffset : node.data.length;
      if (end <= start) continue;
      parts.push({ node: node, start: start, at: text.length });
      text += node.data.slice(start, end);
    }
    return { block: block, parts: parts, text: text };
  }

  /* A DOM range over text[from:to] of a piece. */
  function rangeOf(piece, from, to) {
    var range = document.createRange(), i, p, len;
    for (i = 0; i < piece.parts.length; i++) {
      p = piece.parts[i];
      len = (i + 1 < piece.parts.length ? piece.parts[i + 1].at : piece.text.length) - p.at;
      if (from >= p.at && from <= p.at + len) { range.setStart(p.node, p.start + from - p.at); break; }
    }
    for (i = piece.parts.length - 1; i >= 0; i--) {
      p = piece.parts[i];
      if (to >= p.at) { range.setEnd(p.node, p.start + to - p.at); break; }
    }
    return range;
  }

  /* Sentences of a piece: cut after 。！？；… and any closing quote after them. */
  function sentences(piece, out) {
    var text = piece.text, start = 0, i = 0;
    function push(from, to) {
      while (from < to && /[\s—]/.test(text.charAt(from))) from++;
      while (to > from && /\s/.test(text.charAt(to - 1))) to--;
      if (to > from && /[\u3400-\u9fffA-Za-z0-9\uff10-\uff19]/.test(text.slice(from, to))) {
        out.push({ text: text.slice(from, to), range: rangeOf(piece, from, to), block: piece.block });
      }
    }
    while (i < text.length) {
      if (END.test(text.charAt(i))) {
        while (i + 1 < text.length && (END.test(text.charAt(i + 1)) || CLOSE.test(text.charAt(i + 1)))) i++;
        push(start, i + 1);
        start = i + 1;
      }
      i++;
    }
    push(start, text.length);
  }

  function selectedRange() {
    var sel = window.getSelection && window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    var range = sel.getRangeAt(0);
    return article.contains(range.commonAncestorContainer) && sel.toString().trim() ? range : null;
  }

  /* What to read, in order: every block of the page, or those the selection touches; a quote's
     citation follows the last part of that quote read. */
  function collect(range) {
    var out = [], blocks = article.querySelectorAll(BLOCKS), i, quote = null, cited = [];
    function closeQuote() {
      if (!quote) return;
      var cite = quote.querySelector(".quote-source");
      if (cite && cited.indexOf(quote) < 0) sentences(pieceOf(cite, null), out);
      quote = null;
    }
    for (i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      if (skipped(block) || (range && !range.intersectsNode(block))) continue;
      var inQuote = block.closest("blockquote");
      if (quote && inQuote !== quote) closeQuote();
      if (inQuote) { quote = inQuote; if (block.classList.contains("quote-source")) cited.push(quote); }
      sentences(pieceOf(block, range), out);
    }
    closeQuote();
    return out;
  }

  function mark(item) {
    if (marked) marked.classList.remove("read-aloud-current");
    marked = item ? item.block : null;
    if (window.CSS && CSS.highlights && window.Highlight) {
      if (item) CSS.highlights.set("read-aloud", new Highlight(item.range));
      else CSS.highlights.delete("read-aloud");
    }
    if (!item) return;
    marked.classList.add("read-aloud-current");
    var box = item.range.getBoundingClientRect(), barTop = bar.hidden ? innerHeight : bar.getBoundingClientRect().top;
    if (box.top < 64 || box.bottom > barTop - 8) window.scrollBy(0, box.top - innerHeight / 3);
  }

  function show(state) {
    bar.hidden = false;
    var labels = bar.querySelectorAll("[data-read-aloud-state]"), i;
    for (i = 0; i < labels.length; i++) labels[i].hidden = labels[i].getAttribute("data-read-aloud-state") !== state;
    button("pause").hidden = state !== "reading";
    button("resume").hidden = state !== "paused";
  }

  function button(action) {
    return bar.querySelector('[data-read-aloud-action="' + action + '"]');
  }

  function speakNext() {
    if (at >= queue.length) return stop(false);
    var item = queue[at], u = new SpeechSynthesisUtterance(item.text);
    u.lang = "zh-CN";
    if (voice) u.voice = voice;
    u.onend = function () { if (current === u) { at++; speakNext(); } };
    u.onerror = function (ev) {
      if (current === u && ev && ev.error !== "interrupted" && ev.error !== "canceled") { at++; speakNext(); }
    };
    current = u;
    mark(item);
    synth.speak(u);
  }

  function stop(refocus) {
    current = null;
    queue = [];
    synth.cancel();
    mark(null);
    bar.hidden = true;
    var read = document.querySelector("[data-read-aloud]");
    if (refocus && read) read.focus();
  }

  function start() {
    var range = selectedRange();
    stop(false);
    withVoices(function (found) {
      voice = found;
      if (!voice) { show("no-voice"); button("stop").focus(); return; }
      queue = collect(range);
      at = 0;
      show("reading");
      speakNext();
    });
  }

  bar.addEventListener("click", function (ev) {
    var b = ev.target.closest("[data-read-aloud-action]");
    if (!b) return;
    var action = b.getAttribute("data-read-aloud-action");
    if (action === "pause") { synth.pause(); show("paused"); button("resume").focus(); }
    else if (action === "resume") { synth.resume(); show("reading"); button("pause").focus(); }
    else stop(true);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !bar.hidden) stop(true);
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });

  window.readAloud = { start: start, stop: stop };
  start();
})();
