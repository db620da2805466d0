// The conventions career-path UIs rely on, tried with a real normalising client (Apollo Client's
// InMemoryCache) and plain HTTP against the real stack: search hits that never alias each other or their
// node, Relay's node(id:), failures that stay in their field, one error shape per mistake, and reads a
// browser or CDN can cache and revalidate.
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { bumpGraphVersion } from '../../../src/store/graphVersion.js';
import { apiSuite } from '../../support/fixtures.js';

const suite = apiSuite();

async function possibleTypes(): Promise<Record<string, string[]>> {
  const { body } = await suite.api.gql('{ __schema { types { name kind possibleTypes { name } } } }');
  const abstract = body.data.__schema.types.filter((t: any) => t.kind === 'INTERFACE' || t.kind === 'UNION');
  return Object.fromEntries(abstract.map((t: any) => [t.name, t.possibleTypes.map((p: any) => p.name)]));
}

async function client() {
  return new ApolloClient({
    link: new HttpLink({ uri: `${suite.api.url}/graphql` }),
    cache: new InMemoryCache({ possibleTypes: await possibleTypes() }),
  });
}

const SEARCH = gql`query Search($text: String!) { search(text: $text, first: 5, kinds: [TOOL]) { id score exact node { id ... on Tool { name } } } }`;

describe('search hits in a normalised cache', () => {
  it('keeps the hits of two searches apart, and apart from their node', async () => {
    const apollo = await client();
    const fuzzy = await apollo.query({ query: SEARCH, variables: { text: 'kubernets' } });
    const exact = await apollo.query({ query: SEARCH, variables: { text: 'Kubernetes' } });
    const hitOf = (data: any) => data.search.find((h: any) => h.node.id === 'kubernetes');
    const before = hitOf(fuzzy.data);
    expect(before).toMatchObject({ exact: false });
    expect(hitOf(exact.data)).toMatchObject({ exact: true });
    expect(hitOf(exact.data).score).toBeGreaterThan(before.score);
    // The first search read back from the cache still says what it said.
    const cached = apollo.readQuery({ query: SEARCH, variables: { text: 'kubernets' } });
    expect(hitOf(cached)).toEqual(before);
    // Both hits point at one cached Tool.
    expect(apollo.cache.identify({ __typename: 'Tool', id: 'kubernetes' })).toBe('Tool:kubernetes');
    expect((apollo.cache.extract() as any)['Tool:kubernetes']).toMatchObject({ id: 'kubernetes', name: 'Kubernetes' });
  });
});

