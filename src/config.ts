// All configuration comes from environment variables; README.md documents each one.
import path from 'node:path';
import { PROJECT_ROOT } from './db/localNeo4j.js';

export interface Neo4jConfig {
  /** Set when the user points rolegraph at an existing Neo4j; otherwise a local one is started. */
  uri?: string;
  username: string;
  password: string;
  database?: string;
  boltPort: number;
  httpPort: number;
  home: string;
  /** Per-transaction timeout in milliseconds. */
  queryTimeoutMs: number;
}

function intEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export const LOCAL_NEO4J_PASSWORD = 'rolegraph-local';

export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || undefined,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD || LOCAL_NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE || undefined,
    boltPort: intEnv('NEO4J_BOLT_PORT', 7687, env),
    httpPort: intEnv('NEO4J_HTTP_PORT', 7474, env),
    home: env.NEO4J_HOME_DIR || path.join(PROJECT_ROOT, 'neo4j', 'run'),
    queryTimeoutMs: intEnv('NEO4J_QUERY_TIMEOUT_MS', 10_000, env),
  };
}

export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
}

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intEnv('PORT', 4000, env),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
  };
}
