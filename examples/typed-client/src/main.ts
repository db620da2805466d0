// Runs the tour against a rolegraph and prints the answers:
//   npx tsx examples/typed-client/src/main.ts [URL] [--persisted]
// URL defaults to ROLEGRAPH_URL or http://127.0.0.1:4000/graphql; --persisted sends document ids only.
import { createClient } from './client.js';
import { tour, type Tour } from './tour.js';

const names = (items: readonly { name: string }[]) => items.map((i) => i.name).join(', ');

function report(t: Tour): string[] {
  const lines: string[] = [];
  const role = t.role.data?.role;
  if (role) lines.push(`${role.name}: ${role.summary ?? ''}`, `  top skills: ${names(role.skills.map((s) => s.skill))}`);
  for (const hit of t.search.data?.search ?? []) lines.push(`search "kubernets": ${hit.node.__typename} ${hit.node.id} (score ${hit.score.toFixed(2)}, ${hit.matchedBy})`);
  const c = t.comparison.data?.compareRoles;
  if (c) lines.push(`compare: ${c.summary}`);
  for (const s of t.similar.data?.similarRoles ?? []) lines.push(`similar: ${s.role.name} ${s.score.toFixed(2)}`);
  const gap = t.gap.data?.skillGap;
  if (gap) lines.push(`gap: coverage ${gap.coverage?.toFixed(2) ?? 'unknown'}, learn in order: ${names(gap.learningOrder)}`);
  for (const m of t.next.data?.nextRoles ?? []) lines.push(`next: ${m.role.name}${m.recorded ? ' (recorded)' : ''}`);
  for (const p of t.paths.data?.careerPaths ?? []) lines.push(`route (cost ${p.totalCost.toFixed(2)}): ${[p.steps[0]?.from.name, ...p.steps.map((s) => s.to.name)].join(' → ')}`);
  const text = t.text.data;
  if (text) lines.push(`CV names: ${(text.extractSkills ?? []).map((e) => ('name' in e.node ? e.node.name : e.node.id)).join(', ')}`, `CV fits: ${names((text.matchRoles ?? []).map((m) => m.role))}`);
  for (const [question, r] of Object.entries(t)) for (const e of r.errors) lines.push(`${question}: ${e.extensions?.code ?? 'ERROR'} ${e.message}`);
  return lines;
}

const args = process.argv.slice(2);
const url = args.find((a) => !a.startsWith('--')) ?? process.env.ROLEGRAPH_URL ?? 'http://127.0.0.1:4000/graphql';
const answers = await tour(createClient({ url, persisted: args.includes('--persisted') }));
console.log(report(answers).join('\n'));
