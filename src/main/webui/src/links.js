// Where an IRI of the dataset is shown on this server: its linked-data page, for entities, claims and transcripts.

const PAGED = ['entity/', 'claim/', 'transcript/'];

/** The path of the IRI's page on this server, or null when it has none here. */
export function pagePath(iri, base) {
  if (!iri || !iri.startsWith(base)) return null;
  const rel = iri.slice(base.length).split('#')[0];
  if (!PAGED.some((p) => rel.startsWith(p))) return null;
  return '/' + rel.split('/').map((seg) => encodeURIComponent(decodeSafely(seg))).join('/');
}

function decodeSafely(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** An element: <a> to the page when there is one, else a <span>. */
export function link(text, iri, base, className) {
  const path = pagePath(iri, base);
  const el = document.createElement(path ? 'a' : 'span');
  if (path) el.href = path;
  el.textContent = text;
  if (className) el.className = className;
  if (iri) el.title = iri;
  return el;
}

/** 'basedOn' → 'based on', as the ontology's English labels read. */
export function words(camel) {
  return String(camel).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A new element with text and a class, in one line. */
export function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}
