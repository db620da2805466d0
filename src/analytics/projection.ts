// The in-memory projection the analytics compute over: every role's requirements in the one concept
// space (src/domain/concepts.ts), its recorded moves, the skill learning-order pairs, the names of
// skills, tools, practices and metrics, and the roles' text embeddings.
// Loaded in one read transaction with column-shaped queries (cypher/queries/analytics-*.cypher): nodes
// and links come back as parallel arrays of internal ids in rows of a few hundred, so a full ESCO + O*NET
// graph is a few thousand records of integer lists. Internal ids are only compared within that one
// transaction. docs/analytics.md records the measurements that chose this over per-request Cypher.
import { buildSpace, FROM_PRACTICE, FROM_SKILL, FROM_TOOL, makeNeeds, withGroups, type ConceptSpace, type RelatedPair } from '../domain/concepts.js';
import { orderIndex, type OrderIndex, type OrderPair } from '../domain/gap.js';
import type { RecordedMove } from '../domain/moves.js';
import type { MoveEdge } from '../domain/paths.js';
import { HOT_TOOL_WEIGHT, PRACTICE_WEIGHT, profile, TOOL_BUDGET, TOOL_WEIGHT, type RoleProfile } from '../domain/profile.js';
import { buildSimilarityIndex, type SimilarityIndex } from '../domain/similarity.js';
import { cypher } from '../store/cypherFiles.js';
import type { Graph, Row, Tx } from '../store/graph.js';
import { READ_GRAPH_VERSION } from '../store/graphVersion.js';
import { measureBounds, type ListBounds } from './bounds.js';
import { borrowRequirements, equivalentJobs, type OccupationColumns } from './borrow.js';
import { relatedCredit } from './credit.js';

export type NamedKind = 'skill' | 'tool' | 'practice' | 'metric';

export type ProjectedMove = Omit<RecordedMove, 'score'>;

export interface Projection {
  /** The graph version (Meta.version) read in the loading transaction. */
  version: number;
  roles: RoleProfile[];
  byId: ReadonlyMap<string, number>;
  /** Jobs: roles a person holds or moves into (not teams and stakeholders). */
  isJob: Uint8Array;
  space: ConceptSpace;
  /** A skill's, tool's or practice's concept. */
  conceptOf: ReadonlyMap<string, number>;
  /** Per concept, its members as `kind:id` (for naming a concept in answers). */
  members: readonly (readonly string[])[];
  index: SimilarityIndex;
  /** Recorded CAN_MOVE_TO moves per role index. */
  moves: ReadonlyArray<readonly ProjectedMove[]>;
  /** Per ESCO or O*NET job, the other taxonomy's jobs that are the same occupation (close MAPS_TO, both ways). */
  equivalents: ReadonlyMap<number, readonly number[]>;
  /** Learning-order pairs indexed by the skill learnt after (skillGap's learningOrder). */
  order: OrderIndex;
  /** Names of every skill, tool, practice and metric by id. */
  names: Readonly<Record<NamedKind, ReadonlyMap<string, string>>>;
  /** Path-search edges per role index, filled on first use (the projection never changes). */
  moveEdges: Map<number, readonly MoveEdge[]>;
  /** The longest list of each kind (what list fields are priced by). */
  bounds: ListBounds;
}

type Kind = NamedKind | 'role';
interface NodeColumns { kind: Kind; nodes: number[]; ids: string[]; names: string[]; origins: string[]; roleKinds: string[] }
interface LinkColumns { facet: 'skills' | 'tools' | 'practices' | 'metrics' | 'collaborators'; roles: number[]; targets: number[]; weights: number[] }
interface MoveColumns { roles: number[]; targets: number[]; kinds: string[]; stated: boolean[]; ranks: number[]; tiers: string[] }
interface OrderColumns { before: number[]; after: number[] }
interface ConceptColumns { kind: 'same' | 'related' | 'group'; a: number[]; b: number[]; strengths: number[] }
interface VectorRow { role: number; vector: number[] }

export interface ProjectionRows {
  version: number;
  nodes: NodeColumns[];
  links: LinkColumns[];
  moves: MoveColumns[];
  order: OrderColumns[];
  concepts: ConceptColumns[];
  occupations: OccupationColumns[];
  vectors: VectorRow[];
}

/** Reads the whole projection in one transaction, so the version and every column describe one snapshot. */
export async function loadProjection(graph: Graph): Promise<Projection> {
  const rows = await graph.readTx(async (tx: Tx) => {
    const run = (q: string): Promise<Row[]> => tx.run(cypher(`queries/${q}`));
    const [version, nodes, links, moves, order, concepts, occupations, vectors] = await Promise.all([
      tx.run(READ_GRAPH_VERSION).then((r) => Number(r[0]?.version ?? 0)),
      run('analytics-nodes'),
      run('analytics-links'),
      run('analytics-moves'),
      run('analytics-skill-order'),
      run('analytics-concepts'),
      run('analytics-occupations'),
      run('analytics-role-vectors'),
    ]);
    return { version, nodes, links, moves, order, concepts, occupations, vectors } as unknown as ProjectionRows;
  });
  return buildProjection(rows);
}

