// examples/typed-client against the real API on the curated test graph: the README's tour as the
// generated typed documents, through the example's fetch client and through Apollo Client with the
// shipped cache policies; then the same documents by hash against a server in safelist mode whose
// manifest is the one the preset generated, where any other document is refused.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient, createClient, FromText, RoleLookup, SkillGap } from '../../../examples/typed-client/src/index.js';
import { CV, tour, type Tour } from '../../../examples/typed-client/src/tour.js';
import { loadSafelist } from '../../../src/http/persistedOperations.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { apiSuite } from '../../support/fixtures.js';

const MANIFEST = 'examples/typed-client/src/gql/persisted-documents.json';
const suite = apiSuite();
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

/** What the tour must answer on the curated graph, whichever way the documents travel. */
function expectTourAnswers(t: Tour) {
  for (const [question, r] of Object.entries(t)) expect({ question, status: r.status, errors: r.errors }).toEqual({ question, status: 200, errors: [] });
  const role = t.role.data!.role!;
  expect(role.id).toBe('backend-developer');
  expect(ids(role.skills.map((s) => s.skill))).toContain('api-design');
  expect(role.skills.every((s) => s.sources.length > 0)).toBe(true);
  expect(t.search.data!.search[0]).toMatchObject({ exact: false, matchedBy: 'FUZZY', node: { __typename: 'Tool', id: 'kubernetes' } });
  const comparison = t.comparison.data!.compareRoles!;
  expect(ids(comparison.sharedTools)).toEqual(expect.arrayContaining(['docker', 'kubernetes']));
  expect(comparison.summary).toMatch(/^Backend Developer and Platform Engineer share \d+ of \d+/);
  const similar = t.similar.data!.similarRoles!;
  expect(similar.length).toBeGreaterThan(0);
  expect(similar.every((s) => s.role.origin === 'CURATED' && s.role.id !== 'backend-developer')).toBe(true);
  const gap = t.gap.data!.skillGap!;
  expect(gap.coverage).toBeGreaterThan(0);
  expect(gap.coverage).toBeLessThan(1);
  expect(ids(gap.toLearn.map((s) => s.skill))).toContain('infrastructure-engineering');
  expect(t.next.data!.nextRoles!.some((m) => m.recorded && m.role.id === 'devops-engineer')).toBe(true);
  const paths = t.paths.data!.careerPaths!;
  expect(paths.length).toBeGreaterThan(1);
  for (const p of paths) {
    expect(p.steps[0].from.id).toBe('backend-developer');
    expect(p.steps.at(-1)!.to.id).toBe('platform-engineer');
  }
  expect(paths.map((p) => p.totalCost)).toEqual([...paths.map((p) => p.totalCost)].sort((a, b) => a - b));
  const text = t.text.data!;
  expect(ids(text.extractSkills!.map((e) => e.node))).toEqual(expect.arrayContaining(['docker', 'kubernetes', 'postgresql', 'python']));
  const docker = text.extractSkills!.find((e) => e.node.id === 'docker')!;
  expect(CV.slice(docker.mentions[0].start, docker.mentions[0].end)).toBe('Docker');
  expect(text.matchRoles!.length).toBeGreaterThan(0);
  expect(text.skillGap!.coverage).toBeGreaterThan(0);
}

describe('the typed client example against the real API', () => {
  const url = () => `${suite.api.url}/graphql`;

  it('answers the README tour with typed documents over fetch', async () => {
    expectTourAnswers(await tour(createClient({ url: url() })));
  });

  it('runs as a program: npx tsx examples/typed-client/src/main.ts URL', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'examples/typed-client/src/main.ts', url()], { timeout: 60_000 });
    expect(stdout).toContain('Backend Developer: Builds and maintains server-side logic');
    expect(stdout).toMatch(/^route \(cost [\d.]+\): Backend Developer → .*Platform Engineer$/m);
    expect(stdout).not.toMatch(/NOT_FOUND|ERROR/);
  });

  it('keeps the siblings of a root field that fails: NOT_FOUND with a path, the rest answered', async () => {
    const r = await createClient({ url: url() })(FromText, { text: CV, to: 'no-such-role' });
    expect(r.status).toBe(200);
    expect(r.data!.skillGap).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ path: ['skillGap'], extensions: { code: 'NOT_FOUND' } });
    expect(ids(r.data!.extractSkills!.map((e) => e.node))).toContain('docker');
    expect(r.data!.matchRoles!.length).toBeGreaterThan(0);
  });

  it('runs them through Apollo Client with the shipped cache policies, a second read from the cache', async () => {
    const client = createApolloClient(url());
    const first = await client.query({ query: RoleLookup, variables: { name: 'backend developer' } });
    expect(first.data!.role!.id).toBe('backend-developer');
    const gap = await client.query({ query: SkillGap, variables: { from: 'backend-developer', to: 'platform-engineer' } });
    expect(gap.data!.skillGap!.toLearn.length).toBeGreaterThan(0);
    // Normalised by id: the role the lookup brought is one cache entry, readable by id.
    expect(client.cache.identify({ __typename: 'Role', id: 'backend-developer' })).toBe('Role:backend-developer');
    const again = await client.query({ query: RoleLookup, variables: { name: 'backend developer' }, fetchPolicy: 'cache-only' });
    expect(again.data).toEqual(first.data);
  });
});

describe('the typed client against a server in safelist mode with the generated manifest', () => {
  let safelisted: TestApi;
  const url = () => `${safelisted.url}/graphql`;
  beforeAll(async () => {
    safelisted = await startTestApi(suite.graph, { safelist: loadSafelist(MANIFEST) });
  });
  afterAll(() => safelisted?.close());

  it('runs every operation of the example by its hash', async () => {
    expectTourAnswers(await tour(createClient({ url: url(), persisted: true })));
  });

  it('runs them through Apollo\'s persisted-queries link', async () => {
    const r = await createApolloClient(url(), { persisted: true }).query({ query: SkillGap, variables: { from: 'backend-developer', to: 'platform-engineer' } });
    expect(r.error).toBeUndefined();
    expect(r.data!.skillGap!.coverage).toBeGreaterThan(0);
  });

  it('refuses a document that is not in the manifest, however harmless', async () => {
    const other = parse('query Other { role(id: "backend-developer") { id name } }') as TypedDocumentNode<unknown, Record<string, never>>;
    const r = await createClient({ url: url() })(other, {});
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
    expect(r.errors[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    // The example's own document, sent as re-printed text rather than by hash, is not the manifest's text either.
    const printed = await createClient({ url: url() })(RoleLookup, { name: 'backend developer' });
    expect(printed.errors[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});
