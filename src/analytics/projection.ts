// The in-memory projection the analytics compute over: every role's requirements and recorded moves,
// the skill learning-order pairs and the names of skills, tools, practices and metrics.
// Loaded in one read transaction with four column-shaped queries (cypher/queries/analytics-*.cypher):
// nodes come back as parallel arrays (internal id, id, name) and links as parallel arrays of internal
// ids, in rows of a few hundred nodes or roles, so a full ESCO graph is a few thousand records of
// integer lists instead of 150k small records repeating URIs. Internal ids are only compared within
// that one transaction.
// docs/analytics.md records the measurements that chose this over per-request Cypher.
import { cypher } from '../store/cypherFiles.js';
import type { Graph, Row, Tx } from '../store/graph.js';
import { READ_GRAPH_VERSION } from '../store/graphVersion.js';
import { orderIndex, type OrderIndex, type OrderPair } from '../domain/gap.js';
import type { RecordedMove } from '../domain/moves.js';
import type { MoveEdge } from '../domain/paths.js';
import type { RoleProfile } from '../domain/profile.js';
import { buildSimilarityIndex, weightedJaccard, type SimilarityIndex } from '../domain/similarity.js';
import { measureBounds, type ListBounds } from './bounds.js';

export type NamedKind = 'skill' | 'tool' | 'practice' | 'metric';

export type ProjectedMove = Omit<RecordedMove, 'score'>;

export interface Projection {
  /** The graph version (Meta.version) read in the loading transaction. */
  version: number;
  roles: RoleProfile[];
  byId: ReadonlyMap<string, number>;
  index: SimilarityIndex;
  /** Recorded CAN_MOVE_TO moves per role index. */
  moves: ReadonlyArray<readonly ProjectedMove[]>;
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
interface NodeColumns { kind: Kind; nodes: number[]; ids: string[]; names: string[] }
interface LinkColumns { facet: 'skills' | 'tools' | 'practices' | 'metrics' | 'collaborators'; roles: number[]; targets: number[]; weights: number[] }

/** Reads the whole projection in one transaction, so the version and every column describe one snapshot. */
export async function loadProjection(graph: Graph): Promise<Projection> {
  const [version, nodes, links, moves, order] = await graph.readTx(async (tx: Tx) => {
    const run = (q: string): Promise<Row[]> => tx.run(cypher(`queries/${q}`));
    return Promise.all([
      tx.run(READ_GRAPH_VERSION).then((r) => Number(r[0]?.version ?? 0)),
      run('analytics-nodes'),
      run('analytics-links'),
      run('analytics-moves'),
      run('analytics-skill-order'),
    ]);
  });
  return buildProjection(version, nodes as NodeColumns[], links as LinkColumns[], moves as MoveColumns[], order as OrderColumns[]);
}

interface MoveColumns { roles: number[]; targets: number[]; kinds: string[]; stated: boolean[]; ranks: number[] }
interface OrderColumns { before: number[]; after: number[] }

function buildProjection(version: number, nodes: NodeColumns[], links: LinkColumns[], moveRows: MoveColumns[], orderCols: OrderColumns[]): Projection {
  const roleAt = new Map<number, number>(); // a role's internal id → its index in `roles`
  const roles: RoleProfile[] = [];
  const idOf = new Map<number, string>(); // any other node's internal id → its id
  const names: Record<NamedKind, Map<string, string>> = { skill: new Map(), tool: new Map(), practice: new Map(), metric: new Map() };
  for (const c of nodes) {
    for (let i = 0; i < c.ids.length; i++) {
      if (c.kind === 'role') {
        roleAt.set(c.nodes[i], roles.length);
        roles.push({ id: c.ids[i], name: c.names[i], skills: new Map(), tools: new Set(), practices: new Set(), metrics: new Set(), collaborators: new Set() });
      } else {
        names[c.kind].set(c.ids[i], c.names[i]);
        idOf.set(c.nodes[i], c.ids[i]);
      }
    }
  }
  for (const l of links) {
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
      if (l.facet === 'skills') (p.skills as Map<string, number>).set(target, Number(l.weights[k]));
      else (p[l.facet] as Set<string>).add(target);
    }
  }
  const moves: ProjectedMove[][] = roles.map(() => []);
  for (const moveCols of moveRows) for (let k = 0; k < moveCols.roles.length; k++) {
    const r = roleAt.get(moveCols.roles[k]);
    const o = roleAt.get(moveCols.targets[k]);
    if (r === undefined || o === undefined) continue;
    const rank = Number(moveCols.ranks[k]);
    moves[r].push({ to: roles[o].id, name: roles[o].name, kind: moveCols.kinds[k], stated: Boolean(moveCols.stated[k]), rank: rank < 0 ? null : rank });
  }
  const order: OrderPair[] = [];
  for (const c of orderCols) {
    for (let k = 0; k < c.before.length; k++) {
      const b = idOf.get(c.before[k]);
      const a = idOf.get(c.after[k]);
      if (b !== undefined && a !== undefined) order.push([b, a]);
    }
  }
  return {
    version,
    roles,
    byId: new Map(roles.map((r, i) => [r.id, i])),
    index: buildSimilarityIndex(roles),
    moves,
    order: orderIndex(order),
    moveEdges: new Map(),
    names,
    bounds: measureBounds(roles, moves.map((m) => m.length)),
  };
}

/** A role's recorded moves with the weighted similarity of each pair as their score. */
export function recordedMoves(p: Projection, role: number): RecordedMove[] {
  const from = p.roles[role];
  return p.moves[role].flatMap((m) => {
    const to = p.byId.get(m.to);
    return to === undefined ? [] : [{ ...m, score: weightedJaccard(from.skills, p.roles[to].skills) }];
  });
}
