// GET /graphql from a browser: GraphiQL served entirely from node_modules through this server, opened
// with one tab per example operation. Everything else on /graphql falls through to Apollo.
import type { Route } from '../../http/server.js';
import { assetUrl } from '../assets.js';
import { EXAMPLES, exampleTabQuery } from '../examples.js';
import { acceptsHtml, jsonForScript, type PreparedBody } from '../http.js';
import { renderPage, sendPage } from '../page.js';

export const PLAYGROUND_PATH = '/graphql';

export interface PlaygroundConfig {
  endpoint: string;
  /** Changes whenever the examples change, so stored tabs from an older set are not shown instead. */
  examplesVersion: string;
  tabs: Array<{ query: string; variables: string }>;
}

export function playgroundConfig(): PlaygroundConfig {
  const tabs = EXAMPLES.map((e) => ({ query: exampleTabQuery(e), variables: JSON.stringify(e.variables, null, 2) }));
  let hash = 0;
  for (const ch of JSON.stringify(tabs)) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return { endpoint: PLAYGROUND_PATH, examplesVersion: (hash >>> 0).toString(36), tabs };
}

function playgroundPage(): PreparedBody {
  return renderPage({
    title: 'rolegraph · GraphQL playground',
    description: 'Explore the rolegraph GraphQL API: roles, skills, overlaps, skill gaps and career paths.',
    stylesheets: [assetUrl('vendor/graphiql.min.css'), assetUrl('playground/playground.css')],
    scripts: [
      { src: assetUrl('vendor/react.production.min.js') },
      { src: assetUrl('vendor/react-dom.production.min.js') },
      { src: assetUrl('vendor/graphiql.min.js') },
      { src: assetUrl('playground/playground.js') },
    ],
    body: `<div id="graphiql" class="playground-loading" role="status">Loading the GraphQL playground…</div>
<noscript>The playground needs JavaScript. The API itself answers POST /graphql with any GraphQL client.</noscript>`,
    data: { id: 'rolegraph-playground', json: jsonForScript(playgroundConfig()) },
  });
}

export function playgroundRoutes(): Route[] {
  let page: PreparedBody | undefined;
  return [
    {
      method: 'GET',
      path: PLAYGROUND_PATH,
      handle(req, res, url) {
        // GraphQL over GET (?query=...) and non-browser clients belong to Apollo.
        if (!acceptsHtml(req) || url.searchParams.has('query')) return false;
        page ??= playgroundPage();
        sendPage(req, res, page);
      },
    },
  ];
}
