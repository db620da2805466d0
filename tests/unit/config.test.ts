import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS, authConfig, limitsConfig, neo4jConfig, serverConfig } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const source = fs.readFileSync(path.join(PROJECT_ROOT, 'src/config.ts'), 'utf8');
const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('configuration', () => {
  it('documents every environment variable it reads in the README table', () => {
    const read = new Set([...source.matchAll(/(?:Env|env)\(\s*'([A-Z0-9_]+)'|env\.([A-Z0-9_]+)/g)].map((m) => m[1] ?? m[2]));
    expect(read.size).toBeGreaterThan(25);
    const missing = [...read].filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('reads every limit from the environment, with the defaults of DEFAULT_LIMITS', () => {
    expect(limitsConfig({})).toEqual(DEFAULT_LIMITS);
    const raised = limitsConfig({ ROLEGRAPH_MAX_FIRST: '200', ROLEGRAPH_MAX_RESPONSE_BYTES: '10', NODE_ENV: 'production' });
    expect(raised).toMatchObject({ maxFirst: 200, maxResponseBytes: 10, introspection: false, playground: false });
  });

  it('refuses values that are not what a variable takes, naming it', () => {
    expect(() => limitsConfig({ ROLEGRAPH_MAX_DEPTH: '-1' })).toThrow(/ROLEGRAPH_MAX_DEPTH must be a non-negative integer/);
    expect(() => limitsConfig({ ROLEGRAPH_INTROSPECTION: 'maybe' })).toThrow(/ROLEGRAPH_INTROSPECTION must be true or false/);
    expect(serverConfig({ ROLEGRAPH_CORS_ORIGINS: ' https://a.example, https://b.example ,' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(authConfig({}).jwtMaxAgeSeconds).toBe(0);
    expect(neo4jConfig({}).password).toBe('rolegraph-local');
  });
});
