// The graph of entities (nodes) and claims (edges) from /ui/graph.json, which the server makes with the export code
// (the Cytoscape.js elements of `claimgraph export --format cytoscape`), drawn with Cytoscape.js.
import cytoscape from 'cytoscape';
import { words } from './links.js';

/** Node colours by entity class, as in the DOT export's picture. */
const COLOURS = {
  Model: '#4e79a7', Organisation: '#f28e2b', Person: '#e15759', Concept: '#76b7b2', Modality: '#59a14f',
  Dataset: '#edc948', Capability: '#b07aa1', Language: '#ff9da7', Method: '#9c755f', Time: '#bab0ac',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => COLOURS[n.data('type')] || '#999',
      label: 'data(label)',
      width: (n) => 18 + 7 * Math.log2(1 + (n.data('mentions') || 0)),
      height: (n) => 18 + 7 * Math.log2(1 + (n.data('mentions') || 0)),
      'font-size': 14,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#fff',
      'text-background-opacity': 0.7,
      'text-background-padding': 1,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
      width: (e) => 1.5 + Math.min(4, (e.data('supportCount') || 1) - 1),
      label: (e) => (e.data('polarity') === 'negative' ? 'not ' : '') + words(e.data('relation'))
        + ((e.data('supportCount') || 1) > 1 ? ' ×' + e.data('supportCount') : ''),
      'font-size': 11,
      'min-zoomed-font-size': 8,
      color: '#555',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge[certainty = "hedged"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[certainty = "speculative"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[polarity = "negative"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', color: '#c0392b' } },
  { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
  { selector: 'edge:selected', style: { 'line-color': '#e69500', 'target-arrow-color': '#e69500', width: 4 } },
  { selector: '.faded', style: { opacity: 0.4 } },
];

export async function startGraph(container, { onClaim, onEntity }) {
  const r = await fetch('/ui/graph.json');
  if (!r.ok) throw new Error('/ui/graph.json: HTTP ' + r.status);
  const { elements } = await r.json();
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    // A circle first, then force-directed from there without random starts: the same data gives the same picture.
    layout: { name: 'circle' },
  });
  cy.layout({ name: 'cose', randomize: false, animate: false, nodeRepulsion: () => 6000, idealEdgeLength: () => 70,
    nodeOverlap: 20, padding: 20, componentSpacing: 30, gravity: 1.5 }).run();
  cy.fit(undefined, 20);

  cy.on('tap', 'edge', (e) => {
    select(e.target);
    onClaim(e.target);
  });
  cy.on('tap', 'node', (e) => {
    select(e.target);
    onEntity(e.target);
  });
  cy.on('tap', (e) => {
    if (e.target === cy) cy.elements().removeClass('faded');
  });

  function select(ele) {
    cy.elements().unselect();
    ele.select();
    const near = ele.isEdge() ? ele.union(ele.connectedNodes()) : ele.closedNeighborhood();
    cy.elements().addClass('faded');
    near.removeClass('faded');
  }

  /**
   * Brings a node or edge (by IRI) into view and selects it; with `open`, also shows its details as a click would.
   * Returns false when the graph does not show it.
   */
  function focus(iri, open) {
    const ele = cy.getElementById(iri);
    if (ele.empty()) return false;
    select(ele);
    const around = ele.isEdge() ? ele.union(ele.connectedNodes()) : ele.closedNeighborhood();
    cy.fit(around, 60);
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center(around);
    }
    if (open) (ele.isEdge() ? onClaim : onEntity)(ele);
    container.scrollIntoView({ block: 'nearest' });
    return true;
  }

  return { cy, focus };
}
