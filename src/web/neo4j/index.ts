// GET /neo4j/style.grass and /neo4j/guide.html for Neo4j Browser (:style and :play), which fetches them
// cross-origin from its own page (CORS for these paths is set in src/http/cors.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { renderPage, sendPage } from '../page.js';
import { guideHtml } from './guide.js';
import { GUIDE_PAGE_STYLES, guidePageBody } from './guidePage.js';
import { grassStylesheet } from './style.js';

export const STYLE_PATH = '/neo4j/style.grass';
export const GUIDE_PATH = '/neo4j/guide.html';
/** The guide as a page for people (the explorer links it); GUIDE_PATH stays Browser's `:play` fragment. */
export const GUIDE_PAGE_PATH = '/neo4j/guide';
const DEFAULT_ORIGIN = 'http://127.0.0.1:4000';

/** The origin the guide's links point back to: this server as the client reached it. */
export function requestOrigin(request: Pick<FastifyRequest, 'headers'>): string {
  const host = request.headers.host;
  // Only a plain host[:port]; anything else (or nothing) gets the documented default.
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `http://${host}` : DEFAULT_ORIGIN;
}

export function neo4jRoutes(app: FastifyInstance): void {
  let style: string | undefined;
  const guides = new Map<string, string>();
  // text/plain: Browser parses GraSS itself; a CSS or JSON type would make its HTTP client reinterpret it.
  app.get(STYLE_PATH, (_request, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send((style ??= grassStylesheet())));
  app.get(GUIDE_PATH, (request, reply) => {
    const origin = requestOrigin(request);
    let guide = guides.get(origin);
    if (!guide) {
      guide = guideHtml(origin);
      if (guides.size < 16) guides.set(origin, guide);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(guide);
  });
  app.get(GUIDE_PAGE_PATH, (request, reply) => sendPage(reply, renderPage({
    title: 'rolegraph · Neo4j Browser guide',
    description: 'Runnable Cypher over the rolegraph graph: its shape, one role, overlaps, gaps and routes, for Neo4j Browser.',
    stylesheets: GUIDE_PAGE_STYLES(),
    scripts: [],
    body: guidePageBody(requestOrigin(request)),
  })));
}
