// Connects to the configured Neo4j, or starts the local one, and prepares the schema.
import { type Neo4jConfig } from '../config.js';
import { cypher, splitStatements } from './cypherFiles.js';
import { Graph } from './graph.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../neo4j-local/localNeo4j.js';

export interface Connected {
  graph: Graph;
  uri: string;
  /** The local Neo4j this process started (null when it reused one or uses NEO4J_URI). */
  local: LocalNeo4jHandle | null;
  browserUrl: string | null;
}

export async function connect(cfg: Neo4jConfig, log: (line: string) => void): Promise<Connected> {
  if (cfg.uri) {
    return { graph: Graph.connect({ ...cfg, uri: cfg.uri }), uri: cfg.uri, local: null, browserUrl: null };
  }
  const local = await startLocalNeo4j(
    { home: cfg.home, boltPort: cfg.boltPort, httpPort: cfg.httpPort, password: cfg.password },
    log,
  );
  if (local.reused) log(`Reusing the Neo4j already listening on ${local.uri}`);
  return {
    graph: Graph.connect({ ...cfg, uri: local.uri }),
    uri: local.uri,
    local,
    browserUrl: `${local.httpUrl}/browser/`,
  };
}

/** Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so it is safe every start. */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of splitStatements(cypher('schema'))) {
    await graph.write(statement);
  }
  await graph.write(cypher('store/await-indexes'), { timeoutSeconds: 120 });
}
