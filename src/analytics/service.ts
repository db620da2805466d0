// The analytics questions as plain-data functions over the cached projection: ids in, ids and scores out.
// One service per process (created with the app and reached through the request context), so every
// request shares the projection. Every answer is computed in the one concept space and may cross sources;
// `origins` restricts which roles an answer may name. Teams and stakeholders are never an answer.
import { conceptSet } from '../domain/concepts.js';
import { compareProfiles, type Comparison } from '../domain/compare.js';
import { skillGap as gapOf, type SkillGapResult } from '../domain/gap.js';
import { rankMatches, type Profile } from '../domain/match.js';
import { rankNextRoles, type CareerMoveResult } from '../domain/moves.js';
import { cheapestPaths, type PathResult, type PathStep } from '../domain/paths.js';
import type { RoleProfile } from '../domain/profile.js';
import { comparisonSummary, rankSimilar } from '../domain/similarity.js';
import type { Graph } from '../store/graph.js';
import { unmeasuredBounds, type ListBounds } from './bounds.js';
import { ProjectionCache } from './cache.js';
import { dataNotes } from './notes.js';
import { answerable, conceptName, edgesFrom, jaccardOf, job, named, pairScore, profileConcepts, sharedNodes, similarCandidates, UnknownIdError, warmEdges, type Namer, type Origins } from './lookups.js';
import { recordedMoves, type Projection } from './projection.js';
import { personOf, textMeaning, TextReader, withSameAs, type ExtractedWithSameAs } from './textReader.js';

export { named, UnknownIdError, type Namer, type Origins };

export interface ComparisonResult extends Comparison {
  roles: string[];
  summary: string;
}

export interface SimilarRole {
  role: string;
  score: number;
  graph: number;
  text: number;
  jaccard: number;
  sharedSkills: string[];
  sharedTools: string[];
}

export interface GapResult extends SkillGapResult {
  from: string;
  to: string;
  /** What the sources do not know about the two roles, in words. */
  notes: string[];
  /** Per skill to learn: the name of the related concept the holder has that gives partial credit. */
  partialVia: Map<string, string>;
  /** Skills and tools the target borrowed from the occupations it maps to (not its own). */
  inferred: ReadonlySet<string>;
}

export interface CareerPathResult extends PathResult {
  steps: Array<PathStep & { toLearn: string[] }>;
}

export interface MatchResult {
  id: string;
  score: number;
  coverage: number;
  precision: number;
  /** For a text profile: how close the text is to the role's title and description (rescaled cosine). */
  text: number | null;
  matched: string[];
  missing: string[];
  matchedTools: string[];
  missingTools: string[];
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

  private readonly texts: TextReader;

  constructor(graph: Graph, options: AnalyticsOptions = {}) {
    this.cache = new ProjectionCache(graph, options.checkEveryMs, options.now);
    this.warmPaths = options.warmPaths ?? true;
    this.texts = new TextReader(graph);
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

  /** Whether the graph has been embedded (rolegraph link): search by meaning needs the vectors. */
  async hasTextVectors(): Promise<boolean> {
    return (await this.projection()).index.dim > 0;
  }

  /** Loads the projection now (and starts the background path-edge warm-up). Call without awaiting at start-up. */
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
    const at = ids.map((id) => job(p, id, 'roles'));
    const profiles = at.map((i) => p.roles[i]);
    const c = compareProfiles(profiles, at.map((i) => p.index.w[i]), (_facet, id) => p.conceptOf.get(id) ?? -1);
    const examples = [...c.shared.skills, ...c.shared.tools].slice(0, SUMMARY_EXAMPLES).map((id) => p.names.skill.get(id) ?? p.names.tool.get(id) ?? id);
    return { ...c, roles: [...ids], summary: comparisonSummary(profiles.map((r) => r.name), c.sharedSkillCount, c.unionSkillCount, examples) };
  }

  async similarRoles(id: string, first: number, origins?: Origins): Promise<SimilarRole[]> {
    const p = await this.projection();
    const i = job(p, id, 'role');
    return rankSimilar(p.index, i, { allow: answerable(p, origins) })
      .slice(0, first)
      .map((s) => ({ role: s.id, score: s.score, graph: s.graph, text: s.text, jaccard: jaccardOf(p, i, s.index), ...sharedNodes(p, i, s.index) }));
  }

  async skillGap(from: string, to: string): Promise<GapResult> {
    const p = await this.projection();
    const a = job(p, from, 'from');
    const b = job(p, to, 'to');
    return this.gapFor(p, conceptSet(p.roles[a].needs), b, from, to, p.roles[a]);
  }

  private gapFor(p: Projection, held: ReadonlySet<number>, b: number, from: string, to: string, holder?: RoleProfile): GapResult {
    const target = p.roles[b];
    // Borrowed requirements are listed too (marked inferred): they are what the coverage counts.
    const skills = new Map([...(target.borrowedSkills ?? []), ...target.skills]);
    const tools = new Set([...target.tools, ...(target.borrowedTools ?? [])]);
    const g = gapOf(held, target.needs, { skills, tools, conceptOf: (_f, id) => p.conceptOf.get(id) ?? -1 }, p.space, p.order);
    const partialVia = new Map<string, string>();
    for (const s of g.toLearn) if (s.via >= 0) partialVia.set(s.id, conceptName(p, s.via, holder));
    const inferred = new Set([...(target.borrowedSkills?.keys() ?? []), ...(target.borrowedTools ?? [])]);
    return { from, to, ...g, notes: dataNotes(p, target, holder), partialVia, inferred };
  }

