// Relay-style pagination: opaque cursors over the (name, id) order, argument checks, and the connection
// shape every list query returns. Also the complexity estimates of list fields (used by the query
// complexity limit): a list field costs its page size times what is selected under it.
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { badInput, checkFirst } from './errors.js';
import type { NodeRecord } from '../store/reads/nodes.js';
import type { Db } from '../store/graph.js';
import { nodePage, type ListLabel, type Page, type PagePosition } from '../store/reads/pages.js';

export const PAGE = { fallback: 20, max: 100 } as const;
/** Relationship lists (a role's skills, a skill's roles, ...): imported roles have hundreds of skills. */
export const LIST = { fallback: 20, max: 500 } as const;

import { ORIGINS, isOrigin } from '../model.js';

export function encodeCursor(pos: PagePosition): string {
  return Buffer.from(JSON.stringify([pos.name, pos.id]), 'utf8').toString('base64url');
}

/** The position inside a cursor; anything that is not a cursor this API issued is BAD_USER_INPUT on `argument`. */
export function decodeCursor(cursor: string, argument = 'after'): PagePosition {
  let pos: unknown;
  try {
    pos = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    pos = null;
  }
  if (!Array.isArray(pos) || pos.length !== 2 || typeof pos[0] !== 'string' || typeof pos[1] !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw badInput(argument, 'is not a valid cursor; pass an endCursor or edge cursor from a previous page');
  }
  return { name: pos[0], id: pos[1] };
}

export function checkOrigin(origin: string | null | undefined, argument = 'origin'): string | null {
  if (origin === null || origin === undefined) return null;
  if (!isOrigin(origin)) throw badInput(argument, `must be one of ${ORIGINS.join(', ')}, got "${origin}"`);
  return origin;
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
    first: checkFirst(args.first, PAGE),
    after: args.after === null || args.after === undefined ? null : decodeCursor(args.after),
    search: args.search?.trim() || null,
    origin: checkOrigin(args.origin),
  };
}

/** Validated relationship-list arguments. */
export function listArgs(args: { first?: number | null; origin?: string | null }) {
  return { first: checkFirst(args.first, LIST), origin: checkOrigin(args.origin) };
}

export interface ConnectionData {
  edges: { cursor: string; node: NodeRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection(page: Page, after: PagePosition | null): ConnectionData {
  const edges = page.nodes.map((node) => ({ cursor: encodeCursor({ name: node.name, id: node.id }), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // Forward-only paging: there is a previous page exactly when the caller started after a cursor.
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** Complexity of a list field: its page size (the argument, or the default) times the cost of each item. */
export function listComplexity(fallback: number): ComplexityEstimator {
  return ({ args, childComplexity }) => 1 + (typeof args.first === 'number' ? args.first : fallback) * Math.max(1, childComplexity);
}

/** One page of a node list as a connection, from raw GraphQL arguments. */
export async function connectionOf(graph: Db, label: ListLabel, args: PageArgsIn): Promise<ConnectionData> {
  const req = pageRequest(args);
  return toConnection(await nodePage(graph, label, req), req.after);
}
