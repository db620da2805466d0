// The run's results as data (written as JSON) and as tables (printed, and pasted into docs/benchmarks.md).
import type { LoadResult } from './load.js';
import type { RoundTrips } from './roundTrips.js';
import type { Scenario } from './scenarios.js';

export const TARGETS = ['rolegraph', 'raw', 'neo4j-graphql'] as const;
export type Target = (typeof TARGETS)[number];

export interface TargetResult {
  /** Single-connection run: the latency one client sees (absent in --quick). */
  latency?: LoadResult;
  /** Run at --connections: throughput and latency under load. */
  load?: LoadResult;
  rssPeakBytes?: number;
  responseBytes?: number;
  /** Why this target was not measured for the scenario (cannot express it, or it failed the probe). */
  skipped?: string;
}

export interface ScenarioResult {
  name: string;
  description: string;
  kind: Scenario['kind'];
  nested: boolean;
  p50TargetMs?: number;
  roundTrips?: RoundTrips;
  targets: Partial<Record<Target, TargetResult>>;
}

export interface DatasetRun {
  dataset: string;
  counts: Record<string, number>;
  loadSeconds: number;
  params: Record<string, unknown>;
  scenarios: ScenarioResult[];
  /** Peak RSS of each server over the whole dataset run. */
  rssPeakBytes: Partial<Record<Target, number>>;
  rssIdleBytes: Partial<Record<Target, number>>;
}

export interface BenchReport {
  startedAt: string;
  command: string;
  machine: Record<string, string>;
  settings: { connections: number; seconds: number; latencySeconds: number; warmupSeconds: number; quick: boolean };
  datasets: DatasetRun[];
}

