// The web UI at /: the server writes the page (links, canned queries); this bundle adds the SPARQL editor, the search
// box and the graph view. Everything it loads comes from this server: the bundle, /ui/*.json and /kg/sparql.
import { startSparql } from './sparql.js';
import { startGraph } from './graph.js';
import { startSearch } from './search.js';
import { showClaim, showEntity } from './details.js';
import './app.css';

async function main() {
  const body = document.body;
  const site = {
    base: body.dataset.base,                // the base IRI of the data, e.g. http://localhost:3030/
    endpoint: new URL('/kg/sparql', location.href).href,
    search: body.dataset.search || null,    // the full-text search, when the server has one
  };
  // For the browser test and for the curious: the running parts.
  const ui = (window.claimgraph = { site });

  ui.sparql = startSparql(document.getElementById('yasgui'), document.getElementById('examples'), site);

  const details = document.getElementById('details');
  const section = document.getElementById('graph-view');
  section.hidden = false;
  ui.graph = await startGraph(document.getElementById('graph'), {
    onClaim: (edge) => showClaim(details, edge.id(), site),
    onEntity: (node) => showEntity(details, node, (edgeId) => ui.graph.focus(edgeId, true)),
  });
  ui.focus = ui.graph.focus;

  startSearch(document.getElementById('search'), document.getElementById('search-results'), site, ui.graph);
  ui.ready = true;
  body.classList.add('ready');
}

main().catch((e) => {
  console.error('ClaimGraph UI failed to start', e);
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = 'The web UI failed to start: ' + e.message;
  document.querySelector('header.top').after(p);
});
