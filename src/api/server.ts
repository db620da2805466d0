// The HTTP server: a small router in front of Apollo Server. GraphQL lives at /graphql; other
// concerns (health, playground, explorer, Neo4j Browser assets) register routes beside it.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Graph } from '../db/graph.js';
import { createContext, type Caller, type Context } from './context.js';
import { makeFormatError } from './errors.js';
import { getSchema } from './schema.js';

export interface Route {
  method: 'GET' | 'POST' | 'OPTIONS' | 'HEAD';
  /** Exact path, or a prefix ending in '/'. */
  path: string;
  /** Return false to fall through to the next matching route. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean | void> | boolean | void;
}

export interface AppOptions {
  graph: Graph;
  production?: boolean;
  routes?: Route[];
  plugins?: ApolloServerPlugin<Context>[];
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  introspection?: boolean;
  /** Resolves the caller from the request (auth); anonymous by default. */
  authenticate?: (req: IncomingMessage) => Promise<Caller> | Caller;
  log?: (obj: unknown, msg: string) => void;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = 'BAD_REQUEST') {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `Request body is larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body is larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string): unknown {
  if (raw === '') return undefined;
  if (contentType.includes('application/json') || contentType.includes('application/graphql-response+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'Request body is not valid JSON', 'BAD_REQUEST');
    }
  }
  return raw;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const production = opts.production ?? false;
  const log = opts.log ?? ((obj, msg) => console.error(msg, obj));
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: opts.introspection ?? true,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError({ production, log: (err, msg) => log({ err }, msg) }),
    plugins: opts.plugins ?? [],
  });
  await apollo.start();
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const routes = opts.routes ?? [];

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL) {
    const raw = req.method === 'POST' ? await readBody(req, maxBody) : '';
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 100)) || randomUUID();
    const caller = opts.authenticate ? await opts.authenticate(req) : { scopes: [] };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parseBody(raw, headers.get('content-type') ?? '') },
      context: async () => createContext(opts.graph, requestId, caller),
    });
    const outHeaders: Record<string, string> = { 'x-request-id': requestId };
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const route of routes) {
        const matches = route.path.endsWith('/') ? url.pathname.startsWith(route.path) : url.pathname === route.path;
        if (matches && (route.method === req.method || (route.method === 'GET' && req.method === 'HEAD'))) {
          if ((await route.handle(req, res, url)) !== false) return;
        }
      }
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, url);
      sendJson(res, 404, { errors: [{ message: `Not found: ${url.pathname}`, extensions: { code: 'NOT_FOUND' } }] });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] });
      } else {
        log({ err }, 'unhandled error in HTTP handler');
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    }
  });
  server.keepAliveTimeout = 5_000;

  return {
    server,
    apollo,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
