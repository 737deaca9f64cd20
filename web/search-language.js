// Material's search worker, limited to the reader's language: the site has one index for all
// eight languages, so this wrapper keeps only the documents of the page's language and loads
// only that language's stemmer, then hands over to Material's own worker unchanged.
const params = new URL(self.location.href).searchParams;
const lang = params.get("lang");
const others = params.get("others").split(",").filter(Boolean);
const inLanguage = (location) =>
  lang === params.get("default")
    ? !others.some((code) => location.startsWith(`${code}/`))
    : location.startsWith(`${lang}/`);

let forwarding = false;
self.addEventListener("message", (event) => {
  if (forwarding || event.data?.type !== 0) return; // 0: Material's "setup" message
  event.stopImmediatePropagation();
  const { config, docs, options } = event.data.data;
  const data = { config: { ...config, lang: [lang] }, docs: docs.filter((doc) => inLanguage(doc.location)), options };
  forwarding = true;
  self.dispatchEvent(new MessageEvent("message", { data: { type: 0, data } }));
  forwarding = false;
});

importScripts(params.get("worker"));
