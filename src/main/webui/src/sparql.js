// The SPARQL editor and results (YASGUI), fixed on this server's endpoint, and the canned queries as one-click
// examples. YASGUI's defaults reach out to other sites (Linked Open Vocabularies for autocompletion, DBpedia and
// Wikidata as example endpoints): all of that is switched off here, so the page works offline.
import Yasgui from '@zazuko/yasgui';
import '@zazuko/yasgui/build/yasgui.min.css';

/** Autocompleters that need no other site: prefixes (ClaimGraph's, from this server), and the query's variables. */
const LOCAL_AUTOCOMPLETERS = ['prefixes', 'variables'];
/** The prefixes to complete after PREFIX, in prefix.cc's format: ClaimGraph's own, not YASQE's crowd-sourced list. */
const PREFIXES = '/ui/prefixes.json';

export function startSparql(container, examples, site) {
  Yasgui.Yasqe.defaults.autocompleters = LOCAL_AUTOCOMPLETERS.filter((a) => a in Yasgui.Yasqe.Autocompleters);
  Yasgui.Yasqe.defaults.prefixCcApi = PREFIXES;
  const endpoint = site.endpoint;
  const yasgui = new Yasgui(container, {
    requestConfig: { endpoint, method: 'POST' },
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    copyEndpointOnNewTab: true,
    persistenceId: null, // a fresh editor per visit: no endpoint or query of another server left in localStorage
    populateFromUrl: false,
    corsProxy: undefined,
    tabName: 'Query',
    yasqe: { autocompleters: Yasgui.Yasqe.defaults.autocompleters, prefixCcApi: PREFIXES, editorHeight: '260px' },
    yasr: { pluginOrder: ['table', 'response'], defaultPlugin: 'table' },
  });
  const tab = () => yasgui.getTab();

  const byFile = new Map();
  const queriesLoaded = fetch('/ui/queries.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error('/ui/queries.json: HTTP ' + r.status))))
    .then((list) => {
      for (const q of list) byFile.set(q.file, q);
      if (list.length > 0) tab().setQuery(list[0].query);
      return list;
    });

  // The server wrote each canned query as a link that runs it as CSV; here a click runs it in the editor instead.
  examples.addEventListener('click', async (event) => {
    const a = event.target.closest('a[data-file]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    await queriesLoaded;
    const q = byFile.get(a.dataset.file);
    if (!q) return;
    for (const other of examples.querySelectorAll('a.active')) other.classList.remove('active');
    a.classList.add('active');
    run(q.query);
  });

  /** Puts a query into the editor and runs it. */
  function run(query) {
    const t = tab();
    t.setQuery(query);
    t.getYasqe().query();
    container.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  /** Runs a query without the editor: the JSON results, for the search fallback. */
  async function select(query) {
    const r = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query }),
    });
    if (!r.ok) throw new Error('SPARQL: HTTP ' + r.status + ' ' + (await r.text()));
    return (await r.json()).results.bindings;
  }

  return { yasgui, run, select, queriesLoaded };
}
