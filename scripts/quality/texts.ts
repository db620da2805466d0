// extractSkills and matchRoles(profileText:) on the hand-labelled job ads and CVs of data/quality/texts,
// through the public API. A found skill is right when one of its concept's nodes answers to a labelled name
// (the same label keys the linker uses: "OSPF" names "Open Shortest Path First OSPF"); a labelled name no
// found concept answers to is missed; a found concept matching no label is wrong, and marked when the text
// says it is not wanted (notIn).
import { nameKey } from '../../src/domain/names.js';
import { labelKeys } from '../../src/linking/labels.js';
import type { Gql } from './engine.js';
import { labelledTexts, precision, recall, type Score } from './labelled.js';

export interface TextResult {
  file: string;
  kind: string;
  score: Score;
  ms: number;
  wrong: string[];
  missed: string[];
  /** For CVs and job ads alike: the rank of the role it was written for among matchRoles(profileText:), or null beyond 10. */
  roleRank: number | null;
  /** The best rank of the role or any role it also fits. */
  fitRank: number | null;
  top: string[];
}

const EXTRACT = `query Extract($text: String!) {
  extractSkills(text: $text, first: 100) { matchedBy node { id ... on Skill { name } ... on Tool { name } ... on Practice { name } } sameAs { ... on Skill { name } ... on Tool { name } ... on Practice { name } } mentions { text } }
  matchRoles(profileText: $text, first: 10) { role { id name } }
}`;

const keysOf = (name: string) => labelKeys(name).filter((k) => k.form !== 'stems').map((k) => k.key);

export async function measureTexts(gql: Gql): Promise<TextResult[]> {
  const out: TextResult[] = [];
  for (const t of labelledTexts()) {
    const byKey = new Map<string, string>();
    for (const s of t.skills) for (const k of [nameKey(s), ...keysOf(s)]) if (!byKey.has(k)) byKey.set(k, s);
    const unwanted = new Set(t.notIn.flatMap((s) => [nameKey(s), ...keysOf(s)]));
    const began = performance.now();
    const d = await gql(EXTRACT, { text: t.body });
    const ms = performance.now() - began;
    const hit = new Set<string>();
    const wrong: string[] = [];
    for (const e of d.extractSkills) {
      const names = [e.node.name, ...e.sameAs.map((s: { name: string }) => s.name)].filter(Boolean) as string[];
      const keys = names.flatMap((n) => [nameKey(n), ...keysOf(n)]);
      const label = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
      if (label) hit.add(label);
      else wrong.push(`${e.node.name} ("${e.mentions[0].text}", ${e.matchedBy.toLowerCase()})${keys.some((k) => unwanted.has(k)) ? ', which the text says is not wanted' : ''}`);
    }
    const missed = t.skills.filter((s) => !hit.has(s));
    const ranked = d.matchRoles.map((m: { role: { id: string } }) => m.role.id) as string[];
    const rank = (id: string) => (ranked.indexOf(id) < 0 ? null : ranked.indexOf(id) + 1);
    const fits = [t.role, ...t.alsoFits].map(rank).filter((r): r is number => r !== null);
    out.push({ file: t.file, kind: t.kind, score: { tp: hit.size, fp: wrong.length, fn: missed.length }, ms, wrong, missed, roleRank: rank(t.role), fitRank: fits.length ? Math.min(...fits) : null, top: d.matchRoles.slice(0, 3).map((m: { role: { name: string } }) => m.role.name) });
  }
  return out;
}

export function formatTexts(results: readonly TextResult[]): string[] {
  const total = results.reduce((s, r) => ({ tp: s.tp + r.score.tp, fp: s.fp + r.score.fp, fn: s.fn + r.score.fn }), { tp: 0, fp: 0, fn: 0 });
  const f = (x: number) => x.toFixed(2);
  const cvs = results.filter((r) => r.kind === 'cv');
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return [
    '## Skills from text (extractSkills, matchRoles(profileText:))',
    '',
    `The ${results.length} job ads and CVs of \`data/quality/texts/\`, skills labelled by hand. The rules (phrase forms, the`,
    'case rules for everyday words, negation, the semantic threshold) were tuned looking at the errors on all of these',
    'texts: there is no held-out set yet, so the figures are optimistic. Role: the rank of the role the text was written',
    'for among `matchRoles(profileText:)` (fits: the best rank of it or a role it also fits); ms: both questions, end to end.',
    '',
    '| text | precision | recall | role | fits | ms |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.file} | ${f(precision(r.score))} | ${f(recall(r.score))} | ${r.roleRank ?? '>10'} | ${r.fitRank ?? '>10'} | ${Math.round(r.ms)} |`),
    `| **all** | **${f(precision(total))}** | **${f(recall(total))}** | | | p50 ${Math.round(ms[Math.floor(ms.length / 2)])} |`,
    '',
    `CVs whose role is among the first 5: ${cvs.filter((r) => r.roleRank !== null && r.roleRank <= 5).length} of ${cvs.length} (the role or one it also fits: ${cvs.filter((r) => r.fitRank !== null && r.fitRank <= 5).length}). Targets: precision ≥ 0.85, recall ≥ 0.70, every CV's role in the first 5.`,
    '',
    'Where it fails (first misses and wrong skills per text):',
    '',
    ...results.map((r) => `- ${r.file}: missed ${r.missed.slice(0, 6).join(', ') || 'nothing'}; wrong ${r.wrong.slice(0, 4).join('; ') || 'nothing'}; matchRoles first: ${r.top.join(', ')}`),
    '',
  ];
}
