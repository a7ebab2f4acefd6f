/* annotate.sphinx.theme_fixes (page_weight.py): scripts a page needs only after its
   text is on screen (the 3.6 MB widget runtime) wait as
   <script type="text/x-after-load" src=…>, which the browser neither runs nor fetches.
   Once the page has loaded they are started in their order. */
(function () {
  "use strict";
  function start() {
    document.querySelectorAll('script[type="text/x-after-load"]').forEach(function (waiting) {
      var script = document.createElement("script");
      Array.prototype.forEach.call(waiting.attributes, function (attribute) {
        if (attribute.name !== "type") { script.setAttribute(attribute.name, attribute.value); }
      });
      script.async = false;  /* run in document order, like the tags they replace */
      waiting.replaceWith(script);
    });
  }
  if (document.readyState === "complete") { start(); } else { window.addEventListener("load", start); }
})();
