// Response helpers shared by the web routes: text bodies with explicit types, HEAD without a body,
// conditional GETs, gzip for large text, and the CORS headers Neo4j Browser needs for remote content.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  // Neo4j Browser fetches :style and :play content cross-origin from its own origin (any host:port).
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Content-Type, Cache-Control, X-Requested-With',
  'access-control-max-age': '86400',
};

/** A body prepared once: its bytes, a gzipped copy when that pays off, and a strong ETag. */
export interface PreparedBody {
  raw: Buffer;
  gzip?: Buffer;
  etag: string;
}

export function prepareBody(body: string | Buffer): PreparedBody {
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
  const gz = raw.length > 1024 ? gzipSync(raw) : undefined;
  return { raw, etag, gzip: gz && gz.length < raw.length ? gz : undefined };
}

export interface SendOptions {
  contentType: string;
  cacheControl: string;
  headers?: Record<string, string>;
  status?: number;
}

/** Sends a prepared body, answering If-None-Match with 304 and HEAD without a body. */
export function sendPrepared(req: IncomingMessage, res: ServerResponse, body: PreparedBody, opts: SendOptions): void {
  const headers: Record<string, string | number> = {
    'content-type': opts.contentType,
    'cache-control': opts.cacheControl,
    etag: body.etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...opts.headers,
  };
  if (req.headers['if-none-match'] === body.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = body.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = gzip ? body.gzip! : body.raw;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = bytes.length;
  res.writeHead(opts.status ?? 200, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Answers a CORS preflight. */
export function sendPreflight(res: ServerResponse): void {
  res.writeHead(204, { ...CORS_HEADERS, 'content-length': 0 });
  res.end();
}

/** True when the client prefers an HTML page (a browser navigating), not a GraphQL response. */
export function acceptsHtml(req: IncomingMessage): boolean {
  const accept = String(req.headers.accept ?? '');
  return accept.includes('text/html');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside a <script type="application/json"> element (no "</script>", no HTML comment openers). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
