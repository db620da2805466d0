// `rolegraph link`: one graph out of three sources (src/linking). Import and seed run it too.
import type { Command } from 'commander';
import type { Graph } from '../../store/graph.js';
import { err, out } from '../output.js';
import { withGraph } from '../withGraph.js';

const linkingModule = () => import('../../linking/index.js');

function formatReport(r: Awaited<ReturnType<Awaited<ReturnType<typeof linkingModule>>['linkGraph']>>): string[] {
  return [
    `link: done in ${r.seconds.toFixed(1)} s (${Object.entries(r.stages).map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(', ')})`,
    `  embedded ${r.embedded.embedded} (unchanged ${r.embedded.unchanged}, removed ${r.embedded.removed}) in ${r.embedded.seconds.toFixed(1)} s`,
    `  ${r.concepts} skills, tools and practices; candidates: ${r.candidates.lexical} by name, ${r.candidates.semantic} by embedding`,
    `  SAME_AS ${r.sameAs} links in ${r.clusters} concepts of 2+ nodes (${Object.entries(r.byMethod).map(([m, n]) => `${m} ${n}`).join(', ')}); ${r.conflicts} refused as chains`,
    `  RELATED_TO ${r.related}; occupations linked ESCO <-> O*NET ${r.occupations}`,
    '  weakest accepted links (review them; data/links/reviewed.yaml overrides):',
    ...r.review.weakest.map((l) => `    ${l}`),
    ...(r.review.conflicts.length ? ['  refused as chains:', ...r.review.conflicts.map((l) => `    ${l}`)] : []),
  ];
}

/** Links after an import or a seed, unless --no-link. */
export async function linkAfter(graph: Graph, opts: { link: boolean; json?: boolean }): Promise<void> {
  if (!opts.link) return;
  const { linkGraph } = await linkingModule();
  const report = await linkGraph(graph, { say: (line) => err(`link: ${line}`) });
  if (opts.json) out(JSON.stringify(report, null, 2));
  else for (const line of formatReport(report)) err(line);
}

export function linkCommand(program: Command): void {
  program
    .command('link')
    .summary('Make one graph: link the same skill, tool and occupation across curated, ESCO and O*NET')
    .description(
      'Embeds concepts and roles that changed (all-MiniLM-L6-v2, offline), then writes SAME_AS between skills, tools and practices that are one concept, ' +
        'RELATED_TO between close ones, and MAPS_TO from O*NET occupations to their nearest ESCO occupation, replacing the previous run\'s links. ' +
        'Reviewed decisions in data/links/reviewed.yaml override the automatic ones.',
    )
    .usage('[--threshold <0..1>] [--json]')
    .option('--threshold <score>', 'least score of an automatic SAME_AS link (default 0.85)', Number)
    .option('--json', 'print the report as JSON on stdout')
    .action(async (opts: { threshold?: number; json?: boolean }) => {
      const { linkGraph } = await linkingModule();
      const report = await withGraph((graph) => linkGraph(graph, { threshold: opts.threshold, say: (line) => err(`link: ${line}`) }));
      if (opts.json) out(JSON.stringify(report, null, 2));
      else for (const line of formatReport(report)) err(line);
    });
}
