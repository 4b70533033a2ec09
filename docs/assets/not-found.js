/* The 404 page: rank the site's pages (the list on the page, from the nav) by how close their
   address is to the one the reader opened, and show the three closest first. A truncated address
   (/measures/financ), a misspelt one (/measures/finacing) and an old form (/measures/financing.html,
   /measures/financing/index.html, no trailing slash, upper case) all lead to the page. */
(function () {
  "use strict";
  var box = document.querySelector(".not-found");
  var list = document.querySelector(".not-found__pages");
  if (!box || !list) return;

  function normal(path) {
    var p = decodeURIComponent(path || "").toLowerCase().split(/[?#]/)[0];
    p = p.replace(/\/index\.html?$/, "/").replace(/\.(html?|md)$/, "").replace(/\/{2,}/g, "/");
    return p.replace(/^\/+|\/+$/g, "");
  }

  function distance(a, b) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  function similar(a, b) {
    if (!a || !b) return 0;
    if (a === b) return 1;
    if (a.length >= 3 && b.indexOf(a) === 0) return 0.9 + 0.1 * a.length / b.length; // cut short
    return 1 - distance(a, b) / Math.max(a.length, b.length);
  }

  function score(asked, page) {
    var whole = similar(asked, page);
    var a = asked.split("/"), p = page.split("/");
    var slug = similar(a[a.length - 1], p[p.length - 1]);
    var section = a.length > 1 && p.length > 1 && similar(a[0], p[0]) > 0.7 ? 0.05 : 0;
    return Math.max(whole, slug * 0.95 + section);
  }

  var asked = normal(window.location.pathname);
  var root = normal(new URL(box.getAttribute("data-root") || "/", window.location.href).pathname);
  if (root && asked.indexOf(root + "/") === 0) asked = asked.slice(root.length + 1);
  if (!asked) return;
  var ranked = Array.prototype.map.call(list.querySelectorAll("a"), function (link) {
    var path = normal(new URL(link.href, window.location.href).pathname);
    if (root && path.indexOf(root) === 0) path = path.slice(root.length).replace(/^\/+/, "");
    return { link: link, s: score(asked, path) };
  }).filter(function (r) { return r.s >= 0.5; });
  ranked.sort(function (x, y) { return y.s - x.s; });
  if (!ranked.length) return;
  var out = box.querySelector(".not-found__closest");
  ranked.slice(0, 3).forEach(function (r) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = r.link.href;
    a.textContent = r.link.textContent;
    li.appendChild(a);
    out.appendChild(li);
  });
  box.hidden = false;
})();