  async nextRoles(from: string, first: number, origins?: Origins): Promise<CareerMoveResult[]> {
    const p = await this.projection();
    const i = job(p, from, 'from');
    const allow = answerable(p, origins);
    const recorded = recordedMoves(p, i, (a, b) => pairScore(p, a, b)).filter((m) => allow(p.byId.get(m.to)!));
    return rankNextRoles(from, recorded, similarCandidates(p, i, 0, allow), first);
  }

  async careerPaths(from: string, to: string, maxSteps: number, first: number, interrupt?: () => void, origins?: Origins): Promise<CareerPathResult[]> {
    const p = await this.projection();
    job(p, from, 'from');
    job(p, to, 'to');
    const allow = answerable(p, origins);
    const paths = cheapestPaths(
      from,
      to,
      (id) => edgesFrom(p, p.byId.get(id)!).filter((e) => e.to === to || allow(p.byId.get(e.to)!)),
      maxSteps,
      first,
      interrupt,
    );
    return paths.map((path) => ({
      totalCost: path.totalCost,
      // A free step changes only the source's name for the occupation: nothing to learn.
      steps: path.steps.map((s) => ({ ...s, toLearn: s.free ? [] : this.gapFor(p, conceptSet(p.roles[p.byId.get(s.from)!].needs), p.byId.get(s.to)!, s.from, s.to).toLearn.map((l) => l.id) })),
    }));
  }

  /** The skills, tools and practices a text names, one per concept, with the other nodes of each concept. */
  async extractSkills(text: string): Promise<ExtractedWithSameAs[]> {
    const p = await this.projection();
    return withSameAs(p, await this.texts.read(p, text));
  }

  /** A person's concepts from a text (a CV, a profile): what extractSkills finds. */
  private async textConcepts(p: Projection, text: string): Promise<{ concepts: Set<number>; hasTools: boolean }> {
    return personOf(await this.texts.read(p, text));
  }

  /**
   * matchRoles for a text: its skills and tools as extractSkills reads them, less the concepts of `excluding`
   * (what the person struck out), and what the whole text is about.
   */
  async matchRolesFromText(text: string, first: number, origins?: Origins, excluding: readonly string[] = []): Promise<MatchResult[]> {
    const p = await this.projection();
    const struck = profileConcepts(p, excluding.filter((id) => !p.names.tool.has(id)), excluding.filter((id) => p.names.tool.has(id)));
    const person = personOf((await this.texts.read(p, text)).filter((e) => !struck.has(e.concept)));
    return this.matchConcepts(p, { ...person, text: await textMeaning(p, text) }, first, origins);
  }

  async skillGapFromText(text: string, to: string): Promise<GapResult> {
    const p = await this.projection();
    const b = job(p, to, 'to');
    return this.gapFor(p, (await this.textConcepts(p, text)).concepts, b, 'text', to);
  }

  /** The gap from a profile of skill (or practice) and tool ids, as matchRoles(skills:, tools:) takes it. */
  async skillGapFromIds(skills: readonly string[], tools: readonly string[], to: string): Promise<GapResult> {
    const p = await this.projection();
    const b = job(p, to, 'to');
    return this.gapFor(p, profileConcepts(p, skills, tools), b, 'profile', to);
  }

  async matchRoles(skills: readonly string[], tools: readonly string[], first: number, origins?: Origins): Promise<MatchResult[]> {
    const p = await this.projection();
    return this.matchConcepts(p, { concepts: profileConcepts(p, skills, tools), hasTools: tools.length > 0 }, first, origins);
  }

  private matchConcepts(p: Projection, person: Profile, first: number, origins?: Origins): MatchResult[] {
    const { concepts } = person;
    return rankMatches(person, p.index, first, answerable(p, origins)).map((m) => {
      const role = p.roles[m.index];
      const has = (id: string) => concepts.has(p.conceptOf.get(id) ?? -1);
      // Borrowed requirements are listed too: they are what the coverage counts (as in skillGap).
      const skills = new Map([...(role.borrowedSkills ?? []), ...role.skills]);
      const skillIds = [...skills].sort(([x, ix], [y, iy]) => iy - ix || (x < y ? -1 : 1)).map(([id]) => id);
      const toolIds = [...new Set([...role.tools, ...(role.borrowedTools ?? [])])].sort();
      return {
        id: m.id,
        score: m.score,
        coverage: m.coverage,
        precision: m.precision,
        text: m.text,
        matched: skillIds.filter(has),
        missing: skillIds.filter((id) => !has(id)),
        matchedTools: toolIds.filter(has),
        missingTools: toolIds.filter((id) => !has(id)),
      };
    });
  }
}

