// Figures behind the analytics data-access decision and the engine's budgets (docs/analytics.md).
//   npx tsx bench/analytics-engine.ts synthetic   # writes an ESCO-sized synthetic graph (empty database only)
//   npx tsx bench/analytics-engine.ts run          # the in-memory projection (+ per-request Cypher with BENCH_CYPHER=1)
// Connects to BENCH_URI (default bolt://127.0.0.1:17802), user neo4j, BENCH_PASSWORD (default rolegraph-local).
// BENCH_NEO4J_PID (the Neo4j java process) adds the server's CPU time to the load figure: on a shared,
// loaded machine wall time says little, CPU time says what an idle machine would take.
import fs from 'node:fs';
import { applySchema } from '../src/store/connect.js';
import { cypher } from '../src/store/cypherFiles.js';
import { Graph } from '../src/store/graph.js';
import { bumpGraphVersion } from '../src/store/graphVersion.js';
import { loadProjection } from '../src/analytics/projection.js';
import { AnalyticsService } from '../src/analytics/service.js';

const graph = Graph.connect({
  uri: process.env.BENCH_URI ?? 'bolt://127.0.0.1:17802',
  username: 'neo4j',
  password: process.env.BENCH_PASSWORD ?? 'rolegraph-local',
  queryTimeoutMs: 600_000,
});

/** A small deterministic PRNG, so every run builds the same graph. */
function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