describe('node(id:) and nodes(ids:)', () => {
  it('refetches a node of every type that implements Node, by its id alone', async () => {
    const rows = await suite.graph.read(
      "UNWIND ['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Source'] AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN n.id AS id ORDER BY n.id LIMIT 1 } RETURN label, id",
    );
    const types = await possibleTypes();
    expect(new Set(types.Node)).toEqual(new Set(rows.map((r) => r.label)));
    for (const { label, id } of rows) {
      const { body } = await suite.api.gql('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(body.data.node).toEqual({ __typename: label, id });
    }
    const ids = [...rows.map((r) => r.id as string), 'no-such-node'];
    const { body } = await suite.api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(body.data.nodes).toEqual([...rows.map((r) => ({ __typename: r.label, id: r.id })), null]);
  });

  it('reads the fields a fragment asks for, nested lists included', async () => {
    const { body } = await suite.api.gql('{ node(id: "backend-developer") { id ... on Role { name skills(first: 2) { skill { id } } } ... on Skill { category } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toMatchObject({ id: 'backend-developer', name: 'Backend Developer' });
    expect(body.data.node.skills).toHaveLength(2);
  });

  it('answers role(id:) from the cache after node(id:) in Apollo', async () => {
    const apollo = await client();
    await apollo.query({ query: gql`{ node(id: "backend-developer") { id ... on Role { name } } }` });
    const cached = apollo.readFragment({ id: 'Role:backend-developer', fragment: gql`fragment R on Role { id name }` });
    expect(cached).toEqual({ __typename: 'Role', id: 'backend-developer', name: 'Backend Developer' });
  });
});

describe('closed vocabularies', () => {
  const typeOf = async (name: string) => (await suite.api.gql(`{ __type(name: "${name}") { enumValues { name } fields { name type { name ofType { name ofType { name } } } args { name type { name ofType { name ofType { name ofType { name } } } } } } } }`)).body.data.__type;
  const named = (t: any): string => t.name ?? named(t.ofType);

  it('are one enum each, the same in inputs and outputs', async () => {
    expect((await typeOf('Origin')).enumValues.map((v: any) => v.name)).toEqual(['CURATED', 'ESCO', 'ONET', 'API']);
    expect((await typeOf('RoleKind')).enumValues.map((v: any) => v.name)).toEqual(['JOB', 'TEAM', 'STAKEHOLDER']);
    expect((await typeOf('CareerMoveKind')).enumValues.map((v: any) => v.name)).toEqual(['GROWTH', 'LATERAL', 'SPECIALIZATION', 'RELATED', 'SIMILAR', 'EQUIVALENT']);
    const field = async (type: string, name: string) => (await typeOf(type)).fields.find((f: any) => f.name === name);
    for (const type of ['Role', 'Skill', 'Tool', 'Practice', 'SearchHit']) expect(named((await field(type, 'origin')).type), type).toBe('Origin');
    expect(named((await field('Role', 'roleKind')).type)).toBe('RoleKind');
    for (const [type, name] of [['CareerMove', 'kind'], ['CareerStep', 'kind'], ['RoleMove', 'kind'], ['RoleMoveEdge', 'kind']]) expect(named((await field(type, name)).type), type).toBe('CareerMoveKind');
    const query = await typeOf('Query');
    const argType = (fieldName: string, arg: string) => named(query.fields.find((f: any) => f.name === fieldName).args.find((a: any) => a.name === arg).type);
    for (const f of ['roles', 'skills', 'tools', 'practices']) expect(argType(f, 'origin')).toBe('Origin');
    for (const f of ['similarRoles', 'nextRoles', 'careerPaths', 'matchRoles']) expect(argType(f, 'origins')).toBe('Origin');
    const role = await typeOf('Role');
    for (const f of role.fields.filter((x: any) => x.args.some((a: any) => a.name === 'origin'))) expect(named(f.args.find((a: any) => a.name === 'origin').type), f.name).toBe('Origin');
  });

  it('serve the stored words as enum values, on the compiled read path and from the analytics', async () => {
    const { body } = await suite.api.gql(`{
      role(id: "backend-developer") { origin roleKind careerMoves { kind } careerMovesConnection { edges { kind } } skills(first: 1) { skill { origin } } }
      search(text: "docker", first: 1, kinds: [TOOL]) { origin }
      nextRoles(from: "backend-developer", first: 20) { kind recorded }
      careerPaths(from: "backend-developer", to: "platform-engineer") { steps { kind } }
    }`);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    expect(d.role).toMatchObject({ origin: 'CURATED', roleKind: 'JOB', skills: [{ skill: { origin: 'CURATED' } }] });
    const recorded = ['GROWTH', 'LATERAL', 'SPECIALIZATION', 'RELATED'];
    expect(d.role.careerMoves.length).toBeGreaterThan(0);
    for (const m of [...d.role.careerMoves, ...d.role.careerMovesConnection.edges]) expect(recorded).toContain(m.kind);
    expect(d.search).toEqual([{ origin: 'CURATED' }]);
    for (const m of d.nextRoles) expect(m.kind === 'SIMILAR').toBe(!m.recorded);
    for (const s of d.careerPaths.flatMap((p: any) => p.steps)) expect([...recorded, 'SIMILAR', 'EQUIVALENT']).toContain(s.kind);
  });

  it('filter the same with a literal and with a variable, nested and at the top', async () => {
    const literal = await suite.api.gql('{ role(id: "backend-developer") { skills(origin: CURATED) { skill { id } } } roles(origin: ESCO, first: 50) { totalCount } similarRoles(role: "backend-developer", origins: [ESCO]) { role { origin } } }');
    const variable = await suite.api.gql(
      'query($o: Origin, $e: Origin, $os: [Origin!]) { role(id: "backend-developer") { skills(origin: $o) { skill { id } } } roles(origin: $e, first: 50) { totalCount } similarRoles(role: "backend-developer", origins: $os) { role { origin } } }',
      { o: 'CURATED', e: 'ESCO', os: ['ESCO'] },
    );
    expect(literal.body.errors).toBeUndefined();
    expect(variable.body.data).toEqual(literal.body.data);
    expect(literal.body.data.role.skills.length).toBeGreaterThan(0);
    expect(literal.body.data.roles.totalCount).toBe(3);
    for (const s of literal.body.data.similarRoles) expect(s.role.origin).toBe('ESCO');
  });
});

describe('a failing field', () => {
  it('leaves its siblings standing, with its error at its path', async () => {
    const { status, body } = await suite.api.gql('{ a: skillGap(from: "no-such-role", to: "platform-engineer") { coverage } b: role(id: "backend-developer") { name } c: similarRoles(role: "no-such-role") { score } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ a: null, b: { name: 'Backend Developer' }, c: null });
    expect(body.errors!.map((e: any) => [e.path, e.extensions.code])).toEqual([[['a'], 'NOT_FOUND'], [['c'], 'NOT_FOUND']]);
  });

  it('gets one error shape for one mistake, above or below the range, at the top or nested', async () => {
    const cases = [
      ['{ similarRoles(role: "backend-developer", first: 0) { score } }', 'similarRoles'],
      ['{ similarRoles(role: "backend-developer", first: 1000) { score } }', 'similarRoles'],
      ['{ careerPaths(from: "backend-developer", to: "platform-engineer", maxSteps: 0) { totalCost } }', 'careerPaths'],
      ['{ careerPaths(from: "backend-developer", to: "platform-engineer", maxSteps: 9) { totalCost } }', 'careerPaths'],
      ['{ role(id: "backend-developer") { skills(first: 0) { importance } } }', 'skills'],
      ['{ role(id: "backend-developer") { skills(first: 100000) { importance } } }', 'skills'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await suite.api.gql(query);
      expect(status, query).toBe(400);
      expect(body.errors, query).toHaveLength(1);
      expect(body.errors![0].path, query).toBeUndefined();
      expect(body.errors![0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field, argument: expect.stringMatching(/^(first|maxSteps)$/) });
      expect(body.errors![0].message, query).toMatch(/must be between \d+ and \d+, got -?\d+$/);
    }
  });
});

describe('cacheable reads', () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${suite.api.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });

  it('marks anonymous GET reads public with an ETag of the graph version, and answers If-None-Match with 304', async () => {
    const query = '{ role(id: "backend-developer") { name } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(query, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A write moves the version: the old ETag no longer validates (the version is re-read after 1 s at most).
    await bumpGraphVersion(suite.graph);
    await new Promise((r) => setTimeout(r, 1_100));
    const changed = await get(query, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('keeps errors, POSTs and authenticated requests out of shared caches', async () => {
    const failed = await get('{ similarRoles(role: "no-such-role") { score } }');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();
    const posted = await fetch(`${suite.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ role(id: "backend-developer") { name } }' }) });
    expect(posted.headers.get('cache-control')).toBe('no-store');
    const withCredential = await get('{ role(id: "backend-developer") { name } }', { authorization: 'Bearer not-a-token' });
    expect(withCredential.headers.get('cache-control')).not.toMatch(/public/);
  });
});
