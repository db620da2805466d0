// HTTP caching of anonymous reads. The graph changes only when a writer (seed, import, link, curation)
// bumps its version, so an anonymous GET query that answered without errors is public for
// cacheMaxAgeSeconds, and carries an ETag made of that version and this process's start (a new release
// may shape answers differently). A client or CDN revalidating with If-None-Match gets 304 without the
// query running. Anything authenticated, any POST, any answer with errors is no-store (graphqlRoute.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Graph } from '../store/graph.js';
import { readGraphVersion } from '../store/graphVersion.js';

export interface ReadCaching {
  /** The ETag of the graph as it is now; null when the version cannot be read (the request then runs uncached). */
  etag(): Promise<string | null>;
  maxAgeSeconds: number;
}

/** Reads the graph version at most once per `everyMs`, sharing one read between concurrent requests. */
export function readCaching(graph: Graph, maxAgeSeconds: number, opts: { everyMs?: number; now?: () => number } = {}): ReadCaching {
  const everyMs = opts.everyMs ?? 1_000;
  const now = opts.now ?? Date.now;
  const started = Date.now().toString(36);
  let last: { at: number; value: string } | null = null;
  let pending: Promise<string | null> | null = null;
  return {
    maxAgeSeconds,
    etag() {
      const at = now();
      if (last && at - last.at < everyMs) return Promise.resolve(last.value);
      pending ??= readGraphVersion(graph)
        .then((version) => (last = { at, value: `W/"${version}-${started}"` }).value)
        .catch(() => null)
        .finally(() => { pending = null; });
      return pending;
    },
  };
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET), or is "*". */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** A request whose answer may be shared: a GET with no credentials. */
export function isShareable(request: FastifyRequest, caching: ReadCaching): boolean {
  return caching.maxAgeSeconds > 0 && request.method === 'GET' && request.headers.authorization === undefined;
}

export function sharedHeaders(reply: FastifyReply, etag: string, caching: ReadCaching): FastifyReply {
  return reply.header('cache-control', `public, max-age=${caching.maxAgeSeconds}`).header('etag', etag).header('vary', 'Accept-Encoding, Authorization');
}
