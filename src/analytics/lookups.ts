// What the analytics questions look up in a projection: names, the roles an answer may be about, a
// person's concepts, pair scores, shared nodes, and the path-search edges (filled in the background after
// each reload). Shared by the question service (service.ts) and nothing else.
import { conceptSet } from '../domain/concepts.js';
import { EQUIVALENT_KIND, INFERRED_MOVES, pathEdges } from '../domain/moves.js';
import { EQUIVALENT_STEP_COST } from '../domain/paths.js';
import type { RoleProfile } from '../domain/profile.js';
import { pairSimilarity, rankSimilar, type Similar } from '../domain/similarity.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { recordedMoves, type NamedKind, type Projection } from './projection.js';

/** An id that names no node of that kind; the API turns it into NOT_FOUND. */
export class UnknownIdError extends NotFoundError {
  override name = 'UnknownIdError';
  constructor(kind: 'role' | 'skill' | 'tool', id: string) {
    super(kind, id);
  }
}

/** Which roles an answer may name: jobs only, of these origins when given. */
export type Origins = readonly string[] | null | undefined;

export type Namer = (kind: NamedKind | 'role', id: string) => { id: string; name: string };

/** {id, name} for the GraphQL node types (which load any other field themselves). */
export function named(p: Projection, kind: NamedKind | 'role', id: string): { id: string; name: string } {
  if (kind === 'role') {
    const i = p.byId.get(id);
    return { id, name: i === undefined ? id : p.roles[i].name };
  }
  return { id, name: p.names[kind].get(id) ?? id };
}

/** A person's concepts from skill and tool ids; an unknown id is NOT_FOUND. */
export function profileConcepts(p: Projection, skills: readonly string[], tools: readonly string[]): Set<number> {
  // A practice a text names counts as a skill there (extractSkills), so it may be listed with the skills.
  for (const id of skills) if (!p.names.skill.has(id) && !p.names.practice.has(id)) throw new UnknownIdError('skill', id);
  for (const id of tools) if (!p.names.tool.has(id)) throw new UnknownIdError('tool', id);
  return new Set([...skills, ...tools].map((id) => p.conceptOf.get(id)).filter((c): c is number => c !== undefined));
}

/** A role an answer may be about: it exists, and it is a job (teams and stakeholders are not moved into). */
export function job(p: Projection, id: string, argument: string): number {
  const i = p.byId.get(id);
  if (i === undefined) throw new UnknownIdError('role', id);
  if (!p.isJob[i]) throw new InvalidInputError(argument, `"${p.roles[i].name}" is a team or stakeholder that roles work with, not a role one holds or moves into`);
  return i;
}

export function answerable(p: Projection, origins: Origins): (i: number) => boolean {
  const allowed = origins && origins.length > 0 ? new Set(origins) : null;
  return (i) => p.isJob[i] === 1 && (allowed === null || allowed.has(p.roles[i].origin));
}

export function pairScore(p: Projection, a: number, b: number): number {
  return pairSimilarity(p.index, a, b);
}

export function jaccardOf(p: Projection, a: number, b: number): number {
  const x = conceptSet(p.roles[a].needs);
  const y = p.roles[b].needs.concepts;
  let inter = 0;
  for (const c of y) if (x.has(c)) inter++;
  const union = x.size + y.length - inter;
  return union === 0 ? 0 : inter / union;
}

/** The target's own skills and tools whose concept the other role also requires, strongest first. */
export function sharedNodes(p: Projection, a: number, b: number): { sharedSkills: string[]; sharedTools: string[] } {
  const other = conceptSet(p.roles[b].needs);
  const role = p.roles[a];
  const has = (id: string) => other.has(p.conceptOf.get(id) ?? -1);
  return {
    sharedSkills: [...role.skills].filter(([id]) => has(id)).sort(([x, ix], [y, iy]) => iy - ix || (x < y ? -1 : 1)).map(([id]) => id),
    sharedTools: [...role.tools].filter(has).sort(),
  };
}

/** A concept's name as the holder knows it (its own node of that concept), else its first member's. */
export function conceptName(p: Projection, concept: number, holder?: RoleProfile): string {
  const members = p.members[concept] ?? [];
  const own = holder ? members.find((m) => holder.skills.has(m.slice(m.indexOf(':') + 1)) || holder.tools.has(m.slice(m.indexOf(':') + 1))) : undefined;
  const key = own ?? members[0] ?? '';
  const kind = key.slice(0, key.indexOf(':')) as NamedKind;
  const id = key.slice(key.indexOf(':') + 1);
  return p.names[kind]?.get(id) ?? id;
}

export function similarCandidates(p: Projection, i: number, minScore: number, allow: (i: number) => boolean) {
  return rankSimilar(p.index, i, { minScore, allow }).map((s: Similar) => ({ id: s.id, name: p.roles[s.index].name, score: s.score }));
}

/** The path-search edges out of a role (jobs only), computed once per projection. */
export function edgesFrom(p: Projection, i: number) {
  let edges = p.moveEdges.get(i);
  if (!edges) {
    const allow = answerable(p, null);
    // Routes only take inferred moves scoring at least INFERRED_MOVES.minScore: rank only those.
    const moves = pathEdges(p.roles[i], recordedMoves(p, i, (a, b) => pairScore(p, a, b)).filter((m) => allow(p.byId.get(m.to)!)), similarCandidates(p, i, INFERRED_MOVES.minScore, allow), (id) => {
      const j = p.byId.get(id);
      return j === undefined ? undefined : p.roles[j];
    }, p.space);
    // The same occupation in another source is a free step, not a move into it.
    const twins = (p.equivalents.get(i) ?? []).map((j) => p.roles[j].id);
    edges = [...moves.filter((e) => !twins.includes(e.to)), ...twins.map((to) => ({ to, cost: EQUIVALENT_STEP_COST, stated: false, kind: EQUIVALENT_KIND, free: true }))];
    p.moveEdges.set(i, edges);
  }
  return edges;
}

/** How long one background slice of path-edge computation may hold the event loop. */
const WARM_SLICE_MS = 5;

/**
 * Computes every role's path edges in slices of at most WARM_SLICE_MS, each in its own macrotask and
 * the first only after the current request has been answered, so routes are fast after a reload without
 * holding up the requests that arrive meanwhile. Stops when `current()` says a newer projection took over.
 */
export async function warmEdges(p: Projection, current: () => boolean): Promise<void> {
  const nextTask = () => new Promise((resolve) => setImmediate(resolve));
  await nextTask();
  let sliceStart = performance.now();
  for (let i = 0; i < p.roles.length && current(); i++) {
    if (p.isJob[i]) edgesFrom(p, i);
    if (performance.now() - sliceStart >= WARM_SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
