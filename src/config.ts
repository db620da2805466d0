// All configuration comes from environment variables, read here and nowhere else; every default lives in
// this file. README.md documents each variable (tests/unit/config.test.ts checks the table against it).
import path from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export const LOCAL_NEO4J_PASSWORD = 'rolegraph-local';

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

type Env = NodeJS.ProcessEnv;

function intEnv(name: string, fallback: number, env: Env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function boolEnv(name: string, fallback: boolean, env: Env): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function listEnv(name: string, env: Env): string[] {
  return (env[name] ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

export function neo4jConfig(env: Env = process.env): Neo4jConfig {
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
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** How long SIGTERM waits for in-flight requests before closing them. */
  shutdownTimeoutMs: number;
  /** Timeout of the Neo4j check behind GET /health/ready. */
  readyTimeoutMs: number;
  /** Longest pause between attempts to reach Neo4j at start-up (the backoff doubles up to this). */
  startRetryMaxMs: number;
  /** Longest a client may take to send the request headers. */
  headersTimeoutMs: number;
  /** Longest a client may take to send the whole request. */
  requestTimeoutMs: number;
  /** Origins allowed to call /graphql from a browser page (CORS); empty: none. */
  corsOrigins: string[];
}

export function serverConfig(env: Env = process.env): ServerConfig {
  return {
    port: intEnv('PORT', 4000, env),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    logLevel: env.ROLEGRAPH_LOG_LEVEL || 'info',
    shutdownTimeoutMs: intEnv('ROLEGRAPH_SHUTDOWN_TIMEOUT_MS', 10_000, env),
    readyTimeoutMs: intEnv('ROLEGRAPH_READY_TIMEOUT_MS', 2_000, env),
    startRetryMaxMs: intEnv('ROLEGRAPH_START_RETRY_MAX_MS', 30_000, env),
    headersTimeoutMs: intEnv('ROLEGRAPH_HEADERS_TIMEOUT_MS', 15_000, env),
    requestTimeoutMs: intEnv('ROLEGRAPH_REQUEST_TIMEOUT_MS', 30_000, env),
    corsOrigins: listEnv('ROLEGRAPH_CORS_ORIGINS', env),
  };
}

/** What the API refuses or bounds (see docs/reliability.md). One budget covers one HTTP request, batches included. */
export interface LimitsConfig {
  /** Deepest selection accepted (introspection counted too). */
  maxDepth: number;
  /** Deepest introspection selection (GraphiQL's own introspection query nests type references 9 deep). */
  maxIntrospectionDepth: number;
  /** Complexity budget of one HTTP request. */
  maxComplexity: number;
  /** Largest `first` of a top-level list (roles, search, analytics). */
  maxFirst: number;
  /** Largest `first` of a nested relationship list (a role's skills), and the most such a list returns. */
  maxListFirst: number;
  maxBodyBytes: number;
  /** Operations per batched (array) request; 0 refuses batching. */
  maxBatch: number;
  /** Lexical tokens one document may hold (checked while parsing). */
  maxTokens: number;
  /** Field selections in one document, fragments counted once (checked before validation). */
  maxFields: number;
  /** Root fields (aliases included) of one operation. */
  maxRootFields: number;
  /** Largest response body; a larger answer is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Wall-clock budget of one request: resolvers and database calls stop with REQUEST_TIMEOUT after it. */
  deadlineMs: number;
  /** Database round trips one request may make. */
  maxRoundTrips: number;
  /** Database calls one request may have in flight at once (maxConcurrent × this stays under the pool of 50). */
  maxParallelDbCalls: number;
  /** GraphQL requests executing at once; more are answered 503 with Retry-After at once. */
  maxConcurrent: number;
  introspection: boolean;
  playground: boolean;
  /** Longest text extractSkills, matchRoles(profileText:) and skillGap(fromText:) accept. */
  maxTextChars: number;
  /** max-age (seconds) of anonymous GET reads, which also carry an ETag of the graph version; 0: no-store, no ETag. */
  cacheMaxAgeSeconds: number;
}

export const DEFAULT_LIMITS: Readonly<LimitsConfig> = Object.freeze({
  maxDepth: 10,
  maxIntrospectionDepth: 15,
  maxComplexity: 10_000,
  maxFirst: 100,
  maxListFirst: 500,
  maxBodyBytes: 100_000,
  maxBatch: 10,
  maxTokens: 2_000,
  maxFields: 500,
  maxRootFields: 20,
  maxResponseBytes: 5_000_000,
  deadlineMs: 10_000,
  maxRoundTrips: 60,
  maxParallelDbCalls: 3,
  maxConcurrent: 16,
  introspection: true,
  playground: true,
  cacheMaxAgeSeconds: 60,
  maxTextChars: 20_000,
});

export function limitsConfig(env: Env = process.env): LimitsConfig {
  const production = env.NODE_ENV === 'production';
  const d = DEFAULT_LIMITS;
  return {
    maxDepth: intEnv('ROLEGRAPH_MAX_DEPTH', d.maxDepth, env),
    maxIntrospectionDepth: intEnv('ROLEGRAPH_MAX_INTROSPECTION_DEPTH', d.maxIntrospectionDepth, env),
    maxComplexity: intEnv('ROLEGRAPH_MAX_COMPLEXITY', d.maxComplexity, env),
    maxFirst: intEnv('ROLEGRAPH_MAX_FIRST', d.maxFirst, env),
    maxListFirst: intEnv('ROLEGRAPH_MAX_LIST_FIRST', d.maxListFirst, env),
    maxBodyBytes: intEnv('ROLEGRAPH_MAX_BODY_BYTES', d.maxBodyBytes, env),
    maxBatch: intEnv('ROLEGRAPH_MAX_BATCH', d.maxBatch, env),
    maxTokens: intEnv('ROLEGRAPH_MAX_TOKENS', d.maxTokens, env),
    maxFields: intEnv('ROLEGRAPH_MAX_FIELDS', d.maxFields, env),
    maxRootFields: intEnv('ROLEGRAPH_MAX_ROOT_FIELDS', d.maxRootFields, env),
    maxResponseBytes: intEnv('ROLEGRAPH_MAX_RESPONSE_BYTES', d.maxResponseBytes, env),
    deadlineMs: intEnv('ROLEGRAPH_REQUEST_DEADLINE_MS', d.deadlineMs, env),
    maxRoundTrips: intEnv('ROLEGRAPH_MAX_ROUND_TRIPS', d.maxRoundTrips, env),
    maxParallelDbCalls: intEnv('ROLEGRAPH_MAX_PARALLEL_DB_CALLS', d.maxParallelDbCalls, env),
    maxConcurrent: intEnv('ROLEGRAPH_MAX_CONCURRENT', d.maxConcurrent, env),
    introspection: boolEnv('ROLEGRAPH_INTROSPECTION', !production, env),
    playground: boolEnv('ROLEGRAPH_PLAYGROUND', !production, env),
    cacheMaxAgeSeconds: intEnv('ROLEGRAPH_CACHE_MAX_AGE', d.cacheMaxAgeSeconds, env),
    maxTextChars: intEnv('ROLEGRAPH_MAX_TEXT_CHARS', d.maxTextChars, env),
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
  /** Oldest accepted JWT, by its `iat`, in seconds; 0: any age (an `exp` is always required). */
  jwtMaxAgeSeconds?: number;
  requireAuthForReads: boolean;
}

export function authConfig(env: Env = process.env): AuthConfig {
  return {
    tokens: env.ROLEGRAPH_API_TOKENS ?? '',
    jwtSecret: env.ROLEGRAPH_JWT_SECRET || undefined,
    jwksUrl: env.ROLEGRAPH_JWKS_URL || undefined,
    jwtIssuer: env.ROLEGRAPH_JWT_ISSUER || undefined,
    jwtAudience: env.ROLEGRAPH_JWT_AUDIENCE || undefined,
    jwtMaxAgeSeconds: intEnv('ROLEGRAPH_JWT_MAX_AGE_SECONDS', 0, env),
    requireAuthForReads: boolEnv('ROLEGRAPH_REQUIRE_AUTH_FOR_READS', false, env),
  };
}

/** The Prometheus endpoint, GET /metrics. */
export interface MetricsConfig {
  /** On by default outside production; production needs ROLEGRAPH_METRICS=true. */
  enabled: boolean;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
}

export function metricsConfig(env: Env = process.env): MetricsConfig {
  return {
    enabled: boolEnv('ROLEGRAPH_METRICS', env.NODE_ENV !== 'production', env),
    token: env.ROLEGRAPH_METRICS_TOKEN || undefined,
  };
}

/** Safelist mode: only the operations of a persisted-documents manifest run (docs/persisted-operations.md). */
export interface PersistedOperationsConfig {
  /** Path of the manifest (hash → document JSON, as GraphQL Code Generator's client preset writes it); unset: off. */
  manifest?: string;
}

export function persistedOperationsConfig(env: Env = process.env): PersistedOperationsConfig {
  return { manifest: env.ROLEGRAPH_PERSISTED_OPERATIONS || undefined };
}

/** ROLEGRAPH_FEDERATION=true serves the schema as an Apollo Federation 2 subgraph (docs/federation.md). */
export function federationConfig(env: Env = process.env): { enabled: boolean } {
  return { enabled: boolEnv('ROLEGRAPH_FEDERATION', false, env) };
}
