// The search box. It asks the server's full-text search, GET /search?q=TEXT, where the page says the server has it
// (<body data-search>); a server without it (or one that answers 404) is searched with SPARQL instead: labels of the entities mentioned, claim labels and evidence quotes containing the text,
// ignoring case. Results link to their pages; entities and claims can be shown in the graph.
import { el, link } from './links.js';

const PREFIXES = `PREFIX cg:   <https://w3id.org/claimgraph/ns#>
PREFIX oa:   <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

/** The SPARQL fallback: the same result shape as /search. `text` goes in as a JSON string, a valid SPARQL literal. */
export function fallbackQuery(text) {
  const q = JSON.stringify(text.toLowerCase());
  return PREFIXES + `SELECT ?iri ?kind ?label ?snippet ?claim ?transcript WHERE {
  {
    ?iri cg:mentionCount [] ; rdfs:label|skos:prefLabel|skos:altLabel ?snippet .
    FILTER (CONTAINS(LCASE(STR(?snippet)), ${q}))
    BIND ("entity" AS ?kind)
    OPTIONAL { ?iri skos:prefLabel ?label FILTER (LANGMATCHES(LANG(?label), "en")) }
  } UNION {
    ?iri a cg:Claim ; rdfs:label ?snippet .
    FILTER (CONTAINS(LCASE(STR(?snippet)), ${q}))
    BIND ("claim" AS ?kind) BIND (?iri AS ?claim) BIND (?snippet AS ?label)
  } UNION {
    ?iri a cg:Evidence ; oa:hasBody ?claim ; oa:hasTarget ?target .
    ?target oa:hasSource ?transcript ; oa:hasSelector/oa:exact ?snippet .
    FILTER (CONTAINS(LCASE(STR(?snippet)), ${q}))
    BIND ("evidence" AS ?kind)
    OPTIONAL { ?claim rdfs:label ?label }
  }
} LIMIT 200`;
}

const ORDER = { entity: 0, claim: 1, evidence: 2, transcript: 3 };

export function startSearch(form, box, site, graph) {
  let serverSearch = Boolean(site.search); // false from the first 404 on
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = new FormData(form).get('q').trim();
    if (!text) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    box.replaceChildren(el('p', 'Searching…', 'hint'));
    try {
      const results = await search(text);
      render(text, results);
    } catch (e) {
      box.replaceChildren(el('p', 'Search failed: ' + e.message, 'error'));
    }
  });

  async function search(text) {
    if (serverSearch) {
      const r = await fetch(site.search + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } });
      if (r.ok) return (await r.json()).results || [];
      if (r.status !== 404) throw new Error(site.search + ': HTTP ' + r.status);
      serverSearch = false;
    }
    const rows = await window.claimgraph.sparql.select(fallbackQuery(text));
    const seen = new Set();
    const results = [];
    for (const b of rows) {
      const v = (k) => (b[k] ? b[k].value : undefined);
      if (seen.has(v('iri'))) continue;
      seen.add(v('iri'));
      results.push({ iri: v('iri'), kind: v('kind'), label: v('label') || v('snippet'), snippet: v('snippet'),
        claim: v('claim'), transcript: v('transcript') });
    }
    results.sort((a, b) => (ORDER[a.kind] ?? 9) - (ORDER[b.kind] ?? 9));
    return results;
  }

  function render(text, results) {
    const head = el('p', null, 'search-head');
    head.append(`${results.length} result${results.length === 1 ? '' : 's'} for “${text}”${serverSearch ? '' : ' (SPARQL search)'} `);
    const close = el('button', 'close');
    close.type = 'button';
    close.addEventListener('click', () => (box.hidden = true));
    head.append(close);
    const list = el('ul', null, 'search-list');
    for (const r of results) {
      const li = el('li');
      li.dataset.kind = r.kind;
      li.dataset.iri = r.iri;
      li.append(el('span', r.kind, 'kind'), ' ');
      // Evidence and its IRI (a fragment of the transcript) is shown on its claim's page.
      li.append(link(r.label || r.iri, r.kind === 'evidence' && r.claim ? r.claim : r.iri, site.base, 'result'));
      const target = r.kind === 'entity' ? r.iri : r.claim || (r.kind === 'claim' ? r.iri : null);
      if (target && graph.cy.getElementById(target).nonempty()) {
        const show = el('button', 'show in graph', 'show-in-graph');
        show.type = 'button';
        show.addEventListener('click', () => graph.focus(target, true));
        li.append(' ', show);
      }
      if (r.snippet && r.snippet !== r.label) li.append(highlighted(r.snippet, text));
      list.append(li);
    }
    box.replaceChildren(head, list);
  }
}

/** The snippet with each occurrence of `text` (ignoring case) in <mark>. */
function highlighted(snippet, text) {
  const p = el('p', null, 'snippet');
  const lower = snippet.toLowerCase();
  const needle = text.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(needle); needle && i >= 0; i = lower.indexOf(needle, at)) {
    p.append(snippet.slice(at, i), el('mark', snippet.slice(i, i + needle.length)));
    at = i + needle.length;
  }
  p.append(snippet.slice(at));
  return p;
}
