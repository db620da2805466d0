import { describe, expect, it } from 'vitest';
import { conceptText } from '../../../src/semantic/conceptText.js';
import { planEmbeddings, type ConceptRow } from '../../../src/semantic/embedGraph.js';
import { embeddingHash } from '../../../src/semantic/embedder.js';

const MODEL = 'model-a';
const row = (id: string, over: Partial<ConceptRow> = {}): ConceptRow => ({
  node: `4:x:${id}`, id, kind: 'Tool', name: id, aliases: [], description: null, summary: null, commodityTitle: null, hashes: [], ...over,
});
const current = (r: ConceptRow) => ({ ...r, hashes: [embeddingHash(MODEL, conceptText({ ...r, name: r.name ?? "" }))] });

describe('planEmbeddings', () => {
  it('embeds concepts without an embedding and skips those whose hash is current', () => {
    const fresh = row('docker');
    const done = current(row('git'));
    const { pending, unchanged } = planEmbeddings([fresh, done], MODEL);
    expect(pending.map((p) => p.row.id)).toEqual(['docker']);
    expect(pending[0]).toMatchObject({ text: 'docker', hash: embeddingHash(MODEL, 'docker') });
    expect(unchanged).toBe(1);
  });

  it('re-embeds when the text or the model changed, or when a concept somehow has two embeddings', () => {
    const changed = { ...current(row('git')), aliases: ['Git SCM'] };
    const twice = { ...current(row('k8s')), hashes: [...current(row('k8s')).hashes, 'old'] };
    expect(planEmbeddings([changed, twice], MODEL).pending.map((p) => p.row.id)).toEqual(['git', 'k8s']);
    expect(planEmbeddings([current(row('git'))], 'model-b').pending).toHaveLength(1);
  });

  it('leaves out concepts without a name', () => {
    expect(planEmbeddings([row('x', { name: null })], MODEL)).toEqual({ pending: [], unchanged: 0 });
  });
});
