// Authoring by selection, served by `annotate preview` only (never part of the built
// book). Select words in a story (with the mouse, or by typing them): the panel shows the
// anchor the server computed and adds a note, a quote, an entity, an alias, a masked
// passage or a question's passage to the story's annotation file. Items already there get
// Edit, Delete and "open in editor" (file and line). The server checks the file before
// writing it; the page reloads when the rebuild is done.
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
  // The speaker a quote's panel sends for "a new entity" (edits.NEW_SPEAKER); the fields
  // marked with it show only when it is chosen.
  const NEW_SPEAKER = "(new)";
  const FIELDS = {
    note: [["note_kind", "Kind", ["context", "definition", "media-literacy"]],
           ["title", "Title"], ["body", "Text for students (Markdown)", "area"],
           ["link_title", "Link title (optional)"], ["link_url", "Link address (optional)"]],
    quote: [["quote_kind", "Kind", ["direct", "partial", "indirect", "written"]],
            ["speaker", "Speaker", "entities+new"],
            ["speaker_name", "The new speaker's name, as the story writes it", "text", NEW_SPEAKER],
            ["speaker_type", "The new speaker's type", ["person", "organisation", "group", "place", "event", "work", "other"], NEW_SPEAKER],
            ["speaker_description", "Who the new speaker is, for a student", "area", NEW_SPEAKER],
            ["cue", "Cue (the attribution words)"],
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
  const NEEDS = { alias: "entities", "warning-word": "warnings", "question-anchor": "questions" };

  function element(tag, attrs = {}, text = "") {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    if (text) el.textContent = text;
    return el;
  }

  // What "Edit" offers for each section (the server says which fields an item has).
  const MEDIUMS = ["", "tweet", "social-post", "post", "statement", "press-release", "letter", "email",
    "ticket", "document", "court-document", "report", "article", "broadcast", "interview"];
  const EDIT_FIELDS = {
    notes: [["kind", "Kind", ["context", "definition", "media-literacy"]], ["title", "Title"],
            ["body", "Text for students (Markdown)", "area"]],
    quotes: [["kind", "Kind", ["direct", "partial", "indirect", "written"]], ["speaker", "Speaker", "entities"],
             ["cue", "Cue (the attribution words)"], ["medium", "Medium (written quotes)", MEDIUMS],
             ["note", "Note for students (Markdown)", "area"]],
    entities: [["name", "Name"], ["type", "Type", ["person", "organisation", "group", "place", "event", "work", "other"]],
               ["description", "Who or what this is, for a student", "area"], ["role", "Role in this story"]],
    questions: [["kind", "Kind", ["reading", "discussion"]], ["prompt", "Question", "area"], ["hint", "Hint"],
                ["answer", "Model answer", "area"]],
    content_warnings: [["label", "Label"], ["description", "Description"]],
  };
  const SECTION_NAMES = { notes: "note", quotes: "quote", entities: "entity", questions: "question",
                          content_warnings: "content warning" };

  function setUp(story) {
    const file = story.dataset.annFile;
    const key = `annotate-undo:${file}`;
    const bar = element("div", { class: "ann-author-bar", role: "toolbar", "aria-label": "Authoring" });
    const open = element("button", { type: "button", class: "ann-author-open" }, "Annotate the selected words");
    const finder = element("form", { class: "ann-author-find", role: "search" });
    const findId = `ann-author-${file}-find`;
    const findInput = element("input", { id: findId, type: "text", name: "words", autocomplete: "off" });
    finder.append(element("label", { for: findId }, "Or type words of the story"), findInput,
                  element("button", { type: "submit" }, "Find"));
    const found = element("ul", { class: "ann-author-found", "aria-label": "Places the words occur" });
    found.hidden = true;
    const undo = element("button", { type: "button", class: "ann-author-undo" }, "Undo the last change");
    const status = element("p", { class: "ann-author-status", role: "status", "aria-live": "polite" });
    undo.hidden = sessionStorage.getItem(key) !== story.dataset.annDigest;
    const problems = element("ul", { class: "ann-author-problems", "aria-label": "Problems in the annotation file" });
    problems.hidden = true;
    const outlineBox = element("details", { class: "ann-author-outline" });
    outlineBox.hidden = true;
    bar.append(open, finder, undo, status, found, problems, outlineBox);
    story.prepend(bar);
    post("problems", { story: file }).then((result) => {
      if (!result.ok || !result.problems.length) return;
      for (const problem of result.problems) {
        const item = element("li", { class: `ann-author-${problem.severity}` });
        const where = `${problem.file}:${problem.line}:${problem.column}`;
        item.append(problem.editor ? element("a", { href: problem.editor }, where) : element("code", {}, where),
                    document.createTextNode(` ${problem.code} ${problem.message}`));
        if (problem.hint) item.append(element("span", { class: "ann-author-hint" }, ` (${problem.hint})`));
        problems.append(item);
      }
      problems.hidden = false;
    });

    const panel = element("div", { class: "ann-author-panel", role: "dialog", "aria-label": "Annotate the selection" });
    panel.hidden = true;
    story.prepend(panel);
    // The panel opens right below the words or the item it is about (the toolbar can be a
    // long way up a long story); a small button beside a fresh mouse selection opens it.
    const quick = element("button", { type: "button", class: "ann-author-quick" }, "Annotate");
    quick.hidden = true;
    story.append(quick);
    function offsetOf(rect) {  // a rect on screen, as a distance from the story's top
      return rect ? rect.bottom - story.getBoundingClientRect().top : null;
    }
    function below(offset) {
      panel.classList.toggle("ann-author-floating", offset !== null);
      panel.style.top = offset !== null ? `${Math.round(offset + 8)}px` : "";
    }
    function paragraphAt(start) {  // the paragraph holding a place of the story
      let chosen = null;
      for (const p of story.querySelectorAll(".ann-text p[data-ann-at]")) {
        if (Number(p.dataset.annAt) <= start) chosen = p;
      }
      return chosen;
    }
    let selection = null;
    let answer = null;
    let items = [];  // the file's outline: every section and item, located

    function say(message, isError = false) {
      status.textContent = message;
      status.classList.toggle("ann-author-error", isError);
    }
    function failure(result) {
      return result.error + (result.hint ? ` (${result.hint})` : "");
    }
    function changed(result, message) {
      sessionStorage.setItem(key, result.digest);
      panel.hidden = true;
      below(null);
      say(`${message}; the page reloads when it is rebuilt.`);
    }

    // A form of labelled fields; `values` fills them in (an edit), `lists` has the choices
    // that come from the file (entities, warnings, questions).
    function fieldsForm(specs, values, lists) {
      const form = element("form", { class: "ann-author-form" });
      const onlyFor = [];  // [label, input] shown only for a new speaker
      for (const [name, label, kindOf, when] of specs) {
        const id = `ann-author-${file}-${name}`;
        const caption = element("label", { for: id }, label);
        form.append(caption);
        let input;
        if (Array.isArray(kindOf)) {
          input = element("select", { id, name });
          for (const value of kindOf) input.append(element("option", { value }, value || "—"));
        } else if (["entities", "entities+new", "warnings", "questions"].includes(kindOf)) {
          input = element("select", { id, name });
          for (const item of lists[kindOf.replace("+new", "")] || []) input.append(element("option", { value: item.id }, item.name));
          if (kindOf === "entities+new") input.append(element("option", { value: NEW_SPEAKER }, "A new entity…"));
        } else if (kindOf === "area") {
          input = element("textarea", { id, name, rows: "3" });
        } else {
          input = element("input", { id, name, type: "text" });
        }
        if (values && values[name] !== undefined && values[name] !== null) input.value = values[name];
        form.append(input);
        if (when) onlyFor.push([caption, input]);
      }
      const speaker = form.elements.namedItem("speaker");
      const showNew = () => {
        for (const [caption, input] of onlyFor) {
          caption.hidden = input.hidden = speaker.value !== NEW_SPEAKER;
          input.disabled = input.hidden;  // a disabled field is not sent
        }
      };
      if (speaker && onlyFor.length) { speaker.addEventListener("change", showNew); showNew(); }
      return form;
    }
    function formButtons(form, label, submit) {
      const go = element("button", { type: "submit" }, label);
      const cancel = element("button", { type: "button" }, "Cancel");
      const error = element("p", { class: "ann-author-error", role: "alert" });
      form.append(go, cancel, error);
      cancel.addEventListener("click", () => { panel.hidden = true; below(null); open.focus(); });
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        go.disabled = true;
        const result = await submit(Object.fromEntries(new FormData(form).entries()));
        go.disabled = false;
        if (result.ok) return;
        error.textContent = failure(result);
        if (result.stale) {
          const reload = element("button", { type: "button" }, "Reload the page");
          reload.addEventListener("click", () => location.reload());
          error.append(" ", reload);
        }
      });
    }

    function render(kind) {
      panel.setAttribute("aria-label", "Annotate the selection");
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
      const form = fieldsForm(FIELDS[kind], null, answer);
      formButtons(form, "Add", async (fields) => {
        if (kind === "note" && fields.link_url) fields.links = [{ title: fields.link_title || fields.link_url, url: fields.link_url }];
        delete fields.link_url; delete fields.link_title;
        if (kind === "quote" && !fields.medium) delete fields.medium;
        const result = await post("add", { story: file, digest: story.dataset.annDigest, kind, fields, ...selection });
        if (result.ok) changed(result, `Added ${result.id} to ${result.file}`);
        return result;
      });
      panel.append(words, anchor, chooser, form);
      panel.hidden = false;
      chooser.focus({ preventScroll: true });
    }

    function renderEdit(entry, offset = null) {
      const noun = SECTION_NAMES[entry.section];
      panel.setAttribute("aria-label", `Edit ${noun} ${entry.id}`);
      panel.replaceChildren(element("p", { class: "ann-author-words" }, `Edit ${noun} “${entry.label}”`));
      const specs = EDIT_FIELDS[entry.section].filter(([name]) => name in entry.fields);
      const lists = { entities: items.filter((e) => e.section === "entities" && e.id)
        .map((e) => ({ id: e.id, name: e.label })) };
      const form = fieldsForm(specs, entry.fields, lists);
      formButtons(form, "Save", async (fields) => {
        const result = await post("edit", { story: file, digest: story.dataset.annDigest,
                                            section: entry.section, id: entry.id, fields });
        if (result.ok) changed(result, `Saved ${entry.id} in ${result.file}`);
        return result;
      });
      panel.append(form);
      below(offset);
      panel.hidden = false;
      panel.scrollIntoView({ block: "nearest" });
      form.querySelector("input, select, textarea").focus({ preventScroll: true });
    }

    async function annotate(chosen, range) {
      selection = { start: chosen.start, end: chosen.end };
      quick.hidden = true;
      answer = await post("anchor", { story: file, ...selection });
      if (!answer.ok) { say(failure(answer), true); return; }
      say("");
      // measured after the round trip, from a live range: the problems list above the
      // story may have appeared meanwhile and moved the words down
      const paragraph = range ? null : paragraphAt(selection.start);
      below(range ? offsetOf(lastRect(range))
        : paragraph ? offsetOf(paragraph.getBoundingClientRect()) : null);
      render("note");
      panel.scrollIntoView({ block: "nearest" });
    }
    function selectedRange() {  // a copy that follows the words if the page moves
      return window.getSelection().getRangeAt(0).cloneRange();
    }
    function lastRect(range) {
      const rects = range.getClientRects();
      return rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    }

    open.addEventListener("click", () => {
      const chosen = selectionIn(story);
      if (!chosen) { say("Select some words of the story first, or type them.", true); return; }
      annotate(chosen, selectedRange());
    });
    quick.addEventListener("click", () => {
      const chosen = selectionIn(story);
      if (chosen) annotate(chosen, selectedRange());
    });
    story.querySelector(".ann-text").addEventListener("mouseup", () => {
      // (after the browser has settled the selection)
      setTimeout(() => {
        if (!selectionIn(story)) { quick.hidden = true; return; }
        const rect = lastRect(selectedRange());
        const box = story.getBoundingClientRect();
        quick.style.top = `${Math.round(offsetOf(rect) + 4)}px`;
        quick.style.left = `${Math.round(Math.min(rect.right - box.left, box.width - 100))}px`;
        quick.hidden = false;
        say("Words selected: press “Annotate” beside them.");
      }, 0);
    });
    document.addEventListener("selectionchange", () => {
      if (!quick.hidden && !selectionIn(story)) quick.hidden = true;
    });
    // Selecting from the keyboard: type the words, then choose the place they occur.
    finder.addEventListener("submit", async (event) => {
      event.preventDefault();
      found.replaceChildren();
      found.hidden = true;
      const result = await post("find", { story: file, words: findInput.value });
      if (!result.ok) { say(failure(result), true); return; }
      if (result.matches.length === 1) { annotate(result.matches[0], null); return; }
      say(`The words occur ${result.matches.length} times: choose one.`);
      for (const match of result.matches) {
        const choose = element("button", { type: "button", class: "ann-author-place" });
        choose.append(document.createTextNode(match.before), element("mark", {}, match.words),
                      document.createTextNode(match.after));
        choose.addEventListener("click", () => { found.hidden = true; annotate(match, null); });
        const item = element("li");
        item.append(choose);
        found.append(item);
      }
      found.hidden = false;
      found.querySelector("button").focus();
    });

    // Edit and delete buttons and an editor link for each item: beside it where the page
    // shows it, and in the outline of the whole file.
    function actions(entry) {
      const noun = SECTION_NAMES[entry.section];
      const out = [];
      if (entry.fields) {
        const edit = element("button", { type: "button", class: "ann-author-edit", "aria-label": `Edit ${noun} ${entry.id}` }, "Edit");
        edit.addEventListener("click", () => renderEdit(entry, offsetOf(edit.getBoundingClientRect())));
        out.push(edit);
      }
      if (noun && entry.id) {
        const remove = element("button", { type: "button", class: "ann-author-delete", "aria-label": `Delete ${noun} ${entry.id}` }, "Delete");
        remove.addEventListener("click", async () => {
          const result = await post("delete", { story: file, digest: story.dataset.annDigest, section: entry.section, id: entry.id });
          if (!result.ok) { say(failure(result), true); return; }
          changed(result, `Deleted ${entry.id} from ${result.file}`);
        });
        out.push(remove);
      }
      if (entry.editor) {
        const what = entry.id ? `${noun || entry.section} ${entry.id}` : entry.section;
        out.push(element("a", { href: entry.editor, class: "ann-author-editor", "aria-label": `line ${entry.line}: open ${what} in the editor` },
                         `line ${entry.line}`));
      }
      return out;
    }
    const shown = [["li[data-note]", "notes", (el) => el.dataset.note],
                   ["li[data-entity]", "entities", (el) => el.dataset.entity],
                   ["a[data-quote]", "quotes", (el) => el.dataset.quote],
                   [`li[id^="${story.id}-question-"]`, "questions", (el) => el.id.slice(`${story.id}-question-`.length)]];
    post("items", { story: file }).then((result) => {
      if (!result.ok) return;
      items = result.items;
      const byId = new Map(items.filter((e) => e.id).map((e) => [`${e.section} ${e.id}`, e]));
      for (const [selector, section, idOf] of shown) {
        for (const el of story.querySelectorAll(selector)) {
          const entry = byId.get(`${section} ${idOf(el)}`);
          if (!entry) continue;
          const host = el.tagName === "A" ? el.closest("li") || el.parentElement : el;
          const box = element("span", { class: "ann-author-actions" });
          box.append(...actions(entry));
          host.append(" ", box);
        }
      }
      outlineBox.append(element("summary", {}, `Everything in ${result.file}`));
      const list = element("ul");
      let sub = list;
      for (const entry of items) {
        const li = element("li", {}, entry.id ? entry.label : "");
        if (!entry.id && !("index" in entry)) {
          li.append(element("strong", {}, entry.section));
          sub = element("ul");
          li.append(" ", ...actions(entry), sub);
          list.append(li);
          continue;
        }
        if (!entry.id) li.textContent = entry.label;
        li.append(" ", ...actions(entry));
        sub.append(li);
      }
      for (const empty of list.querySelectorAll("ul:empty")) empty.remove();
      outlineBox.append(list);
      outlineBox.hidden = false;
    });

    undo.addEventListener("click", async () => {
      const result = await post("undo", { story: file, digest: story.dataset.annDigest });
      if (!result.ok) { say(failure(result), true); return; }
      sessionStorage.removeItem(key);
      undo.hidden = true;
      say(`Undone: ${result.file} is back as it was; the page reloads when it is rebuilt.`);
    });
  }
  stories.forEach(setUp);
})();
