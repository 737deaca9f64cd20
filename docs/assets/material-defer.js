// Material for MkDocs' bundle, loaded on the reader's first interaction instead of at start-up.
//
// The bundle (114 KB, most of it unused on a page of text) cost about 0.7 s of main-thread work
// under Lighthouse's mobile CPU throttle; loaded at start-up it delayed the first input and, on
// the checker page, competed with Pyodide for the CPU. Nothing on these pages needs it before
// the reader does something: the palette toggle works without it (material-palette.js), the
// language menu is CSS and plain links, the table of contents is plain links. Search opens and
// takes typing here, and Material searches what was typed once it has mounted. toc.follow and
// the header title start with the first scroll, which loads the bundle. A page opened from a
// search result (?h=) or a search link (?q=) loads it at once: Material acts on those at start-up.
(() => {
  const bundle = document.currentScript.dataset.bundle;
  const triggers = ["pointerdown", "touchstart", "keydown", "focusin", "wheel", "scroll"];
  const listening = { capture: true, passive: true };
  const root = document.documentElement;
  const mounted = () => "component$" in window; // the bundle's last statement exports this
  // A deferred script runs before DOMContentLoaded: the bundle is only added after it.
  let parsed = document.readyState === "complete";
  document.addEventListener("DOMContentLoaded", () => (parsed = true), { once: true });
  let requested = false;

  function load() {
    if (requested) return;
    requested = true;
    for (const type of triggers) removeEventListener(type, load, listening);
    root.dataset.material = "loading";
    if (parsed) inject();
    else document.addEventListener("DOMContentLoaded", inject, { once: true });
  }

  function inject() {
    const script = document.createElement("script");
    script.src = bundle;
    script.addEventListener("load", start, { once: true });
    // Without the bundle, what works before it keeps working: the page stays as it is.
    script.addEventListener("error", () => (root.dataset.material = "failed"), { once: true });
    document.body.append(script);
  }

  // Material mounts its components when the document "becomes ready": it waits for
  // DOMContentLoaded, which has long passed, so it is announced again (the bundle is the only
  // listener on this site). Material would also fetch sitemap.xml next to every alternate link,
  // to find the same page in another language: the language menu's links already point there,
  // so the alternates are out of its sight for that one synchronous moment.
  function start() {
    const alternates = [...document.querySelectorAll("link[rel=alternate]")];
    for (const link of alternates) link.rel = "";
    document.dispatchEvent(new Event("DOMContentLoaded"));
    for (const link of alternates) link.rel = "alternate";
    root.dataset.material = "ready";
  }

  // Search before the bundle: the header's search button focuses the query field, as Material
  // does (mobile keyboards only open on a focus within the tap), focusing the field opens the
  // search panel, and Material's shortcuts (f, s, /) open search.
  const toggle = document.getElementById("__search");
  const query = document.querySelector("[data-md-component=search-query]");
  const button = document.querySelector("header [for=__search]"); // not the dialog's back arrow
  document.addEventListener("click", (event) => {
    if (!mounted() && query && button && button.contains(event.target)) query.focus();
  });
  // After the label's own toggling (a tap on the search button focuses the field first).
  document.addEventListener("focusin", (event) => {
    if (mounted() || !toggle || event.target !== query) return;
    setTimeout(() => {
      if (document.activeElement === query) toggle.checked = true;
    });
  });
  addEventListener("keydown", (event) => {
    if (mounted() || !query || toggle?.checked || event.metaKey || event.ctrlKey) return;
    if (!["f", "s", "/"].includes(event.key) || editable(document.activeElement, event.key)) return;
    query.focus();
    query.select();
    event.preventDefault();
  });

  // Material's rule for keys that belong to the focused element rather than to the page.
  function editable(element, key) {
    if (element instanceof HTMLInputElement) return element.type !== "radio" || key.startsWith("Arrow");
    if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) return true;
    return Boolean(element?.isContentEditable);
  }

  // A phone's menu. Material opens the navigation drawer with a <label> for a hidden checkbox,
  // which a tap opens (without JavaScript too) but which has no name and which no key reaches
  // (a label can take no role). With JavaScript it becomes a button, named as the navigation is
  // in the page's language, that says whether the drawer is open; Escape closes the drawer, back
  // on the button.
  const drawer = document.getElementById("__drawer");
  const label = document.querySelector("header label[for=__drawer]");
  const navigation = document.querySelector("nav.md-nav--primary[aria-label]");
  if (drawer && label && navigation) {
    const menu = document.createElement("button");
    menu.type = "button";
    menu.className = `${label.className} drawer-button`;
    menu.setAttribute("aria-label", navigation.getAttribute("aria-label"));
    menu.append(...label.childNodes);
    label.replaceWith(menu);
    const expanded = () => menu.setAttribute("aria-expanded", String(drawer.checked));
    const toggle = (open) => {
      drawer.checked = open;
      drawer.dispatchEvent(new Event("change", { bubbles: true })); // Material watches it
    };
    expanded();
    menu.addEventListener("click", () => toggle(!drawer.checked));
    drawer.addEventListener("change", expanded);
    // The bundle opens and closes the drawer itself too (a link followed, a swipe).
    document.addEventListener("transitionend", expanded);
    addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !drawer.checked) return;
      toggle(false);
      menu.focus();
    });
  }

  const params = new URLSearchParams(location.search);
  if (params.has("h") || params.has("q")) load();
  else for (const type of triggers) addEventListener(type, load, listening);
})();
