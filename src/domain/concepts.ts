// The one requirement space every analytics answer is computed in. A concept is one real-world skill,
// tool or practice, however many sources name it (curated Docker, O*NET Docker; ESCO "Python (computer
// programming)" and O*NET Python are one concept each). A role's requirements are a sparse vector over
// concepts; concepts close to each other (ESCO's hierarchy, embedding neighbours) give partial credit.
//
// Weights (docs/analytics.md, "The requirement space"):
//   base(r, c)   the role's own weight: importance 1–5 for a skill, TOOL_WEIGHT for a tool (HOT_TOOL_WEIGHT
//                for an O*NET hot technology), PRACTICE_WEIGHT for a practice; the largest if several of the
//                role's nodes are one concept
//   s(c)         specificity, ln((N + 1) / (df(c) + 1)) / ln(N + 1) over the N roles: what every occupation
//                asks for (Active Listening, df ≈ 900) counts a fifth of what few do
//   w(r, c)      base(r, c) × s(c)
//   credit(c,c') partial credit in [0, 0.5] for related concepts; 1 for the concept itself
//   groups       ESCO files each skill under skill groups ("query languages", "programming computer
//                systems"): a requirement met by nothing close still earns GROUP_CREDIT when the holder has a
//                skill of one of its groups, and roles whose skills share groups are a little alike (each role
//                also weighs every group of its skills at GROUP_WEIGHT × its strongest skill there)

/** Where a requirement comes from, as bits: a concept can be required as a skill, a tool and a practice at once. */
export const FROM_SKILL = 1;
export const FROM_TOOL = 2;
export const FROM_PRACTICE = 4;

/** A role's requirements: concepts in ascending order, their base weights, and where each came from (FROM_* bits); and the groups of its skills. */
export interface Needs {
  concepts: Int32Array;
  base: Float64Array;
  from: Uint8Array;
  /** Groups of the concepts, ascending, with GROUP_WEIGHT × the strongest base weight in each. */
  groups: Int32Array;
  groupBase: Float64Array;
}

export const EMPTY_NEEDS: Needs = { concepts: new Int32Array(0), base: new Float64Array(0), from: new Uint8Array(0), groups: new Int32Array(0), groupBase: new Float64Array(0) };

/** What sharing a skill group is worth towards a requirement, and how much a role weighs its groups. */
export const GROUP_CREDIT = 0.2;
export const GROUP_WEIGHT = 0.5;

export interface ConceptSpace {
  count: number;
  specificity: Float64Array;
  /** Related concepts per concept, as compressed rows: neighbours of c are at [start[c], start[c + 1]). */
  start: Int32Array;
  neighbour: Int32Array;
  credit: Float32Array;
  /** Groups per concept, as compressed rows: groups of c are at [groupStart[c], groupStart[c + 1]). */
  groupCount: number;
  groupStart: Int32Array;
  groupOf: Int32Array;
  groupSpecificity: Float64Array;
}

/** The most a related concept can stand in for a requirement. */
export const MAX_CREDIT = 0.5;
/** Specificity never falls below this: a skill every role shares still counts a little. */
export const MIN_SPECIFICITY = 0.05;

export interface RelatedPair {
  a: number;
  b: number;
  credit: number;
}

function specificityOf(df: ArrayLike<number>, count: number, roles: number): Float64Array {
  const out = new Float64Array(count);
  const lnN = Math.log(roles + 1);
  for (let c = 0; c < count; c++) out[c] = lnN <= 0 ? 1 : Math.max(MIN_SPECIFICITY, Math.min(1, Math.log((roles + 1) / (df[c] + 1)) / lnN));
  return out;
}

/** Compressed rows of `lists` (one list per index). */
function rows(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => { start[i + 1] = start[i] + l.length; });
  const items = new Int32Array(start[lists.length]);
  lists.forEach((l, i) => items.set(l, start[i]));
  return { start, items };
}

