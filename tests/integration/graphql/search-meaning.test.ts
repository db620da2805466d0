// search(mode:) on an embedded curated graph with the real model: by meaning, by keyword, and hybrid
// (exact names first, then keyword and meaning fused); matchRoles(profileText:) weighing what the text is about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../../src/importers/curated/index.js';
import { embedGraph } from '../../../src/semantic/embedGraph.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

describe('search by meaning', () => {
  const graph = testGraph();
  let api: TestApi;
  beforeAll(async () => {
    await resetGraph(graph);
    await seedCurated(graph);
    await embedGraph(graph, { progress: false });
    api = await startTestApi(graph);
  }, 300_000);
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  const search = async (args: string) => {
    const { body } = await api.gql(`{ search(${args}) { score matchedBy exact node { id } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.search as { score: number; matchedBy: string; exact: boolean; node: { id: string } }[];
  };

  it('finds concepts described in nobody\'s words', async () => {
    const hits = await search('text: "packaging apps into containers and orchestrating them", first: 3, mode: SEMANTIC');
    expect(hits.map((h) => h.node.id)).toEqual(expect.arrayContaining(['containerization']));
    const roles = await search('text: "writes the server side: APIs, business logic and databases", kinds: [ROLE], first: 3, mode: SEMANTIC');
    expect(roles.map((h) => h.node.id), JSON.stringify(roles)).toEqual(expect.arrayContaining(['backend-developer']));
    for (const h of hits) {
      expect(h.matchedBy).toBe('SEMANTIC');
      expect(h.score).toBeGreaterThanOrEqual(0.35);
      expect(h.score).toBeLessThanOrEqual(1);
    }
  });

  it('keeps exact names first in HYBRID, the default, and never matches by meaning in KEYWORD', async () => {
    const hybrid = await search('text: "Kubernetes", first: 5');
    expect(hybrid[0]).toMatchObject({ node: { id: 'kubernetes' }, matchedBy: 'EXACT', exact: true });
    expect(hybrid.some((h) => h.matchedBy === 'SEMANTIC')).toBe(true);
    expect(hybrid.filter((h) => h.matchedBy !== 'EXACT' && h.matchedBy !== 'PREFIX').every((h) => h.score < 2)).toBe(true);
    const keyword = await search('text: "Kubernetes", first: 5, mode: KEYWORD');
    expect(keyword.every((h) => h.matchedBy !== 'SEMANTIC')).toBe(true);
  });

  it('ranks the role a text is about by its words as well as its skills, and says how close the text is', async () => {
    const text = 'I build internal tools, SDKs and golden paths for the other engineers of our company, so they ship faster and wait less on builds.';
    const { body } = await api.gql('query($t: String!) { matchRoles(profileText: $t, first: 3) { role { id } score text } }', { t: text });
    expect(body.errors).toBeUndefined();
    const top = body.data.matchRoles as { role: { id: string }; score: number; text: number | null }[];
    expect(top.map((m) => m.role.id), JSON.stringify(top)).toContain('developer-experience-engineer');
    for (const m of top) {
      expect(m.text).not.toBeNull();
      expect(m.text).toBeGreaterThan(0);
    }
    const { body: ids } = await api.gql('{ matchRoles(skills: ["developer-tooling"], first: 3) { text } }');
    expect(ids.errors).toBeUndefined();
    expect(ids.data.matchRoles.every((m: { text: number | null }) => m.text === null)).toBe(true);
  });
});
