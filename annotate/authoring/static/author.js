// Authoring by selection, served by `annotate preview` only (never part of the built
// book). Select words in a story: the panel shows the anchor the server computed and adds
// a note, a quote, an entity or a content warning to the story's annotation file. The
// server checks the file before writing it; the page reloads when the rebuild is done.
(() => {
  "use strict";
  const script = document.currentScript;
  const token = script ? script.dataset.annotateToken : "";
  const stories = document.querySelectorAll(".ann-story[data-ann-file]");
  if (!token || !stories.length) return;

  async function post(path, body) {
    const response = await fetch(`/_annotate/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Annotate-Token": token },
      body: JSON.stringify(body),
    });
    let data = null;
    try { data = await response.json(); } catch (error) { data = { ok: false, error: `HTTP ${response.status}` }; }
    return data;
  }

  // -- from a DOM selection to offsets in the story text (UTF-16 units) ----------------
  function maskLength(el) {
    try {
      const bytes = Uint8Array.from(atob(el.dataset.w || ""), (c) => c.charCodeAt(0));
      return new TextDecoder().decode(bytes).length;
    } catch (error) { return 0; }
  }
  const INSERTED = ".ann-note-ref, .ann-quote-tag";
  function offsetIn(p, container, offset) {
    let count = 0;
    let found = null;
    const visit = (node) => {
      if (found !== null) return;
      if (node.nodeType === Node.TEXT_NODE) {
        if (node === container) { found = count + offset; return; }
        count += node.data.length;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node !== p && node.matches(INSERTED)) { if (node.contains(container)) found = count; return; }
      if (node !== p && node.matches(".ann-mask")) {
        if (node.contains(container)) found = count;
        count += maskLength(node);
        return;
      }
      const children = Array.from(node.childNodes);
      for (let i = 0; i < children.length; i += 1) {
        if (node === container && i === offset) { found = count; return; }
        visit(children[i]);
        if (found !== null) return;
      }
      if (node === container) found = count;
    };
    visit(p);
    return found === null ? count : found;
  }
  function paragraphOf(node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el ? el.closest(".ann-text p[data-ann-at]") : null;
  }
  function selectionIn(story) {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    const first = paragraphOf(range.startContainer);
    const last = paragraphOf(range.endContainer);
    if (!first || !last || !story.contains(first) || !story.contains(last)) return null;
    return {
      start: Number(first.dataset.annAt) + offsetIn(first, range.startContainer, range.startOffset),
      end: Number(last.dataset.annAt) + offsetIn(last, range.endContainer, range.endOffset),
    };
  }

  // -- the panel ------------------------------------------------------------------------
  const FIELDS = {
    note: [["note_kind", "Kind", ["context", "definition", "media-literacy"]],
           ["title", "Title"], ["body", "Text for students (Markdown)", "area"],
           ["link_title", "Link title (optional)"], ["link_url", "Link address (optional)"]],
    quote: [["quote_kind", "Kind", ["direct", "partial", "indirect", "written"]],
            ["speaker", "Speaker", "entities"], ["cue", "Cue (the attribution words)"],
            ["medium", "Medium (written quotes)", ["", "tweet", "social-post", "post", "statement",
              "press-release", "letter", "email", "ticket", "document", "court-document", "report",
              "article", "broadcast", "interview"]]],
    entity: [["entity_type", "Type", ["person", "organisation", "group", "place", "event", "work", "other"]],
             ["description", "Who or what this is, for a student", "area"]],
    alias: [["entity", "Entity", "entities"]],
    "warning-word": [["warning", "Content warning", "warnings"]],
    "question-anchor": [["question", "Reading question", "questions"]],
    mask: [["label", "Content warning label"]],
  };
  const KINDS = [["note", "Add a note"], ["quote", "Add a quote"], ["entity", "Add as a new entity"],
                 ["alias", "Add as another name of an entity"], ["mask", "Mask under a new content warning"],
                 ["warning-word", "Mask under an existing content warning"],
                 ["question-anchor", "Attach to a reading question"]];
  // a kind whose list is empty (no entity, warning or question yet) is not offered
  const NEEDS = { quote: "entities", alias: "entities", "warning-word": "warnings", "question-anchor": "questions" };

  function element(tag, attrs = {}, text = "") {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    if (text) el.textContent = text;
    return el;
  }

  function setUp(story) {
    const file = story.dataset.annFile;
    const key = `annotate-undo:${file}`;
    const bar = element("div", { class: "ann-author-bar", role: "toolbar", "aria-label": "Authoring" });
    const open = element("button", { type: "button", class: "ann-author-open" }, "Annotate the selected words");
    const undo = element("button", { type: "button", class: "ann-author-undo" }, "Undo the last change");
    const status = element("p", { class: "ann-author-status", role: "status", "aria-live": "polite" });
    undo.hidden = sessionStorage.getItem(key) !== story.dataset.annDigest;
    const problems = element("ul", { class: "ann-author-problems", "aria-label": "Problems in the annotation file" });
    problems.hidden = true;
    bar.append(open, undo, status, problems);
    story.prepend(bar);
    post("problems", { story: file }).then((result) => {
      if (!result.ok || !result.problems.length) return;
      for (const problem of result.problems) {
        const item = element("li", { class: `ann-author-${problem.severity}` });
        const link = element("a", { href: problem.editor }, `${problem.file}:${problem.line}:${problem.column}`);
        item.append(link, document.createTextNode(` ${problem.code} ${problem.message}`));
        if (problem.hint) item.append(element("span", { class: "ann-author-hint" }, ` (${problem.hint})`));
        problems.append(item);
      }
      problems.hidden = false;
    });

    const panel = element("div", { class: "ann-author-panel", role: "dialog", "aria-label": "Annotate the selection" });
    panel.hidden = true;
    story.prepend(panel);
    let selection = null;
    let answer = null;

    function say(message, isError = false) {
      status.textContent = message;
      status.classList.toggle("ann-author-error", isError);
    }

    function render(kind) {
      panel.replaceChildren();
      const words = element("p", { class: "ann-author-words" });
      words.append(element("strong", {}, "Words: "), document.createTextNode(`“${answer.words}”`));
      const anchor = element("p", { class: "ann-author-anchor" });
      const extra = Object.entries(answer.anchor).filter(([k]) => k !== "text").map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
      anchor.textContent = extra.length ? `Anchor context: ${extra.join(", ")}` : "These words occur once: no context needed.";
      const chooser = element("select", { "aria-label": "What to add", class: "ann-author-kind" });
      for (const [value, label] of KINDS) {
        if (NEEDS[value] && !(answer[NEEDS[value]] || []).length) continue;
        const option = element("option", { value }, label);
        if (value === kind) option.selected = true;
        chooser.append(option);
      }
      chooser.addEventListener("change", () => render(chooser.value));
      const form = element("form", { class: "ann-author-form" });
      for (const [name, label, kindOf] of FIELDS[kind]) {
        const id = `ann-author-${file}-${name}`;
        form.append(element("label", { for: id }, label));
        let input;
        if (Array.isArray(kindOf)) {
          input = element("select", { id, name });
          for (const value of kindOf) input.append(element("option", { value }, value || "—"));
        } else if (kindOf === "entities" || kindOf === "warnings" || kindOf === "questions") {
          input = element("select", { id, name });
          for (const item of answer[kindOf] || []) input.append(element("option", { value: item.id }, item.name));
        } else if (kindOf === "area") {
          input = element("textarea", { id, name, rows: "3" });
        } else {
          input = element("input", { id, name, type: "text" });
        }
        form.append(input);
      }
      const add = element("button", { type: "submit" }, "Add");
      const cancel = element("button", { type: "button" }, "Cancel");
      const error = element("p", { class: "ann-author-error", role: "alert" });
      form.append(add, cancel, error);
      cancel.addEventListener("click", () => { panel.hidden = true; open.focus(); });
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const fields = Object.fromEntries(new FormData(form).entries());
        if (kind === "note" && fields.link_url) fields.links = [{ title: fields.link_title || fields.link_url, url: fields.link_url }];
        delete fields.link_url; delete fields.link_title;
        if (kind === "quote" && !fields.medium) delete fields.medium;
        add.disabled = true;
        const result = await post("add", { story: file, digest: story.dataset.annDigest, kind, fields, ...selection });
        add.disabled = false;
        if (!result.ok) {
          error.textContent = result.error + (result.hint ? ` (${result.hint})` : "");
          if (result.stale) {
            const reload = element("button", { type: "button" }, "Reload the page");
            reload.addEventListener("click", () => location.reload());
            error.append(" ", reload);
          }
          return;
        }
        sessionStorage.setItem(key, result.digest);
        panel.hidden = true;
        say(`Added ${result.id} to ${result.file}; the page reloads when it is rebuilt.`);
      });
      panel.append(words, anchor, chooser, form);
      panel.hidden = false;
      chooser.focus();
    }

    open.addEventListener("click", async () => {
      selection = selectionIn(story);
      if (!selection) { say("Select some words of the story first.", true); return; }
      answer = await post("anchor", { story: file, ...selection });
      if (!answer.ok) { say(answer.error + (answer.hint ? ` (${answer.hint})` : ""), true); return; }
      say("");
      render("note");
    });
    story.querySelector(".ann-text").addEventListener("mouseup", () => {
      if (selectionIn(story)) say("Words selected: press “Annotate the selected words”.");
    });
    // Delete buttons beside the items the page lists (notes, entities, quotes, questions).
    const items = [["li[data-note]", "notes", (el) => el.dataset.note, "note"],
                   ["li[data-entity]", "entities", (el) => el.dataset.entity, "entity"],
                   ["a[data-quote]", "quotes", (el) => el.dataset.quote, "quote"],
                   [`li[id^="${story.id}-question-"]`, "questions",
                    (el) => el.id.slice(`${story.id}-question-`.length), "question"]];
    for (const [selector, section, idOf, label] of items) {
      for (const el of story.querySelectorAll(selector)) {
        const id = idOf(el);
        const host = el.tagName === "A" ? el.closest("li") || el.parentElement : el;
        const button = element("button", { type: "button", class: "ann-author-delete" }, `Delete this ${label}`);
        button.setAttribute("aria-label", `Delete ${label} ${id}`);
        button.addEventListener("click", async () => {
          const result = await post("delete", { story: file, digest: story.dataset.annDigest, section, id });
          if (!result.ok) { say(result.error + (result.hint ? ` (${result.hint})` : ""), true); return; }
          sessionStorage.setItem(key, result.digest);
          say(`Deleted ${id} from ${result.file}; the page reloads when it is rebuilt.`);
        });
        host.append(" ", button);
      }
    }

    undo.addEventListener("click", async () => {
      const result = await post("undo", { story: file, digest: story.dataset.annDigest });
      if (!result.ok) { say(result.error + (result.hint ? ` (${result.hint})` : ""), true); return; }
      sessionStorage.removeItem(key);
      undo.hidden = true;
      say(`Undone: ${result.file} is back as it was; the page reloads when it is rebuilt.`);
    });
  }
  stories.forEach(setUp);
})();
