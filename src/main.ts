// `npm start`: Neo4j (the configured one, or a local one it starts), then the API at once, then, in
// the background, the schema and the curated graph on an empty database once Neo4j answers (retrying
// with backoff; /health/ready says 503 until then). SIGTERM/SIGINT drain in-flight requests first.
import 'reflect-metadata';
import { authConfig, federationConfig, limitsConfig, LOCAL_NEO4J_PASSWORD, metricsConfig, neo4jConfig, persistedOperationsConfig, serverConfig } from './config.js';
import { AnalyticsService } from './analytics/service.js';
import { applySchema, connect } from './store/connect.js';
import { cypher } from './store/cypherFiles.js';
import type { Graph } from './store/graph.js';
import { LocalNeo4jError, stopLocalNeo4j } from './neo4j-local/localNeo4j.js';
import { buildApp } from './http/app.js';
import { Lifecycle, neo4jUp } from './http/lifecycle.js';
import { loadSafelist, PersistedOperationsError } from './http/persistedOperations.js';
import { seedCurated } from './importers/curated/index.js';
import { createLogger, type Logger } from './logging.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for Neo4j, then applies the schema and seeds an empty database; retries all of it with backoff. */
async function prepareDatabase(graph: Graph, analytics: AnalyticsService, lifecycle: Lifecycle, log: Logger, maxDelayMs: number, readyTimeoutMs: number, stopped: () => boolean, onReady: () => void) {
  let delay = 500;
  for (let attempt = 1; !stopped(); attempt++) {
    try {
      if (!(await neo4jUp(graph, Math.max(readyTimeoutMs, 3_000)))) throw new Error('Neo4j does not answer');
      await applySchema(graph);
      const [{ roles }] = await graph.read(cypher('store/count-roles'));
      if (roles === 0) {
        log.info({ event: 'seed' }, 'empty database: loading the curated graph');
        await seedCurated(graph);
      }
      lifecycle.set('ready');
      log.info({ event: 'ready', attempt }, 'Neo4j reached, schema applied: the API is ready');
      // Load the analytics projection now, so the first question does not wait for it.
      analytics.warm().catch((err) => log.warn({ event: 'analytics-warm', error: (err as Error).message }, 'could not preload the analytics projection'));
      onReady();
      return;
    } catch (err) {
      lifecycle.set('starting', `waiting for Neo4j (attempt ${attempt})`);
      log.warn({ event: 'neo4j-retry', attempt, retryInMs: delay, error: (err as Error).message }, `Neo4j not ready (attempt ${attempt}); retrying in ${delay} ms`);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}

async function main() {
  const started = Date.now();
  const dbCfg = neo4jConfig();
  const srvCfg = serverConfig();
  // neo4j-driver captures a stack for every query it runs; mapped through tsx's source maps that costs
  // more than the rest of a small read. Production logs keep the transpiled positions instead.
  if (srvCfg.production) process.setSourceMapsEnabled(false);
  const log = createLogger({ level: srvCfg.logLevel });
  const metricsCfg = metricsConfig();
  // Read before anything starts: a bad manifest should stop the process at once.
  const manifest = persistedOperationsConfig().manifest;
  const safelist = manifest ? loadSafelist(manifest) : undefined;
  if (safelist) log.info({ event: 'safelist', manifest, documents: safelist.documents.size }, `safelist mode: only the ${safelist.documents.size} persisted documents of ${manifest} run`);
  const federation = federationConfig().enabled;
  if (federation) log.info({ event: 'federation' }, 'federation mode: serving an Apollo Federation 2 subgraph (Role, Skill, Tool, Practice keyed by id)');
  const say = (line: string) => log.info({ event: 'neo4j-local' }, line);
  const { graph, uri, local, browserUrl } = await connect(dbCfg, say);
  const lifecycle = new Lifecycle('starting', 'waiting for Neo4j');
  const analytics = new AnalyticsService(graph);
  const app = await buildApp(graph, {
    analytics,
    corsOrigins: srvCfg.corsOrigins,
    headersTimeoutMs: srvCfg.headersTimeoutMs,
    requestTimeoutMs: srvCfg.requestTimeoutMs,
    production: srvCfg.production,
    limits: limitsConfig(),
    auth: authConfig(),
    lifecycle,
    readyTimeoutMs: srvCfg.readyTimeoutMs,
    queryTimeoutMs: dbCfg.queryTimeoutMs,
    log,
    metrics: metricsCfg.enabled ? { token: metricsCfg.token } : undefined,
    safelist,
    federation,
  });
  const port = await app.listen(srvCfg.port, srvCfg.host);
  const base = `http://${srvCfg.host === '0.0.0.0' ? '127.0.0.1' : srvCfg.host}:${port}`;
  log.info(
    { event: 'listening', port, graphql: `${base}/graphql`, explorer: `${base}/explore`, health: `${base}/health/ready`, metrics: metricsCfg.enabled ? `${base}/metrics` : undefined, bolt: uri, neo4jBrowser: browserUrl ?? undefined, startMs: Date.now() - started },
    `rolegraph is listening on ${base}/graphql`,
  );

  // People starting it by hand get the addresses in plain words (stderr: stdout stays JSON for log pipelines).
  const banner = () => {
    if (srvCfg.production) return;
    const lines = [
      '',
      `rolegraph is ready (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  GraphQL API:   ${base}/graphql`,
      `  Playground:    ${base}/graphql   (open it in a browser)`,
      `  Explorer:      ${base}/explore`,
      ...(browserUrl ? [`  Neo4j Browser: ${browserUrl}   (user ${dbCfg.username}, password ${dbCfg.password === LOCAL_NEO4J_PASSWORD ? LOCAL_NEO4J_PASSWORD : 'from NEO4J_PASSWORD'})`] : []),
      `  Bolt:          ${uri}`,
      'Press Ctrl+C to stop.',
      '',
    ];
    process.stderr.write(lines.join('\n') + '\n');
  };

  let stopping = false;
  let stoppingSince = 0;
  void prepareDatabase(graph, analytics, lifecycle, log, srvCfg.startRetryMaxMs, srvCfg.readyTimeoutMs, () => stopping, banner);

  const stop = async (signal: string) => {
    if (stopping) {
      // Ctrl+C reaches this process twice (from the terminal and relayed by npm/tsx): only a signal
      // sent well after the first one means "stop waiting".
      if (Date.now() - stoppingSince < 3_000) return;
      log.warn({ event: 'shutdown', signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    stoppingSince = Date.now();
    log.info({ event: 'shutdown', signal, drainTimeoutMs: srvCfg.shutdownTimeoutMs }, `${signal}: draining in-flight requests`);
    await app.close({ drainTimeoutMs: srvCfg.shutdownTimeoutMs });
    await graph.close();
    // Leave running a Neo4j this process did not start.
    if (local && !local.reused) await stopLocalNeo4j(dbCfg.home);
    log.info({ event: 'stopped' }, 'stopped');
    // Let pino flush its asynchronous destination before exiting.
    setTimeout(() => process.exit(0), 100);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

process.on('unhandledRejection', (err) => {
  console.error(JSON.stringify({ level: 'error', event: 'unhandled-rejection', error: String((err as Error)?.stack ?? err) }));
});

main().catch((err) => {
  console.error(err instanceof LocalNeo4jError || err instanceof PersistedOperationsError ? `error: ${err.message}` : err);
  process.exit(1);
});