/** Union-find over dense indices. */
function unionFind(n: number) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  return { find, union: (a: number, b: number) => { parent[find(a)] = find(b); } };
}

export function buildProjection(rows: ProjectionRows): Projection {
  const roleAt = new Map<number, number>(); // a role's internal id → its index in `roles`
  const roles: RoleProfile[] = [];
  const roleKinds: string[] = [];
  const names: Record<NamedKind, Map<string, string>> = { skill: new Map(), tool: new Map(), practice: new Map(), metric: new Map() };
  // Skills, tools and practices are the items concepts are made of; metrics only have names.
  const itemAt = new Map<number, number>();
  const itemKeys: string[] = [];
  const idOf = new Map<number, string>();
  for (const c of rows.nodes) {
    for (let i = 0; i < c.ids.length; i++) {
      if (c.kind === 'role') {
        roleAt.set(c.nodes[i], roles.length);
        roles.push(profile({ id: c.ids[i], name: c.names[i], origin: c.origins[i] }));
        roleKinds.push(c.roleKinds[i]);
        continue;
      }
      names[c.kind].set(c.ids[i], c.names[i]);
      idOf.set(c.nodes[i], c.ids[i]);
      if (c.kind !== 'metric') {
        itemAt.set(c.nodes[i], itemKeys.length);
        itemKeys.push(`${c.kind}:${c.ids[i]}`);
      }
    }
  }

  // Concepts: items joined by SAME_AS, numbered densely.
  const uf = unionFind(itemKeys.length);
  const related: { a: number; b: number; strength: number }[] = [];
  const groupAt = new Map<number, number>(); // a skill group's internal id → its dense index
  const itemGroups: [item: number, group: number][] = [];
  for (const c of rows.concepts) {
    for (let k = 0; k < c.a.length; k++) {
      const a = itemAt.get(c.a[k]);
      if (a === undefined) continue;
      if (c.kind === 'group') {
        let g = groupAt.get(c.b[k]);
        if (g === undefined) groupAt.set(c.b[k], (g = groupAt.size));
        itemGroups.push([a, g]);
        continue;
      }
      const b = itemAt.get(c.b[k]);
      if (b === undefined) continue;
      if (c.kind === 'same') uf.union(a, b);
      else related.push({ a, b, strength: Number(c.strengths[k]) });
    }
  }
  const conceptOfItem = new Int32Array(itemKeys.length);
  const rootConcept = new Map<number, number>();
  const members: string[][] = [];
  for (let i = 0; i < itemKeys.length; i++) {
    const root = uf.find(i);
    let c = rootConcept.get(root);
    if (c === undefined) {
      rootConcept.set(root, (c = members.length));
      members.push([]);
    }
    conceptOfItem[i] = c;
    members[c].push(itemKeys[i]);
  }
  const conceptOf = new Map(itemKeys.map((key, i) => [key.slice(key.indexOf(':') + 1), conceptOfItem[i]]));
  const conceptGroups: number[][] = members.map(() => []);
  for (const [item, g] of itemGroups) {
    const list = conceptGroups[conceptOfItem[item]];
    if (!list.includes(g)) list.push(g);
  }
  for (const list of conceptGroups) list.sort((x, y) => x - y);
  const grouping = { groupStart: new Int32Array(members.length + 1), groupOf: new Int32Array(itemGroups.length) };
  let filled = 0;
  conceptGroups.forEach((list, c) => {
    grouping.groupOf.set(list, filled);
    filled += list.length;
    grouping.groupStart[c + 1] = filled;
  });

  // Each role's own requirements, as nodes (for answers) and as concept entries.
  const entries: [number, number, number][][] = roles.map(() => []);
  const hot: Set<string>[] = roles.map(() => new Set());
  for (const l of rows.links) {
    for (let k = 0; k < l.roles.length; k++) {
      const r = roleAt.get(l.roles[k]);
      if (r === undefined) continue;
      const p = roles[r];
      if (l.facet === 'collaborators') {
        const c = roleAt.get(l.targets[k]);
        if (c !== undefined) (p.collaborators as Set<string>).add(roles[c].id);
        continue;
      }
      const target = idOf.get(l.targets[k]);
      if (target === undefined) continue;
      if (l.facet === 'metrics') {
        (p.metrics as Set<string>).add(target);
        continue;
      }
      const item = itemAt.get(l.targets[k])!;
      if (l.facet === 'skills') {
        (p.skills as Map<string, number>).set(target, Number(l.weights[k]));
        entries[r].push([conceptOfItem[item], Number(l.weights[k]), FROM_SKILL]);
      } else if (l.facet === 'tools') {
        (p.tools as Set<string>).add(target);
        const isHot = Number(l.weights[k]) === 1;
        if (isHot) hot[r].add(target);
        entries[r].push([conceptOfItem[item], isHot ? HOT_TOOL_WEIGHT : TOOL_WEIGHT, FROM_TOOL]);
      } else {
        (p.practices as Set<string>).add(target);
        entries[r].push([conceptOfItem[item], PRACTICE_WEIGHT, FROM_PRACTICE]);
      }
    }
  }
  const isJob = Uint8Array.from(roleKinds, (k) => (k === 'team' || k === 'stakeholder' ? 0 : 1));
  roles.forEach((p, r) => {
    const scale = Math.min(1, TOOL_BUDGET / Math.max(1, p.tools.size));
    if (scale < 1) entries[r] = entries[r].map(([c, base, from]) => [c, from === FROM_TOOL ? base * scale : base, from]);
    p.needs = withGroups(makeNeeds(entries[r]), grouping);
    if (hot[r].size > 0) p.hotTools = hot[r];
    p.skillData = p.skills.size > 0 ? 'rated' : p.tools.size > 0 ? 'tools-only' : 'none';
  });

  // Specificity counts each concept over the jobs' own requirements (before any borrowing).
  const df = new Int32Array(members.length);
  const groupDf = new Int32Array(groupAt.size);
  let jobs = 0;
  roles.forEach((p, r) => {
    if (!isJob[r] || p.needs.concepts.length === 0) return;
    jobs++;
    for (const c of p.needs.concepts) df[c]++;
    for (const g of p.needs.groups) groupDf[g]++;
  });
  const pairs: RelatedPair[] = related.map(({ a, b, strength }) => ({ a: conceptOfItem[a], b: conceptOfItem[b], credit: relatedCredit(strength) }));
  const space = buildSpace(members.length, df, jobs, pairs, { groupCount: groupAt.size, groups: conceptGroups, groupDf });

  borrowRequirements(rows.occupations, roleAt, roles, isJob, entries, space);

  const moves: ProjectedMove[][] = roles.map(() => []);
  for (const m of rows.moves) for (let k = 0; k < m.roles.length; k++) {
    const r = roleAt.get(m.roles[k]);
    const o = roleAt.get(m.targets[k]);
    if (r === undefined || o === undefined || !isJob[o]) continue;
    const rank = Number(m.ranks[k]);
    moves[r].push({ to: roles[o].id, name: roles[o].name, kind: m.kinds[k], stated: Boolean(m.stated[k]), rank: rank < 0 ? null : rank, tier: m.tiers[k] || null });
  }
  const order: OrderPair[] = [];
  for (const c of rows.order) {
    for (let k = 0; k < c.before.length; k++) {
      const b = idOf.get(c.before[k]);
      const a = idOf.get(c.after[k]);
      if (b !== undefined && a !== undefined) order.push([b, a]);
    }
  }
  return {
    version: rows.version,
    roles,
    byId: new Map(roles.map((r, i) => [r.id, i])),
    isJob,
    space,
    conceptOf,
    members,
    index: buildSimilarityIndex(roles, space, textVectors(rows.vectors, roleAt, roles.length)),
    moves,
    equivalents: equivalentJobs(rows.occupations, roleAt, roles, isJob),
    order: orderIndex(order),
    moveEdges: new Map(),
    names,
    bounds: measureBounds(roles, moves.map((m) => m.length)),
  };
}

/** The roles' embeddings as one array in role order, with a flag per role. */
function textVectors(rows: readonly VectorRow[], roleAt: ReadonlyMap<number, number>, count: number): { vectors: Float32Array; has: Uint8Array; dim: number } | undefined {
  const dim = rows[0]?.vector.length ?? 0;
  if (dim === 0) return undefined;
  const vectors = new Float32Array(count * dim);
  const has = new Uint8Array(count);
  for (const row of rows) {
    const r = roleAt.get(row.role);
    if (r === undefined || row.vector.length !== dim) continue;
    vectors.set(row.vector, r * dim);
    has[r] = 1;
  }
  return { vectors, has, dim };
}

/** A role's recorded moves with the similarity of each pair as their score. */
export function recordedMoves(p: Projection, role: number, similarity: (a: number, b: number) => number): RecordedMove[] {
  return p.moves[role].flatMap((m) => {
    const to = p.byId.get(m.to);
    return to === undefined ? [] : [{ ...m, score: similarity(role, to) }];
  });
}
