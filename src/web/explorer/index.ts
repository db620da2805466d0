// GET /explore: the career-path explorer, a static page whose module script talks only to POST /graphql.
import type { FastifyInstance } from 'fastify';
import { assetUrl } from '../assets.js';
import { renderPage, sendPage } from '../page.js';
import { explorerBody } from './markup.js';

export const EXPLORER_PATH = '/explore';

export function explorerRoutes(app: FastifyInstance): void {
  let page: string | undefined;
  app.get(EXPLORER_PATH, (_request, reply) => {
    page ??= renderPage({
      title: 'rolegraph · career-path explorer',
      description: 'Where can I go from my role, which roles fit my skills, and how do I get from one role to another? From the rolegraph API.',
      stylesheets: [assetUrl('explorer/explorer.css')],
      scripts: [{ src: assetUrl('explorer/explorer.js'), module: true }],
      body: explorerBody(),
    });
    return sendPage(reply, page);
  });
}
