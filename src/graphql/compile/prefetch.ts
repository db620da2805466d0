// The compiled statement returns each node with its nested lists under `@<field(args)>` keys. Before the
// rows reach GraphQL those entries move into a hidden map on their object, where the field resolvers of
// the lists find them (relationshipFields.ts); an object without one (an analytics result, a node from a
// loader) has its lists read by a batched statement instead.
const PREFETCHED = Symbol('prefetched lists');

type Prefetched = Record<string, unknown>;

/** Moves every `@key` entry of every object below `value` into its hidden map; returns `value`. */
export function unpack<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) unpack(item);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    let found: Prefetched | undefined;
    for (const key of Object.keys(obj)) {
      const child = obj[key];
      unpack(child);
      if (key.startsWith('@')) {
        found ??= {};
        found[key.slice(1)] = child;
        delete obj[key];
      }
    }
    if (found) Object.defineProperty(obj, PREFETCHED, { value: found, enumerable: false });
  }
  return value;
}

/** What the statement read for `key` (groupKey of the field and its arguments) on this object, if anything. */
export function prefetched(root: object, key: string): unknown {
  return (root as { [PREFETCHED]?: Prefetched })[PREFETCHED]?.[key];
}
