// Every command that needs the database: connect (starting the local Neo4j when NEO4J_URI is unset),
// apply the schema, run the work, close.
import { neo4jConfig } from '../config.js';
import { applySchema, connect } from '../store/connect.js';
import type { Graph } from '../store/graph.js';
import { err } from './output.js';

/** Import transactions write thousands of rows (and their full-text index entries) each. */
const IMPORT_TX_TIMEOUT_MS = 300_000;

export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const cfg = neo4jConfig();
  const { graph, local } = await connect({ ...cfg, queryTimeoutMs: Math.max(cfg.queryTimeoutMs, IMPORT_TX_TIMEOUT_MS) }, err);
  try {
    await applySchema(graph);
    return await work(graph);
  } finally {
    await graph.close();
    if (local && !local.reused) err(`Neo4j keeps running at ${local.uri} (stop it with: npm run db:stop)`);
  }
}
