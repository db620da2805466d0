// The "card, then detail" flow of a career-path UI with Apollo Client 4 and the shipped cache policies
// (src/client/cachePolicies.ts), against the real stack: a small query about a role, a comparison or a
// gap is on screen (watched), then a bigger one about the same thing runs. Nothing the card shows may be
// lost: no data-loss warning, no network call beyond the two queries, the card still read whole from the
// cache. A control without the policies shows that the test sees a loss when there is one.
import type * as ApolloModule from '@apollo/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_TYPES, possibleTypes, typePolicies } from '../../../src/client/cachePolicies.js';
import { apiSuite } from '../../support/fixtures.js';

const suite = apiSuite();
let apollo: typeof ApolloModule;

beforeAll(async () => {
  // Apollo warns about data loss only in development builds; its default build reads the flag once, at load.
  (globalThis as { __DEV__?: boolean }).__DEV__ = true;
  apollo = await import('@apollo/client');
  (await import('@apollo/client/dev')).loadErrorMessages();
  (await import('@apollo/client/dev')).loadDevMessages();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function newClient(withPolicies = true) {
  let calls = 0;
  const link = new apollo.HttpLink({
    uri: `${suite.api.url}/graphql`,
    fetch: (input, init) => {
      calls += 1;
      return fetch(input, init);
    },
  });
  const cache = new apollo.InMemoryCache(withPolicies ? { possibleTypes, typePolicies } : { possibleTypes });
  return { client: new apollo.ApolloClient({ link, cache }), calls: () => calls };
}

/** Watches `card`, then runs `detail`; what the card's watcher and the cache hold afterwards, and the cost. */
async function cardThenDetail(card: string, detail: string, variables: Record<string, unknown>, withPolicies = true) {
  const warnings: unknown[][] = [];
  for (const level of ['warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args));
  const { client, calls } = newClient(withPolicies);
  const cardQuery = apollo.gql(card);
  const watched = client.watchQuery({ query: cardQuery, variables });
  const seen: any[] = [];
  const sub = watched.subscribe({ next: (r: any) => seen.push(r) });
  await vi.waitFor(() => expect(seen.some((r) => r.dataState === 'complete')).toBe(true), { timeout: 10_000 });
  const shown = seen.filter((r) => r.dataState === 'complete').at(-1).data;
  const detailed = await client.query({ query: apollo.gql(detail), variables });
  expect(detailed.error).toBeUndefined();
  // Time for the watcher to notice a loss and refetch, if it were to.
  await new Promise((r) => setTimeout(r, 300));
  sub.unsubscribe();
  return { shown, last: seen.at(-1), cached: client.readQuery({ query: cardQuery, variables }), calls: calls(), warnings };
}

function expectNothingLost(run: Awaited<ReturnType<typeof cardThenDetail>>) {
  expect(run.warnings).toEqual([]);
  expect(run.calls).toBe(2);
  expect(run.cached).toEqual(run.shown);
  expect(run.last.data).toEqual(run.shown);
}

describe('card then detail in Apollo Client with the shipped policies', () => {
  it('keeps a role card, its relationship items included', async () => {
    const run = await cardThenDetail(
      'query Card($id: ID!) { role(id: $id) { id name skills { id importance skill { id name } } careerMoves { id kind role { id name } } } }',
      'query Detail($id: ID!) { role(id: $id) { id summary skills { id stated sources { id title } skill { id description } } careerMoves { id stated role { id summary } } } }',
      { id: 'backend-developer' },
    );
    expectNothingLost(run);
    expect(run.shown.role.skills.length).toBeGreaterThan(3);
  });

  it('keeps a comparison card', async () => {
    const run = await cardThenDetail(
      'query Card($roles: [ID!]!) { compareRoles(roles: $roles) { id summary jaccard roles { id name } unique { id role { id } skills { id name } } } }',
      'query Detail($roles: [ID!]!) { compareRoles(roles: $roles) { id weightedSimilarity sharedSkills { id name } sharedTools { id } unique { id role { id name } tools { id } } } }',
      { roles: ['backend-developer', 'developer-experience-engineer'] },
    );
    expectNothingLost(run);
  });

  it('keeps a gap card, from a role and from a text', async () => {
    const card = 'query Card($from: ID, $text: String, $to: ID!) { skillGap(from: $from, fromText: $text, to: $to) { id coverage toLearn { id importance skill { id name } } } }';
    const detail = 'query Detail($from: ID, $text: String, $to: ID!) { skillGap(from: $from, fromText: $text, to: $to) { id effort notes toLearn { id credit inferred skill { id description } } learningOrder { id name } toolsToLearn { id } } }';
    expectNothingLost(await cardThenDetail(card, detail, { from: 'backend-developer', to: 'platform-engineer' }));
    expectNothingLost(await cardThenDetail(card, detail, { text: 'I build REST APIs in Go and run them on Docker and Kubernetes.', to: 'platform-engineer' }));
  });

  it('keeps the moves, similar roles, paths and matches of a card', async () => {
    const run = await cardThenDetail(
      `query Card($r: ID!, $t: ID!) { nextRoles(from: $r, first: 5) { id kind role { id } } similarRoles(role: $r, first: 5) { id score role { id } }
        careerPaths(from: $r, to: $t) { id totalCost steps { id cost to { id } } } matchRoles(skills: ["api-design"], first: 3) { id score role { id } } }`,
      `query Detail($r: ID!, $t: ID!) { nextRoles(from: $r, first: 5) { id stated score } similarRoles(role: $r, first: 5) { id jaccard sharedSkills { id } }
        careerPaths(from: $r, to: $t) { id steps { id stated toLearn { id } } } matchRoles(skills: ["api-design"], first: 3) { id coverage missing { id } } }`,
      { r: 'backend-developer', t: 'platform-engineer' },
    );
    expectNothingLost(run);
  });

  it('merges the pages and edges of a connection, which have no id, into their field', async () => {
    const card = 'query Card($id: ID!) { role(id: $id) { id skillsConnection(first: 3) { totalCount edges { cursor importance } } } }';
    const detail = 'query Detail($id: ID!) { role(id: $id) { id skillsConnection(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor stated node { id name } } } } }';
    expectNothingLost(await cardThenDetail(card, detail, { id: 'backend-developer' }));
    // The control: Apollo's default cache replaces the connection, warns, and the watcher refetches.
    const control = await cardThenDetail(card, detail, { id: 'backend-developer' }, false);
    expect(control.warnings.some((w) => /^Cache data may be lost when replacing the %s field of a %s object/.test(String(w[0])) && w[1] === 'skillsConnection' && w[2] === 'Role')).toBe(true);
    expect(control.calls).toBeGreaterThan(2);
  });
});

describe('the shipped policies', () => {
  it('name the abstract types and every object type without an id, as the served schema has them', async () => {
    const { body } = await suite.api.gql('{ __schema { types { name kind fields { name type { kind name ofType { name } } } possibleTypes { name } } } }');
    const types = body.data.__schema.types.filter((t: any) => !t.name.startsWith('__'));
    const abstract = types.filter((t: any) => t.kind === 'INTERFACE' || t.kind === 'UNION');
    expect(Object.fromEntries(abstract.map((t: any) => [t.name, t.possibleTypes.map((p: any) => p.name).sort()]))).toEqual(
      Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v].sort()])),
    );
    const objects = types.filter((t: any) => t.kind === 'OBJECT' && t.name !== 'Query' && t.name !== 'Mutation');
    const hasId = (t: any) => t.fields.some((f: any) => f.name === 'id' && f.type.kind === 'NON_NULL' && f.type.ofType.name === 'ID');
    expect(objects.filter((t: any) => !hasId(t)).map((t: any) => t.name).sort()).toEqual([...EMBEDDED_TYPES].sort());
    for (const name of EMBEDDED_TYPES) expect(typePolicies[name], name).toMatchObject({ keyFields: false });
  });

  it('give ids that are the same for the same question and differ otherwise', async () => {
    const q = 'query($roles: [ID!]!) { compareRoles(roles: $roles) { id unique { id } } }';
    const ab = (await suite.api.gql(q, { roles: ['backend-developer', 'platform-engineer'] })).body.data.compareRoles;
    const again = (await suite.api.gql(q, { roles: ['backend-developer', 'platform-engineer'] })).body.data.compareRoles;
    const ba = (await suite.api.gql(q, { roles: ['platform-engineer', 'backend-developer'] })).body.data.compareRoles;
    expect(again).toEqual(ab);
    // The order asked is the order of `roles` and `unique`, so the two orders are two answers.
    expect(ba.id).not.toBe(ab.id);
    const { body } = await suite.api.gql(`{
      a: role(id: "backend-developer") { skills { id skill { id } } }
      b: role(id: "platform-engineer") { skills { id skill { id } } }
      g: skillGap(from: "backend-developer", to: "platform-engineer") { id toLearn { id } }
      h: skillGap(from: "devops-engineer", to: "platform-engineer") { id toLearn { id } }
    }`);
    const ids = [...body.data.a.skills, ...body.data.b.skills].map((s: any) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(body.data.g.id).not.toBe(body.data.h.id);
    const learn = [...body.data.g.toLearn, ...body.data.h.toLearn].map((s: any) => s.id);
    expect(new Set(learn).size).toBe(learn.length);
  });
});
