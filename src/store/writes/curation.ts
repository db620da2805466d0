// The curation writes behind the mutations. Each is one write transaction: the change, the name keys
// and a graph-version bump (so cached projections refresh) commit together or not at all. Inputs
// arrive already validated (src/graphql/validation.ts); Cypher is in cypher/mutations.
import { cypher } from '../cypherFiles.js';
import type { Db, Params, Tx } from '../graph.js';
import { bumpGraphVersion } from '../graphVersion.js';
import { nameKeys } from '../../domain/names.js';
import { complete, nodesById, type NodeRecord } from '../reads/nodes.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';

import type { ConceptLabel } from '../../model.js';

export type CuratedLabel = ConceptLabel;

/** A node end of a link: its label, the id given, and the argument that named it (for NOT_FOUND). */
export interface End {
  label: CuratedLabel;
  id: string;
  argument: string;
}

/** One curation write transaction (the caller tells the analytics cache afterwards). */
function curationTx<T>(graph: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return graph.writeTx(work);
}

/** Creates or updates a node; `props` holds validated fields (name required, undefined = untouched). */
export async function upsertNode(graph: Db, label: CuratedLabel, id: string, props: Record<string, unknown>, subject: string): Promise<NodeRecord> {
  return curationTx(graph, async (tx) => {
    const [row] = await tx.run(cypher('mutations/upsert-node'), { label, id, props, subject });
    const aliases = (row.aliases as string[]) ?? [];
    const [keyed] = await tx.run(cypher('mutations/set-node-keys'), {
      elementId: row.elementId,
      keys: nameKeys(row.name as string, aliases),
      aliasesText: aliases.join(' | '),
    });
    await bumpGraphVersion(tx);
    return complete(keyed.node as NodeRecord);
  });
}

/** NOT_FOUND naming the first end that does not exist (read after a write matched nothing). */
async function missingEnd(graph: Db, ends: End[]): Promise<Error> {
  for (const end of ends) {
    const found = await nodesById(graph, end.label, [end.id]);
    if (!found.has(end.id)) return new NotFoundError(end.label, end.id, end.argument);
  }
  return new Error('link write matched no row although both ends exist');
}

/** Runs a link statement that returns the source node, or NOT_FOUND when an end is unknown. */
export async function link(graph: Db, statement: string, params: Params, ends: End[], subject: string): Promise<NodeRecord> {
  const node = await curationTx(graph, async (tx) => {
    const [row] = await tx.run(cypher(`mutations/${statement}`), { ...params, subject });
    if (!row) return null;
    await bumpGraphVersion(tx);
    return complete(row.node as NodeRecord);
  });
  if (!node) throw await missingEnd(graph, ends);
  return node;
}

/** Runs an unlink statement; true if a link was removed, false if there was none. */
export async function unlink(graph: Db, statement: string, params: Params, ends: End[]): Promise<boolean> {
  const removed = await curationTx(graph, async (tx) => {
    const [row] = await tx.run(cypher(`mutations/${statement}`), params);
    if (!row) return null;
    if ((row.removed as number) > 0) await bumpGraphVersion(tx);
    return (row.removed as number) > 0;
  });
  if (removed === null) throw await missingEnd(graph, ends);
  return removed;
}

/** Deletes a node; refuses (BAD_USER_INPUT on "detach") while it is linked, unless detach is set. */
export async function deleteNode(graph: Db, label: CuratedLabel, id: string, detach: boolean): Promise<{ relationshipsRemoved: number }> {
  const row = await curationTx(graph, async (tx) => {
    const [r] = await tx.run(cypher('mutations/delete-node'), { label, id, detach });
    if (r?.deleted) await bumpGraphVersion(tx);
    return r;
  });
  if (!row) throw new NotFoundError(label, id, 'id');
  if (!row.deleted) {
    throw new InvalidInputError('detach', `${label} "${id}" still has ${row.links} relationship(s); remove them first or pass detach: true to delete them with it`);
  }
  return { relationshipsRemoved: row.links as number };
}