/** ESCO's shape: 3,000 occupations, 14,000 skills, ~124,000 links (essential 4 / optional 2), families of related occupations. */
async function synthetic(roles = 3_000, skills = 14_000, perRole = 41) {
  const [{ n }] = await graph.read('MATCH (n) RETURN count(n) AS n');
  if (n > 0) throw new Error('The synthetic graph is only written into an empty database.');
  await applySchema(graph);
  const rand = rng(42);
  const zipf = () => Math.floor(skills * Math.pow(rand(), 3)); // a few skills are everywhere, most are rare
  await graph.write('UNWIND range(0, $n - 1) AS i CREATE (:Skill {id: "s" + i, name: "Skill " + i, origin: "esco"})', { n: skills });
  await graph.write('UNWIND range(0, $n - 1) AS i CREATE (:Role {id: "r" + i, name: "Occupation " + i, origin: "esco"})', { n: roles });
  const links: Array<{ r: string; s: string; imp: number }> = [];
  for (let r = 0; r < roles; r++) {
    const family = Math.floor(r / 20);
    const mine = new Set<number>();
    while (mine.size < perRole) mine.add(rand() < 0.5 ? (family * 97 + Math.floor(rand() * 120)) % skills : zipf());
    for (const s of mine) links.push({ r: `r${r}`, s: `s${s}`, imp: rand() < 0.45 ? 4 : 2 });
  }
  for (let i = 0; i < links.length; i += 10_000) {
    await graph.write('UNWIND $rows AS row MATCH (r:Role {id: row.r}), (s:Skill {id: row.s}) CREATE (r)-[:REQUIRES_SKILL {importance: row.imp, origin: "esco"}]->(s)', { rows: links.slice(i, i + 10_000) });
  }
  const broader = Array.from({ length: skills - 1 }, (_, i) => ({ c: `s${i + 1}`, p: `s${Math.floor(rand() * (i + 1))}` })).filter(() => rand() < 0.6);
  await graph.write('UNWIND $rows AS row MATCH (c:Skill {id: row.c}), (p:Skill {id: row.p}) CREATE (c)-[:BROADER]->(p)', { rows: broader });
  const moves = Array.from({ length: roles }, (_, r) => ({ a: `r${r}`, b: `r${(r + 1 + Math.floor(rand() * 40)) % roles}`, rank: 1 + Math.floor(rand() * 10) }));
  await graph.write('UNWIND $rows AS row MATCH (a:Role {id: row.a}), (b:Role {id: row.b}) CREATE (a)-[:CAN_MOVE_TO {kind: "related", stated: true, rank: row.rank, origin: "onet"}]->(b)', { rows: moves });
  await bumpGraphVersion(graph);
  console.log(`wrote ${roles} roles, ${skills} skills, ${links.length} REQUIRES_SKILL, ${broader.length} BROADER, ${moves.length} CAN_MOVE_TO`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function time(label: string, n: number, work: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work(i);
    ms.push(performance.now() - t);
  }
  console.log(`${label.padEnd(44)} p50 ${percentile(ms, 50).toFixed(2).padStart(8)} ms   p95 ${percentile(ms, 95).toFixed(2).padStart(8)} ms   (n=${n})`);
}

/** CPU milliseconds (user + system) the Neo4j process has used, when BENCH_NEO4J_PID names it. */
function neo4jCpuMs(): number | undefined {
  const pid = process.env.BENCH_NEO4J_PID;
  if (!pid) return undefined;
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks at USER_HZ = 100
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function run() {
  const ids = (await graph.read('MATCH (r:Role) RETURN r.id AS id ORDER BY id')).map((r) => r.id as string);
  const pick = (i: number, k = 0) => ids[(i * 7919 + k * 104_729) % ids.length];
  const [{ links }] = await graph.read('MATCH (:Role)-[q:REQUIRES_SKILL]->() RETURN count(q) AS links');
  console.log(`graph: ${ids.length} roles, ${links} REQUIRES_SKILL; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const n = Number(process.env.BENCH_N ?? 30);

  console.log('\n(b) in-memory projection (src/analytics/service.ts)');
  const rss0 = process.memoryUsage().rss;
  const service = new AnalyticsService(graph, { warmPaths: false, checkEveryMs: 3_600_000 });
  for (let round = 0; round < 3; round++) {
    const j0 = neo4jCpuMs();
    const c0 = process.cpuUsage();
    const t = performance.now();
    // the first through the service; then loadProjection itself (a reload would need a write to bump the version)
    await (round === 0 ? service.cache.get() : loadProjection(graph));
    const c = process.cpuUsage(c0);
    const j1 = neo4jCpuMs();
    const server = j0 === undefined || j1 === undefined ? '' : `, Neo4j CPU ${(j1 - j0).toFixed(0)} ms`;
    console.log(`projection load ${round === 0 ? '(first)' : '(again) '}                  ${(performance.now() - t).toFixed(0)} ms wall; node CPU ${((c.user + c.system) / 1000).toFixed(0)} ms${server}; RSS ${mb(process.memoryUsage().rss)} (was ${mb(rss0)})`);
  }
  const p = await service.cache.get();
  // a person's profile: a few skills of one role and one of another
  const skillsOf = (i: number) => [...p.roles[p.byId.get(pick(i))!].skills.keys()];
  const person = (i: number) => [...skillsOf(i).slice(0, 4), ...skillsOf(i + 1).slice(0, 1)];
  await time('similarRoles(first 10)', n, (i) => service.similarRoles(pick(i), 10));
  await time('skillGap', n, (i) => service.skillGap(pick(i), pick(i, 1)));
  await time('compareRoles (2 roles)', n, (i) => service.compareRoles([pick(i), pick(i, 1)]));
  await time('compareRoles (5 roles)', n, (i) => service.compareRoles([0, 1, 2, 3, 4].map((k) => pick(i, k))));
  await time('nextRoles(first 10)', n, (i) => service.nextRoles(pick(i), 10));
  await time('matchRoles (5 skills)', n, (i) => service.matchRoles(person(i), [], 10));
  await time('careerPaths(maxSteps 3, first 5), cold', n, (i) => service.careerPaths(pick(i), pick(i, 1), 3, 5));
  await time('careerPaths(maxSteps 3, first 5), again', n, (i) => service.careerPaths(pick(i), pick(i, 1), 3, 5));
  let t = performance.now();
  // Teams and stakeholders are no route's end (the engine refuses them).
  const jobs = ids.filter((id) => p.isJob[p.byId.get(id)!]);
  for (let i = 0; i < jobs.length; i++) await service.careerPaths(jobs[i], jobs[(i + 1) % jobs.length], 1, 1);
  console.log(`path edges for every role                    ${(performance.now() - t).toFixed(0)} ms`);
  await time('careerPaths(maxSteps 3, first 5), all warm', n, (i) => service.careerPaths(pick(i, 3), pick(i, 4), 3, 5));
  await time('careerPaths(maxSteps 4, first 5), all warm', n, (i) => service.careerPaths(pick(i, 3), pick(i, 4), 4, 5));
  const m = process.memoryUsage();
  console.log(`RSS after all                                ${mb(m.rss)}; heap used ${mb(m.heapUsed)}`);

  if (process.env.BENCH_CYPHER) {
    console.log('\n(a) per-request Cypher (the Browser queries in cypher/browser/)');
    await time('similar-roles.cypher', n, (i) => graph.read(cypher('browser/similar-roles'), { role: pick(i), first: 10 }));
    await time('skill-gap.cypher', n, (i) => graph.read(cypher('browser/skill-gap'), { from: pick(i), to: pick(i, 1) }));
    await time('compare-roles.cypher (2 roles)', n, (i) => graph.read(cypher('browser/compare-roles'), { roles: [pick(i), pick(i, 1)] }));
    await time('next-roles.cypher', n, (i) => graph.read(cypher('browser/next-roles'), { from: pick(i), first: 10 }));
    await time('match-roles.cypher (5 skills)', n, (i) => graph.read(cypher('browser/match-roles'), { skills: person(i), tools: [], first: 10 }));
    await time('career-paths.cypher (maxSteps 3)', 3, (i) => graph.read(cypher('browser/career-paths'), { from: pick(i), to: pick(i, 1), maxSteps: 3, first: 5 }));
  }
}

try {
  if (process.argv[2] === 'synthetic') await synthetic();
  else await run();
} finally {
  await graph.close();
}
