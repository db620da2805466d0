// What the query resolvers share: one node by id or name, and one page of a label, each compiled with
// its whole selection into one statement (src/graphql/compile/) and run through the request's view of
// the database.
import type { GraphQLResolveInfo } from 'graphql';
import { nameKey } from '../../domain/names.js';
import type { NodeLabel } from '../../model.js';
import type { ListLabel } from '../../store/reads/pages.js';
import { lookupStatement, pageOf } from '../compile/statements.js';
import { unpack } from '../compile/prefetch.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { runCompiled } from '../loaders.js';
import { encodeCursor, requestLimits, pageRequest, toConnection, type PageArgsIn } from '../pagination.js';
import { ofType, type NodeObject } from '../types/define.js';

/** The node with this id, or whose name or alias matches `name` case-insensitively; null when none. */
export async function lookupNode(ctx: Context, label: NodeLabel, args: { id?: string | null; name?: string | null }, info: GraphQLResolveInfo): Promise<unknown> {
  const { id, name } = args;
  if (id != null && name != null) throw badInput('name', 'pass either id or name, not both');
  const { maxListFirst } = requestLimits(ctx);
  if (id != null) return ctx.loaders.compiled(lookupStatement(label, 'id', info, maxListFirst), id);
  if (name != null) {
    const key = nameKey(name);
    if (key === '') throw badInput('name', 'must not be empty');
    return ctx.loaders.compiled(lookupStatement(label, 'key', info, maxListFirst), key);
  }
  throw badInput('id', 'pass an id or a name');
}

/**
 * Nodes of any label by id, in order, null for an unknown id: their labels in one round trip, then each
 * label's compiled lookup (batched over the ids of that label), so the selection costs what `role(id:)` does.
 */
export async function nodesByAnyId(ctx: Context, ids: readonly string[], info: GraphQLResolveInfo): Promise<unknown[]> {
  const { maxFirst, maxListFirst } = requestLimits(ctx);
  if (ids.length > maxFirst) throw badInput('ids', `must hold at most ${maxFirst} ids, got ${ids.length}`);
  const labels = await ctx.loaders.labels.loadMany(ids);
  return Promise.all(ids.map(async (id, i) => {
    const label = labels[i];
    if (label === null || label instanceof Error) return null;
    const found = await ctx.loaders.compiled(lookupStatement(label, 'id', info, maxListFirst), id);
    return found === null ? null : ofType(found as object, label);
  }));
}

/** One page of a label as a connection. */
export async function pageConnection(ctx: Context, label: ListLabel, args: PageArgsIn, info: GraphQLResolveInfo) {
  const req = pageRequest(args);
  const search = req.search ? nameKey(req.search) || null : null;
  const [row] = await runCompiled(ctx.graph, pageOf(label, req, search, info, requestLimits(ctx).maxListFirst));
  const nodes = unpack((row?.nodes ?? []) as NodeObject[]);
  return toConnection(nodes.map((node) => ({ node })), req.first, req.after !== null, (e) => encodeCursor(e.node), row?.totalCount as number | undefined);
}
