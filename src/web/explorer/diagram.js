// @ts-check
// The routes diagram: careerPaths results laid out as one left-to-right graph, or top to bottom on a
// narrow screen (roles as boxes, moves
// as arrows labelled with their cost; stated moves solid, recorded ones long-dashed, inferred ones dashed,
// steps to the same occupation in another source dotted; the best route highlighted). Pure functions from data to an SVG string, so they run (and are tested) outside a browser.

import { bezierPoint, edgeGeometry, NODE_H, NODE_W, ROW_GAP, V_NODE_W, V_SIDE_GAP } from './geometry.js';

export { bezierPoint, edgeGeometry, NODE_H, NODE_W, V_NODE_W };

const COL_GAP = 300;
const PAD = 28;
const V_RANK_GAP = 104;
const V_PAD = 12;

/** @typedef {import('./api.js').Named} Named */

/**
 * What a step is, for its badge and arrow: stated by an article, recorded by a dataset (O*NET related
 * occupations), inferred from skills, or no move at all (the same occupation in another source).
 * @param {{ stated: boolean, kind?: string }} step
 * @returns {'stated' | 'recorded' | 'inferred' | 'equivalent'}
 */
export function stepClass(step) {
  if (step.kind === 'EQUIVALENT') return 'equivalent';
  if (step.stated) return 'stated';
  return step.kind === 'SIMILAR' || step.kind === undefined ? 'inferred' : 'recorded';
}

/** @type {Record<string, string>} */
const EDGE_TITLE = { stated: 'Stated move', recorded: 'Move recorded by a dataset', inferred: 'Inferred move', equivalent: 'Same occupation in another source, no move' };
/** @typedef {{ id: string, name: string, col: number }} Placed */
/** @typedef {{ id: string, name: string, col: number, row: number, x: number, y: number, role: 'from' | 'to' | 'via' }} LaidNode */
/** @typedef {{ from: string, to: string, cost: number, stated: boolean, kind: string, routes: number[] }} Edge */
/** @typedef {{ nodes: LaidNode[], edges: Edge[], width: number, height: number, vertical?: boolean, nodeW?: number }} Layout */
/** @typedef {import('./geometry.js').Orientation} Orientation */

/**
 * @param {Array<{ totalCost: number, steps: Array<{ from: Named, to: Named, cost: number, stated: boolean, kind?: string }> }>} paths
 * @param {{ vertical?: boolean }} [opts] vertical: ranks top to bottom, for a narrow screen
 * @returns {Layout}
 */
export function layoutRoutes(paths, opts = {}) {
  const vertical = Boolean(opts.vertical);
  /** @type {Map<string, Placed>} */
  const nodes = new Map();
  /** @type {Map<string, Edge>} */
  const edges = new Map();
  let steps = 0;
  const routes = paths.filter((p) => p.steps.length > 0);
  routes.forEach((path, r) => {
    steps = Math.max(steps, path.steps.length);
    path.steps.forEach((step, i) => {
      place(nodes, step.from, i);
      place(nodes, step.to, i + 1);
      const key = `${step.from.id}\u0000${step.to.id}`;
      const edge = edges.get(key);
      if (edge) edge.routes.push(r);
      else edges.set(key, { from: step.from.id, to: step.to.id, cost: step.cost, stated: Boolean(step.stated), kind: stepClass(step), routes: [r] });
    });
  });
  if (routes.length) {
    // Every route starts and ends at the same roles: the start in the first column, the goal in the last.
    const first = routes[0].steps;
    placed(nodes, first[0].from.id).col = 0;
    placed(nodes, first[first.length - 1].to.id).col = steps;
  }
  const start = routes.length ? routes[0].steps[0].from.id : null;
  const goal = routes.length ? routes[0].steps[routes[0].steps.length - 1].to.id : null;
  /** @type {Placed[][]} sparse: columns no route reaches stay empty */
  const columns = [];
  for (const node of nodes.values()) (columns[node.col] ??= []).push(node);
  const rows = Math.max(1, ...columns.map((c) => (c ? c.length : 0)));
  /** @type {LaidNode[]} */
  const laid = [];
  columns.forEach((column, col) => {
    if (!column) return;
    const offset = ((rows - column.length) * ROW_GAP) / 2;
    const side = ((rows - column.length) * (V_NODE_W + V_SIDE_GAP)) / 2;
    column.forEach((node, row) => {
      laid.push({
        id: node.id,
        name: node.name,
        col,
        row,
        x: vertical ? V_PAD + side + row * (V_NODE_W + V_SIDE_GAP) : PAD + col * COL_GAP,
        y: vertical ? V_PAD + col * V_RANK_GAP : PAD + offset + row * ROW_GAP,
        role: node.id === start ? 'from' : node.id === goal ? 'to' : 'via',
      });
    });
  });
  if (vertical) {
    return {
      nodes: laid,
      edges: [...edges.values()],
      width: V_PAD * 2 + rows * V_NODE_W + (rows - 1) * V_SIDE_GAP,
      height: V_PAD * 2 + steps * V_RANK_GAP + NODE_H,
      vertical,
      nodeW: V_NODE_W,
    };
  }
  return {
    nodes: laid,
    edges: [...edges.values()],
    width: PAD * 2 + steps * COL_GAP + NODE_W,
    height: PAD * 2 + (rows - 1) * ROW_GAP + NODE_H,
  };
}

