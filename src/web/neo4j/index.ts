// GET /neo4j/style.grass and /neo4j/guide.html for Neo4j Browser (:style and :play), which fetches them
// cross-origin from its own page: hence the CORS headers and the OPTIONS preflight.
import type { IncomingMessage } from 'node:http';
import type { Route } from '../../http/server.js';
import { CORS_HEADERS, prepareBody, sendPreflight, sendPrepared, type PreparedBody } from '../http.js';
import { guideHtml } from './guide.js';
import { grassStylesheet } from './style.js';

export const STYLE_PATH = '/neo4j/style.grass';
export const GUIDE_PATH = '/neo4j/guide.html';
const DEFAULT_ORIGIN = 'http://127.0.0.1:4000';

/** The origin the guide's links point back to: this server as the client reached it. */
export function requestOrigin(req: IncomingMessage): string {
  const host = req.headers.host;
  // Only a plain host[:port]; anything else (or nothing) gets the documented default.
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `http://${host}` : DEFAULT_ORIGIN;
}

export function neo4jRoutes(): Route[] {
  let style: PreparedBody | undefined;
  const guides = new Map<string, PreparedBody>();
  const headers = { ...CORS_HEADERS };
  return [
    {
      method: 'GET',
      path: STYLE_PATH,
      handle(req, res) {
        style ??= prepareBody(grassStylesheet());
        // text/plain: Browser parses GraSS itself; a CSS or JSON type would make its HTTP client reinterpret it.
        sendPrepared(req, res, style, { contentType: 'text/plain; charset=utf-8', cacheControl: 'no-cache', headers });
      },
    },
    {
      method: 'GET',
      path: GUIDE_PATH,
      handle(req, res) {
        const origin = requestOrigin(req);
        let guide = guides.get(origin);
        if (!guide) {
          guide = prepareBody(guideHtml(origin));
          if (guides.size < 16) guides.set(origin, guide);
        }
        sendPrepared(req, res, guide, { contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', headers });
      },
    },
    {
      method: 'OPTIONS',
      path: '/neo4j/',
      handle(_req, res, url) {
        if (url.pathname !== STYLE_PATH && url.pathname !== GUIDE_PATH) return false;
        sendPreflight(res);
      },
    },
  ];
}
