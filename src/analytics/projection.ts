// The in-memory projection the analytics compute over: every role's requirements and recorded moves,
// the skill learning-order pairs and the names of skills, tools, practices and metrics, loaded with three queries (cypher/queries/analytics-*.cypher).
// docs/analytics.md records the measurements that chose this over per-request Cypher.
import { cypher } from '../db/cypherFiles.js';
import type { Graph } from '../db/graph.js';
import type { OrderPair } from '../domain/gap.js';
import type { RecordedMove } from '../domain/moves.js';
import type { MoveEdge } from '../domain/paths.js';
import type { RoleProfile } from '../domain/profile.js';
import { buildSimilarityIndex, weightedJaccard, type SimilarityIndex } from '../domain/similarity.js';

export type NamedKind = 'skill' | 'tool' | 'practice' | 'metric';

export type ProjectedMove = Omit<RecordedMove, 'score'>;

export interface Projection {
  /** The graph version (Meta.version) read before loading. */
  version: number;
  roles: RoleProfile[];
  byId: ReadonlyMap<string, number>;
  index: SimilarityIndex;
  /** Recorded CAN_MOVE_TO moves per role index. */
  moves: ReadonlyArray<readonly ProjectedMove[]>;
  order: readonly OrderPair[];
  /** Names of every skill, tool, practice and metric by id. */
  names: Readonly<Record<NamedKind, ReadonlyMap<string, string>>>;
  /** Path-search edges per role index, filled on first use (the projection never changes). */
  moveEdges: Map<number, readonly MoveEdge[]>;
}

interface RoleRow {
  id: string;
  name: string | null;
  skills: Array<[string, number]>;
  tools: string[];
  practices: string[];
  metrics: string[];
  collaborators: string[];
  moves: Array<{ to: string; name: string | null; kind: string; stated: boolean; rank: number | null }>;
}

export async function loadProjection(graph: Graph, version: number): Promise<Projection> {
  const [rows, pairs, names] = await Promise.all(
    ['analytics-roles', 'analytics-skill-order', 'analytics-names'].map((q) => graph.read(cypher(`queries/${q}`))),
  );
  // ESCO skill URIs repeat across 124k links; keeping one string per id saves most of the memory.
  const intern = new Map<string, string>();
  const one = (s: string) => intern.get(s) ?? (intern.set(s, s), s);
  const byKind: Record<NamedKind, Map<string, string>> = { skill: new Map(), tool: new Map(), practice: new Map(), metric: new Map() };
  for (const n of names) byKind[n.kind as NamedKind].set(one(n.id), n.name ?? n.id);
  const roles = (rows as RoleRow[]).map((r): RoleProfile => ({
    id: r.id,
    name: r.name ?? r.id,
    skills: new Map(r.skills.map(([id, imp]) => [one(id), Number(imp)])),
    tools: new Set(r.tools.map(one)),
    practices: new Set(r.practices.map(one)),
    metrics: new Set(r.metrics.map(one)),
    collaborators: new Set(r.collaborators),
  }));
  const moves = (rows as RoleRow[]).map((r) => r.moves.map((m) => ({ to: m.to, name: m.name ?? m.to, kind: m.kind, stated: Boolean(m.stated), rank: m.rank ?? null })));
  return {
    version,
    roles,
    byId: new Map(roles.map((r, i) => [r.id, i])),
    index: buildSimilarityIndex(roles),
    moves,
    order: pairs.map((p) => [one(p.before as string), one(p.after as string)] as const),
    moveEdges: new Map(),
    names: byKind,
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
