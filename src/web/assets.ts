// Static files served by an explicit allowlist: the playground's vendor builds straight out of
// node_modules (so nothing comes from a CDN) and the explorer's own HTML-free files. A request names
// an entry of the list, never a path, so no URL can reach any other file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '../http/server.js';
import { prepareBody, sendPrepared, type PreparedBody } from './http.js';

export const ASSET_PREFIX = '/assets/';

interface AssetSpec {
  /** Absolute path of the file on disk. */
  file: string;
  contentType: string;
  /** Vendor builds change only with a package upgrade, which changes their ?v= content hash. */
  immutable: boolean;
}

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL name (below /assets/) → file. The whole list of what can be served. */
const ASSETS: Record<string, AssetSpec> = {
  'vendor/react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), contentType: JS, immutable: true },
  'vendor/react-dom.production.min.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: JS, immutable: true },
  // graphiql's CSS inlines its fonts and images as data: URIs, so no font files are needed.
  'vendor/graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), contentType: JS, immutable: true },
  'vendor/graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), contentType: CSS, immutable: true },
  'playground/playground.js': { file: path.join(here, 'playground/playground.js'), contentType: JS, immutable: false },
  'playground/playground.css': { file: path.join(here, 'playground/playground.css'), contentType: CSS, immutable: false },
  'explorer/explorer.js': { file: path.join(here, 'explorer/explorer.js'), contentType: JS, immutable: false },
  'explorer/api.js': { file: path.join(here, 'explorer/api.js'), contentType: JS, immutable: false },
  'explorer/combobox.js': { file: path.join(here, 'explorer/combobox.js'), contentType: JS, immutable: false },
  'explorer/diagram.js': { file: path.join(here, 'explorer/diagram.js'), contentType: JS, immutable: false },
  'explorer/panels.js': { file: path.join(here, 'explorer/panels.js'), contentType: JS, immutable: false },
  'explorer/explorer.css': { file: path.join(here, 'explorer/explorer.css'), contentType: CSS, immutable: false },
  'explorer/favicon.svg': { file: path.join(here, 'explorer/favicon.svg'), contentType: 'image/svg+xml', immutable: false },
};

export function assetNames(): string[] {
  return Object.keys(ASSETS);
}

// Read once per process: the files are part of the installed app, not user content.
const loaded = new Map<string, PreparedBody>();

function load(name: string): PreparedBody {
  let body = loaded.get(name);
  if (!body) {
    body = prepareBody(fs.readFileSync(ASSETS[name].file));
    loaded.set(name, body);
  }
  return body;
}

/** The URL to reference an asset by; vendor URLs carry a content hash so browsers may cache them for good. */
export function assetUrl(name: string): string {
  const spec = ASSETS[name];
  if (!spec) throw new Error(`Unknown asset ${name}`);
  return spec.immutable ? `${ASSET_PREFIX}${name}?v=${load(name).etag.slice(1, 13)}` : `${ASSET_PREFIX}${name}`;
}

export function assetRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: ASSET_PREFIX,
      handle(req, res, url) {
        const name = url.pathname.slice(ASSET_PREFIX.length);
        // Own property only: "constructor", "__proto__" and the like are not assets.
        if (!Object.hasOwn(ASSETS, name)) return false;
        const spec = ASSETS[name];
        sendPrepared(req, res, load(name), {
          contentType: spec.contentType,
          cacheControl: spec.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      },
    },
  ];
}
