// A small graph described in plain words, turned into the rows the projection loads from Neo4j, so the
// engine (src/analytics/projection.ts + src/domain) is tested on exactly the data shapes it meets.
import { buildProjection, type Projection, type ProjectionRows } from '../../../src/analytics/projection.js';

export interface WorldRole {
  id: string;
  name?: string;
  origin?: string;
  roleKind?: 'job' | 'team' | 'stakeholder';
  skills?: Record<string, number>;
  tools?: string[];
  hot?: string[];
  practices?: string[];
  collaborators?: string[];
  moves?: { to: string; kind?: string; stated?: boolean; rank?: number; tier?: string }[];
  mapsTo?: { to: string; match: 'close' | 'broad' }[];
  /** A 3-number "embedding" of the role's text (normalised here). */
  text?: [number, number, number];
}

export interface World {
  roles: WorldRole[];
  /** Groups of skill/tool ids that are one concept (SAME_AS). */
  same?: string[][];
  /** [a, b, strength]: a cosine ≥ 0.8 (RELATED_TO), -1 (BROADER) or -2 (RELATED_SKILL). */
  related?: [string, string, number][];
  order?: [string, string][];
}

/** Builds the projection of a world. Skill and tool ids must not collide; origins default to 'curated'. */
export function project(world: World): Projection {
  let next = 1;
  const internal = new Map<string, number>();
  const id = (key: string) => {
    let n = internal.get(key);
    if (n === undefined) internal.set(key, (n = next++));
    return n;
  };
  const skills = new Set<string>();
  const tools = new Set<string>();
  const practices = new Set<string>();
  for (const r of world.roles) {
    for (const s of Object.keys(r.skills ?? {})) skills.add(s);
    for (const t of r.tools ?? []) tools.add(t);
    for (const p of r.practices ?? []) practices.add(p);
  }
  for (const group of world.same ?? []) for (const x of group) if (!tools.has(x) && !practices.has(x)) skills.add(x);
  const kindOf = (x: string) => (tools.has(x) ? 'tool' : practices.has(x) ? 'practice' : 'skill');
  const nodeRows = (kind: 'role' | 'skill' | 'tool' | 'practice', items: { id: string; name: string; origin: string; roleKind?: string }[]) => ({
    kind,
    nodes: items.map((x) => id(`${kind}:${x.id}`)),
    ids: items.map((x) => x.id),
    names: items.map((x) => x.name),
    origins: items.map((x) => x.origin),
    roleKinds: kind === 'role' ? items.map((x) => x.roleKind ?? 'job') : [],
  });
  const plain = (set: Set<string>) => [...set].map((x) => ({ id: x, name: x, origin: x.startsWith('onet') ? 'onet' : x.startsWith('esco') ? 'esco' : 'curated' }));
  const roleId = (x: string) => id(`role:${x}`);
  const node = (x: string) => id(`${kindOf(x)}:${x}`);
  const rows: ProjectionRows = {
    version: 1,
    nodes: [
      nodeRows('role', world.roles.map((r) => ({ id: r.id, name: r.name ?? r.id, origin: r.origin ?? 'curated', roleKind: r.roleKind }))),
      nodeRows('skill', plain(skills)),
      nodeRows('tool', plain(tools)),
      nodeRows('practice', plain(practices)),
    ],
    links: [
      { facet: 'skills', ...pairs(world.roles.flatMap((r) => Object.entries(r.skills ?? {}).map(([s, imp]) => [roleId(r.id), node(s), imp] as const))) },
      { facet: 'tools', ...pairs(world.roles.flatMap((r) => (r.tools ?? []).map((t) => [roleId(r.id), node(t), (r.hot ?? []).includes(t) ? 1 : 0] as const))) },
      { facet: 'practices', ...pairs(world.roles.flatMap((r) => (r.practices ?? []).map((p) => [roleId(r.id), node(p), 0] as const))) },
      { facet: 'collaborators', ...pairs(world.roles.flatMap((r) => (r.collaborators ?? []).map((c) => [roleId(r.id), roleId(c), 0] as const))) },
    ],
    moves: [moveColumns(world.roles, roleId)],
    order: [{ before: (world.order ?? []).map(([b]) => node(b)), after: (world.order ?? []).map(([, a]) => node(a)) }],
    concepts: [
      { kind: 'same', a: (world.same ?? []).flatMap((g) => g.slice(1).map(() => node(g[0]))), b: (world.same ?? []).flatMap((g) => g.slice(1).map(node)), strengths: [] },
      { kind: 'related', a: (world.related ?? []).map(([a]) => node(a)), b: (world.related ?? []).map(([, b]) => node(b)), strengths: (world.related ?? []).map(([, , s]) => s) },
    ],
    occupations: [
      {
        roles: world.roles.flatMap((r) => (r.mapsTo ?? []).map(() => roleId(r.id))),
        targets: world.roles.flatMap((r) => (r.mapsTo ?? []).map((m) => roleId(m.to))),
        matches: world.roles.flatMap((r) => (r.mapsTo ?? []).map((m) => m.match)),
      },
    ],
    vectors: world.roles.filter((r) => r.text).map((r) => {
      const v = r.text!;
      const n = Math.hypot(...v);
      return { role: roleId(r.id), vector: v.map((x) => x / n) };
    }),
  };
  return buildProjection(rows);
}

function pairs(list: readonly (readonly [number, number, number])[]) {
  return { roles: list.map(([r]) => r), targets: list.map(([, t]) => t), weights: list.map(([, , w]) => w) };
}

function moveColumns(roles: readonly WorldRole[], roleId: (x: string) => number) {
  const moves = roles.flatMap((r) => (r.moves ?? []).map((m) => ({ from: r.id, ...m })));
  return {
    roles: moves.map((m) => roleId(m.from)),
    targets: moves.map((m) => roleId(m.to)),
    kinds: moves.map((m) => m.kind ?? 'related'),
    stated: moves.map((m) => m.stated ?? false),
    ranks: moves.map((m) => m.rank ?? -1),
    tiers: moves.map((m) => m.tier ?? ''),
  };
}

/** The index of a role in the projection. */
export const at = (p: Projection, id: string) => p.byId.get(id)!;
