/* The project's own file (not vendored): loaded between require.js and embed-amd.js.
 *
 * Each module bundled in embed-amd.js ("@jupyter-widgets/base", "…/controls",
 * "…/html-manager/dist/libembed-amd", …) works out where its fonts live from its own
 * AMD module name, which require.js resolves against the page's folder: the fonts
 * would be requested from <page>/@jupyter-widgets/… (404), by whichever module's
 * styles load first. Map those module names into this folder, where the fonts are
 * vendored, so that every one of them resolves here. */
(function () {
  "use strict";
  var here = document.currentScript.src.replace(/\/[^/]*$/, "");
  window.require.config({
    paths: {
      "@jupyter-widgets": here,
      "@jupyter-widgets/html-manager/dist": here
    }
  });
})();
