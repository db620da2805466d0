// Starts one throwaway Neo4j for the whole integration run (own ports, temporary data folder) and
// stops it afterwards, so tests never touch a user's data. NEO4J_TEST_URI points at an existing one instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j-local/localNeo4j.js';

export const TEST_PASSWORD = 'rolegraph-test';

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? TEST_PASSWORD,
      home: '',
      boltPort: 0,
      httpPort: 0,
    });
    return;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-test-neo4j-'));
  const boltPort = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 17687);
  const httpPort = Number(process.env.NEO4J_TEST_HTTP_PORT ?? 17474);
  const opts = { home, boltPort, httpPort, password: TEST_PASSWORD, heap: '768m', pageCache: '256m' };
  const handle = await startLocalNeo4j(opts, (l) => console.log(`[test-neo4j] ${l}`));
  if (handle.reused) throw new Error(`Ports ${boltPort}/${httpPort} already serve a Neo4j; the tests need their own throwaway instance (set NEO4J_TEST_URI to use an existing one on purpose).`);
  project.provide('neo4j', { uri: handle.uri, username: 'neo4j', password: TEST_PASSWORD, home, boltPort, httpPort });
  return async () => {
    await stopLocalNeo4j(home);
    fs.rmSync(home, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; home: string; boltPort: number; httpPort: number };
  }
}
