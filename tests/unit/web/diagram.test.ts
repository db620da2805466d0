// The routes diagram's layout and SVG, from careerPaths-shaped data, without a browser.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain browser ES module without type declarations
import { bezierPoint, edgeGeometry, escapeXml, layoutRoutes, NODE_H, NODE_W, renderDiagramSvg, stepClass, V_NODE_W, wrapName } from '../../../src/web/explorer/diagram.js';

const role = (id: string) => ({ id, name: id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') });
const step = (from: string, to: string, cost: number, stated: boolean) => ({ from: role(from), to: role(to), cost, stated, toLearn: [] });

const paths = [
  { totalCost: 3.2, steps: [step('backend-developer', 'devops-engineer', 1.2, true), step('devops-engineer', 'platform-engineer', 2, false)] },
  { totalCost: 4.1, steps: [step('backend-developer', 'backend-engineer', 1.5, false), step('backend-engineer', 'platform-engineer', 2.6, false)] },
  { totalCost: 5, steps: [step('backend-developer', 'platform-engineer', 5, false)] },
  {
    totalCost: 6,
    steps: [step('backend-developer', 'backend-engineer', 1.5, false), step('backend-engineer', 'devops-engineer', 2, false), step('devops-engineer', 'platform-engineer', 2, false)],
  },
];

describe('layoutRoutes', () => {
  const layout = layoutRoutes(paths);
  const node = (id: string) => layout.nodes.find((n: { id: string }) => n.id === id);

  it('puts the start in the first column and the goal in the last, one node per role', () => {
    expect(layout.nodes).toHaveLength(4);
    expect(node('backend-developer')).toMatchObject({ col: 0, role: 'from' });
    expect(node('platform-engineer')).toMatchObject({ col: 3, role: 'to' });
    // Met at depth 1 and 2: placed at its deepest, so every arrow points right.
    expect(node('devops-engineer')).toMatchObject({ col: 2, role: 'via' });
    expect(node('backend-engineer')).toMatchObject({ col: 1 });
    for (const e of layout.edges) expect(node(e.to).col).toBeGreaterThan(node(e.from).col);
  });

  it('merges a move shared by several routes into one edge that remembers them', () => {
    const shared = layout.edges.find((e: { from: string; to: string }) => e.from === 'backend-developer' && e.to === 'backend-engineer');
    expect(shared.routes).toEqual([1, 3]);
    expect(layout.edges).toHaveLength(6);
    expect(layout.edges.find((e: { to: string; from: string }) => e.from === 'backend-developer' && e.to === 'devops-engineer').stated).toBe(true);
  });

  it('sizes the canvas to the columns and the fullest column', () => {
    expect(layout.width).toBe(28 * 2 + 3 * 300 + NODE_W);
    expect(layout.height).toBeGreaterThan(0);
    for (const n of layout.nodes) {
      expect(n.x + NODE_W).toBeLessThanOrEqual(layout.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('routes every arrow around the boxes it skips', () => {
    const byId = new Map(layout.nodes.map((n: { id: string }) => [n.id, n]));
    for (const e of layout.edges) {
      const a = byId.get(e.from);
      const b = byId.get(e.to);
      const { curve } = edgeGeometry(a, b, layout.nodes);
      for (const other of layout.nodes.filter((n: { id: string }) => n !== a && n !== b)) {
        for (let i = 1; i < 100; i++) {
          const [x, y] = bezierPoint(curve, i / 100);
          const inside = x > other.x && x < other.x + NODE_W && y > other.y && y < other.y + NODE_H;
          expect(inside, `${e.from} → ${e.to} crosses ${other.id}`).toBe(false);
        }
      }
    }
  });

  it('is empty for no routes', () => {
    expect(layoutRoutes([]).nodes).toEqual([]);
  });
});

describe('renderDiagramSvg', () => {
  it('draws labelled nodes, cost labels, and stated vs inferred edges differently', () => {
    const svg = renderDiagramSvg(layoutRoutes(paths), { title: 'Routes <x>', description: 'a & b' });
    // A labelled group, not an image: the role boxes inside are links.
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="routes-svg-title routes-svg-desc"/);
    expect(svg).toContain('<title id="routes-svg-title">Routes &lt;x&gt;</title>');
    expect(svg).toContain('a &amp; b');
    expect(svg.match(/class="node /g)).toHaveLength(4);
    expect(svg.match(/class="edge stated best"/g)).toHaveLength(1);
    expect(svg.match(/class="edge inferred/g)).toHaveLength(5);
    expect(svg).toContain('>1.2</text>');
    expect(svg).toContain('>Devops Engineer</tspan>');
  });

  it('tells a dataset\'s recorded move and a step to the same occupation in another source from the rest', () => {
    const kinds = (k: string) => ({ ...step('software-developer', 'software-developers', 0, false), kind: k });
    const svg = renderDiagramSvg(layoutRoutes([{ totalCost: 2, steps: [kinds('EQUIVALENT'), { ...step('software-developers', 'data-scientists', 2, false), kind: 'RELATED' }] }]), { title: 't', description: 'd' });
    expect(svg).toMatch(/class="edge equivalent best"[^>]*>\s*<path[^>]*><title>Same occupation in another source, no move, cost 0.0<\/title>/);
    expect(svg).toMatch(/class="edge recorded best"[^>]*>\s*<path[^>]*><title>Move recorded by a dataset, cost 2.0<\/title>/);
    expect([kinds('EQUIVALENT'), kinds('RELATED'), kinds('SIMILAR'), { ...kinds('GROWTH'), stated: true }].map(stepClass)).toEqual(['equivalent', 'recorded', 'inferred', 'stated']);
  });

  it('escapes role names', () => {
    const svg = renderDiagramSvg(layoutRoutes([{ totalCost: 1, steps: [step('a', 'b', 1, true)].map((s) => ({ ...s, to: { id: 'b', name: '<script>' } })) }]), { title: 't', description: 'd' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(escapeXml(`"'&`)).toBe('&quot;&apos;&amp;');
  });
});

describe('wrapName', () => {
  it('wraps long names onto at most two lines', () => {
    expect(wrapName('Backend Developer')).toEqual(['Backend Developer']);
    expect(wrapName('Developer Experience Engineer')).toEqual(['Developer Experience', 'Engineer']);
    expect(wrapName('Computer Network Support Specialists and Administrators Extra')).toHaveLength(2);
  });
});

describe('layoutRoutes, top to bottom (a phone)', () => {
  const layout = layoutRoutes(paths, { vertical: true });
  const node = (id: string) => layout.nodes.find((n: { id: string }) => n.id === id);

  it('puts ranks below one another and keeps the boxes inside a phone-sized width', () => {
    expect(layout.vertical).toBe(true);
    expect(node('backend-developer').y).toBeLessThan(node('backend-engineer').y);
    expect(node('devops-engineer').y).toBeLessThan(node('platform-engineer').y);
    expect(layout.width).toBeLessThan(layoutRoutes(paths).width);
    for (const n of layout.nodes) expect(n.x + V_NODE_W).toBeLessThanOrEqual(layout.width);
  });

  it('draws arrows downwards from box to box that clear the boxes in between', () => {
    type Laid = { id: string; x: number; y: number; col: number };
    const byId = new Map<string, Laid>(layout.nodes.map((n: Laid) => [n.id, n]));
    for (const e of layout.edges) {
      const a = byId.get(e.from)!;
      const b = byId.get(e.to)!;
      const { curve } = edgeGeometry(a, b, layout.nodes, { vertical: true, nodeW: V_NODE_W });
      expect(curve[0][1]).toBe(a.y + NODE_H);
      expect(curve[3][1]).toBeLessThanOrEqual(b.y);
      for (const other of layout.nodes.filter((n: { id: string; col: number }) => n !== a && n !== b && n.col > a.col && n.col < b.col)) {
        for (let i = 1; i < 40; i++) {
          const [x, y] = bezierPoint(curve, i / 40);
          const inside = x > other.x && x < other.x + V_NODE_W && y > other.y && y < other.y + NODE_H;
          expect(inside, `${e.from} → ${e.to} crosses ${other.id}`).toBe(false);
        }
      }
    }
  });

  it('renders a scalable SVG whose role boxes link to their pages', () => {
    const svg = renderDiagramSvg(layout, { title: 't', description: 'd' });
    expect(svg).toContain('class="routes-svg vertical"');
    expect(svg).toContain('<a href="#role=platform-engineer" class="node to"');
  });
});
