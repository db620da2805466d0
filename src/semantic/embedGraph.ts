// Embeds every concept of the graph into Neo4j, incrementally: a concept is (re)embedded only when the
// hash of (model id, its text) differs from its stored embedding's; embeddings of concepts that are gone
// are removed. Embedding and writing overlap (the next batch is embedded while the last one commits).
import cliProgress from 'cli-progress';
import { cypher } from '../store/cypherFiles.js';
import type { Graph } from '../store/graph.js';
import { CONCEPT_KINDS, conceptText, type ConceptFields, type ConceptKind } from './conceptText.js';
import { Embedder, embeddingHash, sharedEmbedder } from './embedder.js';
import { applySemanticSchema } from './schema.js';

export interface EmbedGraphOptions {
  /** Defaults to the shared embedder (one thread, sized for the API). */
  embedder?: Embedder;
  /**
   * Instead of `embedder`: load a dedicated one using this many cores for the run (one single-threaded
   * session each) and release it after; a batch job such as the CLI can use every core.
   */
  threads?: number;
  /** Embeddings written per transaction. */
  writeBatch?: number;
  /** Progress on stderr: a bar on a terminal, a line every few seconds otherwise. Default true. */
  progress?: boolean;
}

export interface EmbedGraphResult {
  /** Concepts whose vector was computed and written by this run. */
  embedded: number;
  /** Concepts whose stored vector was already current. */
  unchanged: number;
  /** Embeddings deleted because their concept is gone. */
  removed: number;
  model: string;
  seconds: number;
}

export interface ConceptRow {
  node: string;
  id: string;
  kind: ConceptKind;
  name: string | null;
  aliases: string[] | null;
  description: string | null;
  summary: string | null;
  commodityTitle: string | null;
  hashes: string[];
}

interface Pending {
  row: ConceptRow;
  text: string;
  hash: string;
}

export const DEFAULT_WRITE_BATCH = 500;

/** Which concepts need a new vector: those without exactly one embedding carrying the current hash. */
export function planEmbeddings(rows: readonly ConceptRow[], modelId: string): { pending: Pending[]; unchanged: number } {
  const pending: Pending[] = [];
  let unchanged = 0;
  for (const row of rows) {
    // A concept without a name has nothing to embed; it keeps no embedding (removed as stale below).
    if (!row.name || !CONCEPT_KINDS.includes(row.kind)) continue;
    const text = conceptText(row as ConceptFields);
    const hash = embeddingHash(modelId, text);
    if (row.hashes.length === 1 && row.hashes[0] === hash) unchanged++;
    else pending.push({ row, text, hash });
  }
  return { pending, unchanged };
}

function progressBar(enabled: boolean, total: number): cliProgress.SingleBar | null {
  if (!enabled || total === 0) return null;
  const bar = new cliProgress.SingleBar({
    format: 'embeddings [{bar}] {percentage}% | {value}/{total} concepts | {rate}/s | ETA {eta_formatted}',
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    etaBuffer: 2_000,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { rate: '0' });
  return bar;
}

export async function embedGraph(graph: Graph, opts: EmbedGraphOptions = {}): Promise<EmbedGraphResult> {
  const started = performance.now();
  if (opts.threads !== undefined && !opts.embedder) {
    const embedder = await Embedder.load({ threads: 1, sessions: opts.threads });
    try {
      return await embedGraph(graph, { ...opts, embedder });
    } finally {
      await embedder.release();
    }
  }
  const embedder = opts.embedder ?? (await sharedEmbedder());
  const writeBatch = opts.writeBatch ?? DEFAULT_WRITE_BATCH;
  await applySemanticSchema(graph);
  const rows = (await graph.read(cypher('semantic/concepts'))) as ConceptRow[];
  const { pending, unchanged } = planEmbeddings(rows, embedder.modelId);

  const bar = progressBar(opts.progress ?? true, pending.length);
  const writeQuery = cypher('semantic/write-embeddings');
  let embedded = 0;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (let start = 0; start < pending.length; start += writeBatch) {
      const batch = pending.slice(start, start + writeBatch);
      const vectors = await embedder.embed(batch.map((p) => p.text));
      await writing;
      const params = {
        rows: batch.map((p, i) => ({ node: p.row.node, id: p.row.id, kind: p.row.kind, hash: p.hash, model: embedder.modelId, vector: Array.from(vectors[i]) })),
      };
      writing = graph.write(writeQuery, params).then(() => {
        embedded += batch.length;
        bar?.update(embedded, { rate: Math.round(embedded / ((performance.now() - started) / 1000)).toString() });
      });
      // Awaited on the next turn; until then a failed write must not count as an unhandled rejection.
      writing.catch(() => {});
    }
    await writing;
  } finally {
    bar?.stop();
  }
  const [{ removed }] = await graph.autoCommit(cypher('semantic/remove-stale'));
  return { embedded, unchanged, removed: Number(removed), model: embedder.modelId, seconds: (performance.now() - started) / 1000 };
}
