// The side panel: a claim with its certainty, polarity, support and evidence (with who it is from, what it is about,
// the year and quantities said with it), each quote shown in its transcript with the evidence span highlighted; or an
// entity with its claims.
import { el, link, words } from './links.js';

let shown = 0; // the latest request wins when clicks come faster than answers

/** Shows the claim with IRI `iri` (fetched from /ui/claim.json). */
export async function showClaim(panel, iri, site) {
  const ticket = ++shown;
  panel.replaceChildren(el('p', 'Loading the claim…', 'hint'));
  const r = await fetch('/ui/claim.json?iri=' + encodeURIComponent(iri));
  if (ticket !== shown) return;
  if (!r.ok) {
    panel.replaceChildren(el('p', 'Could not load the claim: ' + (await r.text()), 'error'));
    return;
  }
  renderClaim(panel, await r.json(), site.base);
}

function renderClaim(panel, c, base) {
  const title = el('h3', null, 'claim-title');
  title.append(link(c.subject.label, c.subject.iri, base), ' ',
    el('span', (c.polarity === 'negative' ? 'not ' : '') + (c.relationLabel || words(c.relation)), 'relation'), ' ',
    link(c.object.label, c.object.iri, base));

  const facts = el('table', null, 'facts');
  const row = (k, v) => {
    const tr = facts.insertRow();
    tr.append(el('th', k));
    const td = tr.insertCell();
    td.append(v);
    return td;
  };
  row('relation', c.relationLabel || words(c.relation));
  row('certainty', c.certainty || '—').className = 'certainty';
  row('polarity', c.polarity);
  row('support', String(c.supportCount ?? c.evidence.length) + (c.supportCount === 1 ? ' statement' : ' statements'));
  row('claim', link('page of the claim', c.iri, base));

  const list = el('ol', null, 'evidence');
  const viewer = el('div', null, 'transcript-view');
  c.evidence.forEach((ev, i) => {
    const li = el('li');
    li.append(el('blockquote', ev.quote, 'quote'));
    const meta = el('p', null, 'meta');
    const source = c.sources[ev.source] || { label: ev.source };
    meta.append(ev.certainty || '', ev.cue ? ' (cue “' + ev.cue + '”)' : '', ' · ');
    // what the statement is qualified by, where it says so
    if (ev.attributedTo) meta.append('from ', link(ev.attributedTo.label, ev.attributedTo.iri, base), ' · ');
    if (ev.aspect) meta.append('about ', link(ev.aspect.label, ev.aspect.iri, base), ' · ');
    if (ev.year) meta.append('for ' + ev.year + ' · ');
    if (ev.quantities) meta.append('with ' + ev.quantities.join(', ') + ' · ');
    meta.append(link(source.label || ev.source, ev.source, base), ` · characters ${ev.start}–${ev.end} · `);
    const show = el('button', 'show in transcript', 'show-span');
    show.type = 'button';
    show.addEventListener('click', () => showSpan(viewer, source, ev, list, li));
    meta.append(show);
    li.append(meta);
    list.append(li);
    if (i === 0) queueMicrotask(() => showSpan(viewer, source, ev, list, li));
  });

  panel.replaceChildren(title, facts, el('h4', c.evidence.length === 1 ? 'Evidence' : `Evidence (${c.evidence.length})`), list, viewer);
  panel.dataset.claim = c.iri;
}

/**
 * Shows the transcript's text with [start, end) highlighted. The offsets count code points (oa:start/oa:end), while
 * JavaScript strings count UTF-16 units, so the text is cut as an array of code points.
 */
function showSpan(viewer, source, ev, list, item) {
  for (const li of list.children) li.classList.toggle('current', li === item);
  const heading = el('h4', null);
  heading.append('In ', link(source.label || source.iri, source.iri, viewer.ownerDocument.body.dataset.base));
  if (typeof source.text !== 'string') {
    viewer.replaceChildren(heading, el('p', 'The text of this transcript is not in the dataset.', 'hint'));
    return;
  }
  const points = Array.from(source.text);
  const text = el('div', null, 'transcript-text');
  const mark = el('mark', points.slice(ev.start, ev.end).join(''));
  mark.dataset.evidence = ev.iri;
  text.append(points.slice(0, ev.start).join(''), mark, points.slice(ev.end).join(''));
  viewer.replaceChildren(heading, text);
  // Scroll the text box only, not the page.
  text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3); // .transcript-text is the offsetParent
}

/** Shows an entity (a graph node) and its claims; `openClaim(edgeId)` opens one of them. */
export function showEntity(panel, node, openClaim) {
  shown++;
  const base = panel.ownerDocument.body.dataset.base;
  const d = node.data();
  const title = el('h3');
  title.append(link(d.label, d.id, base));
  const facts = el('p', `${d.type} · mentioned ${d.mentions} time${d.mentions === 1 ? '' : 's'}`, 'meta');
  const claims = el('ul', null, 'entity-claims');
  node.connectedEdges().forEach((e) => {
    const li = el('li');
    const a = el('a', `${e.source().data('label')} ${e.data('polarity') === 'negative' ? 'not ' : ''}${words(e.data('relation'))} ${e.target().data('label')}`);
    a.href = '#';
    a.addEventListener('click', (event) => {
      event.preventDefault();
      openClaim(e.id());
    });
    li.append(a, el('span', ` (${e.data('certainty')}, ×${e.data('supportCount')})`, 'meta'));
    claims.append(li);
  });
  panel.replaceChildren(title, facts, el('h4', 'Claims'), claims);
  delete panel.dataset.claim;
}
