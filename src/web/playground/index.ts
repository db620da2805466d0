// GET /graphql from a browser: GraphiQL served entirely from node_modules through this server, opened
// with one tab per example operation. The GraphQL route asks for it (landingPage) when a browser
// navigates to /graphql; GraphQL clients are answered by Apollo.
import type { FastifyReply } from 'fastify';
import { assetUrl } from '../assets.js';
import { EXAMPLES, exampleTabQuery } from '../examples.js';
import { jsonForScript } from '../html.js';
import { renderPage, sendPage } from '../page.js';
import type { PlaygroundConfig } from './config.js';

export const PLAYGROUND_PATH = '/graphql';

export type { PlaygroundConfig };

export function playgroundConfig(): PlaygroundConfig {
  const tabs = EXAMPLES.map((e) => ({ query: exampleTabQuery(e), variables: JSON.stringify(e.variables, null, 2) }));
  let hash = 0;
  for (const ch of JSON.stringify(tabs)) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return { endpoint: PLAYGROUND_PATH, examplesVersion: (hash >>> 0).toString(36), tabs };
}

function playgroundPage(): string {
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

let page: string | undefined;

/** Sends the playground page (rendered once per process). */
export function sendPlayground(reply: FastifyReply): FastifyReply {
  page ??= playgroundPage();
  return sendPage(reply, page);
}
