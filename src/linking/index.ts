// `rolegraph link`: makes the three sources one graph. Embeds what changed (src/semantic), then links
// skills, tools and practices that are one concept (SAME_AS), close concepts (RELATED_TO) and O*NET
// occupations to their ESCO counterparts (MAPS_TO), replacing the previous run's links, and bumps the graph
// version. Idempotent: a second run writes the same links.
import os from 'node:os';
import { embedGraph } from '../semantic/embedGraph.js';
import { sharedEmbedder } from '../semantic/embedder.js';
import { cypher } from '../store/cypherFiles.js';
import type { Graph } from '../store/graph.js';
import { bumpGraphVersion } from '../store/graphVersion.js';
import { loadConcepts } from './concepts.js';
import type { LinkPair } from './match.js';
import { linkOccupations, type OccupationLink } from './occupations.js';
import { loadReviewed, REVIEWED_FILE } from './overrides.js';
import { relatedConcepts, type RelatedPair } from './related.js';
import { DEFAULT_THRESHOLD, linkSameConcepts } from './sameAs.js';
import { loadVectors } from './vectors.js';

export interface LinkOptions {
  threshold?: number;
  reviewedFile?: string;
  /** Progress lines (stderr in the CLI). */
  say?: (line: string) => void;
}

export interface LinkReport {
  embedded: { embedded: number; unchanged: number; removed: number; seconds: number };
  concepts: number;
  candidates: { lexical: number; semantic: number };
  sameAs: number;
  byMethod: Record<string, number>;
  conflicts: number;
  clusters: number;
  related: number;
  occupations: number;
  /** A sample for review: the weakest accepted links, and some conflicts. */
  review: { weakest: string[]; conflicts: string[] };
  /** Seconds per stage: embed, sameAs, related, occupations, write. */
  stages: Record<'embed' | 'sameAs' | 'related' | 'occupations' | 'write', number>;
  seconds: number;
}

const WRITE_BATCH = 5_000;

export async function linkGraph(graph: Graph, opts: LinkOptions = {}): Promise<LinkReport> {
  const started = performance.now();
  const log = opts.say ?? (() => {});
  const say = (line: string) => log(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return seconds;
  };
  // A batch job: one single-threaded model session per core (docs/semantic.md has the figures).
  const embedder = await sharedEmbedder({ threads: 1, sessions: Math.min(4, os.availableParallelism()) });
  say('embedding concepts and roles (only what changed)');
  const embedded = await embedGraph(graph, { embedder });
  const [concepts, vectors] = await Promise.all([loadConcepts(graph), loadVectors(graph)]);
  const embed = lap();
  const reviewed = loadReviewed(opts.reviewedFile ?? REVIEWED_FILE);
  say(`linking ${concepts.length} skills, tools and practices`);
  const same = await linkSameConcepts(concepts, vectors, embedder, reviewed, opts.threshold ?? DEFAULT_THRESHOLD);
  const sameAs = lap();
  say('finding related concepts');
  const related = await relatedConcepts(concepts, vectors, same.representative);
  const relatedSeconds = lap();
  say('linking occupations across sources');
  const occupations = await linkOccupations(graph, vectors);
  const occupationSeconds = lap();
  await writeLinks(graph, same.accepted, concepts, related, occupations);
  await bumpGraphVersion(graph);
  const stages = { embed, sameAs, related: relatedSeconds, occupations: occupationSeconds, write: lap() };

  const byId = new Map(concepts.map((c) => [c.id, c]));
  const describe = (p: LinkPair) => `${byId.get(p.a)?.name} [${byId.get(p.a)?.origin}] = ${byId.get(p.b)?.name} [${byId.get(p.b)?.origin}] (${p.method}, ${p.score.toFixed(2)})`;
  const byMethod: Record<string, number> = {};
  for (const p of same.accepted) byMethod[p.method] = (byMethod[p.method] ?? 0) + 1;
  return {
    embedded: { embedded: embedded.embedded, unchanged: embedded.unchanged, removed: embedded.removed, seconds: embedded.seconds },
    concepts: concepts.length,
    candidates: same.candidates,
    sameAs: same.accepted.length,
    byMethod,
    conflicts: same.conflicts.length,
    clusters: new Set(same.representative.values()).size,
    related: related.length,
    occupations: occupations.length,
    review: {
      weakest: [...same.accepted].sort((a, b) => a.score - b.score).slice(0, 10).map(describe),
      conflicts: same.conflicts.slice(0, 5).map(describe),
    },
    stages,
    seconds: (performance.now() - started) / 1000,
  };
}

async function writeLinks(graph: Graph, same: readonly LinkPair[], concepts: readonly { id: string; label: string }[], related: readonly RelatedPair[], occupations: readonly OccupationLink[]): Promise<void> {
  const labelOf = new Map(concepts.map((c) => [c.id, c.label]));
  await graph.write(cypher('linking/write-same-as'), {
    rows: same.map((p) => ({ a: p.a, aLabel: labelOf.get(p.a), b: p.b, bLabel: labelOf.get(p.b), method: p.method, score: p.score, evidence: p.evidence, reviewed: p.method === 'reviewed' })),
  });
  await graph.autoCommit(cypher('linking/clear-related'));
  for (let start = 0; start < related.length; start += WRITE_BATCH) {
    await graph.write(cypher('linking/write-related'), { rows: related.slice(start, start + WRITE_BATCH) });
  }
  await graph.write(cypher('linking/write-occupations'), { rows: occupations });
}

export { DEFAULT_THRESHOLD, REVIEWED_FILE };
