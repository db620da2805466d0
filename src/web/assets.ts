// Static files served by an explicit allowlist: the playground's vendor builds straight out of
// node_modules (so nothing comes from a CDN) and the explorer's own HTML-free files. A request names
// an entry of the list, never a path, so no URL can reach any other file. @fastify/static sends them
// (ETag, 304, HEAD, ranges); @fastify/compress gzips them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

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
const own = (file: string, contentType: string): AssetSpec => ({ file: path.join(here, file), contentType, immutable: false });

/** URL name (below /assets/) → file. The whole list of what can be served. */
const ASSETS: Record<string, AssetSpec> = {
  'vendor/react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), contentType: JS, immutable: true },
  'vendor/react-dom.production.min.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: JS, immutable: true },
  // graphiql's CSS inlines its fonts and images as data: URIs, so no font files are needed.
  'vendor/graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), contentType: JS, immutable: true },
  'vendor/graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), contentType: CSS, immutable: true },
  'playground/playground.js': own('playground/playground.js', JS),
  'playground/playground.css': own('playground/playground.css', CSS),
  'explorer/explorer.js': own('explorer/explorer.js', JS),
  'explorer/api.js': own('explorer/api.js', JS),
  'explorer/combobox.js': own('explorer/combobox.js', JS),
  'explorer/diagram.js': own('explorer/diagram.js', JS),
  'explorer/panels.js': own('explorer/panels.js', JS),
  'explorer/dom.js': own('explorer/dom.js', JS),
  'explorer/words.js': own('explorer/words.js', JS),
  'explorer/geometry.js': own('explorer/geometry.js', JS),
  'explorer/ui.js': own('explorer/ui.js', JS),
  'explorer/path.js': own('explorer/path.js', JS),
  'explorer/next.js': own('explorer/next.js', JS),
  'explorer/fit.js': own('explorer/fit.js', JS),
  'explorer/pages.js': own('explorer/pages.js', JS),
  'explorer/explorer.css': own('explorer/explorer.css', CSS),
  'explorer/favicon.svg': own('explorer/favicon.svg', 'image/svg+xml'),
  'neo4j/guide.css': own('neo4j/guide.css', CSS),
};

export function assetNames(): string[] {
  return Object.keys(ASSETS);
}

// Content hashes of the vendor files, read once per process: they are part of the installed app.
const hashes = new Map<string, string>();

/** The URL to reference an asset by; vendor URLs carry a content hash so browsers may cache them for good. */
export function assetUrl(name: string): string {
  const spec = ASSETS[name];
  if (!spec) throw new Error(`Unknown asset ${name}`);
  if (!spec.immutable) return `${ASSET_PREFIX}${name}`;
  let hash = hashes.get(name);
  if (!hash) {
    hash = createHash('sha256').update(fs.readFileSync(spec.file)).digest('base64url').slice(0, 12);
    hashes.set(name, hash);
  }
  return `${ASSET_PREFIX}${name}?v=${hash}`;
}

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  // serve: false — nothing is served by path; only the allowlist below sends files.
  await app.register(fastifyStatic, { root: here, serve: false });
  app.get(`${ASSET_PREFIX}*`, (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    // Own property only: "constructor", "__proto__" and the like are not assets.
    if (!Object.hasOwn(ASSETS, name)) return reply.callNotFound();
    const spec = ASSETS[name];
    reply.header('content-type', spec.contentType);
    reply.header('cache-control', spec.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.sendFile(path.basename(spec.file), path.dirname(spec.file), { cacheControl: false, contentType: false, dotfiles: 'deny' });
  });
}