/**
 * @param {Map<string, Placed>} nodes
 * @param {string} id a role every route passes through
 */
function placed(nodes, id) {
  return /** @type {Placed} */ (nodes.get(id));
}

/**
 * @param {Map<string, Placed>} nodes
 * @param {Named} role
 * @param {number} position
 */
function place(nodes, role, position) {
  const node = nodes.get(role.id);
  // A role met at different depths on different routes sits in its deepest column, keeping arrows rightward.
  if (node) node.col = Math.max(node.col, position);
  else nodes.set(role.id, { id: role.id, name: role.name, col: position });
}

/** @type {Record<string, string>} */
const XML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** @param {unknown} text */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/**
 * Splits a role name into at most two lines of about `width` characters.
 * @param {string} name
 */
export function wrapName(name, width = 20) {
  const words = String(name).split(/\s+/);
  const lines = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if (line && (line + ' ' + word).length > width && lines.length < 2) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines.map((l) => (l.length > width + 6 ? `${l.slice(0, width + 4)}…` : l));
}

/** @param {number} cost */
export function formatCost(cost) {
  return Number(cost).toFixed(1);
}

/**
 * @param {Layout} layout
 * @param {{ title: string, description: string }} text
 */
export function renderDiagramSvg(layout, text) {
  // role group, not img: the boxes are links to the roles' pages, and an image's content is presentational.
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  /** @param {string} id an edge's end, always a laid-out node */
  const node = (id) => /** @type {LaidNode} */ (byId.get(id));
  /** @type {Orientation} */
  const o = { vertical: layout.vertical, nodeW: layout.nodeW };
  // Bowed arrows may leave the boxes' canvas: grow the view box to whatever the curves reach.
  let top = 0;
  let bottom = layout.height;
  let left = 0;
  let right = layout.width;
  for (const e of layout.edges) {
    const { curve } = edgeGeometry(node(e.from), node(e.to), layout.nodes, o);
    for (let i = 0; i <= 20; i++) {
      const [x, y] = bezierPoint(curve, i / 20);
      top = Math.min(top, y - 16);
      bottom = Math.max(bottom, y + 16);
      left = Math.min(left, x - 24);
      right = Math.max(right, x + 24);
    }
  }
  top = Math.floor(top);
  left = Math.floor(left);
  const height = Math.ceil(bottom) - top;
  const width = Math.ceil(right) - left;
  const edges = layout.edges
    .map((e) => edgeSvg(e, node(e.from), node(e.to), layout.nodes, o))
    .join('');
  const nodes = layout.nodes.map((n) => nodeSvg(n, o)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="routes-svg${layout.vertical ? ' vertical' : ''}" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="routes-svg-title routes-svg-desc">
<title id="routes-svg-title">${escapeXml(text.title)}</title>
<desc id="routes-svg-desc">${escapeXml(text.description)}</desc>
<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" class="arrowhead"/></marker>
<marker id="arrow-best" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" class="arrowhead best"/></marker>
</defs>
<g class="edges">${edges}</g>
<g class="nodes">${nodes}</g>
</svg>`;
}

/**
 * @param {Edge} edge
 * @param {LaidNode} a
 * @param {LaidNode} b
 * @param {LaidNode[]} nodes
 * @param {Orientation} o
 */
function edgeSvg(edge, a, b, nodes, o) {
  const best = edge.routes.includes(0);
  const { curve, label: [lx, ly] } = edgeGeometry(a, b, nodes, o);
  /** @param {number} n */
  const r = (n) => Math.round(n * 10) / 10;
  const d = `M${r(curve[0][0])} ${r(curve[0][1])} C${curve.slice(1).map(([x, y]) => `${r(x)} ${r(y)}`).join(', ')}`;
  const cls = ['edge', edge.kind, best ? 'best' : ''].filter(Boolean).join(' ');
  const label = formatCost(edge.cost);
  const w = 12 + label.length * 7;
  return `<g class="${cls}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}" data-routes="${edge.routes.map((r) => r + 1).join(' ')}">
<path d="${d}" marker-end="url(#${best ? 'arrow-best' : 'arrow'})"><title>${EDGE_TITLE[edge.kind] ?? 'Move'}, cost ${label}</title></path>
<rect class="cost-pill" x="${r(lx - w / 2)}" y="${r(ly - 10)}" width="${w}" height="20" rx="10"/>
<text class="cost" x="${r(lx)}" y="${r(ly + 4)}" text-anchor="middle">${label}</text>
</g>`;
}

/**
 * A role's box, a link to its page.
 * @param {LaidNode} node
 * @param {Orientation} o
 */
function nodeSvg(node, o) {
  const w = o.nodeW || NODE_W;
  const lines = wrapName(node.name, o.vertical ? 13 : 20);
  const cx = node.x + w / 2;
  const top = node.y + NODE_H / 2 - (lines.length - 1) * 8 + 5;
  const tspans = lines.map((l, i) => `<tspan x="${cx}" y="${top + i * 16}">${escapeXml(l)}</tspan>`).join('');
  return `<a href="#role=${escapeXml(encodeURIComponent(node.id))}" class="node ${node.role}" data-role-id="${escapeXml(node.id)}">
<rect x="${node.x}" y="${node.y}" width="${w}" height="${NODE_H}" rx="12"/>
<text text-anchor="middle">${tspans}</text>
</a>`;
}
