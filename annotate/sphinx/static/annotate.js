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

    text.addEventListener("click", function (event) {
      var ref = event.target.closest(".ann-note-ref");
      var mention = event.target.closest(".ann-mention");
      if (ref) {
        var note = byId(story.id + "-note-" + ref.getAttribute("data-note"));
        if (!note) { return; }
        event.preventDefault();
        var title = note.querySelector(".ann-note-title").textContent;
        open(ref, ref.textContent + ". " + title, note, "note " + ref.textContent);
      } else if (mention) {
        var entityId = mention.getAttribute("data-entity");
        var entry = byId(story.id + "-entity-" + entityId);
        if (!entry) { return; }
        event.preventDefault();
        var name = entry.querySelector(".ann-entity-name").textContent;
        var count = entry.querySelector(".ann-count").textContent;
        open(mention, name + " (" + count + " highlighted)", entry, name);
        popover.setAttribute("data-entity", entityId);
        highlight(entityId, true);
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
          !event.target.closest(".ann-note-ref, .ann-mention")) {
        close();
      }
    });

    story.querySelectorAll(".ann-highlight").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var on = button.getAttribute("aria-pressed") !== "true";
        highlight(button.getAttribute("data-entity"), on);
      });
    });

    /* A switched-off layer's marks leave the tab order too. */
    var entities = story.querySelector('.ann-layer[data-layer="entities"]');
    function syncMentions() {
      story.querySelectorAll(".ann-text .ann-mention").forEach(function (m) {
        if (entities.checked) { m.removeAttribute("tabindex"); } else { m.tabIndex = -1; }
      });
    }
    entities.addEventListener("change", function () { close(); syncMentions(); });
    syncMentions();
  }

  /* Printing shows hints and model answers. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".ann-questions details:not([open])").forEach(function (d) {
      d.open = true; opened.push(d);
    });
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

  function init() {
    document.querySelectorAll("[data-ann-story]").forEach(setup);
    document.querySelectorAll("[data-ann-story], [data-ann-masked-scope]").forEach(setupReveal);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
