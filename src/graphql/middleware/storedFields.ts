// Field middlewares that read stored properties. They let Role, Skill and Tool be returned from plain
// {id, name} objects (analytics results): a property the object lacks is read from its node, loaded
// once per request through the batched node loader. Objects read by a compiled statement carry every
// field their selection asks for (null when not stored), and their sources, so they never load.
import type { GraphQLOutputType, GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { isComplete, type NodeLabel, type NodeRecord } from '../../store/reads/nodes.js';
import { prefetched } from '../compile/prefetch.js';

// Reads the type's printed form rather than using isListType(): under vitest, src/ and type-graphql
// see two copies of graphql, and the type guards reject types from the other copy.
function emptyValue(type: GraphQLOutputType): unknown {
  return /^\[.*\]!$/.test(String(type)) ? [] : null;
}

async function storedValue(root: { id: string; [field: string]: unknown }, field: string, info: GraphQLResolveInfo, context: Context): Promise<unknown> {
  const value = root[field];
  if (value !== undefined || isComplete(root)) return value;
  const loader = context.loaders.nodes[info.parentType.name as NodeLabel];
  if (!loader) return undefined;
  return ((await loader.load(root.id)) as Record<string, unknown> | null)?.[field];
}

/** A stored property of the node; [] for a missing list, null for any other missing value. */
export const Hydrate: MiddlewareFn<Context> = async ({ root, info, context }) =>
  (await storedValue(root, info.fieldName, info, context)) ?? emptyValue(info.returnType);

/** The Source nodes named by the `sources` ids stored on a node or relationship. */
export const SourcesById: MiddlewareFn<Context> = async ({ root, info, context }) => {
  const read = prefetched(root, 'sources');
  if (read !== undefined) return read;
  const ids = (await storedValue(root, 'sources', info, context)) as string[] | null | undefined;
  if (!ids || ids.length === 0) return [];
  const sources = await context.loaders.nodes.Source.loadMany(ids);
  return sources.filter((s): s is NodeRecord => s !== null && !(s instanceof Error));
};
