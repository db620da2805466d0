// embedGraph and nearestConcepts against a real Neo4j and the real model: the curated graph plus a few
// ESCO- and O*NET-style concepts that name the same things in other words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { conceptText } from '../../../src/semantic/conceptText.js';
import { embedGraph } from '../../../src/semantic/embedGraph.js';
import { sharedEmbedder } from '../../../src/semantic/embedder.js';
import { conceptNeighbours, conceptVectors, nearestConcept, nearestConcepts } from '../../../src/semantic/nearest.js';
import { cosine } from '../../../src/semantic/vectors.js';
import { resetGraph, testGraph } from '../../support/db.js';

const ESCO_PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
const ESCO_BOOKKEEPING = 'esco-test:bookkeeping';

describe('embedGraph', () => {
  const graph = testGraph();
  let concepts = 0;

  beforeAll(async () => {
    await resetGraph(graph);
    await seedCurated(graph);
    await graph.write(
      `CREATE (:Skill {id: $py, name: 'Python (computer programming)', origin: 'esco', aliases: ['Python3', 'Pyston'],
                description: 'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python.'}),
              (:Skill {id: $book, name: 'bookkeeping regulations', origin: 'esco', aliases: [],
                description: 'The rules and regulations involved in the process of accurate bookkeeping.'}),
              (:Tool {id: 'onet-tool:python', name: 'Python', origin: 'onet', aliases: [], commodityTitle: 'Object or component oriented development software'}),
              (:Tool {id: 'onet-tool:kubernetes', name: 'Kubernetes', origin: 'onet', aliases: [], commodityTitle: 'Application server software'})`,
      { py: ESCO_PYTHON, book: ESCO_BOOKKEEPING },
    );
    [{ concepts }] = await graph.read('MATCH (n:Role|Skill|Tool|Practice) RETURN count(n) AS concepts');
  }, 300_000);
  afterAll(() => graph.close());

  it('embeds every concept once, into Embedding nodes linked to it, not onto the concept itself', async () => {
    const result = await embedGraph(graph, { progress: false });
    expect(result).toMatchObject({ embedded: concepts, unchanged: 0, removed: 0, model: (await sharedEmbedder()).modelId });
    const [row] = await graph.read(
      `MATCH (n:Role|Skill|Tool|Practice)
       RETURN count(n) AS concepts,
              sum(count { MATCH (e:Embedding)-[:EMBEDS]->(n) }) AS linked,
              sum(CASE WHEN n.vector IS NULL AND n.embedding IS NULL THEN 0 ELSE 1 END) AS onConcept`,
    );
    expect(row).toEqual({ concepts, linked: concepts, onConcept: 0 });
    const [e] = await graph.read(
      `MATCH (e:Embedding)-[:EMBEDS]->(t:Tool {id: 'docker'})
       RETURN labels(e) AS labels, e.kind AS kind, size(e.vector) AS dims, e.model AS model, e.hash AS hash`,
    );
    expect(e.labels.sort()).toEqual(['Embedding', 'ToolEmbedding']);
    expect(e).toMatchObject({ kind: 'Tool', dims: 384, model: result.model });
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('embeds nothing again when nothing changed', async () => {
    expect(await embedGraph(graph, { progress: false })).toMatchObject({ embedded: 0, unchanged: concepts, removed: 0 });
  });

  it('re-embeds only the concepts whose text changed, and drops the embeddings of deleted or relabelled ones', async () => {
    const before = await graph.read("MATCH (e:Embedding)-[:EMBEDS]->(:Tool {id: 'docker'}) RETURN e.hash AS hash");
    await graph.write("MATCH (t:Tool {id: 'docker'}) SET t.aliases = ['Docker Engine']");
    await graph.write("MATCH (t:Tool {id: 'onet-tool:kubernetes'}) DETACH DELETE t");
    // What issue 14 does to teams: no longer a Role.
    await graph.write("MATCH (r:Role {id: 'backend-team'}) REMOVE r:Role SET r:Team");
    const result = await embedGraph(graph, { progress: false });
    expect(result).toMatchObject({ embedded: 1, unchanged: concepts - 3, removed: 2 });
    const after = await graph.read("MATCH (e:Embedding)-[:EMBEDS]->(:Tool {id: 'docker'}) RETURN e.hash AS hash");
    expect(after).toHaveLength(1);
    expect(after[0].hash).not.toBe(before[0].hash);
    const [{ orphans }] = await graph.read('MATCH (e:Embedding) WHERE NOT (e)-[:EMBEDS]->() RETURN count(e) AS orphans');
    expect(orphans).toBe(0);
    concepts -= 2;
  });

  describe('nearestConcepts', () => {
    it('finds the same thing across origins: ESCO Python, O*NET Python and curated Python are neighbours', async () => {
      const embedder = await sharedEmbedder();
      const [escoPython] = await graph.read('MATCH (s:Skill {id: $id}) RETURN s {.*} AS s', { id: ESCO_PYTHON });
      const vector = await embedder.embedOne(conceptText({ kind: 'Skill', ...escoPython.s }));
      const hits = await nearestConcept(graph, vector, { k: 4, kinds: ['Skill', 'Tool'] });
      expect(hits[0]).toMatchObject({ id: ESCO_PYTHON, kind: 'Skill', origin: 'esco' });
      expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['python', 'onet-tool:python']));
      expect(hits.map((h) => h.id)).not.toContain(ESCO_BOOKKEEPING);
    });

    it('answers many vectors in one round trip, each list best first, scores being cosine similarities', async () => {
      const embedder = await sharedEmbedder();
      const vectors = await embedder.embed(['container orchestration', 'bookkeeping', 'developer experience']);
      const before = graph.roundTrips;
      const lists = await nearestConcepts(graph, vectors, { k: 5 });
      expect(graph.roundTrips - before).toBe(1);
      expect(lists).toHaveLength(3);
      const [containers, books, dx] = lists;
      // Among all kinds the curated skill Containerization is nearest; among tools, Docker then Kubernetes.
      expect(containers[0].id).toBe('containerization');
      const tools = await nearestConcept(graph, vectors[0], { k: 2, kinds: ['Tool'] });
      expect(tools.map((h) => h.id).sort()).toEqual(['docker', 'kubernetes']);
      expect(books[0].id).toBe(ESCO_BOOKKEEPING);
      expect(dx.map((h) => h.id)).toContain('developer-experience');
      for (const list of lists) {
        expect(list).toHaveLength(5);
        expect(list.map((h) => h.score)).toEqual([...list.map((h) => h.score)].sort((a, b) => b - a));
      }
      // The score is the cosine of the query and the concept's own text.
      const top = books[0];
      const [book] = await graph.read('MATCH (s:Skill {id: $id}) RETURN s {.*} AS s', { id: top.id });
      const own = await embedder.embedOne(conceptText({ kind: 'Skill', ...book.s }));
      expect(top.score).toBeCloseTo(cosine(vectors[1], own), 1);
      expect(top.score).toBeGreaterThan(0.3);
      expect(top.score).toBeLessThanOrEqual(1);
    });

    it('restricts hits to the kinds and origins asked for, still returning k of them', async () => {
      const [v] = await (await sharedEmbedder()).embed(['automating infrastructure']);
      const practices = await nearestConcept(graph, v, { k: 3, kinds: ['Practice'] });
      expect(practices).toHaveLength(3);
      expect(practices.every((h) => h.kind === 'Practice')).toBe(true);
      const esco = await nearestConcept(graph, v, { k: 2, origins: ['esco'] });
      expect(esco.map((h) => h.origin)).toEqual(['esco', 'esco']);
      const roles = await nearestConcept(graph, v, { k: 5, kinds: ['Role'] });
      expect(roles.every((h) => h.kind === 'Role')).toBe(true);
      expect(roles.map((h) => h.id)).not.toContain('backend-team');
    });

    it("finds a concept's neighbours from its stored vector, itself left out", async () => {
      const [python, missing, docker] = await conceptNeighbours(graph, [
        { kind: 'Skill', id: ESCO_PYTHON }, { kind: 'Tool', id: 'no-such-tool' }, { kind: 'Tool', id: 'docker' },
      ], { k: 3, kinds: ['Skill', 'Tool'] });
      expect(python.map((h) => h.id)).not.toContain(ESCO_PYTHON);
      expect(python.slice(0, 2).map((h) => h.id).sort()).toEqual(['onet-tool:python', 'python']);
      expect(missing).toEqual([]);
      expect(docker).toHaveLength(3);
      expect(docker.map((h) => h.id)).not.toContain('docker');
      const [vector] = await conceptVectors(graph, [{ kind: 'Tool', id: 'docker' }]);
      expect(vector).toHaveLength(384);
    });

    it('returns one empty list per vector when asked for nothing', async () => {
      expect(await nearestConcepts(graph, [])).toEqual([]);
      await expect(nearestConcepts(graph, [new Float32Array(384)], { k: 0 })).rejects.toThrow(/k must be a positive integer/);
    });
  });
});
