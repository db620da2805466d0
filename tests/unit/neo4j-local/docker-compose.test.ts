// There is no Docker engine on the build machines, so the compose file is checked by reading it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'));
const dockerfile = fs.readFileSync('Dockerfile', 'utf8');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a healthcheck, a named volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toMatch(/^neo4j:5\.26.*community$/);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/7474/);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('applies the rolegraph style in Neo4j Browser on connect, like the local neo4j.conf does', () => {
    const env = compose.services.neo4j.environment;
    const conf = fs.readFileSync('neo4j/conf/neo4j.conf', 'utf8');
    const setting = (key: string) => new RegExp(`^${key.replace(/\./g, '\\.')}=(.*)$`, 'm').exec(conf)?.[1];
    expect(env.NEO4J_browser_post__connect__cmd).toBe(setting('browser.post_connect_cmd'));
    expect(env.NEO4J_browser_remote__content__hostname__whitelist).toBe(setting('browser.remote_content_hostname_whitelist'));
    expect(env.NEO4J_browser_post__connect__cmd).toContain('/neo4j/style.grass');
  });

  it('publishes the same ports and URLs as the local setup', () => {
    expect(compose.services.neo4j.ports).toEqual(expect.arrayContaining(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']));
    expect(compose.services.api.ports).toContain('127.0.0.1:4000:4000');
  });

  it('starts the API after a healthy database and wires its connection settings', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    // The API and Neo4j must agree on the password.
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(String(api.environment.PORT)).toBe('4000');
    expect(api.healthcheck.test.join(' ')).toMatch(/health\/ready/);
  });

  it('builds the API image from a Dockerfile that copies everything npm start needs', () => {
    for (const path of ['src', 'cypher', 'data', 'package-lock.json']) expect(dockerfile).toContain(path);
    expect(dockerfile).toMatch(/EXPOSE 4000/);
    for (const path of ['src/main.ts', 'cypher/schema.cypher']) expect(fs.existsSync(path)).toBe(true);
  });
});
