// The error contract of the read API: bad arguments are BAD_USER_INPUT naming the argument, a Neo4j
// that cannot be reached is SERVICE_UNAVAILABLE, and production responses carry no stack traces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../../src/store/graph.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { apiSuite } from '../../support/fixtures.js';

describe('read API: errors', () => {
  const suite = apiSuite();

  it.each([
    ['{ role { id } }', 'id'],
    ['{ role(id: "backend-developer", name: "Backend Developer") { id } }', 'name'],
    ['{ skill(name: "  ") { id } }', 'name'],
    ['{ role(id: "backend-developer") { skills(first: 0) { importance } } }', 'first'],
    ['{ role(id: "backend-developer") { tools(first: 501) { id } } }', 'first'],
  ])('%s is BAD_USER_INPUT naming %s', async (query, argument) => {
    const { body } = await suite.api.gql(query);
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors![0].message).toContain(`"${argument}"`);
  });

  it('refuses an origin outside the Origin enum before execution, pointing at the enum value', async () => {
    for (const origin of ['ELSEWHERE', '"esco"']) {
      const { status, body } = await suite.api.gql(`{ tool(id: "docker") { roles(origin: ${origin}) { id } } }`);
      expect(status).toBe(400);
      expect(body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors![0].message).toContain('Origin');
    }
    // The stored word as a variable names the enum value to send instead.
    const { body } = await suite.api.gql('query($o: Origin) { tool(id: "docker") { roles(origin: $o) { id } } }', { o: 'esco' });
    expect(body.errors![0].message).toContain('"ESCO"');
  });

  it('keeps the rest of the response when one field has a bad argument', async () => {
    // A range error in `first` is a request error (docs/api.md); a cursor this API did not issue is the field's own.
    const { body } = await suite.api.gql('{ role(id: "backend-developer") { name skillsConnection(after: "not a cursor") { totalCount } } other: role(id: "platform-engineer") { name } }');
    expect(body.errors![0]).toMatchObject({ path: ['role', 'skillsConnection'], extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(body.data.role).toBeNull();
    expect(body.data.other).toEqual({ name: 'Platform Engineer' });
  });

  describe('when Neo4j is unreachable', () => {
    const down = Graph.connect({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', queryTimeoutMs: 5_000 });
    let downApi: TestApi;
    let prodApi: TestApi;
    beforeAll(async () => {
      downApi = await startTestApi(down);
      prodApi = await startTestApi(down, { production: true });
    });
    afterAll(async () => {
      await downApi.close();
      await prodApi.close();
      await down.close();
    });

    it.each([
      '{ role(id: "backend-developer") { id } }',
      '{ roles { totalCount } }',
      '{ search(text: "kubernetes") { id } }',
      '{ tool(name: "docker") { id } }',
    ])('%s answers SERVICE_UNAVAILABLE', async (query) => {
      const { body } = await downApi.gql(query);
      expect(body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors![0].message).toMatch(/unavailable/);
    });

    it('sends no stack trace in production', async () => {
      const { body } = await prodApi.gql('{ roles { totalCount } }');
      expect(body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    });
  });
});
