// Safelist mode (ROLEGRAPH_PERSISTED_OPERATIONS=<manifest.json>): the server runs only the documents of a
// manifest in the format GraphQL Code Generator's client preset writes with `persistedDocuments`
// (`{ "<sha256 hex>": "<document>" }`). A request names a document by `documentId` (GraphQL over HTTP,
// optionally `sha256:`-prefixed) or by Apollo's `extensions.persistedQuery.sha256Hash`, or sends the
// document's exact text; anything else is refused with PERSISTED_QUERY_NOT_IN_LIST before Apollo sees it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Kind, parse } from 'graphql';
import { z } from 'zod';
import { ErrorCode } from '../graphql/errors.js';
import { HttpError } from './errors.js';

export class PersistedOperationsError extends Error {
  override name = 'PersistedOperationsError';
}

export interface Safelist {
  /** Document text by the hex SHA-256 of that text. */
  documents: ReadonlyMap<string, string>;
  /** Names of the operations the documents define (metrics give each its own label). */
  operationNames: ReadonlySet<string>;
}

const ID = /^(?:sha256:)?([0-9a-f]{64})$/;
const manifestShape = z.record(z.string(), z.string().min(1));

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** Checks a parsed manifest: every key the SHA-256 of its document, every document valid GraphQL. */
export function safelistFrom(manifest: unknown, source: string): Safelist {
  const shape = manifestShape.safeParse(manifest);
  if (!shape.success) throw new PersistedOperationsError(`${source}: a persisted-documents manifest is a JSON object of hash → document text`);
  const documents = new Map<string, string>();
  const operationNames = new Set<string>();
  for (const [key, text] of Object.entries(shape.data)) {
    const hash = ID.exec(key)?.[1];
    if (!hash || sha256(text) !== hash) {
      throw new PersistedOperationsError(`${source}: entry "${key.slice(0, 70)}" is not the SHA-256 of its document (GraphQL Code Generator hashes with sha1 unless persistedDocuments.hashAlgorithm is 'sha256')`);
    }
    let doc;
    try {
      doc = parse(text, { noLocation: true });
    } catch (err) {
      throw new PersistedOperationsError(`${source}: entry ${short(hash)} is not a GraphQL document: ${(err as Error).message}`);
    }
    for (const def of doc.definitions) if (def.kind === Kind.OPERATION_DEFINITION && def.name) operationNames.add(def.name.value);
    documents.set(hash, text);
  }
  if (documents.size === 0) throw new PersistedOperationsError(`${source}: the manifest lists no documents; safelist mode would refuse every request`);
  return { documents, operationNames };
}

export function loadSafelist(file: string): Safelist {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PersistedOperationsError(`ROLEGRAPH_PERSISTED_OPERATIONS: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  return safelistFrom(json, file);
}

function notInList(what: string): HttpError {
  return new HttpError(400, `This server runs only its persisted operations: ${what}. Send the documentId (SHA-256) of an operation from its manifest.`, ErrorCode.PERSISTED_QUERY_NOT_IN_LIST);
}

/** The hash a request names, from `documentId` or `extensions.persistedQuery.sha256Hash`; undefined: none. */
function requestedHash(op: Record<string, unknown>, extensions: Record<string, unknown> | undefined): string | undefined {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const given = op.documentId ?? persisted?.sha256Hash;
  if (given === undefined) return undefined;
  const hash = typeof given === 'string' ? ID.exec(given)?.[1] : undefined;
  if (!hash) throw new HttpError(400, 'documentId (or extensions.persistedQuery.sha256Hash) must be a SHA-256 hex digest', ErrorCode.BAD_REQUEST);
  return hash;
}

/** GET sends extensions as a JSON string; Apollo rejects a malformed one, so it is left alone here. */
function extensionsOf(op: Record<string, unknown>): Record<string, unknown> | undefined {
  const raw = op.extensions;
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
}

/** Turns one operation of a request into its manifest document, in place, or refuses it. */
function resolveOperation(op: Record<string, unknown>, safelist: Safelist): void {
  const extensions = extensionsOf(op);
  const hash = requestedHash(op, extensions);
  const text = typeof op.query === 'string' && op.query.length > 0 ? op.query : undefined;
  if (hash === undefined) {
    // No id and no text: Apollo answers that a query is missing.
    if (text === undefined) return;
    if (!safelist.documents.has(sha256(text))) throw notInList('this document is not one of them');
    return;
  }
  const document = safelist.documents.get(hash);
  if (document === undefined) throw notInList(`no document has the id ${short(hash)}`);
  if (text !== undefined && text !== document) throw new HttpError(400, `The query sent is not the document with id ${short(hash)}`, ErrorCode.BAD_REQUEST);
  op.query = document;
  delete op.documentId;
  // Apollo's automatic persisted queries would otherwise cache the pair; the manifest is the only registry here.
  if (extensions?.persistedQuery !== undefined) {
    const { persistedQuery: _resolved, ...rest } = extensions;
    op.extensions = typeof op.extensions === 'string' ? JSON.stringify(rest) : rest;
  }
}

/** Resolves every operation of a POST body against the safelist, in place. */
export function applySafelist(body: unknown, safelist: Safelist): void {
  const operations = Array.isArray(body) ? body : [body];
  for (const op of operations) {
    if (op && typeof op === 'object') resolveOperation(op as Record<string, unknown>, safelist);
  }
}

const GET_FIELDS = ['query', 'documentId', 'extensions'] as const;

/** The same for a GET request: the URL to hand on to Apollo (which reads the query string itself). */
export function safelistedUrl(url: string, safelist: Safelist): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  // Apollo reads the first value of each parameter, so this does too.
  const op: Record<string, unknown> = {};
  for (const field of GET_FIELDS) if (params.has(field)) op[field] = params.get(field);
  resolveOperation(op, safelist);
  for (const field of GET_FIELDS) {
    if (typeof op[field] === 'string') params.set(field, op[field] as string);
    else params.delete(field);
  }
  return `${url.slice(0, at)}?${params}`;
}
