/* The whole document (issue 11): ?print=1 opens the print dialog; 本站整理有误？ carries the
   page address and the selected text; the 举措清单 filters; the about page shows a report. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);

  if (params.get("print") === "1" && document.querySelector(".print-document")) {
    // Added after the first frame (policy_site/pipeline/first_paint.py): the load event may have passed.
    if (document.readyState === "complete") window.print();
    else window.addEventListener("load", function () { window.print(); });
  }

  var lastSelection = "";
  document.addEventListener("selectionchange", function () {
    var text = String(window.getSelection() || "").trim();
    if (text) lastSelection = text.slice(0, 500);
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.feedback-link");
    if (!link) return;
    var page = location.origin + location.pathname + location.hash;
    var base = link.getAttribute("data-destination") || link.href;
    var target;
    if (base.indexOf("{page}") >= 0 || base.indexOf("{text}") >= 0) {
      target = base.replace("{page}", encodeURIComponent(page)).replace("{text}", encodeURIComponent(lastSelection));
    } else if (base.indexOf("mailto:") === 0) {
      target = base + (base.indexOf("?") >= 0 ? "&" : "?") + "subject=" + encodeURIComponent("本站整理有误") +
        "&body=" + encodeURIComponent("页面：" + page + "\n所选文字：" + lastSelection + "\n");
    } else {
      var url = new URL(base, location.href);
      url.searchParams.set("page", page);
      if (lastSelection) url.searchParams.set("text", lastSelection);
      target = url.toString();
    }
    event.preventDefault();
    location.href = target;
  });

  // The about page's 纠错 section: show what the reader is reporting, ready to copy.
  var section = document.getElementById("feedback");
  if (section && params.get("page")) {
    var box = document.createElement("textarea");
    box.className = "feedback-report";
    box.readOnly = true;
    box.rows = 5;
    box.setAttribute("aria-label", "纠错内容");
    box.value = "页面：" + params.get("page") + "\n所选文字：" + (params.get("text") || "（未选择）") + "\n我认为的问题：";
    section.insertAdjacentElement("afterend", box);
  }

  // 举措清单: filters (the full table works without JavaScript).
  var form = document.querySelector("form.action-filters");
  if (form) {
    form.hidden = false;
    var rows = Array.prototype.slice.call(document.querySelectorAll(".actions-table tbody tr"));
    var count = form.querySelector(".action-count");
    var apply = function () {
      var stage = form.querySelector('[data-filter="stage"]').value;
      var need = form.querySelector('[data-filter="needs"]').value;
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!stage || row.dataset.stage === stage) &&
          (!need || row.dataset.needs.split(" ").indexOf(need) >= 0);
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = "显示 " + shown + " / " + rows.length + " 条";
    };
    form.addEventListener("change", apply);
    apply();
  }
})();
