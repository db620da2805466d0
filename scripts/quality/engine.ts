// Answer quality measured through the public GraphQL API, so the same measurement runs against any
// version of rolegraph (the numbers before and after a change come from one script):
//   transitions  the well-known moves of data/quality/transitions.yaml: overlap, coverage, the expected
//                transferable skills found, the first route
//   matchRoles   the share of roles with ≥ 3 skills that rank first for their own skills
//   similarRoles agreement with O*NET's expert Related Occupations, on O*NET occupations (held-out half),
//                beside a plain TF-IDF over titles and descriptions
import type { Graph } from '../../src/store/graph.js';
import { transitions } from './labelled.js';

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export function gqlClient(url: string): Gql {
  return async (query, variables) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
}

export interface TransitionResult {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  shared: number | null;
  coverage: number | null;
  /** Expected transferable names found among the answer's transferable skills and tools. */
  transferableFound: number;
  transferableExpected: number;
  route: string | null;
  error?: string;
}

const GAP = `query Gap($from: ID!, $to: ID!) {
  skillGap(from: $from, to: $to) { coverage transferable { name } transferableTools { name } }
  compareRoles(roles: [$from, $to]) { sharedSkills { id } sharedTools { id } }
  careerPaths(from: $from, to: $to, maxSteps: 3, first: 1) { steps { kind to { name } } }
}`;

export async function measureTransitions(gql: Gql): Promise<TransitionResult[]> {
  const out: TransitionResult[] = [];
  for (const t of transitions()) {
    const expected = t.expect.transferable ?? [];
    try {
      const d = await gql(GAP, { from: t.from, to: t.to });
      const found = new Set([...d.skillGap.transferable, ...d.skillGap.transferableTools].map((x: { name: string }) => x.name.toLowerCase()));
      // "≡" for a step to the same occupation in another source (no move), "→" for a move.
      const route = d.careerPaths[0] ? d.careerPaths[0].steps.map((s: { kind: string; to: { name: string } }, i: number) => `${i === 0 ? '' : s.kind === 'EQUIVALENT' ? ' ≡ ' : ' → '}${i === 0 && s.kind === 'EQUIVALENT' ? '≡ ' : ''}${s.to.name}`).join('') : null;
      out.push({
        from: t.from,
        to: t.to,
        fromName: t.fromName,
        toName: t.toName,
        shared: d.compareRoles.sharedSkills.length + d.compareRoles.sharedTools.length,
        coverage: d.skillGap.coverage,
        transferableFound: expected.filter((n) => found.has(n.toLowerCase())).length,
        transferableExpected: expected.length,
        route,
      });
    } catch (err) {
      out.push({ from: t.from, to: t.to, fromName: t.fromName, toName: t.toName, shared: null, coverage: null, transferableFound: 0, transferableExpected: expected.length, route: null, error: (err as Error).message.slice(0, 160) });
    }
  }
  return out;
}

export interface MatchQuality {
  roles: number;
  first: number;
  top5: number;
  byOrigin: Record<string, { roles: number; first: number }>;
  misses: string[];
}

/** Every role with at least three skills, matched on its own skill ids: does it come first? */
export async function measureOwnMatch(graph: Graph, gql: Gql, limit = Infinity): Promise<MatchQuality> {
  const rows = await graph.read(
    "MATCH (r:Role)-[:REQUIRES_SKILL]->(s:Skill) WHERE coalesce(r.roleKind, 'job') = 'job' WITH r, collect(s.id) AS skills WHERE size(skills) >= 3 RETURN r.id AS id, r.name AS name, r.origin AS origin, skills ORDER BY r.id",
  );
  const q: MatchQuality = { roles: 0, first: 0, top5: 0, byOrigin: {}, misses: [] };
  for (const r of rows.slice(0, limit)) {
    const d = await gql('query M($s: [ID!]!) { matchRoles(skills: $s, first: 5) { role { id name } } }', { s: r.skills });
    const ranked = d.matchRoles.map((m: { role: { id: string } }) => m.role.id);
    const o = (q.byOrigin[r.origin] ??= { roles: 0, first: 0 });
    q.roles++;
    o.roles++;
    if (ranked[0] === r.id) {
      q.first++;
      o.first++;
    } else if (q.misses.length < 12) q.misses.push(`${r.name} (${r.origin}): first is ${d.matchRoles[0]?.role.name ?? 'nothing'}`);
    if (ranked.includes(r.id)) q.top5++;
  }
  return q;
}

