// npm run db:start | db:stop | db:status — manage the local Neo4j used by `npm start`.
import { neo4jConfig } from '../src/config.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j-local/localNeo4j.js';

const cfg = neo4jConfig();
const cmd = process.argv[2];
const log = (line: string) => console.log(line);

try {
  if (cmd === 'start') {
    const h = await startLocalNeo4j({ home: cfg.home, boltPort: cfg.boltPort, httpPort: cfg.httpPort, password: cfg.password }, log);
    console.log(h.reused ? `Neo4j already running at ${h.uri}` : `Neo4j started (pid ${h.pid})`);
    console.log(`  Bolt:          ${h.uri}   (user neo4j, password ${cfg.password === 'rolegraph-local' ? 'rolegraph-local' : 'from NEO4J_PASSWORD'})`);
    console.log(`  Neo4j Browser: ${h.httpUrl}/browser/`);
    console.log(`  Log:           ${h.logFile}`);
  } else if (cmd === 'stop') {
    console.log((await stopLocalNeo4j(cfg.home)) ? 'Neo4j stopped' : 'No local Neo4j started by rolegraph is running');
  } else if (cmd === 'status') {
    const s = await localNeo4jStatus(cfg.home, cfg.boltPort, cfg.httpPort);
    if (s.boltOpen && s.version) console.log(`running: Neo4j ${s.version} on bolt://127.0.0.1:${cfg.boltPort}${s.pid ? ` (pid ${s.pid})` : ' (not started by rolegraph)'}`);
    else {
      console.log('stopped');
      process.exitCode = 3;
    }
  } else {
    console.error('usage: tsx scripts/db.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? `error: ${err.message}` : err);
  process.exitCode = 1;
}
