// What the resolvers share: single-node lookups by id or name, and relationship fields through the
// batched per-request loaders.
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { listArgs } from '../pagination.js';
import { nameKey } from '../../domain/names.js';
import type { NodeLabel, NodeRecord } from '../../store/reads/nodes.js';
import type { RelatedItem, RelatedQuery } from '../../store/reads/related.js';

/** The node with this id, or whose name or alias matches `name` case-insensitively; null when none. */
export async function lookupNode(ctx: Context, label: NodeLabel, id?: string | null, name?: string | null): Promise<NodeRecord | null> {
  if (id != null && name != null) throw badInput('name', 'pass either id or name, not both');
  if (id != null) return ctx.loaders.nodes[label].load(id);
  if (name != null) {
    if (name.trim() === '') throw badInput('name', 'must not be empty');
    return ctx.loaders.byKey[label].load(nameKey(name));
  }
  throw badInput('id', 'pass an id or a name');
}

export interface ListArgsIn {
  first?: number | null;
  origin?: string | null;
}

/** Relationship items (edge properties plus the far node under `node`) of one parent, batched per request. */
export function relatedItems(ctx: Context, query: RelatedQuery, parent: { id: string }, args: ListArgsIn = {}): Promise<RelatedItem[]> {
  return ctx.loaders.related(query, parent.id, listArgs(args));
}

/** The far nodes of a relationship of one parent, batched per request. */
export async function relatedNodes(ctx: Context, query: RelatedQuery, parent: { id: string }, args: ListArgsIn = {}): Promise<NodeRecord[]> {
  return (await relatedItems(ctx, query, parent, args)).map((item) => item.node);
}
