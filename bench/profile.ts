// npx tsx bench/profile.ts [--dataset curated|esco-half|esco] [--only name,...] [--verbose] [--keep-db]
// Database cost per request, the way @neo4j/graphql's own performance tests count it: every Cypher
// statement each side runs for a scenario is captured (rolegraph and @neo4j/graphql in-process over a
// recording driver, raw Cypher from bench/baselines/raw-queries.ts), then re-run under PROFILE to sum
// its db hits. rolegraph is captured on a warm request (after caches such as projections are filled).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { execute, parse } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { buildApp } from '../src/http/app.js';
import { Graph } from '../src/store/graph.js';
import { RAW_QUERIES } from './baselines/raw-queries.js';
import { typeDefs } from './baselines/neo4j-graphql.js';
import { DATASETS, openBenchDb, stopBenchDb, type DatasetName } from './lib/db.js';
import { buildScenarios, resolveParams, type Scenario } from './lib/scenarios.js';

interface Statement {
  query: string;
  params: Record<string, unknown>;
}

/** A driver whose sessions and read/write transactions record each statement they run into `sink`. */
function recordingDriver(driver: Driver, sink: () => Statement[] | null): Driver {
  const wrapTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get(target, prop, recv) {
        if (prop !== 'run') return Reflect.get(target, prop, recv);
        return (query: string, params: Record<string, unknown> = {}) => {
          sink()?.push({ query, params });
          return target.run(query, params);
        };
      },
    });
  const wrapSession = (session: Session) =>
    new Proxy(session, {
      get(target, prop, recv) {
        // Auto-commit reads (Graph.read) run on the session itself.
        if (prop === 'run') {
          return (query: string, params: Record<string, unknown> = {}, cfg?: Parameters<Session['run']>[2]) => {
            sink()?.push({ query, params });
            return target.run(query, params, cfg);
          };
        }
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, cfg?: unknown) =>
            (target[prop] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => Promise<unknown>).call(target, (tx) => work(wrapTx(tx)), cfg);
        }
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  return new Proxy(driver, {
    get(target, prop, recv) {
      if (prop === 'session') return (cfg?: Parameters<Driver['session']>[0]) => wrapSession(target.session(cfg));
      const v = Reflect.get(target, prop, recv);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

interface ProfiledPlan {
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

function sumHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((a, c) => a + sumHits(c), 0);
}

async function dbHits(driver: Driver, s: Statement): Promise<{ hits: number; rows: number }> {
  // A `CYPHER 5` prefix (added by @neo4j/graphql) must stay first; PROFILE follows it.
  const m = /^(\s*CYPHER[^\n]*\n)?([\s\S]*)$/.exec(s.query)!;
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`${m[1] ?? ''}PROFILE ${m[2]}`, s.params);
    const plan = result.summary.profile as unknown as ProfiledPlan;
    return { hits: plan ? sumHits(plan) : 0, rows: result.records.length };
  } finally {
    await session.close();
  }
}

async function main() {
  const { values: args } = parseArgs({ options: { dataset: { type: 'string', default: 'curated' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false }, 'keep-db': { type: 'boolean', default: false } } });
  const dataset = args.dataset as DatasetName;
  if (!DATASETS.includes(dataset)) throw new Error(`--dataset must be one of ${DATASETS.join(', ')}`);
  const db = await openBenchDb(dataset, (l) => console.error(l));
  let capture: Statement[] | null = null;
  const driver = recordingDriver(db.graph.driver, () => capture);
  const graph = new Graph(driver, {});
  const app = await buildApp(graph, { production: true, log: () => {} });
  const port = await app.listen(0, '127.0.0.1');
  const ngql = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const hasEsco = (db.counts['Role:esco'] ?? 0) > 0;
  const scenarios: Scenario[] = hasEsco ? buildScenarios(await resolveParams(db.graph, 'esco'), { reads: true }) : [];
  if ((db.counts['Role:curated'] ?? 0) > 0) scenarios.push(...buildScenarios(await resolveParams(db.graph, 'curated'), { reads: !hasEsco, suffix: hasEsco ? 'curated' : undefined }));
  const only = args.only?.split(',');
  const rows: string[] = ['| scenario | rolegraph statements (warm) | rolegraph db hits | raw db hits | @neo4j/graphql statements | @neo4j/graphql db hits |', '|---|---:|---:|---:|---:|---:|'];
  const sum = async (stmts: Statement[]) => {
    let hits = 0;
    for (const s of stmts) {
      const h = await dbHits(db.graph.driver, s);
      hits += h.hits;
      if (args.verbose) console.error(`    ${String(h.hits).padStart(8)} db hits ${String(h.rows).padStart(5)} rows  ${s.query.replace(/\/\/[^\n]*\n/g, '').replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    }
    return hits;
  };
  try {
    for (const s of scenarios.filter((x) => !only || only.includes(x.name))) {
      const post = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(s.rolegraph) });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
      };
      let rg = '–';
      let rgStatements = '–';
      try {
        await post(); // cold: fills caches
        capture = [];
        await post();
        const warm = capture;
        capture = null;
        rgStatements = String(warm.length);
        rg = String(await sum(warm));
      } catch (err) {
        capture = null;
        rg = `error: ${(err as Error).message.slice(0, 80)}`;
      }
      const raw = !s.raw || s.raw.path ? 0 : await sum([{ query: RAW_QUERIES[s.raw.query], params: s.raw.params }]);
      let ng = 'n/a';
      let ngStatements = 'n/a';
      if (s.neo4jGraphql) {
        capture = [];
        const r = await execute({ schema: ngql, document: parse(s.neo4jGraphql.query), variableValues: s.neo4jGraphql.variables, contextValue: {} });
        const stmts = capture;
        capture = null;
        if (r.errors) ng = `error: ${r.errors[0].message.slice(0, 80)}`;
        else {
          ngStatements = String(stmts.length);
          ng = String(await sum(stmts));
        }
      }
      rows.push(`| ${s.name} | ${rgStatements} | ${rg} | ${raw} | ${ngStatements} | ${ng} |`);
      console.error(rows[rows.length - 1]);
    }
  } finally {
    await app.close();
    await db.close();
    if (!args['keep-db']) await stopBenchDb(dataset);
  }
  console.log(`Database cost per request on \`${dataset}\` (PROFILE db hits summed over every statement):\n`);
  console.log(rows.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