/** The concept space without groups, for worlds that have none. */
export const NO_GROUPS = { groupCount: 0, groups: [] as readonly (readonly number[])[], groupDf: new Int32Array(0) };

/**
 * Builds the space from each concept's document frequency (roles requiring it), the role count, the
 * related pairs, and each concept's groups with each group's document frequency.
 */
export function buildSpace(
  count: number,
  df: ArrayLike<number>,
  roles: number,
  related: readonly RelatedPair[],
  grouping: { groupCount: number; groups: readonly (readonly number[])[]; groupDf: ArrayLike<number> } = NO_GROUPS,
): ConceptSpace {
  const specificity = specificityOf(df, count, roles);
  // Both directions, the best credit per pair, no self-pairs.
  const best = new Map<number, number>();
  for (const { a, b, credit } of related) {
    if (a === b || credit <= 0) continue;
    const value = Math.min(MAX_CREDIT, credit);
    for (const key of [a * count + b, b * count + a]) best.set(key, Math.max(best.get(key) ?? 0, value));
  }
  const degree = new Int32Array(count + 1);
  for (const key of best.keys()) degree[Math.floor(key / count) + 1]++;
  for (let c = 0; c < count; c++) degree[c + 1] += degree[c];
  const start = degree;
  const fill = start.slice(0, count);
  const neighbour = new Int32Array(best.size);
  const credit = new Float32Array(best.size);
  for (const [key, value] of best) {
    const c = Math.floor(key / count);
    neighbour[fill[c]] = key % count;
    credit[fill[c]++] = value;
  }
  const g = rows(Array.from({ length: count }, (_, c) => grouping.groups[c] ?? []));
  return { count, specificity, start, neighbour, credit, groupCount: grouping.groupCount, groupStart: g.start, groupOf: g.items, groupSpecificity: specificityOf(grouping.groupDf, grouping.groupCount, roles) };
}

/** Makes a role's requirement vector from (concept, base weight, FROM_* bit) entries; the largest weight per concept wins. */
export function makeNeeds(entries: Iterable<readonly [concept: number, base: number, from: number]>): Needs {
  const byConcept = new Map<number, { base: number; from: number }>();
  for (const [c, base, from] of entries) {
    const had = byConcept.get(c);
    if (!had) byConcept.set(c, { base, from });
    else {
      had.base = Math.max(had.base, base);
      had.from |= from;
    }
  }
  const sorted = [...byConcept].sort((x, y) => x[0] - y[0]);
  return {
    concepts: Int32Array.from(sorted.map(([c]) => c)),
    base: Float64Array.from(sorted.map(([, v]) => v.base)),
    from: Uint8Array.from(sorted.map(([, v]) => v.from)),
    groups: new Int32Array(0),
    groupBase: new Float64Array(0),
  };
}

/** A role's needs with the groups of its concepts filled in (GROUP_WEIGHT × the strongest base weight per group). */
export function withGroups(needs: Needs, space: Pick<ConceptSpace, 'groupStart' | 'groupOf'>): Needs {
  const best = new Map<number, number>();
  needs.concepts.forEach((c, i) => {
    for (let k = space.groupStart[c]; k < space.groupStart[c + 1]; k++) {
      const g = space.groupOf[k];
      best.set(g, Math.max(best.get(g) ?? 0, needs.base[i]));
    }
  });
  const sorted = [...best].sort((x, y) => x[0] - y[0]);
  return { ...needs, groups: Int32Array.from(sorted.map(([g]) => g)), groupBase: Float64Array.from(sorted.map(([, b]) => GROUP_WEIGHT * b)) };
}

/** w for every group entry of a role's needs. */
export function groupWeights(needs: Needs, space: ConceptSpace): Float64Array {
  const w = new Float64Array(needs.groups.length);
  for (let i = 0; i < w.length; i++) w[i] = needs.groupBase[i] * space.groupSpecificity[needs.groups[i]];
  return w;
}

