// The HTML shell shared by the playground and the explorer: one place for the head, the
// Content-Security-Policy that keeps every page on its own origin, and the response headers.
import type { FastifyReply } from 'fastify';
import { escapeHtml } from './html.js';

/**
 * Only this origin: the pages must work offline, so the browser itself refuses anything remote.
 * Inline styles are allowed because GraphiQL and React set style attributes; scripts are never inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface PageSpec {
  title: string;
  description: string;
  stylesheets: string[];
  /** Classic and module scripts, in order. */
  scripts: Array<{ src: string; module?: boolean }>;
  body: string;
  /** Data for the page script, as <script type="application/json" id=...> (inert under the CSP). */
  data?: { id: string; json: string };
  bodyClass?: string;
}

export function renderPage(spec: PageSpec): string {
  const links = spec.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  const scripts = spec.scripts
    .map((s) => `<script${s.module ? ' type="module"' : ''} src="${escapeHtml(s.src)}"></script>`)
    .join('\n');
  const data = spec.data ? `<script type="application/json" id="${escapeHtml(spec.data.id)}">${spec.data.json}</script>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)}</title>
<meta name="description" content="${escapeHtml(spec.description)}">
<link rel="icon" href="/assets/explorer/favicon.svg" type="image/svg+xml">
${links}
</head>
<body${spec.bodyClass ? ` class="${escapeHtml(spec.bodyClass)}"` : ''}>
${spec.body}
${data}${scripts}
</body>
</html>
`;
}

/** The headers every page goes out with. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
};

export function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.headers(PAGE_HEADERS).send(page);
}
