// @ts-check
// The routes diagram: careerPaths results laid out as one left-to-right graph (roles as boxes, moves
// as arrows labelled with their cost; stated moves solid, recorded ones long-dashed, inferred ones dashed,
// steps to the same occupation in another source dotted; the best route highlighted). Pure functions from data to an SVG string, so they run (and are tested) outside a browser.

export const NODE_W = 176;
export const NODE_H = 56;
const COL_GAP = 300;
const ROW_GAP = 88;
const PAD = 28;

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
/** @typedef {[number, number]} Point */
/** @typedef {[Point, Point, Point, Point]} Curve a cubic Bézier: start, two control points, end */
/** @typedef {{ id: string, name: string, col: number }} Placed */
/** @typedef {{ id: string, name: string, col: number, row: number, x: number, y: number, role: 'from' | 'to' | 'via' }} LaidNode */
/** @typedef {{ from: string, to: string, cost: number, stated: boolean, kind: string, routes: number[] }} Edge */
/** @typedef {{ nodes: LaidNode[], edges: Edge[], width: number, height: number }} Layout */

/**
 * @param {Array<{ totalCost: number, steps: Array<{ from: Named, to: Named, cost: number, stated: boolean, kind?: string }> }>} paths
 * @returns {Layout}
 */
export function layoutRoutes(paths) {
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
    column.forEach((node, row) => {
      laid.push({
        id: node.id,
        name: node.name,
        col,
        row,
        x: PAD + col * COL_GAP,
        y: PAD + offset + row * ROW_GAP,
        role: node.id === start ? 'from' : node.id === goal ? 'to' : 'via',
      });
    });
  });
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
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  /** @param {string} id an edge's end, always a laid-out node */
  const node = (id) => /** @type {LaidNode} */ (byId.get(id));
  // Bowed arrows may leave the boxes' canvas: grow the view box to whatever the curves reach.
  let top = 0;
  let bottom = layout.height;
  for (const e of layout.edges) {
    const { curve } = edgeGeometry(node(e.from), node(e.to), layout.nodes);
    for (let i = 0; i <= 20; i++) {
      const y = bezierPoint(curve, i / 20)[1];
      top = Math.min(top, y - 16);
      bottom = Math.max(bottom, y + 16);
    }
  }
  top = Math.floor(top);
  const height = Math.ceil(bottom) - top;
  const edges = layout.edges
    .map((e) => edgeSvg(e, node(e.from), node(e.to), layout.nodes))
    .join('');
  const nodes = layout.nodes.map(nodeSvg).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="routes-svg" viewBox="0 ${top} ${layout.width} ${height}" width="${layout.width}" height="${height}" role="img" aria-labelledby="routes-svg-title routes-svg-desc">
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
 * A point on the cubic Bézier p0..p3 at t.
 * @param {Curve} curve
 * @param {number} t
 * @returns {Point}
 */
export function bezierPoint([p0, p1, p2, p3], t) {
  const u = 1 - t;
  const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [k[0] * p0[0] + k[1] * p1[0] + k[2] * p2[0] + k[3] * p3[0], k[0] * p0[1] + k[1] * p1[1] + k[2] * p2[1] + k[3] * p3[1]];
}

/**
 * @param {Curve} curve
 * @param {{ x: number, y: number }} box a node's top-left corner
 */
function hitsBox(curve, box) {
  for (let i = 1; i < 40; i++) {
    const [x, y] = bezierPoint(curve, i / 40);
    if (x > box.x - 6 && x < box.x + NODE_W + 6 && y > box.y - 6 && y < box.y + NODE_H + 6) return true;
  }
  return false;
}

/**
 * The arrow's curve (four points) and where its cost label goes. An arrow that skips columns bows up
 * or down, as little as possible, until it clears every box in between.
 * @param {LaidNode} a
 * @param {LaidNode} b
 * @param {LaidNode[]} nodes
 * @returns {{ curve: Curve, label: Point }}
 */
export function edgeGeometry(a, b, nodes) {
  /** @type {Point} */
  const p0 = [a.x + NODE_W, a.y + NODE_H / 2];
  /** @type {Point} */
  const p3 = [b.x - 2, b.y + NODE_H / 2];
  if (b.col > a.col) {
    const dx = (p3[0] - p0[0]) / 2;
    const between = nodes.filter((n) => n.col > a.col && n.col < b.col);
    /** @type {(bow: number) => Curve} */
    const curveFor = (bow) => [p0, [p0[0] + dx, p0[1] + bow], [p3[0] - dx, p3[1] + bow], p3];
    let curve = curveFor(0);
    for (let k = 1; k <= 8 && between.some((n) => hitsBox(curve, n)); k++) {
      const up = curveFor(-k * ROW_GAP * 0.6);
      const down = curveFor(k * ROW_GAP * 0.6);
      curve = !between.some((n) => hitsBox(up, n)) ? up : down;
    }
    return { curve, label: bezierPoint(curve, 0.5) };
  }
  // A move back to an earlier column: loop underneath both boxes.
  /** @type {Point} */
  const s = [a.x + NODE_W / 2, a.y + NODE_H];
  /** @type {Point} */
  const e = [b.x + NODE_W / 2, b.y + NODE_H + 2];
  const drop = Math.max(s[1], e[1]) + 40;
  /** @type {Curve} */
  const curve = [s, [s[0], drop], [e[0], drop], e];
  return { curve, label: bezierPoint(curve, 0.5) };
}

/**
 * @param {Edge} edge
 * @param {LaidNode} a
 * @param {LaidNode} b
 * @param {LaidNode[]} nodes
 */
function edgeSvg(edge, a, b, nodes) {
  const best = edge.routes.includes(0);
  const { curve, label: [lx, ly] } = edgeGeometry(a, b, nodes);
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

/** @param {LaidNode} node */
function nodeSvg(node) {
  const lines = wrapName(node.name);
  const cx = node.x + NODE_W / 2;
  const top = node.y + NODE_H / 2 - (lines.length - 1) * 8 + 5;
  const tspans = lines.map((l, i) => `<tspan x="${cx}" y="${top + i * 16}">${escapeXml(l)}</tspan>`).join('');
  return `<g class="node ${node.role}" data-role-id="${escapeXml(node.id)}">
<rect x="${node.x}" y="${node.y}" width="${NODE_W}" height="${NODE_H}" rx="12"/>
<text text-anchor="middle">${tspans}</text>
</g>`;
}
