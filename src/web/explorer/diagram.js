// The routes diagram: careerPaths results laid out as one left-to-right graph (roles as boxes, moves
// as arrows labelled with their cost; stated moves solid, inferred ones dashed; the best route
// highlighted). Pure functions from data to an SVG string, so they run (and are tested) outside a browser.

export const NODE_W = 176;
export const NODE_H = 56;
const COL_GAP = 236;
const ROW_GAP = 88;
const PAD = 28;

/**
 * @param {Array<{ totalCost: number, steps: Array<{ from: {id: string, name: string}, to: {id: string, name: string}, cost: number, stated: boolean }> }>} paths
 * @returns {{ nodes: Array<{id: string, name: string, col: number, row: number, x: number, y: number, role: 'from'|'to'|'via'}>, edges: Array<{from: string, to: string, cost: number, stated: boolean, routes: number[]}>, width: number, height: number }}
 */
export function layoutRoutes(paths) {
  const nodes = new Map();
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
      else edges.set(key, { from: step.from.id, to: step.to.id, cost: step.cost, stated: Boolean(step.stated), routes: [r] });
    });
  });
  if (routes.length) {
    // Every route starts and ends at the same roles: the start in the first column, the goal in the last.
    const first = routes[0].steps;
    nodes.get(first[0].from.id).col = 0;
    nodes.get(first[first.length - 1].to.id).col = steps;
  }
  const start = routes.length ? routes[0].steps[0].from.id : null;
  const goal = routes.length ? routes[0].steps[routes[0].steps.length - 1].to.id : null;
  const columns = [];
  for (const node of nodes.values()) (columns[node.col] ??= []).push(node);
  const rows = Math.max(1, ...columns.map((c) => (c ? c.length : 0)));
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

function place(nodes, role, position) {
  const node = nodes.get(role.id);
  // A role met at different depths on different routes sits in its deepest column, keeping arrows rightward.
  if (node) node.col = Math.max(node.col, position);
  else nodes.set(role.id, { id: role.id, name: role.name, col: position });
}

export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

/** Splits a role name into at most two lines of about `width` characters. */
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

export function formatCost(cost) {
  return Number(cost).toFixed(1);
}

/**
 * @param {ReturnType<typeof layoutRoutes>} layout
 * @param {{ title: string, description: string }} text
 */
export function renderDiagramSvg(layout, text) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const edges = layout.edges
    .map((e) => edgeSvg(e, byId.get(e.from), byId.get(e.to)))
    .join('');
  const nodes = layout.nodes.map(nodeSvg).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="routes-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="routes-svg-title routes-svg-desc">
<title id="routes-svg-title">${escapeXml(text.title)}</title>
<desc id="routes-svg-desc">${escapeXml(text.description)}</desc>
<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" class="arrowhead"/></marker>
<marker id="arrow-best" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" class="arrowhead best"/></marker>
</defs>
<g class="edges">${edges}</g>
<g class="nodes">${nodes}</g>
</svg>`;
}

function edgeSvg(edge, a, b) {
  const best = edge.routes.includes(0);
  const x1 = a.x + NODE_W;
  const y1 = a.y + NODE_H / 2;
  const x2 = b.x;
  const y2 = b.y + NODE_H / 2;
  let d;
  let lx;
  let ly;
  if (x2 > x1) {
    const span = b.col - a.col;
    // Arrows that skip a column bow away from the row they would otherwise cross.
    const bow = span > 1 ? (y1 <= y2 ? -1 : 1) * 30 * (span - 1) : 0;
    const dx = (x2 - x1) / 2;
    d = `M${x1} ${y1} C${x1 + dx} ${y1 + bow}, ${x2 - dx} ${y2 + bow}, ${x2 - 2} ${y2}`;
    lx = (x1 + x2) / 2;
    ly = (y1 + y2) / 2 + bow * 0.75;
  } else {
    // A move back to an earlier column: loop underneath.
    const bx = a.x + NODE_W / 2;
    const by = a.y + NODE_H;
    const ex = b.x + NODE_W / 2;
    const ey = b.y + NODE_H;
    const drop = Math.max(by, ey) + 40;
    d = `M${bx} ${by} C${bx} ${drop}, ${ex} ${drop}, ${ex} ${ey + 2}`;
    lx = (bx + ex) / 2;
    ly = drop - 10;
  }
  const cls = ['edge', edge.stated ? 'stated' : 'inferred', best ? 'best' : ''].filter(Boolean).join(' ');
  const label = formatCost(edge.cost);
  const w = 12 + label.length * 7;
  return `<g class="${cls}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}" data-routes="${edge.routes.map((r) => r + 1).join(' ')}">
<path d="${d}" marker-end="url(#${best ? 'arrow-best' : 'arrow'})"><title>${edge.stated ? 'Stated' : 'Inferred'} move, cost ${label}</title></path>
<rect class="cost-pill" x="${lx - w / 2}" y="${ly - 10}" width="${w}" height="20" rx="10"/>
<text class="cost" x="${lx}" y="${ly + 4}" text-anchor="middle">${label}</text>
</g>`;
}

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
