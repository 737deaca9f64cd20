// The checker page: collects the form, talks to the Python worker, renders the answer it gets.
// Every text comes from the worker or from the page itself; nothing is ever inserted as HTML,
// nothing is stored, nothing leaves the browser. Every element it uses is found inside its own
// container, which the build makes (overrides/partials/checker/page.html), never by a
// document-wide id: an element elsewhere on the page that has one of its ids is ignored.

const READY_TIMEOUT_MS = 60000; // never a spinner forever: past this, show the fallback

// This script is in the page's <head>: the worker starts before the page is parsed, and what it
// says meanwhile is kept until the form is there to show it.
const worker = startWorker();
const early = [];
let receive = (message) => early.push(message);
worker?.addEventListener("message", ({ data }) => receive(data));
for (const type of ["error", "messageerror"]) worker?.addEventListener(type, () => receive({ type: "failed" }));
// The worker's own marks, on the page's timeline too: every engine's automation can read them here.
worker?.addEventListener("message", ({ data }) => data.type === "mark" && performance.mark(`worker:${data.name}`));

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire, { once: true });
else wire();

function startWorker() {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") return undefined;
  try {
    return new Worker(new URL("__WORKER__", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
}

function wire() {
  const app = ownContainer();
  if (!app) return worker?.terminate();
  receive = start(app);
  for (const message of early.splice(0)) receive(message);
}

// The container the build made. A page with none, or with two (the build refuses an id given
// twice: such a page is not one it made), is not the checker's: the script stands aside, and the
// decision table is the page.
function ownContainer() {
  const found = document.querySelectorAll("div#checker-app");
  return found.length === 1 && found[0].querySelector("form#refund-checker") ? found[0] : null;
}

// Wires the form of the container ``app``; returns what to do with each message from the worker.
function start(app) {
  const own = (selector) => app.querySelector(selector);
  const form = own("form#refund-checker");
  const result = own("#checker-result");
  const body = result.querySelector(".result-body");
  const title = own("#result-title");
  const status = own("#checker-status");
  const progress = own("#checker-progress");
  const bar = own("#checker-progress-bar");
  const phase = progress.querySelector("label"); // what the bar measures: the download, then the start
  const texts = own("#checker-messages").dataset;
  const starting = status.textContent; // said until the worker is ready: never a form that only looks ready
  const fieldBoxes = [...form.querySelectorAll("[data-field]")]; // one per question, in order
  const email = own("#email-support");
  const mailto = email.getAttribute("href"); // "mailto:<support address>", from the build
  const versionLink = own("#version-link");
  const languageHome = versionLink.getAttribute("href"); // the policy page, one level up
  let sequence = 0;
  let ready = false;
  let failed = false;
  let revealAnswer = false; // the reader pressed the button: show them the answer or the error
  let downloaded = false; // every byte of the runtime is in: Python is starting
  let answered = false; // an answer is shown: it follows the form's changes from then on, quietly

  form.hidden = false; // without JavaScript it stays hidden: the decision table is the page
  form.elements.requested.value = localToday();
  form.elements.purchased.max = localToday(); // a purchase cannot be in the future
  updateVisibility();

  const fail = () => {
    if (failed) return;
    failed = true;
    form.dataset.state = "failed";
    own("#checker-fallback").hidden = false;
    form.hidden = true;
    worker?.terminate();
  };
  if (!worker) {
    fail();
    return () => {};
  }
  const timer = setTimeout(fail, READY_TIMEOUT_MS);
  const onMessage = (data) => {
    if (data.type === "progress" && !downloaded) {
      bar.value = Math.min(99, Math.floor((100 * data.loaded) / data.total)); // full: only once ready
      // Every byte is in, and Python is still starting (seconds in some engines): the bar no
      // longer measures anything, so it says so instead of standing full.
      if (data.loaded >= data.total) {
        downloaded = true;
        phase.textContent = texts.preparing;
        bar.removeAttribute("value");
      }
    } else if (data.type === "ready") {
      clearTimeout(timer);
      ready = true;
      form.dataset.state = "ready";
      delete form.dataset.waiting;
      status.textContent = texts.ready;
      progress.hidden = true;
      performance.mark("checker-ready");
      if (revealAnswer) check();
    } else if (data.type === "failed") {
      fail();
    } else if (data.type === "result" && data.id === sequence) {
      render(JSON.parse(data.json));
    }
  };

  // A reset (the browser's, or a page restored from its cache) empties the answer too.
  form.addEventListener("reset", () => {
    sequence += 1; // an answer still on its way is for the form as it was
    revealAnswer = false;
    answered = false;
    if (!ready) stopWaiting();
    setTimeout(() => {
      form.elements.requested.value = localToday();
      updateVisibility();
      clearErrors();
      body.hidden = true;
      result.dataset.outcome = "";
      result.dataset.reason = "";
    });
  });

  // A field being corrected loses its error at once; on "input", not "change", which a text
  // field fires only when left: the error going would move the page under the reader's click.
  form.addEventListener("input", (event) => clearError(event.target.closest("[data-field]")));
  // The answer comes on submit only, and is announced then, once. An answer already shown follows
  // later changes without being announced again, or goes while a question is left unanswered:
  // the page never shows an answer to something the reader did not say.
  form.addEventListener("change", () => {
    updateVisibility();
    // A press still waiting for its answer: the answer is for the form as it stands, now or
    // when Python is ready (a request already on its way is for the form as it was).
    if (revealAnswer) return ready && check();
    if (!answered) return;
    if (isFilled()) {
      if (ready) check();
    } else {
      sequence += 1; // an answer on its way is for the form as it was
      hideAnswer();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    revealAnswer = true;
    if (ready) return check();
    // Pressed before Python is ready: the press is taken, and said so at once, next to the
    // button (read out politely by the status), with the progress right under it; the answer
    // comes the moment Python is ready, without a second press.
    form.dataset.waiting = "";
    status.textContent = texts.waiting;
    progress.scrollIntoView({ block: "nearest" });
  });

  return onMessage;

  function stopWaiting() {
    delete form.dataset.waiting;
    status.textContent = starting;
  }

  function isFilled() {
    return fieldBoxes.every((box) => box.hidden || form.elements[box.dataset.field].value);
  }

  function check() {
    sequence += 1;
    performance.mark("checker-submit");
    const fields = {};
    for (const box of fieldBoxes) {
      if (!box.hidden) fields[box.dataset.field] = form.elements[box.dataset.field].value;
    }
    const payload = { fields, lang: form.dataset.lang, today: localToday() };
    worker.postMessage({ id: sequence, payload: JSON.stringify(payload) });
  }

  function updateVisibility() {
    const problem = form.elements.problem.value;
    for (const box of form.querySelectorAll("[data-shown-when]")) {
      box.hidden = !box.dataset.shownWhen.split(" ").includes(problem);
    }
  }

  function clearErrors() {
    for (const box of fieldBoxes) clearError(box);
  }

  function clearError(box) {
    if (!box) return;
    box.querySelector("[data-error-for]").textContent = "";
    for (const element of [box, ...box.querySelectorAll("[aria-invalid]")]) element.removeAttribute("aria-invalid");
  }

  function render(answer) {
    const reveal = revealAnswer;
    revealAnswer = false;
    clearErrors();
    if (answer.error) return renderErrors(answer, reveal);
    answered = true;
    const mail = `${mailto}?subject=${encodeURIComponent(answer.email_subject)}&body=${encodeURIComponent(answer.email_body)}`;
    for (const node of body.querySelectorAll("[data-text]")) node.textContent = answer[node.dataset.text];
    fillList("facts", answer.facts.map((text) => [text]));
    fillList("next_steps", answer.next_steps.map((text) => withContactLinks(text, mail)));
    fillList("what_to_send", answer.what_to_send.map((text, i) => [text + " ", clauseLink(answer.what_to_send_clauses[i])]));
    fillList("clauses", answer.clauses.map((clause) => [clauseLink(clause)]));
    showSection("what_to_send", answer.what_to_send.length > 0);
    showSection("version_note", answer.version_note !== "");
    versionLink.hidden = answer.policy_version_current;
    versionLink.href = languageHome + answer.policy_version_page;
    fillInputs(answer.inputs);
    email.href = mail;
    email.dataset.kind = answer.email_kind;
    body.hidden = false;
    result.dataset.outcome = answer.outcome;
    result.dataset.reason = answer.reason;
    if (reveal) show(title);
    performance.mark("checker-answer");
  }

  function hideAnswer() {
    answered = false;
    result.dataset.outcome = "";
    result.dataset.reason = "";
    body.hidden = true;
  }

  function renderErrors(answer, reveal) {
    hideAnswer();
    let first = null; // the first field in error: [the box to scroll to, the control to focus]
    for (const error of answer.errors) {
      const box = form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
      if (!box || box.hidden) {
        status.textContent = error.message; // not about a field the reader can see
        continue;
      }
      box.querySelector("[data-error-for]").textContent = error.message;
      const controls = box.matches("fieldset") ? [box, ...box.querySelectorAll("input")] : [form.elements[error.field]];
      for (const control of controls) control.setAttribute("aria-invalid", "true");
      const control = box.matches("fieldset") ? (box.querySelector("input:checked") ?? box.querySelector("input")) : form.elements[error.field];
      first ??= [box, control];
    }
    if (reveal) show(...(first ?? [status, status]));
  }

  // Scrolls ``box`` to just below the sticky header (CSS scroll-margin), then focuses
  // ``control``, so that screen readers read it and sighted readers see it whole.
  function show(box, control = box) {
    box.scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
  }

  function showSection(name, shown) {
    body.querySelector(`[data-section="${name}"]`).hidden = !shown;
  }

  function fillList(name, items) {
    const list = body.querySelector(`[data-list="${name}"]`);
    list.replaceChildren(...items.map((parts) => {
      const item = document.createElement("li");
      item.append(...parts);
      return item;
    }));
  }

  // The support address and WhatsApp number in a text, as links: the address opens the same
  // prefilled email as the answer's button, the number a WhatsApp chat.
  function withContactLinks(text, mail) {
    const links = [...own("#contact-links").content.children].map((link) => {
      const copy = link.cloneNode(true);
      if (copy.dataset.contact === "email") copy.href = mail;
      return copy;
    });
    const parts = [text];
    for (const link of links) {
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const at = typeof part === "string" ? part.indexOf(link.textContent) : -1;
        if (at < 0) continue;
        parts.splice(i, 1, part.slice(0, at), link.cloneNode(true), part.slice(at + link.textContent.length));
        i += 1;
      }
    }
    return parts.filter((part) => part !== "");
  }

  function fillInputs(inputs) {
    const list = body.querySelector('[data-list="inputs"]');
    list.replaceChildren(...inputs.flatMap(({ label, value }) => {
      const term = document.createElement("dt");
      const detail = document.createElement("dd");
      term.textContent = label;
      detail.textContent = value;
      return [term, detail];
    }));
  }

  function clauseLink(clause) {
    return own("#clause-links").content.querySelector(`[data-clause="${clause}"]`).cloneNode(true);
  }
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
