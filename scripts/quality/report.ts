// docs/quality.md from the figures `npm run quality` saved (data/quality/results/*.json).
import type { MatchQuality, SimilarityQuality, TransitionResult } from './engine.js';
import { formatLinkQuality, type LinkQuality } from './links.js';
import { formatTexts, type EarlierTexts, type TextResult } from './texts.js';

export interface QualityFigures {
  label: string;
  measuredAt: string;
  links: LinkQuality | null;
  transitions: TransitionResult[];
  similar: { heldOut: SimilarityQuality; tuned: SimilarityQuality; tfidf: SimilarityQuality };
  match: MatchQuality;
  /** Absent for versions without extractSkills. */
  texts?: TextResult[];
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${Math.round(100 * x)}%`);
const f3 = (x: number) => x.toFixed(3);

function transitionRows(before: QualityFigures | null, after: QualityFigures): string[] {
  const old = new Map((before?.transitions ?? []).map((t) => [`${t.from}>${t.to}`, t]));
  return after.transitions.map((t) => {
    const b = old.get(`${t.from}>${t.to}`);
    const cell = (x: TransitionResult | undefined, f: (x: TransitionResult) => string) => (x ? (x.error ? 'error' : f(x)) : '–');
    return `| ${t.fromName} → ${t.toName} | ${cell(b, (x) => String(x.shared))} / ${cell(t, (x) => String(x.shared))} | ${cell(b, (x) => pct(x.coverage))} / ${cell(t, (x) => pct(x.coverage))} | ${cell(b, (x) => `${x.transferableFound}/${x.transferableExpected}`)} / ${cell(t, (x) => `${x.transferableFound}/${x.transferableExpected}`)} | ${cell(b, (x) => x.route ?? 'none')} | ${cell(t, (x) => x.route ?? 'none')} |`;
  });
}

export function renderQuality(before: QualityFigures | null, after: QualityFigures, earlierTexts: EarlierTexts = {}): string {
  const lines = [
    '# Answer quality',
    '',
    'Measured on hand-labelled data committed in `data/quality/` (its README says how each file was made), against',
    'the full import (ESCO v1.1.1 + O*NET 29.3 + curated) after `rolegraph link`. Rerun with',
    '',
    '```sh',
    'npm run import:esco && npm run import:onet && npx rolegraph link   # once',
    'npm run quality                                                    # measures this version, writes this page',
    '```',
    '',
    `Figures: after = this version (${after.measuredAt.slice(0, 10)})${before ? `; before = commit 2d1a737, the engine before one graph (${before.measuredAt.slice(0, 10)}), measured with \`npm run quality -- --api <its /graphql> --old --label before\`` : ''}.`,
    '',
  ];
  if (after.links) {
    lines.push(
      '## Entity resolution (SAME_AS, MAPS_TO)',
      '',
      'Precision and recall of the links `rolegraph link` writes, on the 496 labelled candidate pairs of',
      '`data/quality/links.yaml` (408 skill/tool pairs across origins, 88 occupation pairs). A skill/tool pair counts as',
      'linked when both ends are in one concept (transitively); an occupation pair when a `MAPS_TO {match: "close"}`',
      'joins them. The rules were written looking at the even half of the file; the odd half is held out.',
      '',
      ...formatLinkQuality(after.links),
      '',
      'Where it is wrong (all of them):',
      '',
      ...after.links.mistakes.filter((m) => m.startsWith('linked')).map((m) => `- ${m}`),
      '',
      `Missed: ${after.links.mistakes.filter((m) => m.startsWith('missed')).length} pairs, mostly ESCO verb phrases against O*NET's nouns ("make decisions" ~ "Judgment and Decision Making") and vendor-prefixed O*NET tools whose product name is common vocabulary; these still meet as related concepts with partial credit where their embeddings are close.`,
      '',
    );
  }
  lines.push(
    '## Well-known transitions',
    '',
    'The 38 moves of `data/quality/transitions.yaml` (each with why it is well known). Shared: skills and tools both',
    'roles have (compareRoles); coverage: skillGap coverage; transferable: how many of the skills and tools a person',
    'really brings, as listed by hand, the answer counts as transferable; route: the cheapest careerPaths route (3 moves',
    'at most; "≡" marks a step to the same occupation in another source, which is no move). Each cell: before / after.',
    '',
    '| transition | shared | coverage | transferable found | first route before | first route after |',
    '|---|---|---|---|---|---|',
    ...transitionRows(before, after),
    '',
    '## matchRoles: does a role rank first for its own skills?',
    '',
    'Every job with at least three skills, matched on exactly its own skill ids.',
    '',
    '| | roles | ranked first | in the first 5 |',
    '|---|---|---|---|',
    ...(before ? [`| before | ${before.match.roles} | ${pct(before.match.first / before.match.roles)} | ${pct(before.match.top5 / before.match.roles)} |`] : []),
    `| after | ${after.match.roles} | ${pct(after.match.first / after.match.roles)} | ${pct(after.match.top5 / after.match.roles)} |`,
    '',
    ...Object.entries(after.match.byOrigin).map(([o, v]) => `- ${o}: ${v.first} of ${v.roles} first`),
    ...(after.match.misses.length ? ['', 'Some that do not come first:', '', ...after.match.misses.map((m) => `- ${m}`)] : []),
    '',
    '## similarRoles against an expert reference',
    '',
    'O*NET\'s Related Occupations are an expert-reviewed list per occupation. similarRoles never reads them (they are',
    'recorded moves, kept apart from similarity); here they only judge it: for O*NET occupations, precision of the',
    'first 10 similar O*NET occupations and nDCG@10 (Primary-Short relations weigh 2, the others 1). The blend weight',
    'was chosen on the even half of the occupations; the odd half is held out. The baseline is a plain TF-IDF over',
    'titles and descriptions.',
    '',
    '| ranking | occupations | precision@10 | nDCG@10 |',
    '|---|---|---|---|',
    `| TF-IDF over titles and descriptions | ${after.similar.tfidf.occupations} | ${f3(after.similar.tfidf.precisionAt10)} | ${f3(after.similar.tfidf.ndcgAt10)} |`,
    ...(before ? [`| similarRoles before (held-out half) | ${before.similar.heldOut.occupations} | ${f3(before.similar.heldOut.precisionAt10)} | ${f3(before.similar.heldOut.ndcgAt10)} |`] : []),
    `| similarRoles after (held-out half) | ${after.similar.heldOut.occupations} | ${f3(after.similar.heldOut.precisionAt10)} | ${f3(after.similar.heldOut.ndcgAt10)} |`,
    `| similarRoles after (tuning half) | ${after.similar.tuned.occupations} | ${f3(after.similar.tuned.precisionAt10)} | ${f3(after.similar.tuned.ndcgAt10)} |`,
    '',
    ...(after.texts ? formatTexts(after.texts, earlierTexts) : []),
  );
  return `${lines.join('\n')}\n`;
}
