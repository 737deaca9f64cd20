// Material for MkDocs' start-up helpers (originally inline in its base template), unchanged but
// for reading the scope from this script's data attribute, so the CSP can forbid inline scripts.
__md_scope = new URL(document.currentScript.dataset.scope, location);
__md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(a.pathname + "." + e, JSON.stringify(_));
  } catch (e) {}
};

// The bundle's first statement, done here before first paint because the bundle now arrives on
// the reader's first interaction (material-defer.js): Material's CSS hides search and keeps
// sidebars at their natural height under "no-js", and the search button and palette toggle work
// before the bundle does.
document.documentElement.classList.replace("no-js", "js");
