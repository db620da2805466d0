// The analytics questions as plain-data functions over the cached projection: ids in, ids and scores out.
// One service per process (created with the app and reached through the request context), so every
// request shares the projection.
import type { Graph } from '../store/graph.js';
import { skillGap as gapOf, type SkillGapResult } from '../domain/gap.js';
import { rankMatches, type RoleMatchResult } from '../domain/match.js';
import { INFERRED_MOVES, pathEdges, rankNextRoles, type CareerMoveResult } from '../domain/moves.js';
import { cheapestPaths, type PathResult, type PathStep } from '../domain/paths.js';
import type { RoleProfile } from '../domain/profile.js';
import { compareProfiles, comparisonSummary, rankSimilar, sharedSkills, type Comparison } from '../domain/similarity.js';
import { unmeasuredBounds, type ListBounds } from './bounds.js';
import { ProjectionCache } from './cache.js';
import { recordedMoves, type NamedKind, type Projection } from './projection.js';

/** An id that names no node of that kind; the API turns it into NOT_FOUND. */
export class UnknownIdError extends Error {
  override name = 'UnknownIdError';
  constructor(readonly kind: 'role' | 'skill' | 'tool', readonly id: string) {
    super(`No ${kind} with id "${id}"`);
  }
}

export interface ComparisonResult extends Comparison {
  roles: string[];
  summary: string;
}

export interface SimilarRole {
  role: string;
  score: number;
  jaccard: number;
  sharedSkills: string[];
}

export interface GapResult extends SkillGapResult {
  from: string;
  to: string;
}

export interface CareerPathResult extends PathResult {
  steps: Array<PathStep & { toLearn: string[] }>;
}

/** How many shared skills the comparison summary names. */
const SUMMARY_EXAMPLES = 3;

export interface AnalyticsOptions {
  /** How long a graph-version check stays fresh (default 2 s). */
  checkEveryMs?: number;
  /** The clock the check interval is measured on (tests step it instead of sleeping). */
  now?: () => number;
  /** Fill every role's path edges in the background after each (re)load (default true). */
  warmPaths?: boolean;
}

export class AnalyticsService {
  readonly cache: ProjectionCache;
  private readonly warmPaths: boolean;
  private warmed: Projection | undefined;

  constructor(graph: Graph, options: AnalyticsOptions = {}) {
    this.cache = new ProjectionCache(graph, options.checkEveryMs, options.now);
    this.warmPaths = options.warmPaths ?? true;
  }

  /** The current projection; a new one starts filling every role's path edges in the background. */
  private async projection(): Promise<Projection> {
    const p = await this.cache.get();
    if (this.warmPaths && this.warmed !== p) {
      this.warmed = p;
      void warmEdges(p, () => this.warmed === p);
    }
    return p;
  }

  /**
   * Loads the projection now (and starts the background path-edge warm-up), so the first question
   * after a server start does not wait for the load. Call without awaiting at start-up.
   */
  async warm(): Promise<void> {
    await this.projection();
  }

  /** Call after writing through the API: the next question reloads the projection if the graph moved. */
  invalidate(): void {
    this.cache.invalidate();
  }

  /** The longest lists of the graph as last loaded; before any load, every list counts as `fallback` long. */
  listBounds(fallback: number): ListBounds {
    return this.cache.peek()?.bounds ?? unmeasuredBounds(fallback);
  }

  /** True once a projection has been loaded (listBounds then measures the graph). */
  measured(): boolean {
    return this.cache.peek() !== undefined;
  }

  /** The bounds of the current projection, loading it if needed. */
  async measuredBounds(): Promise<ListBounds> {
    return (await this.projection()).bounds;
  }

  /** Turns result ids into {id, name} objects, named from the current projection. */
  async namer(): Promise<Namer> {
    const p = await this.cache.get();
    return (kind, id) => named(p, kind, id);
  }

