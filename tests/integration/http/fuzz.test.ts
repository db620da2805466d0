// Property-based fuzzing of the HTTP API: valid documents and variables, mutated at random, must never
// produce a 5xx or an unhandled rejection (loopback only, a bounded number of runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resetGraph, testGraph } from '../../support/db.js';
import { startTestApi, type TestApi } from '../../support/api.js';

const TOKEN = 'fuzz-writer-token-000000';

const DOCUMENTS: { query: string; variables: Record<string, unknown> }[] = [
  { query: 'query R($id: ID) { role(id: $id) { id name aliases skills { importance skill { id name } } } }', variables: { id: 'fuzz-role' } },
  { query: 'query P($first: Int, $after: String) { roles(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', variables: { first: 5 } },
  { query: 'query S($t: String!) { search(text: $t, first: 5) { kind id name score } }', variables: { t: 'fuzz' } },
  { query: 'mutation U($input: RoleInput!) { upsertRole(input: $input) { id name aliases origin } }', variables: { input: { id: 'fuzz-role', name: 'Fuzz Role', aliases: ['Fuzzer'] } } },
  { query: 'mutation L($r: ID!, $s: ID!, $i: Int!) { linkRoleSkill(role: $r, skill: $s, importance: $i) { id } }', variables: { r: 'fuzz-role', s: 'fuzz-skill', i: 3 } },
  { query: 'mutation M($a: ID!, $b: ID!, $k: CareerMoveKind!) { addCareerMove(from: $a, to: $b, kind: $k) { id } }', variables: { a: 'fuzz-role', b: 'fuzz-other', k: 'GROWTH' } },
  { query: 'mutation D($id: ID!) { deleteNode(kind: TOOL, id: $id, detach: false) { deleted } }', variables: { id: 'no-such-tool' } },
  { query: '{ __typename role(id: "fuzz-role") { ...F } } fragment F on Role { id name }', variables: {} },
];

const NOISE = fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '!', '@', '"', '\\', ' ', '\n', '...', '#', ',', '=', '0', '-1', '1e309', 'null', 'mutation', 'fragment', '__schema', '\u0000', '\ud800', '💥');

/** One edit of a document: delete, insert, duplicate or replace a slice. */
const edit = fc.tuple(fc.nat(), fc.nat(40), fc.oneof(NOISE, fc.string({ maxLength: 8 }), fc.constant('')), fc.constantFrom('delete', 'insert', 'duplicate', 'replace'));

function applyEdits(text: string, edits: [number, number, string, string][]): string {
  let out = text;
  for (const [at, len, piece, op] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (op === 'delete') out = out.slice(0, i) + out.slice(i + len);
    else if (op === 'insert') out = out.slice(0, i) + piece + out.slice(i);
    else if (op === 'duplicate') out = out.slice(0, i + len) + out.slice(i, i + len) + out.slice(i + len);
    else out = out.slice(0, i) + piece + out.slice(i + len);
  }
  return out;
}

/** Variables: the valid ones, one value swapped for an arbitrary JSON value, or something else entirely. */
const variablesFor = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.constant(valid),
    fc.tuple(fc.constantFrom(...(Object.keys(valid).length ? Object.keys(valid) : ['x'])), fc.jsonValue({ maxDepth: 3 })).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.jsonValue({ maxDepth: 3 }),
  );

const request = fc.integer({ min: 0, max: DOCUMENTS.length - 1 }).chain((d) =>
  fc.record({
    query: fc.array(edit, { maxLength: 4 }).map((edits) => applyEdits(DOCUMENTS[d].query, edits as [number, number, string, string][])),
    variables: variablesFor(DOCUMENTS[d].variables),
    operationName: fc.option(fc.oneof(fc.constantFrom('R', 'P', 'U', 'nope'), fc.jsonValue({ maxDepth: 1 })), { nil: undefined }),
    authorized: fc.boolean(),
    envelope: fc.constantFrom('object', 'batch', 'raw-json', 'truncated'),
  }),
);

describe('fuzzing the GraphQL endpoint', () => {
  const graph = testGraph();
  let api: TestApi;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    await resetGraph(graph);
    await graph.write("CREATE (:Role {id: 'fuzz-other', name: 'Other', aliases: [], keys: ['other'], origin: 'curated'}), (:Skill {id: 'fuzz-skill', name: 'Fuzzing', aliases: [], keys: ['fuzzing'], origin: 'curated'})");
    api = await startTestApi(graph, { auth: { tokens: `fuzzer:${TOKEN}:read+write`, requireAuthForReads: false }, log: () => {} });
    process.on('unhandledRejection', onRejection);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await api.close();
    await graph.close();
  });

  it('never answers 5xx to mutated documents, variables and envelopes', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const payload = { query: r.query, variables: r.variables, operationName: r.operationName };
        const body =
          r.envelope === 'batch' ? JSON.stringify([payload, payload])
          : r.envelope === 'raw-json' ? JSON.stringify(r.variables)
          : r.envelope === 'truncated' ? JSON.stringify(payload).slice(0, Math.max(1, r.query.length % 50))
          : JSON.stringify(payload);
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(r.authorized ? { authorization: `Bearer ${TOKEN}` } : {}) },
          body,
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${res.status} for ${body.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: 300, seed: 20240607, endOnFailure: true },
    );
    expect(rejections).toEqual([]);
    // The fuzzer reached both accepted and refused requests.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  });
});
