/* Annotated stories: popovers for notes and people, mention highlighting.
   Everything here is an enhancement: without it the page reads as plain HTML
   (notes are endnotes, people link to the who's who, layers are CSS checkboxes). */
(function () {
  "use strict";

  function setup(story) {
    var popover = story.querySelector(".ann-popover");
    var text = story.querySelector(".ann-text");
    var opener = null;

    function byId(id) { return document.getElementById(id); }

    function highlight(entity, on) {
      story.querySelectorAll('.ann-mention[data-entity="' + CSS.escape(entity) + '"]')
        .forEach(function (m) { m.classList.toggle("ann-active", on); });
      story.querySelectorAll('.ann-highlight[data-entity="' + CSS.escape(entity) + '"]')
        .forEach(function (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); });
    }

    function close() {
      if (popover.hidden) { return; }
      popover.hidden = true;
      var entity = popover.getAttribute("data-entity");
      if (entity) { highlight(entity, false); popover.removeAttribute("data-entity"); }
      popover.replaceChildren();
      if (opener) { opener.focus(); opener = null; }
    }

    function open(trigger, heading, source, label) {
      close();
      opener = trigger;
      /* a name clicked with the mouse is not a tab stop: let focus come back to it */
      if (!trigger.hasAttribute("tabindex") && !trigger.matches("a[href], button")) {
        trigger.tabIndex = -1;
      }
      var closeButton = document.createElement("button");
      closeButton.type = "button";
      closeButton.className = "ann-close btn btn-sm";
      closeButton.textContent = "Close";
      closeButton.setAttribute("aria-label", "Close " + label);
      closeButton.addEventListener("click", close);
      var title = document.createElement("p");
      title.className = "ann-popover-title";
      title.id = story.id + "-popover-title";
      var strong = document.createElement("strong");
      strong.textContent = heading;
      title.appendChild(strong);
      popover.append(closeButton, title);
      Array.prototype.forEach.call(source.children, function (child) {
        if (child.matches(".ann-backref, .ann-highlight, .ann-note-head, .ann-entity-head")) {
          return;
        }
        var copy = child.cloneNode(true);
        copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
        popover.appendChild(copy);
      });
      popover.setAttribute("aria-labelledby", title.id);
      var rect = trigger.getBoundingClientRect();
      var width = Math.min(448, window.innerWidth * 0.92);
      var left = Math.max(8, Math.min(rect.left + window.scrollX,
                                      window.scrollX + window.innerWidth - width - 8));
      popover.style.top = (rect.bottom + window.scrollY + 6) + "px";
      popover.style.left = left + "px";
      popover.hidden = false;
      closeButton.focus();
    }

    function openNote(ref) {
      var note = byId(story.id + "-note-" + ref.getAttribute("data-note"));
      if (!note) { return false; }
      var number = ref.textContent.replace(/\D+/g, "");
      var title = note.querySelector(".ann-note-title").textContent;
      open(ref, number + ". " + title, note, "note " + number);
      return true;
    }

    function openEntity(trigger, entityId, heading) {
      var entry = byId(story.id + "-entity-" + entityId);
      if (!entry) { return false; }
      var name = entry.querySelector(".ann-entity-name").textContent;
      var count = entry.querySelector(".ann-count").textContent;
      open(trigger, heading || name + " (" + count + " highlighted)", entry, name);
      popover.setAttribute("data-entity", entityId);
      highlight(entityId, true);
      return true;
    }

    text.addEventListener("click", function (event) {
      var ref = event.target.closest(".ann-note-ref");
      var mention = event.target.closest(".ann-mention");
      if (ref) {
        if (openNote(ref)) { event.preventDefault(); }
      } else if (mention && layerOn("entities")) {
        if (openEntity(mention, mention.getAttribute("data-entity"))) { event.preventDefault(); }
      }
    });

    /* Inside an open popover Tab cycles through it; Tab past its last control or
       Shift+Tab before its first closes it and returns focus to what opened it. */
    popover.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") { return; }
      var items = Array.prototype.filter.call(
        popover.querySelectorAll("a[href], button, summary, [tabindex]:not([tabindex='-1'])"),
        function (el) { return el.offsetParent !== null; });
      var first = items[0], last = items[items.length - 1];
      if ((event.shiftKey && document.activeElement === first) ||
          (!event.shiftKey && document.activeElement === last) || !items.length) {
        event.preventDefault();
        close();
      }
    });

    story.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !popover.hidden) {
        event.preventDefault();
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!popover.hidden && !popover.contains(event.target) &&
          !event.target.closest(".ann-note-ref, .ann-text .ann-mention, .ann-nav")) {
        close();
      }
    });

    story.querySelectorAll(".ann-highlight").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var entity = button.getAttribute("data-entity");
        var on = button.getAttribute("aria-pressed") !== "true";
        highlight(entity, on);
        var marks = text.querySelectorAll('.ann-mention[data-entity="' + CSS.escape(entity) + '"]');
        var name = button.closest("li").querySelector(".ann-entity-name").textContent;
        if (on && marks.length) {
          marks[0].scrollIntoView({block: "center", behavior: reducedMotion() ? "auto" : "smooth"});
        }
        say(on ? marks.length + " mention" + (marks.length === 1 ? "" : "s") + " of " + name +
                 " highlighted in the story" + (marks.length ? ", the first scrolled into view" : "")
               : "Highlighting of " + name + " removed");
      });
    });

    /* --- Layers: a switched-off layer's marks leave the tab order and what a screen
       reader hears (its <mark>s become plain text), not only the screen. --- */
    function layerOn(name) {
      var box = story.querySelector('.ann-layer[data-layer="' + name + '"]');
      return !box || box.checked;
    }
    function syncLayers() {
      var quotesOn = layerOn("quotes");
      text.querySelectorAll("mark.ann-quote").forEach(function (m) {
        if (quotesOn) { m.removeAttribute("role"); } else { m.setAttribute("role", "presentation"); }
      });
      if (current && !annotations().includes(current)) { setCurrent(null); }
    }
    /* Note markers are links without the script (they lead to the endnotes). With it,
       notes are heard on request: a marker leaves the reading flow and the tab order
       (it would say "link, Note 2" mid-sentence) and comes back while it has focus. */
    text.querySelectorAll(".ann-note-ref").forEach(function (ref) {
      ref.setAttribute("aria-hidden", "true");
      ref.tabIndex = -1;
    });
    text.addEventListener("focusin", function (event) {
      if (event.target.matches(".ann-note-ref")) { event.target.removeAttribute("aria-hidden"); }
    });
    text.addEventListener("focusout", function (event) {
      if (event.target.matches(".ann-note-ref")) { event.target.setAttribute("aria-hidden", "true"); }
    });

    story.querySelectorAll(".ann-layer").forEach(function (box) {
      box.addEventListener("change", function () { close(); syncLayers(); });
    });

    /* --- The annotation navigator: Previous / Next (or N / P in the story) move
       through names, quotes and notes in reading order; each is focused and said in
       a polite live region; Enter opens its details. --- */
    var nav = story.querySelector(".ann-nav");
    var status = story.querySelector(".ann-nav-status");
    var current = null;

    function say(message) {
      if (!status) { return; }
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 30);
    }

    function annotations() {
      var selectors = [];
      if (layerOn("entities")) { selectors.push(".ann-mention"); }
      if (layerOn("quotes")) { selectors.push(".ann-quote[id]"); }
      if (layerOn("notes")) { selectors.push(".ann-note-ref"); }
      if (!selectors.length) { return []; }
      return Array.prototype.slice.call(text.querySelectorAll(selectors.join(", ")));
    }

    function spoken(el) {
      /* The words as a reader hears them: a masked word is "masked" until revealed. */
      var copy = el.cloneNode(true);
      copy.querySelectorAll(".ann-quote-tag, .ann-note-ref").forEach(function (x) { x.remove(); });
      copy.querySelectorAll(".ann-mask").forEach(function (m) {
        var word = m.querySelector(".ann-mask-word");
        m.replaceWith(word && word.textContent ? word.textContent : "masked");
      });
      return copy.textContent.replace(/\s+/g, " ").trim();
    }

    function describe(el) {
      if (el.matches(".ann-note-ref")) {
        var note = byId(story.id + "-note-" + el.getAttribute("data-note"));
        var kind = note ? note.querySelector(".ann-badge").textContent : "";
        return "Note " + el.textContent.replace(/\D+/g, "") + " (" + kind + "): " +
          (note ? note.querySelector(".ann-note-title").textContent : "");
      }
      if (el.matches(".ann-quote")) {
        var words = Array.prototype.map.call(
          text.querySelectorAll('.ann-quote[data-quote="' + CSS.escape(el.getAttribute("data-quote")) + '"]'),
          spoken).join(" ");
        return "Quote, " + el.getAttribute("data-label") + ": " + words;
      }
      var entry = byId(story.id + "-entity-" + el.getAttribute("data-entity"));
      if (!entry) { return spoken(el); }
      var role = entry.querySelector(".ann-role");
      var words = spoken(el), name = entry.querySelector(".ann-entity-name").textContent;
      return "Name: " + (words === name ? name : words + ", meaning " + name) +
        ", " + entry.querySelector(".ann-badge").textContent.toLowerCase() +
        (role ? ", " + role.textContent : "") + " (" + entry.querySelector(".ann-count").textContent + ")";
    }

    function setCurrent(el) {
      if (current) {
        current.classList.remove("ann-current");
        if (!current.matches("a")) { current.removeAttribute("tabindex"); }
      }
      current = el;
      if (!el) { return; }
      el.classList.add("ann-current");
      el.tabIndex = -1;
      el.focus({preventScroll: true});
      el.scrollIntoView({block: "center", behavior: reducedMotion() ? "auto" : "smooth"});
    }

    function step(direction) {
      close();
      var list = annotations();
      if (!list.length) { say("No annotations are shown: switch a layer on."); return; }
      var i = current ? list.indexOf(current) : -1;
      if (i === -1 && current) {
        /* the current one was switched off: continue from where it was */
        i = list.filter(function (el) {
          return current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING;
        }).length - (direction > 0 ? 1 : 0);
      }
      var next = i + direction;
      if (next < 0 || next >= list.length) {
        say(direction > 0 ? "End of the annotations." : "Start of the annotations.");
        return;
      }
      setCurrent(list[next]);
      say((next + 1) + " of " + list.length + ". " + describe(list[next]));
    }

    function details(el) {
      if (el.matches(".ann-note-ref")) { return openNote(el); }
      if (el.matches(".ann-mention")) { return openEntity(el, el.getAttribute("data-entity")); }
      if (el.matches(".ann-quote")) {
        var speaker = el.getAttribute("data-speaker");
        var entry = byId(story.id + "-entity-" + speaker);
        if (entry) {
          return openEntity(el, speaker, "Quote: " + el.getAttribute("data-label"));
        }
      }
      return false;
    }

    if (nav) {
      nav.hidden = false;
      nav.querySelector(".ann-nav-next").addEventListener("click", function () { step(1); });
      nav.querySelector(".ann-nav-prev").addEventListener("click", function () { step(-1); });
      text.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) { return; }
        var key = event.key.toLowerCase();
        if (key === "n" || key === "p") {
          event.preventDefault();
          step(key === "n" ? 1 : -1);
        } else if (event.key === "Enter" && current && document.activeElement === current &&
                   !current.matches("a")) {
          if (details(current)) { event.preventDefault(); }
        }
      });
    }

    /* Following a link to a quote ("in the story") highlights all of it. */
    function showTarget() {
      text.querySelectorAll(".ann-quote.ann-target").forEach(function (m) {
        m.classList.remove("ann-target", "ann-active");
      });
      var target = location.hash && byId(decodeURIComponent(location.hash.slice(1)));
      if (target && target.matches(".ann-text .ann-quote")) {
        text.querySelectorAll('.ann-quote[data-quote="' + CSS.escape(target.getAttribute("data-quote")) + '"]')
          .forEach(function (m) { m.classList.add("ann-target", "ann-active"); });
        say("Quote, " + target.getAttribute("data-label"));
      }
    }
    window.addEventListener("hashchange", showTarget);
    showTarget();
    syncLayers();
  }

  function reducedMotion() {
    return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  /* Printing shows hints and where the text comes from (model answers too when the
     instructor asked for them: data-print-answers; the stylesheet hides them otherwise). */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".ann-questions details:not([open]), .ann-provenance:not([open])")
      .forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  /* Masked words are in the page only base64-encoded in data-w (never as text, so never
     in the search index, a snippet, a copy or a print): written in while "Show masked
     words" is ticked, taken out again when it is not. Without this script the control
     stays hidden and the words masked. */
  function decode(encoded) {
    var bytes = Uint8Array.from(atob(encoded), function (c) { return c.charCodeAt(0); });
    return new TextDecoder().decode(bytes);
  }

  function setupReveal(scope) {
    var box = scope.querySelector(".ann-reveal");
    if (!box) { return; }
    box.closest(".ann-reveal-control").hidden = false;
    function sync() {
      scope.querySelectorAll(".ann-mask[data-w]").forEach(function (mask) {
        var word = mask.querySelector(".ann-mask-word");
        if (word) { word.textContent = box.checked ? decode(mask.getAttribute("data-w")) : ""; }
      });
    }
    box.addEventListener("change", sync);
    sync();
  }

  /* Index pages: a filter over the entries of the page (offline: no server, no index). */
  function setupFilter(box) {
    var input = box.querySelector(".ann-filter");
    var count = box.querySelector(".ann-filter-count");
    var entries = Array.prototype.slice.call(
      box.parentElement.querySelectorAll(".ann-index-entry"));
    box.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.trim().toLowerCase();
      var shown = 0;
      entries.forEach(function (entry) {
        var match = !words || entry.textContent.toLowerCase().indexOf(words) >= 0;
        entry.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = words ? shown + " of " + entries.length + " shown" : "";
    });
  }

  function init() {
    document.querySelectorAll(".ann-index-filter").forEach(setupFilter);
    document.querySelectorAll("[data-ann-story]").forEach(setup);
    document.querySelectorAll("[data-ann-story], [data-ann-masked-scope]").forEach(setupReveal);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
