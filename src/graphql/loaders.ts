// Per-request DataLoaders. Compiled statements (src/graphql/compile/) batch here: the fields of one tick
// that compile to the same statement (20 aliases of role(name:) with one selection, the same list under
// every analytics result) run it once with all their keys. Nodes by id serve what no statement read:
// the stored fields and sources of objects built from {id, name} (src/graphql/middleware/storedFields.ts).
import DataLoader from 'dataloader';
import { NODE_LABELS, type NodeLabel } from '../model.js';
import type { Db } from '../store/graph.js';
import { labelsOf, nodesById, type NodeRecord } from '../store/reads/nodes.js';
import type { Compiled } from './compile/statements.js';
import { unpack } from './compile/prefetch.js';
import { record } from './compile/print.js';

export type { NodeLabel, NodeRecord };

type NodeLoader = DataLoader<string, NodeRecord | null>;

/**
 * One loader per label, made on first use (most requests need none: their statements read everything). The
 * label getters live on the prototype, built once, so a request pays for one small object, not thirteen
 * property definitions.
 */
class NodeLoaders {
  private readonly made = new Map<NodeLabel, NodeLoader>();
  constructor(private readonly graph: Db) {}

  of(label: NodeLabel): NodeLoader {
    let loader = this.made.get(label);
    if (!loader) {
      loader = new DataLoader<string, NodeRecord | null>(async (ids) => {
        const found = await nodesById(this.graph, label, ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.made.set(label, loader);
    }
    return loader;
  }
}
for (const label of NODE_LABELS) {
  Object.defineProperty(NodeLoaders.prototype, label, { get(this: NodeLoaders) { return this.of(label); }, enumerable: true });
}

/** Runs a compiled statement once, noted for the request's log and extensions. */
export function runCompiled(graph: Db, c: Compiled, extra: Record<string, unknown> = {}) {
  const params = { ...c.params, ...extra };
  record(graph, c.text, params);
  return graph.read(c.text, params);
}

/** Statements that batch together: the same text and parameters (compiled statements are cached, so kept per object). */
const batchIds = new WeakMap<Compiled, string>();
function batchId(c: Compiled): string {
  let id = batchIds.get(c);
  if (id === undefined) batchIds.set(c, (id = `${c.text}\n${JSON.stringify(c.params)}`));
  return id;
}

export function createLoaders(graph: Db) {
  const batches = new Map<string, DataLoader<string, unknown>>();
  return {
    /** Nodes by id, every stored property. */
    nodes: new NodeLoaders(graph) as unknown as Record<NodeLabel, NodeLoader>,
    /** The label of a node by id (node(id:), nodes(ids:)); null when no node has it. */
    labels: new DataLoader<string, NodeLabel | null>(async (ids) => {
      const found = await labelsOf(graph, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The `value` (or `node`) column of a batched compiled statement for one key, null when it has no row. */
    compiled(c: Compiled, key: string): Promise<unknown> {
      const id = batchId(c);
      let loader = batches.get(id);
      if (!loader) {
        loader = new DataLoader<string, unknown>(async (keys) => {
          const rows = await runCompiled(graph, c, { [c.batch!]: [...keys] });
          const byKey = new Map(rows.map((r) => [r.key as string, unpack('node' in r ? r.node : r.value)]));
          return keys.map((k) => byKey.get(k) ?? null);
        });
        batches.set(id, loader);
      }
      return loader.load(key);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
