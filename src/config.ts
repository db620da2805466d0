// All configuration comes from environment variables; README.md documents each one.
import path from 'node:path';
import { PROJECT_ROOT } from './paths.js';

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

function boolEnv(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** How long SIGTERM waits for in-flight requests before closing them. */
  shutdownTimeoutMs: number;
  /** Timeout of the Neo4j check behind GET /health/ready. */
  readyTimeoutMs: number;
  /** Longest pause between attempts to reach Neo4j at start-up (the backoff doubles up to this). */
  startRetryMaxMs: number;
}

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intEnv('PORT', 4000, env),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    logLevel: env.ROLEGRAPH_LOG_LEVEL || 'info',
    shutdownTimeoutMs: intEnv('ROLEGRAPH_SHUTDOWN_TIMEOUT_MS', 10_000, env),
    readyTimeoutMs: intEnv('ROLEGRAPH_READY_TIMEOUT_MS', 2_000, env),
    startRetryMaxMs: intEnv('ROLEGRAPH_START_RETRY_MAX_MS', 30_000, env),
  };
}

/** What the API refuses before any database work (see docs/reliability.md). */
export interface LimitsConfig {
  maxDepth: number;
  maxComplexity: number;
  /** Largest page size a top-level `first` (roles, search, analytics) may ask for. */
  maxFirst: number;
  /** Largest `first` of a nested relationship list (a role's skills). */
  maxListFirst: number;
  maxBodyBytes: number;
  /** Operations per batched (array) request; 0 refuses batching. */
  maxBatch: number;
  /** Lexical tokens one document may hold (stops pathological documents at the parser). */
  maxTokens: number;
  introspection: boolean;
  playground: boolean;
}

export function limitsConfig(env: NodeJS.ProcessEnv = process.env): LimitsConfig {
  const production = env.NODE_ENV === 'production';
  return {
    maxDepth: intEnv('ROLEGRAPH_MAX_DEPTH', 10, env),
    maxComplexity: intEnv('ROLEGRAPH_MAX_COMPLEXITY', 10_000, env),
    maxFirst: intEnv('ROLEGRAPH_MAX_FIRST', 100, env),
    maxListFirst: intEnv('ROLEGRAPH_MAX_LIST_FIRST', 500, env),
    maxBodyBytes: intEnv('ROLEGRAPH_MAX_BODY_BYTES', 100_000, env),
    maxBatch: intEnv('ROLEGRAPH_MAX_BATCH', 10, env),
    maxTokens: intEnv('ROLEGRAPH_MAX_TOKENS', 5_000, env),
    introspection: boolEnv('ROLEGRAPH_INTROSPECTION', !production, env),
    playground: boolEnv('ROLEGRAPH_PLAYGROUND', !production, env),
  };
}

/** Who may call the API. With neither tokens nor a JWT key configured, the API is read-only. */
export interface AuthConfig {
  /** `label:token:scope+scope,...` (ROLEGRAPH_API_TOKENS). */
  tokens: string;
  jwtSecret?: string;
  jwksUrl?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  requireAuthForReads: boolean;
}

export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    tokens: env.ROLEGRAPH_API_TOKENS ?? '',
    jwtSecret: env.ROLEGRAPH_JWT_SECRET || undefined,
    jwksUrl: env.ROLEGRAPH_JWKS_URL || undefined,
    jwtIssuer: env.ROLEGRAPH_JWT_ISSUER || undefined,
    jwtAudience: env.ROLEGRAPH_JWT_AUDIENCE || undefined,
    requireAuthForReads: boolEnv('ROLEGRAPH_REQUIRE_AUTH_FOR_READS', false, env),
  };
}
