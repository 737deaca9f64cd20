// Material for MkDocs' colour palette before its bundle is there. Material restores the stored
// palette with an inline script (moved to files here for the CSP) and leaves the rest to its
// bundle: painting the preferred palette, showing the toggle, switching on a tap. The bundle now
// arrives on the reader's first interaction (material-defer.js), so this script, run right after
// the palette form, does what the bundle's palette component does on mounting and on a change
// (components/palette in Material's sources), until the bundle has mounted: the page paints in
// the right palette with its toggle shown (nothing moves or flashes later), and a tap on the
// toggle made before the bundle arrives switches the palette and is stored where Material reads
// it when it mounts, so it is kept.
(() => {
  const form = document.querySelector("form[data-md-component=palette]");
  if (!form) return;
  const inputs = [...form.querySelectorAll("input")];
  const mounted = () => "component$" in window; // the bundle's last statement exports this
  const stored = __md_get("__palette");
  const preferred = inputs.findIndex((input) => matchMedia(input.dataset.mdColorMedia).matches);
  let index = Number.isInteger(stored?.index) ? stored.index : preferred;
  paint(inputs[Math.max(0, Math.min(index, inputs.length - 1))]);

  function paint(input) {
    index = inputs.indexOf(input);
    const color = {};
    for (const key of ["media", "scheme", "primary", "accent"]) color[key] = input.getAttribute(`data-md-color-${key}`);
    if (color.media === "(prefers-color-scheme)") {
      const light = matchMedia("(prefers-color-scheme: light)").matches;
      const system = form.querySelector(`[data-md-color-media='(prefers-color-scheme: ${light ? "light" : "dark"})']`);
      for (const key of ["scheme", "primary", "accent"]) color[key] = system.getAttribute(`data-md-color-${key}`);
    }
    for (const [key, value] of Object.entries(color)) document.body.setAttribute(`data-md-color-${key}`, value);
    inputs.forEach((other, i) => {
      if (other.nextElementSibling instanceof HTMLLabelElement) other.nextElementSibling.hidden = i !== index;
    });
    return { index, color };
  }

  // As Material does, colours switch at once rather than through every transition on the page.
  form.addEventListener("change", (event) => {
    if (mounted() || !inputs.includes(event.target)) return;
    document.body.setAttribute("data-md-color-switching", "");
    __md_set("__palette", paint(event.target));
    setTimeout(() => document.body.removeAttribute("data-md-color-switching"));
  });
  form.addEventListener("keydown", (event) => {
    if (mounted() || event.key !== "Enter") return;
    const next = inputs[(index + 1) % inputs.length];
    next.click();
    next.focus();
  });
})();
