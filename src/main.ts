// `npm start`: Neo4j (the configured one, or a local one it starts), schema, curated graph on an
// empty database, then the API. Prints where everything is; shuts down cleanly on SIGINT/SIGTERM.
import 'reflect-metadata';
import { neo4jConfig, serverConfig } from './config.js';
import { applySchema, connect } from './db/bootstrap.js';
import { LocalNeo4jError, stopLocalNeo4j } from './db/localNeo4j.js';
import { buildApp } from './app.js';
import { seedCurated } from './importers/curated/index.js';

const say = (line: string) => console.log(line);

async function main() {
  const started = Date.now();
  const dbCfg = neo4jConfig();
  const srvCfg = serverConfig();
  const { graph, uri, local, browserUrl } = await connect(dbCfg, say);
  await applySchema(graph);
  const [{ roles }] = await graph.read('MATCH (r:Role) RETURN count(r) AS roles');
  if (roles === 0) {
    say('Empty database: loading the curated graph...');
    await seedCurated(graph);
  }
  const app = await buildApp(graph, { production: srvCfg.production });
  const port = await app.listen(srvCfg.port, srvCfg.host);
  const base = `http://${srvCfg.host === '0.0.0.0' ? '127.0.0.1' : srvCfg.host}:${port}`;
  say('');
  say(`rolegraph is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  say(`  GraphQL API:   ${base}/graphql`);
  say(`  Playground:    ${base}/graphql   (open in a browser)`);
  say(`  Explorer:      ${base}/explore`);
  if (browserUrl) say(`  Neo4j Browser: ${browserUrl}   (connect to ${uri}, user ${dbCfg.username}, password ${dbCfg.password === 'rolegraph-local' ? 'rolegraph-local' : 'from NEO4J_PASSWORD'})`);
  say(`  Bolt:          ${uri}`);
  say('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: shutting down...`);
    await app.close();
    await graph.close();
    // Leave running a Neo4j this process did not start.
    if (local && !local.reused) await stopLocalNeo4j(dbCfg.home);
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof LocalNeo4jError ? `error: ${err.message}` : err);
  process.exit(1);
});
