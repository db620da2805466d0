// Link quality against the hand-labelled pairs of data/quality/links.yaml: precision and recall of the
// SAME_AS clusters the last `rolegraph link` wrote (skills, tools, practices) and of the MAPS_TO links
// between ESCO and O*NET occupations, per category, on the whole sample and on its two halves (even and
// odd entries: the rules were tuned looking at the even half only).
import type { Graph } from '../../src/store/graph.js';
import { labelledPairs, precision, recall, type Score } from './labelled.js';

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const add = (s: Score, predicted: boolean, truth: boolean) => {
  if (predicted && truth) s.tp++;
  else if (predicted) s.fp++;
  else if (truth) s.fn++;
};

export interface LinkQuality {
  rows: { part: string; pairs: number; score: Score }[];
  mistakes: string[];
}

export async function linkQuality(graph: Graph): Promise<LinkQuality> {
  const same = await graph.read("MATCH (a)-[:SAME_AS]->(b) RETURN a.id AS a, b.id AS b");
  // An occupation link says "the same occupation" only when it is a close match; a broad one says "contains".
  const maps = await graph.read("MATCH (a:Role)-[m:MAPS_TO {match: 'close'}]->(b:Role) RETURN a.id AS a, b.id AS b");
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const { a, b } of same) parent.set(find(a), find(b));
  const linkedRoles = new Set(maps.map((m) => `${m.a}\u0000${m.b}`));
  const predicted = (a: string, b: string, occupation: boolean) =>
    occupation ? linkedRoles.has(`${a}\u0000${b}`) || linkedRoles.has(`${b}\u0000${a}`) : find(a) === find(b) && a !== b;
  const parts = new Map<string, { pairs: number; score: Score }>();
  const count = (part: string, p: boolean, t: boolean) => {
    const e = parts.get(part) ?? { pairs: 0, score: empty() };
    e.pairs++;
    add(e.score, p, t);
    parts.set(part, e);
  };
  const mistakes: string[] = [];
  labelledPairs().forEach((pair, i) => {
    const occupation = pair.kind === 'occupation';
    const p = predicted(pair.a, pair.b, occupation);
    const group = occupation ? 'occupations' : 'skills, tools, practices';
    count(`${group}: all`, p, pair.same);
    count(`${group}: ${i % 2 === 0 ? 'even half (looked at)' : 'odd half (held out)'}`, p, pair.same);
    if (!occupation) count(`${group}: ${pair.category}`, p, pair.same);
    if (p !== pair.same) mistakes.push(`${p ? 'linked, labelled different' : 'missed'}: ${pair.aName} ~ ${pair.bName} (${pair.relation})`);
  });
  return { rows: [...parts].map(([part, v]) => ({ part, ...v })).sort((a, b) => a.part.localeCompare(b.part)), mistakes };
}

export function formatLinkQuality(q: LinkQuality): string[] {
  return [
    '| part | pairs | precision | recall | TP | FP | FN |',
    '|---|---|---|---|---|---|---|',
    ...q.rows.map((r) => `| ${r.part} | ${r.pairs} | ${precision(r.score).toFixed(3)} | ${recall(r.score).toFixed(3)} | ${r.score.tp} | ${r.score.fp} | ${r.score.fn} |`),
  ];
}
