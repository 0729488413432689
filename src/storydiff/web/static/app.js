// storydiff serve: a little progressive help; every page works without it.
// The comparison's view and "changes only" are CSS switches; this keeps the
// address in step with them, so a copied link opens the same view.
(function () {
  "use strict";
  function sync() {
    var url = new URL(window.location.href);
    var inline = document.getElementById("v-inline");
    var only = document.getElementById("changes-only");
    if (!inline || !only) { return; }
    url.searchParams.set("view", inline.checked ? "inline" : "side");
    if (only.checked) { url.searchParams.set("changes", "only"); } else { url.searchParams.delete("changes"); }
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    var hidden = document.querySelector("form.pick input[name=view]");
    if (hidden) { hidden.value = inline.checked ? "inline" : "side"; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    ["v-side", "v-inline", "changes-only"].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { el.addEventListener("change", sync); }
    });
  });
}());
