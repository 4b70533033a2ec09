/* Copying, built for phones and WeChat's browser:
   - 复制链接 beside every heading anchor;
   - one 复制 menu per 原文 paragraph and per quote: 复制引文 (the paragraph exactly as in
     paragraphs.json, then title, paragraph id and address) and 复制链接;
   - 复制标题和链接 in the pass-on block (policy_site/pipeline/phone.py);
   - selecting words in a paragraph or quote offers a link to them (#:~:text=, falling
     back to the paragraph anchor in browsers without text fragments).
   Copy tries the Clipboard API, then execCommand("copy"); when both fail (WeChat, plain
   http), the text is shown selected in a read-only field to long-press. */
(function () {
  "use strict";

  function canonical() {
    var link = document.querySelector('link[rel="canonical"]');
    return link ? link.href.split("#")[0] : location.origin + location.pathname;
  }

  function sourceTitle() {
    var el = document.querySelector("[data-source-title]");
    return el ? el.getAttribute("data-source-title") : document.title;
  }

  function execCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    area.setSelectionRange(0, text.length);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      var pending;
      try {
        pending = navigator.clipboard.writeText(text);  // some in-app browsers throw instead of rejecting
      } catch (e) {
        pending = Promise.reject(e);
      }
      return Promise.resolve(pending).catch(function () {
        if (!execCopy(text)) throw new Error("copy failed");
      });
    }
    return execCopy(text) ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  /* The last way out: the text in a selected read-only field, with what to do. */
  function showFallback(after, text) {
    var old = document.querySelector(".copy-fallback");
    if (old) old.remove();
    var box = document.createElement("label");
    box.className = "copy-fallback";
    box.textContent = "无法自动复制，请长按下面的文字，选择“复制”：";
    var area = document.createElement("textarea");
    area.readOnly = true;
    area.value = text;
    area.rows = Math.min(8, 2 + Math.ceil(text.length / 24));
    box.appendChild(area);
    after.after(box);
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
  }

  function copyWithFeedback(button, text, fallbackAfter) {
    var label = button.textContent;
    copy(text).then(
      function () { button.textContent = "已复制"; },
      function () { button.textContent = "请手动复制"; showFallback(fallbackAfter || button, text); }
    ).then(function () {
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  }

  function makeButton(cls, text, name) {
    var el = document.createElement("button");
    el.type = "button";
    el.className = cls;
    el.textContent = text;
    if (name) el.setAttribute("aria-label", name);  // starts with the visible text (WCAG 2.5.3)
    return el;
  }

  function citation(text, label, id, url) {
    return text + "\n——" + sourceTitle() + "，" + label + "（" + id + "），" + url;
  }

  /* One 复制 button per paragraph; it opens 复制引文 and 复制链接 (a disclosure, not a row). */
  var menus = 0;
  function quoteMenu(host, label, getQuote, url) {
    var wrap = document.createElement("span");
    wrap.className = "quote-menu";
    var toggle = makeButton("quote-menu__toggle", "复制", "复制：" + label);
    var list = document.createElement("span");
    list.className = "quote-menu__list";
    list.id = "quote-menu-" + (++menus);
    list.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", list.id);
    var quote = makeButton("quote-menu__item", "复制引文");
    var link = makeButton("quote-menu__item", "复制链接");
    list.append(quote, link);
    wrap.append(toggle, list);
    toggle.addEventListener("click", function () {
      var open = list.hidden;
      list.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
    });
    quote.addEventListener("click", function () { copyWithFeedback(quote, getQuote(), wrap); });
    link.addEventListener("click", function () { copyWithFeedback(link, url, wrap); });
    host.appendChild(wrap);
  }

  /* Selecting words in a paragraph or quote: a bar offering a link to them. */
  function fragmentUrl(base, text) {
    var enc = function (s) { return encodeURIComponent(s).replace(/-/g, "%2D"); };
    text = text.replace(/\s+/g, " ").trim();
    var chars = Array.from(text);
    var directive = chars.length > 40
      ? enc(chars.slice(0, 15).join("")) + "," + enc(chars.slice(-15).join(""))
      : enc(text);
    return base + ":~:text=" + directive;
  }

  function setupFragments() {
    var bar = document.createElement("div");
    bar.className = "fragment-bar";
    bar.hidden = true;
    var button = makeButton("", "复制所选文字的链接");
    bar.appendChild(button);
    document.body.appendChild(bar);
    var current = null;
    bar.addEventListener("pointerdown", function (ev) { ev.preventDefault(); });  // keep the selection
    bar.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    button.addEventListener("click", function () {
      if (current) copyWithFeedback(button, current, bar);
    });
    var timer = 0;
    document.addEventListener("selectionchange", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var sel = window.getSelection();
        var text = sel ? sel.toString().trim() : "";
        var node = sel && sel.rangeCount ? sel.getRangeAt(0).commonAncestorContainer : null;
        var el = node && (node.nodeType === 1 ? node : node.parentElement);
        var host = el && el.closest(".source-paragraph[id], blockquote.quote");
        if (!host || text.length < 2) {
          if (!bar.contains(document.activeElement)) bar.hidden = true;
          return;
        }
        var base = host.id ? canonical() + "#" + host.id : canonical() + "#";
        current = fragmentUrl(base, text);
        bar.hidden = false;
      }, 250);
    });
  }

  function setup() {
    var page = canonical();
    document.querySelectorAll(".md-content .md-typeset :is(h2, h3, h4, h5, h6)[id] > .headerlink")
      .forEach(function (anchor) {
        var heading = anchor.parentElement;
        var name = "复制链接：" + heading.textContent.replace("¶", "").trim();
        var b = makeButton("copy-link", "复制链接", name);
        b.dataset.anchor = heading.id;
        b.addEventListener("click", function (ev) {
          ev.preventDefault();
          copyWithFeedback(b, page + "#" + heading.id, heading);
        });
        anchor.after(b);
      });

    // 原文: every paragraph, and the title (an <h1 class="source-title" id="title">).
    document.querySelectorAll(".source-paragraph[id], .source-title[id]").forEach(function (para) {
      var idLink = para.querySelector(".paragraph-id");
      var isTitle = para.matches(".source-title");
      var label = isTitle ? "标题" : (idLink && idLink.title) || para.id;
      var url = page + "#" + para.id;
      var host = document.createElement(isTitle ? "div" : "span");
      host.className = "quote-menu-host";
      host.setAttribute("data-for", para.id);
      if (isTitle) para.after(host); else if (idLink) idLink.after(host); else para.prepend(host);
      quoteMenu(host, label, function () {
        var text = isTitle ? para : para.querySelector(".source-text");
        return citation(text ? text.textContent.trim() : "", label, para.id, url);
      }, url);
    });

    document.querySelectorAll("blockquote.quote[data-quote-id]").forEach(function (bq) {
      var id = bq.getAttribute("data-quote-id"), label = bq.getAttribute("data-quote-label");
      var src = bq.querySelector(".quote-source a[href]");
      var url = src ? new URL(src.getAttribute("href"), page).href : page;
      var host = bq.querySelector(".quote-source") || bq;
      quoteMenu(host, label, function () {
        // A whole-paragraph quote is its own text; a partial one carries the paragraph.
        var text = bq.getAttribute("data-quote-text") || Array.prototype.map.call(
          bq.querySelectorAll("p:not(.quote-source)"), function (p) { return p.textContent; }).join("");
        return citation(text, label, id, url);
      }, url);
    });

    document.querySelectorAll(".pass-on").forEach(function (block) {
      var b = block.querySelector(".pass-on__copy");
      if (!b) return;
      b.addEventListener("click", function () {
        copyWithFeedback(b, block.getAttribute("data-page-title") + "\n" + block.getAttribute("data-page-url"), b);
      });
    });

    setupFragments();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
