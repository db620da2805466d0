// Which browser pages may call what (CORS), decided per path: Neo4j Browser fetches the style and guide
// from its own origin (any host:port), so /neo4j/* is open to every origin for GET; /graphql only to the
// origins configured in ROLEGRAPH_CORS_ORIGINS (none by default: same-origin pages only); nothing else.
import type { FastifyCorsOptions, FastifyCorsOptionsDelegateCallback } from '@fastify/cors';
import type { FastifyRequest } from 'fastify';

const NEO4J_BROWSER: FastifyCorsOptions = {
  origin: '*',
  methods: ['GET', 'HEAD', 'OPTIONS'],
  allowedHeaders: ['Accept', 'Content-Type', 'Cache-Control', 'X-Requested-With'],
  maxAge: 86_400,
};

const NONE: FastifyCorsOptions = { origin: false };

/** Options for registering @fastify/cors at the root (it applies to every route then). */
export function corsOptions(graphqlOrigins: readonly string[]): { delegator: FastifyCorsOptionsDelegateCallback } {
  const graphql: FastifyCorsOptions = {
    origin: graphqlOrigins.length > 0 ? [...graphqlOrigins] : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name', 'X-Request-Id', 'If-None-Match'],
    exposedHeaders: ['X-Request-Id', 'ETag', 'Retry-After'],
    maxAge: 600,
    // A preflight needs no Access-Control-Request-Method to be answered: unknown origins just get no grant.
    strictPreflight: false,
  };
  const choose = (req: FastifyRequest): FastifyCorsOptions => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/neo4j/')) return NEO4J_BROWSER;
    if (path === '/graphql') return graphql;
    return NONE;
  };
  return { delegator: (req, cb) => cb(null, choose(req as FastifyRequest)) };
}
