// The checker page: collects the form, talks to the Python worker, renders the answer it gets.
// Every text comes from the worker or from the page itself; nothing is ever inserted as HTML,
// nothing is stored, nothing leaves the browser.

const READY_TIMEOUT_MS = 60000; // never a spinner forever: past this, show the fallback

const form = document.getElementById("refund-checker");
if (form) start(form);

function start(form) {
  const result = document.getElementById("checker-result");
  const body = result.querySelector(".result-body");
  const status = document.getElementById("checker-status");
  const texts = document.getElementById("checker-messages").dataset;
  const fieldBoxes = [...form.querySelectorAll("[data-field]")]; // one per question, in order
  const email = document.getElementById("email-support");
  const mailto = email.getAttribute("href"); // "mailto:<support address>", from the build
  let worker;
  let sequence = 0;
  let ready = false;
  let failed = false;

  form.elements.requested.value = localToday();
  updateVisibility();

  const fail = () => {
    if (failed) return;
    failed = true;
    form.dataset.state = "failed";
    document.getElementById("checker-fallback").hidden = false;
    form.hidden = true;
    worker?.terminate();
  };
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") return fail();
  try {
    worker = new Worker(new URL("__WORKER__", import.meta.url), { type: "module" });
  } catch {
    return fail();
  }
  const timer = setTimeout(fail, READY_TIMEOUT_MS);
  worker.addEventListener("error", fail);
  worker.addEventListener("messageerror", fail);
  worker.addEventListener("message", ({ data }) => {
    if (data.type === "ready") {
      clearTimeout(timer);
      ready = true;
      form.dataset.state = "ready";
      status.textContent = texts.ready;
      performance.mark("checker-ready");
      if (isFilled()) check();
    } else if (data.type === "failed") {
      fail();
    } else if (data.type === "result" && data.id === sequence) {
      render(JSON.parse(data.json));
    }
  });

  // A reset (the browser's, or a page restored from its cache) empties the answer too.
  form.addEventListener("reset", () => {
    sequence += 1; // an answer still on its way is for the form as it was
    setTimeout(() => {
      form.elements.requested.value = localToday();
      updateVisibility();
      clearErrors();
      body.hidden = true;
      result.dataset.outcome = "";
    });
  });

  form.addEventListener("change", () => {
    updateVisibility();
    if (ready && isFilled()) check();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!ready) return;
    check();
    result.focus();
  });

  function isFilled() {
    return fieldBoxes.every((box) => box.hidden || box.dataset.required !== "true" || form.elements[box.dataset.field].value);
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
    for (const slot of form.querySelectorAll("[data-error-for]")) slot.textContent = "";
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  }

  function render(answer) {
    clearErrors();
    if (answer.error) {
      result.dataset.outcome = "";
      body.hidden = true;
      const slot = form.querySelector(`[data-error-for="${answer.field}"]`);
      (slot || status).textContent = answer.message;
      form.elements[answer.field]?.setAttribute?.("aria-invalid", "true");
      return;
    }
    for (const node of body.querySelectorAll("[data-text]")) node.textContent = answer[node.dataset.text];
    fillList("facts", answer.facts.map((text) => [text]));
    fillList("next_steps", answer.next_steps.map((text) => [text]));
    fillList("what_to_send", answer.what_to_send.map((text, i) => [text + " ", clauseLink(answer.what_to_send_clauses[i])]));
    fillList("clauses", answer.clauses.map((clause) => [clauseLink(clause)]));
    email.href = `${mailto}?subject=${encodeURIComponent(answer.email_subject)}&body=${encodeURIComponent(answer.email_body)}`;
    body.hidden = false;
    result.dataset.outcome = answer.outcome;
    performance.mark("checker-answer");
  }

  function fillList(name, items) {
    const list = body.querySelector(`[data-list="${name}"]`);
    list.replaceChildren(...items.map((parts) => {
      const item = document.createElement("li");
      item.append(...parts);
      return item;
    }));
  }

  function clauseLink(clause) {
    return document.getElementById("clause-links").content.querySelector(`[data-clause="${clause}"]`).cloneNode(true);
  }
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
