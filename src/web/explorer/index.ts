// GET /explore: the career-path explorer, a static page whose module script talks only to POST /graphql.
import type { Route } from '../../http/server.js';
import { assetUrl } from '../assets.js';
import type { PreparedBody } from '../http.js';
import { renderPage, sendPage } from '../page.js';
import { explorerBody } from './markup.js';

export const EXPLORER_PATH = '/explore';

export function explorerRoutes(): Route[] {
  let page: PreparedBody | undefined;
  return [
    {
      method: 'GET',
      path: EXPLORER_PATH,
      handle(req, res) {
        page ??= renderPage({
          title: 'rolegraph · career-path explorer',
          description: 'How do I get from one technology role to another? Overlap, skill gap and routes, from the rolegraph API.',
          stylesheets: [assetUrl('explorer/explorer.css')],
          scripts: [{ src: assetUrl('explorer/explorer.js'), module: true }],
          body: explorerBody(),
        });
        sendPage(req, res, page);
      },
    },
  ];
}