/** w(r, c) for every entry of a role's needs. */
export function weights(needs: Needs, space: ConceptSpace): Float64Array {
  const w = new Float64Array(needs.concepts.length);
  for (let i = 0; i < w.length; i++) w[i] = needs.base[i] * space.specificity[needs.concepts[i]];
  return w;
}

export interface Covered {
  /** Per entry of the target's needs: 1 when the holder has the concept, a partial credit when it has a related one, else 0. */
  credit: Float64Array;
  /** Per entry: the holder's concept that gives the credit, or -1. */
  via: Int32Array;
}

/** The groups of a holder's concepts, each with one concept of the holder in it. */
function holderGroups(holder: ReadonlySet<number>, space: ConceptSpace): Map<number, number> {
  const groups = new Map<number, number>();
  for (const c of holder) for (let k = space.groupStart[c]; k < space.groupStart[c + 1]; k++) if (!groups.has(space.groupOf[k])) groups.set(space.groupOf[k], c);
  return groups;
}

/** How much of each of the target's requirements a holder (a set of concepts) meets. */
export function coverage(target: Needs, holder: ReadonlySet<number>, space: ConceptSpace): Covered {
  const n = target.concepts.length;
  const credit = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  const groups = space.groupCount > 0 ? holderGroups(holder, space) : null;
  for (let i = 0; i < n; i++) {
    const c = target.concepts[i];
    if (holder.has(c)) {
      credit[i] = 1;
      via[i] = c;
      continue;
    }
    for (let k = space.start[c]; k < space.start[c + 1]; k++) {
      const other = space.neighbour[k];
      if (space.credit[k] > credit[i] && holder.has(other)) {
        credit[i] = space.credit[k];
        via[i] = other;
      }
    }
    if (groups && credit[i] < GROUP_CREDIT) {
      for (let k = space.groupStart[c]; k < space.groupStart[c + 1]; k++) {
        const member = groups.get(space.groupOf[k]);
        if (member !== undefined) {
          credit[i] = GROUP_CREDIT;
          via[i] = member;
          break;
        }
      }
    }
  }
  return { credit, via };
}

/** The concepts of a role's needs as a set (for `coverage`). */
export function conceptSet(needs: Needs): Set<number> {
  return new Set(needs.concepts);
}

/**
 * The soft inner product aᵀ S b over weight vectors, S holding 1 on the diagonal and the credits elsewhere
 * (the soft cosine's numerator: Sidorov et al., 2014). `b` is looked up by concept.
 */
export function softDot(a: Needs, wa: Float64Array, b: ReadonlyMap<number, number>, space: ConceptSpace): number {
  let s = 0;
  for (let i = 0; i < a.concepts.length; i++) {
    const c = a.concepts[i];
    const direct = b.get(c);
    if (direct !== undefined) s += wa[i] * direct;
    for (let k = space.start[c]; k < space.start[c + 1]; k++) {
      const other = b.get(space.neighbour[k]);
      if (other !== undefined) s += wa[i] * space.credit[k] * other;
    }
  }
  return s;
}

/** A role's weight vector keyed by concept. */
export function weightMap(needs: Needs, w: Float64Array): Map<number, number> {
  return new Map(Array.from(needs.concepts, (c, i) => [c, w[i]]));
}

/** Σ over shared groups of the two roles' group weights (the group half of the inner product). */
export function groupDot(a: Needs, wa: Float64Array, b: Needs, wb: Float64Array): number {
  let s = 0;
  for (let i = 0, j = 0; i < a.groups.length && j < b.groups.length; ) {
    if (a.groups[i] === b.groups[j]) s += wa[i++] * wb[j++];
    else if (a.groups[i] < b.groups[j]) i++;
    else j++;
  }
  return s;
}

/** ‖a‖ under S: √(aᵀ S a) with the group dimensions, the soft cosine's normaliser. */
export function softNorm(needs: Needs, w: Float64Array, gw: Float64Array, space: ConceptSpace): number {
  return Math.sqrt(softDot(needs, w, weightMap(needs, w), space) + groupDot(needs, gw, needs, gw));
}