export interface SimilarityQuality {
  occupations: number;
  /** Mean share of the first 10 answers that O*NET lists as related. */
  precisionAt10: number;
  /** Mean nDCG@10 with O*NET's related occupations as the relevant set (Primary-Short tier weighted 2). */
  ndcgAt10: number;
}

interface Related {
  id: string;
  related: Map<string, number>;
}

/**
 * O*NET occupations with their expert related occupations (gain 2 for Primary-Short, 1 otherwise), in the
 * odd half (held out) or the even half (the one the similarity blend was tuned on).
 */
export async function relatedOccupations(graph: Graph, half: 'odd' | 'even' = 'odd'): Promise<Related[]> {
  const rows = await graph.read(
    "MATCH (a:Role {origin: 'onet'})-[m:CAN_MOVE_TO]->(b:Role {origin: 'onet'}) RETURN a.id AS a, collect([b.id, m.tier]) AS related ORDER BY a",
  );
  return rows
    .filter((_, i) => i % 2 === (half === 'odd' ? 1 : 0))
    .map((r) => ({ id: r.a as string, related: new Map((r.related as [string, string | null][]).map(([b, tier]) => [b, tier === 'Primary-Short' ? 2 : 1])) }));
}

export function scoreRanking(ranked: readonly string[], relevant: ReadonlyMap<string, number>): { p10: number; ndcg10: number } {
  const top = ranked.slice(0, 10);
  const hits = top.filter((id) => relevant.has(id)).length;
  const dcg = top.reduce((s, id, i) => s + (relevant.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...relevant.values()].sort((a, b) => b - a).slice(0, 10).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  return { p10: hits / 10, ndcg10: ideal === 0 ? 0 : dcg / ideal };
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** similarRoles restricted to O*NET answers (the old API has no origins argument: it asks for more and filters). */
export async function measureSimilar(gql: Gql, held: readonly Related[], hasOrigins: boolean): Promise<SimilarityQuality> {
  const scores: { p10: number; ndcg10: number }[] = [];
  for (const r of held) {
    const d = hasOrigins
      ? await gql('query S($r: ID!) { similarRoles(role: $r, first: 10, origins: [ONET]) { role { id } } }', { r: r.id })
      : await gql('query S($r: ID!) { similarRoles(role: $r, first: 100) { role { id origin } } }', { r: r.id });
    const ranked = d.similarRoles.filter((s: { role: { origin?: string } }) => !s.role.origin || s.role.origin === 'onet').map((s: { role: { id: string } }) => s.role.id);
    scores.push(scoreRanking(ranked, r.related));
  }
  return { occupations: held.length, precisionAt10: mean(scores.map((s) => s.p10)), ndcgAt10: mean(scores.map((s) => s.ndcg10)) };
}

/** The baseline: TF-IDF cosine over O*NET titles and descriptions. */
export async function measureTfIdf(graph: Graph, held: readonly Related[]): Promise<SimilarityQuality> {
  const rows = await graph.read("MATCH (r:Role {origin: 'onet'}) RETURN r.id AS id, r.name + ' ' + coalesce(r.description, '') AS text");
  const docs = rows.map((r) => (r.text as string).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map([...tf].map(([w, n]) => [w, n * Math.log(docs.length / df.get(w)!)]));
    const norm = Math.hypot(...v.values());
    return new Map([...v].map(([w, x]) => [w, x / (norm || 1)]));
  });
  const at = new Map(rows.map((r, i) => [r.id as string, i]));
  const scores = held.map((r) => {
    const v = vectors[at.get(r.id)!];
    const ranked = rows
      .map((o, j) => ({ id: o.id as string, s: o.id === r.id ? -1 : [...v].reduce((s, [w, x]) => s + x * (vectors[j].get(w) ?? 0), 0) }))
      .sort((a, b) => b.s - a.s)
      .map((x) => x.id);
    return scoreRanking(ranked, r.related);
  });
  return { occupations: held.length, precisionAt10: mean(scores.map((s) => s.p10)), ndcgAt10: mean(scores.map((s) => s.ndcg10)) };
}
