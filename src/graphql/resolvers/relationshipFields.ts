// The field resolvers of every relationship list and its connection twin, generated from
// src/relationships.ts: one resolver class per owner label. A list the statement of the enclosing
// top-level field already read is taken from its parent (prefetch.ts); otherwise (a parent built by the
// analytics from {id, name}) one statement reads it for every such parent of the request tick.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { NODE_LABELS, type NodeLabel } from '../../model.js';
import { EDGE_SHAPES, relationshipsOf, twinOf, type Relationship } from '../../relationships.js';
import { Bounded } from '../bounds.js';
import { prefetched } from '../compile/prefetch.js';
import { groupKey } from '../compile/selection.js';
import { relationshipOfParents } from '../compile/statements.js';
import type { Context } from '../context.js';
import { valueId } from '../ids.js';
import { decodeOffset, encodeOffset, listFirst, requestLimits, toConnection } from '../pagination.js';
import { ConnectionArgs, ListArgs } from '../types/args.js';
import { connectionTypeOf } from '../types/Connection.js';
import { typeOf } from '../types/define.js';
import { itemTypeOf } from '../types/items.js';

type Args = Record<string, unknown>;

/** The field's value on this parent: read with the parent, or by a batched statement. */
async function read(field: string, root: { id: string }, ctx: Context, args: Args, info: GraphQLResolveInfo): Promise<unknown> {
  const pre = prefetched(root, groupKey(field, args));
  if (pre !== undefined) return pre;
  const c = relationshipOfParents(info.parentType.name, info, requestLimits(ctx).maxListFirst);
  return c ? ctx.loaders.compiled(c, root.id) : null;
}

function define(cls: ClassType, name: string, resolve: (root: { id: string }, ctx: Context, args: Args, info: GraphQLResolveInfo) => Promise<unknown>): PropertyDescriptor {
  Object.defineProperty(cls.prototype, name, { value: resolve, writable: true, configurable: true });
  Root()(cls.prototype, name, 0);
  Ctx()(cls.prototype, name, 1);
  Info()(cls.prototype, name, 3);
  return Object.getOwnPropertyDescriptor(cls.prototype, name)!;
}

/** Gives each relationship item its id from the owner and the far node (items.ts); node lists are left as they are. */
function withIds(rel: Relationship, owner: string, items: unknown[]): unknown[] {
  const shape = rel.item;
  if (!shape || EDGE_SHAPES[shape].kind !== 'edge') return items;
  // Set on the item itself: a copy would lose the lists prefetched under it (its sources, prefetch.ts).
  for (const item of items as { id?: string; node: { id: string } }[]) item.id = valueId(shape, owner, item.node.id);
  return items;
}

function addList(cls: ClassType, rel: Relationship): void {
  const descriptor = define(cls, rel.field, async (root, ctx, args, info) => withIds(rel, root.id, ((await read(rel.field, root, ctx, args, info)) ?? []) as unknown[]));
  Args(() => ListArgs)(cls.prototype, rel.field, 2);
  FieldResolver(() => [itemTypeOf(rel.item, rel.far)], { description: rel.description })(cls.prototype, rel.field, descriptor);
  Bounded(rel.bound)(cls.prototype, rel.field, descriptor);
}

function addConnection(cls: ClassType, list: Relationship): void {
  const rel = twinOf(list);
  const name = `${rel.field}Connection`;
  const edges = rel.item !== undefined && EDGE_SHAPES[rel.item].kind === 'edge';
  const descriptor = define(cls, name, async (root, ctx, args, info) => {
    const raw = ((await read(name, root, ctx, args, info)) ?? {}) as { totalCount?: number; items?: object[] };
    const first = listFirst(args.first, requestLimits(ctx).maxListFirst);
    const offset = decodeOffset(args.after as string | null | undefined);
    const items = (raw.items ?? []).map((item) => (edges ? item : { node: item }));
    return toConnection(items, first, offset > 0, (_, i) => encodeOffset(offset + i), raw.totalCount);
  });
  Args(() => ConnectionArgs)(cls.prototype, name, 2);
  FieldResolver(() => connectionTypeOf(rel.item)(rel.far), { description: `${rel.description} As a connection: totalCount, pages and cursors.` })(cls.prototype, name, descriptor);
  Bounded(rel.bound)(cls.prototype, name, descriptor);
}

function relationshipResolver(owner: NodeLabel): ClassType {
  const cls = { [`${owner}Relationships`]: class {} }[`${owner}Relationships`];
  Resolver(() => typeOf(owner))(cls);
  for (const rel of relationshipsOf(owner)) {
    addList(cls, rel);
    addConnection(cls, rel);
  }
  return cls;
}

/** One resolver class per label that owns relationship lists. */
export const relationshipResolvers: ClassType[] = NODE_LABELS.filter((l) => relationshipsOf(l).length > 0).map(relationshipResolver);
