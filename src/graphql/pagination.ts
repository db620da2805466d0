// Relay-style pagination: opaque cursors (a (name, id) position for top-level pages, an offset for
// relationship connections), argument checks, and the connection shape every paged field returns.
// The maxima of `first` are the request's limits and are enforced before execution by the complexity
// plugin (src/graphql/plugins/complexity.ts); here only what the plugin cannot see is checked.
import { limitsConfig, type LimitsConfig } from '../config.js';
import { ORIGINS, isOrigin } from '../model.js';
import type { PagePosition } from '../store/reads/pages.js';
import { badInput } from './errors.js';

/** Page size of top-level lists when `first` is left out. */
export const PAGE_DEFAULT = 20;


let configured: LimitsConfig | undefined;

/**
 * The limits a request runs under: the context's (the HTTP layer puts the server's there, `ctx.limits`),
 * else the process configuration (the environment, as `npm start` reads it).
 */
export function requestLimits(ctx: object): LimitsConfig {
  const own = (ctx as { limits?: LimitsConfig }).limits;
  if (own) return own;
  configured ??= limitsConfig();
  return configured;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

function notACursor(argument: string): Error {
  return badInput(argument, 'is not a valid cursor; pass an endCursor or edge cursor from a previous page');
}

export function encodeCursor(pos: PagePosition): string {
  return encode([pos.name, pos.id]);
}

/** The position inside a page cursor; anything that is not a cursor this API issued is BAD_USER_INPUT on `argument`. */
export function decodeCursor(cursor: string, argument = 'after'): PagePosition {
  const pos = decode(cursor);
  if (!Array.isArray(pos) || pos.length !== 2 || typeof pos[0] !== 'string' || typeof pos[1] !== 'string') throw notACursor(argument);
  return { name: pos[0], id: pos[1] };
}

/** Cursor of the item at `offset` (0-based) of a relationship list: continuing after it skips offset + 1. */
export function encodeOffset(offset: number): string {
  return encode({ o: offset + 1 });
}

/** How many items to skip for `after`; 0 without a cursor. */
export function decodeOffset(cursor: string | null | undefined, argument = 'after'): number {
  if (cursor === null || cursor === undefined) return 0;
  const pos = decode(cursor) as { o?: unknown } | null;
  if (!pos || typeof pos !== 'object' || !Number.isInteger(pos.o) || (pos.o as number) < 0) throw notACursor(argument);
  return pos.o as number;
}

export function checkOrigin(origin: string | null | undefined, argument = 'origin'): string | null {
  if (origin === null || origin === undefined) return null;
  if (!isOrigin(origin)) throw badInput(argument, `must be one of ${ORIGINS.join(', ')}, got "${origin}"`);
  return origin;
}

/** `first` of any list: a positive integer, or `fallback` when left out. */
export function checkPositive(first: unknown, fallback: number, argument = 'first'): number {
  if (first === null || first === undefined) return fallback;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) throw badInput(argument, `must be a positive integer, got ${String(first)}`);
  return first;
}

/** Items of a relationship list: all of them up to the list cap by default. */
export function listFirst(first: unknown, maxListFirst: number): number {
  return checkPositive(first, maxListFirst);
}

export interface PageArgsIn {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  origin?: string | null;
}

/** Validated page arguments, ready for src/store/reads/pages.ts. */
export function pageRequest(args: PageArgsIn) {
  return {
    first: checkPositive(args.first, PAGE_DEFAULT),
    after: args.after === null || args.after === undefined ? null : decodeCursor(args.after),
    search: args.search?.trim() || null,
    origin: checkOrigin(args.origin),
  };
}

export interface ConnectionData<E> {
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

/**
 * A connection from up to first + 1 items read after a position (the extra one says a next page exists);
 * `cursorOf` gives each kept item's cursor.
 */
export function toConnection<E extends object>(items: E[], first: number, started: boolean, cursorOf: (item: E, index: number) => string, totalCount?: number): ConnectionData<E> {
  const edges = items.slice(0, first).map((item, i) => ({ ...item, cursor: cursorOf(item, i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      // Forward-only paging: there is a previous page exactly when the caller started after a cursor.
      hasPreviousPage: started,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