const f = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));
const mb = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v / 1048576)}`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

/** The headline numbers of one target: the single-connection p50 when measured, else the loaded one. */
export function p50Of(t: TargetResult | undefined): number | undefined {
  return t?.latency?.p50 ?? t?.load?.p50;
}

/** Whether the issue's target for the scenario is met (undefined when there is none or no data). */
export function targetStatus(s: ScenarioResult, datasetHasTaxonomy: boolean): string {
  const rg = s.targets.rolegraph;
  const notes: string[] = [];
  if (s.nested) {
    const rps = rg?.load?.rps;
    const ngRps = s.targets['neo4j-graphql']?.load?.rps;
    const p50 = p50Of(rg);
    const rawP50 = p50Of(s.targets.raw);
    if (rps !== undefined && ngRps !== undefined) notes.push(`${rps / ngRps >= 1.5 ? 'ok' : 'MISS'} ≥1.5× ngql rps`);
    if (p50 !== undefined && rawP50 !== undefined) notes.push(`${p50 / rawP50 <= 1.3 ? 'ok' : 'MISS'} ≤1.3× raw p50`);
  }
  if (s.p50TargetMs !== undefined && datasetHasTaxonomy) {
    const p50 = p50Of(rg);
    if (p50 !== undefined) notes.push(`${p50 <= s.p50TargetMs ? 'ok' : 'MISS'} p50≤${s.p50TargetMs}ms`);
  }
  return notes.join(', ');
}

export function renderDataset(run: DatasetRun, quick: boolean): string {
  const taxonomy = (run.counts['Role:esco'] ?? 0) > 0;
  const lines: string[] = [];
  const roles = Object.entries(run.counts).filter(([k]) => k.startsWith('Role:')).reduce((a, [, v]) => a + v, 0);
  lines.push(`### Dataset \`${run.dataset}\` — ${roles} roles, ${run.counts['Skill:esco'] ?? 0} ESCO + ${run.counts['Skill:onet'] ?? 0} O*NET + ${run.counts['Skill:curated'] ?? 0} curated skills, ${run.counts.REQUIRES_SKILL ?? 0} REQUIRES_SKILL`);
  lines.push('');
  const c = run.scenarios[0]?.targets.rolegraph?.load?.connections ?? '?';
  lines.push(`p50/p99 in ms${quick ? ` at ${c} connections` : ` with 1 connection`}; req/s at ${c} connections; RTs = database round trips per warm rolegraph request; RSS = peak of the rolegraph API process (MB) during the scenario.`);
  lines.push('');
  lines.push('| scenario | rolegraph p50 | p99 | req/s | RTs | raw p50 | raw req/s | ngql p50 | ngql req/s | p50 ÷ raw | req/s ÷ ngql | req/s ÷ raw | RSS | target |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of run.scenarios) {
    const rg = s.targets.rolegraph;
    const raw = s.targets.raw;
    const ng = s.targets['neo4j-graphql'];
    const p99 = rg?.latency?.p99 ?? rg?.load?.p99;
    lines.push(
      `| ${s.name} | ${rg?.skipped ? 'n/a' : f(p50Of(rg), 2)} | ${f(p99, 2)} | ${f(rg?.load?.rps, 0)} | ${s.roundTrips ? f(s.roundTrips.warm, 1) : '–'} | ` +
        `${raw?.skipped ? 'n/a' : f(p50Of(raw), 2)} | ${f(raw?.load?.rps, 0)} | ${!ng || ng.skipped ? 'n/a' : f(p50Of(ng), 2)} | ${f(ng?.load?.rps, 0)} | ` +
        `${ratio(p50Of(rg), p50Of(raw))} | ${ratio(rg?.load?.rps, ng?.load?.rps)} | ${ratio(rg?.load?.rps, raw?.load?.rps)} | ${mb(rg?.rssPeakBytes)} | ${targetStatus(s, taxonomy)} |`,
    );
  }
  if (!quick) {
    lines.push('');
    lines.push(`Under load (${c} connections), p50 / p99 in ms:`);
    lines.push('');
    lines.push('| scenario | rolegraph | raw Cypher | @neo4j/graphql |');
    lines.push('|---|---:|---:|---:|');
    for (const s of run.scenarios) {
      const cell = (t: TargetResult | undefined) => (t?.load ? `${f(t.load.p50, 2)} / ${f(t.load.p99, 2)}` : 'n/a');
      lines.push(`| ${s.name} | ${cell(s.targets.rolegraph)} | ${cell(s.targets.raw)} | ${cell(s.targets['neo4j-graphql'])} |`);
    }
  }
  lines.push('');
  lines.push(`Process RSS (MB), idle after start → peak under load: ` + (['rolegraph', 'raw', 'neo4j-graphql'] as const).map((t) => `${t} ${mb(run.rssIdleBytes[t])} → ${mb(run.rssPeakBytes[t])}`).join('; '));
  const skips = run.scenarios.flatMap((s) => Object.entries(s.targets).filter(([, t]) => t?.skipped).map(([k, t]) => `${s.name}/${k}: ${t!.skipped}`));
  if (skips.length) {
    lines.push('');
    lines.push('Not measured: ' + skips.join('; '));
  }
  return lines.join('\n');
}

/** Engine latency against graph size, one column per dataset run (for "how cost grows"). */
export function renderGrowth(runs: DatasetRun[]): string {
  const names = [...new Set(runs.flatMap((r) => r.scenarios.filter((s) => s.kind === 'engine').map((s) => s.name)))];
  const lines = [
    `| scenario | ${runs.map((r) => `${r.dataset} (${r.counts.REQUIRES_SKILL ?? 0} REQUIRES_SKILL) rolegraph / raw p50 ms`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
  ];
  for (const n of names) {
    const cells = runs.map((r) => {
      const s = r.scenarios.find((x) => x.name === n);
      return s ? `${f(p50Of(s.targets.rolegraph), 2)} / ${f(p50Of(s.targets.raw), 2)}` : '–';
    });
    lines.push(`| ${n} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function renderReport(r: BenchReport): string {
  const out = [
    `Run ${r.startedAt}: \`${r.command}\``,
    '',
    Object.entries(r.machine).map(([k, v]) => `- ${k}: ${v}`).join('\n'),
    '',
    `Settings: ${r.settings.connections} connections × ${r.settings.seconds} s per measured run${r.settings.quick ? '' : `, plus ${r.settings.latencySeconds} s at 1 connection`}, ${r.settings.warmupSeconds} s warm-up before each.`,
    '',
  ];
  for (const d of r.datasets) out.push(renderDataset(d, r.settings.quick), '');
  if (r.datasets.length > 1) out.push('### Engine latency vs graph size', '', renderGrowth(r.datasets), '');
  return out.join('\n');
}
