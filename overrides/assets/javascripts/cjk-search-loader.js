/* The worker Material starts on every page view. It answers Material's setup at once and
   loads the real worker (cjk-search-worker.js, which then fetches the index) only when the
   reader opens search (docs/assets/search-input.js says so on the "cjk-search" channel) or
   sends a query: a first visit that never searches downloads neither.
   importScripts runs the real worker in this same global scope; the one global this file sets,
   cjkIndexResponse, hands it the index fetch started here, in parallel with its own download. */
(function () {
  "use strict";
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var setupEvent = null, loaded = false, channel = null;

  function load() {
    if (loaded) return;
    loaded = true;
    self.removeEventListener("message", onMessage);
    var index = setupEvent && setupEvent.data && setupEvent.data.config && setupEvent.data.config.index;
    if (index) self.cjkIndexResponse = fetch(new URL("../../" + index, self.location.href).href);
    importScripts("cjk-search-worker.js");
    if (!setupEvent) return; // Material's setup has not come yet: the real worker answers it
    // Material has had its READY from here: drop the real worker's answer to the replayed setup.
    var post = self.postMessage;
    self.postMessage = function (message) {
      if (message && message.type === READY) { self.postMessage = post; return; }
      return post.apply(self, arguments);
    };
    self.dispatchEvent(new MessageEvent("message", { data: setupEvent.data }));
  }

  function onMessage(ev) {
    var message = ev.data || {};
    if (message.type === SETUP) {
      setupEvent = ev;
      self.postMessage({ type: READY });
    } else if (message.type === QUERY && !String(message.data || "").trim()) {
      self.postMessage({ type: RESULT, data: { items: [] } }); // Material's empty query on a page view
    } else if (message.type === QUERY) {
      load();
      self.dispatchEvent(new MessageEvent("message", { data: message })); // the real worker answers it
    }
  }
  self.addEventListener("message", onMessage);

  if (typeof BroadcastChannel === "function") {
    channel = new BroadcastChannel("cjk-search");
    channel.addEventListener("message", function (ev) {
      if (ev.data !== "load" || loaded) return;
      load();
      channel.postMessage("load"); // to the real worker's own channel: fetch the index now
      channel.close();
    });
  }
})();
