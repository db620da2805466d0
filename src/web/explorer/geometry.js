// @ts-check
// The routes diagram's geometry: box sizes and the arrows between boxes, as cubic Bézier curves that
// bow round the boxes in between, left to right or top to bottom.

export const NODE_W = 176;
export const NODE_H = 56;
export const ROW_GAP = 88;
/** Top to bottom (a phone): narrower boxes side by side, ranks below one another. */
export const V_NODE_W = 128;
export const V_SIDE_GAP = 10;

/** @typedef {[number, number]} Point */
/** @typedef {[Point, Point, Point, Point]} Curve a cubic Bézier: start, two control points, end */
/** @typedef {{ x: number, y: number, col: number }} Box a laid-out role: its top-left corner and its rank */
/** @typedef {{ vertical?: boolean, nodeW?: number }} Orientation */

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
 * @param {number} w the box's width
 */
function hitsBox(curve, box, w) {
  for (let i = 1; i < 40; i++) {
    const [x, y] = bezierPoint(curve, i / 40);
    if (x > box.x - 6 && x < box.x + w + 6 && y > box.y - 6 && y < box.y + NODE_H + 6) return true;
  }
  return false;
}

/**
 * The arrow's curve (four points) and where its cost label goes. An arrow that skips columns bows up
 * or down, as little as possible, until it clears every box in between.
 * @param {Box} a
 * @param {Box} b
 * @param {Box[]} nodes
 * @param {Orientation} [o] top to bottom: arrows leave a box's bottom and bow sideways
 * @returns {{ curve: Curve, label: Point }}
 */
export function edgeGeometry(a, b, nodes, o = {}) {
  if (o.vertical) return verticalGeometry(a, b, nodes, o.nodeW || V_NODE_W);
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
    for (let k = 1; k <= 8 && between.some((n) => hitsBox(curve, n, NODE_W)); k++) {
      const up = curveFor(-k * ROW_GAP * 0.6);
      const down = curveFor(k * ROW_GAP * 0.6);
      curve = !between.some((n) => hitsBox(up, n, NODE_W)) ? up : down;
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
 * edgeGeometry turned a quarter: from a box's bottom to the next rank's top, bowing left or right
 * past boxes in between; a move back up loops round the right of both boxes.
 * @param {Box} a
 * @param {Box} b
 * @param {Box[]} nodes
 * @param {number} w the boxes' width
 * @returns {{ curve: Curve, label: Point }}
 */
function verticalGeometry(a, b, nodes, w) {
  if (b.col > a.col) {
    /** @type {Point} */
    const p0 = [a.x + w / 2, a.y + NODE_H];
    /** @type {Point} */
    const p3 = [b.x + w / 2, b.y - 2];
    const dy = (p3[1] - p0[1]) / 2;
    const between = nodes.filter((n) => n.col > a.col && n.col < b.col);
    /** @type {(bow: number) => Curve} */
    const curveFor = (bow) => [p0, [p0[0] + bow, p0[1] + dy], [p3[0] + bow, p3[1] - dy], p3];
    let curve = curveFor(0);
    for (let k = 1; k <= 8 && between.some((n) => hitsBox(curve, n, w)); k++) {
      const leftward = curveFor(-k * (w + V_SIDE_GAP) * 0.6);
      const rightward = curveFor(k * (w + V_SIDE_GAP) * 0.6);
      curve = !between.some((n) => hitsBox(leftward, n, w)) ? leftward : rightward;
    }
    return { curve, label: bezierPoint(curve, 0.5) };
  }
  /** @type {Point} */
  const s = [a.x + w, a.y + NODE_H / 2];
  /** @type {Point} */
  const e = [b.x + w + 2, b.y + NODE_H / 2];
  const out = Math.max(s[0], e[0]) + 40;
  /** @type {Curve} */
  const curve = [s, [out, s[1]], [out, e[1]], e];
  return { curve, label: bezierPoint(curve, 0.5) };
}

