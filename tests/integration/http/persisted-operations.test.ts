// Safelist mode against the real API and the test Neo4j: a manifest in the format GraphQL Code
// Generator's client preset writes (`persistedDocuments: { hashAlgorithm: 'sha256' }`), operations named
// by documentId or Apollo's persistedQuery extension, by POST and GET, and everything else refused
// before any database work.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistedOperationsConfig } from '../../../src/config.js';
import { loadSafelist, PersistedOperationsError } from '../../../src/http/persistedOperations.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { resetGraph, testGraph } from '../../support/db.js';

const hash = (text: string, algorithm = 'sha256') => createHash(algorithm).update(text).digest('hex');

// Documents as the client preset prints them (normalised, one line).
const ROLE = 'query PersistedRole($id: ID) { role(id: $id) { id name } }';
const PAIR = 'query First { __typename } query Second { role(id: "persisted-role") { name } }';
const WRITE = 'mutation PersistedDelete($id: ID!) { deleteNode(kind: ROLE, id: $id) { deleted } }';

describe('persisted operations only (safelist mode)', () => {
  const graph = testGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-safelist-'));
  const manifest = (name: string, entries: Record<string, string>) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(entries, null, 2));
    return file;
  };
  let api: TestApi;

  const post = async (body: unknown) => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const get = async (params: Record<string, string>) => {
    const res = await fetch(`${api.url}/graphql?${new URLSearchParams(params)}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    return { status: res.status, body: (await res.json()) as any };
  };
  /** Sends a request that must be refused before any database call; returns its status and first code. */
  const refused = async (send: () => Promise<{ status: number; body: any }>) => {
    const trips = graph.roundTrips;
    const r = await send();
    expect(graph.roundTrips).toBe(trips);
    return { status: r.status, code: r.body.errors?.[0]?.extensions?.code, message: r.body.errors?.[0]?.message as string };
  };

  beforeAll(async () => {
    await resetGraph(graph);
    await graph.write("CREATE (:Role {id: 'persisted-role', name: 'Persisted Role', origin: 'curated'})");
    const file = manifest('persisted-documents.json', { [hash(ROLE)]: ROLE, [hash(PAIR)]: PAIR, [hash(WRITE)]: WRITE });
    expect(persistedOperationsConfig({ ROLEGRAPH_PERSISTED_OPERATIONS: file }).manifest).toBe(file);
    expect(persistedOperationsConfig({}).manifest).toBeUndefined();
    api = await startTestApi(graph, { safelist: loadSafelist(file) });
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a listed operation named by documentId, bare or sha256:-prefixed', async () => {
    for (const documentId of [hash(ROLE), `sha256:${hash(ROLE)}`]) {
      const r = await post({ documentId, variables: { id: 'persisted-role' } });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ data: { role: { id: 'persisted-role', name: 'Persisted Role' } } });
    }
  });

  it("runs one named by Apollo's persistedQuery extension", async () => {
    const r = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash(ROLE) } }, variables: { id: 'persisted-role' } });
    expect(r.body.data.role.name).toBe('Persisted Role');
  });

  it('runs them by GET too', async () => {
    const variables = JSON.stringify({ id: 'persisted-role' });
    expect((await get({ documentId: hash(ROLE), variables })).body.data.role.id).toBe('persisted-role');
    const byExtension = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash(ROLE) } }), variables });
    expect(byExtension.body.data.role.id).toBe('persisted-role');
  });

  it('picks an operation of a multi-operation document by operationName', async () => {
    const r = await post({ documentId: hash(PAIR), operationName: 'Second' });
    expect(r.body).toEqual({ data: { role: { name: 'Persisted Role' } } });
  });

  it('accepts the exact text of a listed document', async () => {
    const r = await post({ query: ROLE, variables: { id: 'persisted-role' } });
    expect(r.body.data.role.id).toBe('persisted-role');
  });

  it('refuses any other document, however harmless, with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    for (const query of ['{ __typename }', `${ROLE} `, 'query PersistedRole($id: ID) { role(id: $id) { id name aliases } }']) {
      const r = await refused(() => post({ query, variables: { id: 'persisted-role' } }));
      expect(r).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
      expect(r.message).toMatch(/runs only its persisted operations/);
    }
    expect(await refused(() => get({ query: '{ __typename }' }))).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
  });

  it('refuses unknown ids, and whole batches holding one', async () => {
    expect(await refused(() => post({ documentId: hash('{ __typename }') }))).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
    expect(await refused(() => post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }))).toMatchObject({ code: 'PERSISTED_QUERY_NOT_IN_LIST' });
    const batch = await refused(() => post([{ documentId: hash(ROLE), variables: { id: 'persisted-role' } }, { query: '{ __typename }' }]));
    expect(batch).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
  });

  it('refuses malformed ids and an id sent with another text as bad requests', async () => {
    for (const documentId of ['not-a-hash', hash(ROLE, 'sha1'), 42]) {
      expect(await refused(() => post({ documentId }))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
    expect(await refused(() => post({ documentId: hash(ROLE), query: '{ __typename }' }))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('still applies the access rules to listed mutations', async () => {
    const r = await post({ documentId: hash(WRITE), variables: { id: 'persisted-role' } });
    expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await graph.read("MATCH (r:Role {id: 'persisted-role'}) RETURN r.id AS id")).toEqual([{ id: 'persisted-role' }]);
  });

  it('refuses to start from a manifest it cannot trust, saying why', () => {
    const sha1 = manifest('sha1.json', { [hash(ROLE, 'sha1')]: ROLE });
    expect(() => loadSafelist(sha1)).toThrow(PersistedOperationsError);
    expect(() => loadSafelist(sha1)).toThrow(/not the SHA-256 of its document .*hashAlgorithm is 'sha256'/);
    expect(() => loadSafelist(manifest('tampered.json', { [hash(ROLE)]: WRITE }))).toThrow(/not the SHA-256 of its document/);
    expect(() => loadSafelist(manifest('invalid.json', { [hash('query {')]: 'query {' }))).toThrow(/is not a GraphQL document/);
    expect(() => loadSafelist(manifest('empty.json', {}))).toThrow(/lists no documents/);
    expect(() => loadSafelist(manifest('list.json', [ROLE] as never))).toThrow(/JSON object of hash → document text/);
    expect(() => loadSafelist(path.join(dir, 'missing.json'))).toThrow(/cannot read .*missing\.json as JSON/);
  });
});
