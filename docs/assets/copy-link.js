/* A copy-link button beside every heading anchor and every 原文 paragraph id.
   Pressing it puts the full URL with the anchor on the clipboard. */
(function () {
  "use strict";

  function urlFor(id) {
    return location.origin + location.pathname + "#" + id;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text);
    // Plain http on a LAN address is not a secure context: fall back to a selection.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function button(id, label) {
    const el = document.createElement("button");
    el.type = "button";
    el.className = "copy-link";
    el.dataset.anchor = id;
    el.setAttribute("aria-label", label);
    el.title = label;
    el.textContent = "复制链接";
    el.addEventListener("click", function (ev) {
      ev.preventDefault();
      copy(urlFor(id)).then(
        function () { el.textContent = "已复制"; },
        function () { el.textContent = "复制失败"; }
      ).then(function () { setTimeout(function () { el.textContent = "复制链接"; }, 2000); });
    });
    return el;
  }

  function setup() {
    document.querySelectorAll(".md-content .md-typeset :is(h2, h3, h4, h5, h6)[id] > .headerlink")
      .forEach(function (link) {
        const heading = link.parentElement;
        link.after(button(heading.id, "复制本节链接：" + heading.textContent.replace("¶", "").trim()));
      });
    document.querySelectorAll(".source-paragraph[id] > .paragraph-id").forEach(function (link) {
      link.after(button(link.parentElement.id, "复制第 " + link.parentElement.id + " 段的链接"));
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