  async compareRoles(ids: readonly string[]): Promise<ComparisonResult> {
    const p = await this.projection();
    const profiles = ids.map((id) => role(p, id));
    const c = compareProfiles(profiles);
    const examples = c.shared.skills.slice(0, SUMMARY_EXAMPLES).map((id) => p.names.skill.get(id) ?? id);
    return { ...c, roles: [...ids], summary: comparisonSummary(profiles.map((r) => r.name), c.sharedSkillCount, c.unionSkillCount, examples) };
  }

  async similarRoles(id: string, first: number): Promise<SimilarRole[]> {
    const p = await this.projection();
    const target = role(p, id);
    return rankSimilar(target, p.index)
      .slice(0, first)
      .map((s) => ({ role: s.id, score: s.score, jaccard: s.jaccard, sharedSkills: sharedSkills([target.skills, p.roles[s.index].skills]) }));
  }

  async skillGap(from: string, to: string): Promise<GapResult> {
    const p = await this.projection();
    return { from, to, ...gapOf(role(p, from), role(p, to), p.order) };
  }

  async nextRoles(from: string, first: number): Promise<CareerMoveResult[]> {
    const p = await this.projection();
    const i = index(p, from);
    return rankNextRoles(from, recordedMoves(p, i), similarCandidates(p, i), first);
  }

  async careerPaths(from: string, to: string, maxSteps: number, first: number, interrupt?: () => void): Promise<CareerPathResult[]> {
    const p = await this.projection();
    index(p, from);
    index(p, to);
    const paths = cheapestPaths(from, to, (id) => edgesFrom(p, p.byId.get(id)!), maxSteps, first, interrupt);
    return paths.map((path) => ({
      totalCost: path.totalCost,
      steps: path.steps.map((s) => ({ ...s, toLearn: gapOf(role(p, s.from), role(p, s.to)).toLearn.map((l) => l.id) })),
    }));
  }

  async matchRoles(skills: readonly string[], tools: readonly string[], first: number): Promise<RoleMatchResult[]> {
    const p = await this.projection();
    for (const id of skills) if (!p.names.skill.has(id)) throw new UnknownIdError('skill', id);
    for (const id of tools) if (!p.names.tool.has(id)) throw new UnknownIdError('tool', id);
    return rankMatches({ skills: new Set(skills), tools: new Set(tools) }, p.roles, first, p.index);
  }
}

export type Namer = (kind: NamedKind | 'role', id: string) => { id: string; name: string };

/** {id, name} for the GraphQL node types (which load any other field themselves). */
export function named(p: Projection, kind: NamedKind | 'role', id: string): { id: string; name: string } {
  if (kind === 'role') {
    const i = p.byId.get(id);
    return { id, name: i === undefined ? id : p.roles[i].name };
  }
  return { id, name: p.names[kind].get(id) ?? id };
}

function index(p: Projection, id: string): number {
  const i = p.byId.get(id);
  if (i === undefined) throw new UnknownIdError('role', id);
  return i;
}

function role(p: Projection, id: string): RoleProfile {
  return p.roles[index(p, id)];
}

function similarCandidates(p: Projection, i: number, minScore = 0) {
  return rankSimilar(p.roles[i], p.index, minScore).map((s) => ({ id: s.id, name: p.roles[s.index].name, score: s.score }));
}

/** The path-search edges out of a role, computed once per projection. */
function edgesFrom(p: Projection, i: number) {
  let edges = p.moveEdges.get(i);
  if (!edges) {
    // Routes only take inferred moves scoring at least INFERRED_MOVES.minScore: rank only those.
    edges = pathEdges(p.roles[i], recordedMoves(p, i), similarCandidates(p, i, INFERRED_MOVES.minScore), (id) => {
      const j = p.byId.get(id);
      return j === undefined ? undefined : p.roles[j];
    });
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
async function warmEdges(p: Projection, current: () => boolean): Promise<void> {
  const nextTask = () => new Promise((resolve) => setImmediate(resolve));
  await nextTask();
  let sliceStart = performance.now();
  for (let i = 0; i < p.roles.length && current(); i++) {
    edgesFrom(p, i);
    if (performance.now() - sliceStart >= WARM_SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
