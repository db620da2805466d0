import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaMajorVersion, LocalNeo4jError, startLocalNeo4j } from '../../../src/neo4j-local/localNeo4j.js';

describe('the local Neo4j launcher', () => {
  let squatter: net.Server;
  const sockets = new Set<net.Socket>();
  let port: number;
  beforeAll(async () => {
    squatter = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.end('not neo4j\n');
    });
    await new Promise<void>((r) => squatter.listen(0, '127.0.0.1', r));
    port = (squatter.address() as net.AddressInfo).port;
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((r) => squatter.close(() => r()));
  });

  it('refuses, in one line naming the port, when something else holds it', async () => {
    const home = path.join(os.tmpdir(), 'rolegraph-unused-home');
    const err = await startLocalNeo4j({ home, boltPort: port, httpPort: port, password: 'irrelevant' }).catch((e) => e);
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect(err.message).toContain(`Port ${port}`);
    expect(err.message).toMatch(/not Neo4j/);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('finds Java 17 or newer on this machine', () => {
    expect(javaMajorVersion()).toBeGreaterThanOrEqual(17);
  });
});
