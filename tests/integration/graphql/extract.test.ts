// Skills from a person's own words, end to end on the curated test graph: extractSkills with spans and
// negation, matchRoles(profileText:), skillGap(fromText:), the text limits, and texts never reaching the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logging.js';
import { loadApiFixtures } from '../../support/fixtures.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { testGraph } from '../../support/db.js';

const AD = `Backend Developer (Python)
We build REST APIs in Python with PostgreSQL and Redis, ship Docker containers to AWS and keep CI/CD pipelines green.
Nice to have: Kubernetes.
No PHP: the old PHP monolith is gone.`;

describe('skills from text', () => {
  const graph = testGraph();
  const lines: string[] = [];
  const log: Logger = Object.fromEntries(['info', 'warn', 'error', 'debug'].map((l) => [l, (obj: object, msg?: string) => lines.push(JSON.stringify(obj) + (msg ?? ''))])) as unknown as Logger;
  let api: TestApi;
  beforeAll(async () => {
    await loadApiFixtures(graph);
    api = await startTestApi(graph, { log });
  }, 300_000);
  afterAll(async () => {
    await api.close();
    await graph.close();
  });

  it('finds the skills and tools a job ad names, with spans, and not the ones it rules out', async () => {
    const { body } = await api.gql('query($t: String!) { extractSkills(text: $t) { node { __typename id } matchedBy confidence mentions { start end text } } }', { t: AD });
    expect(body.errors).toBeUndefined();
    const found = body.data.extractSkills as any[];
    const ids = found.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'postgresql', 'docker', 'aws', 'kubernetes']));
    expect(ids).not.toContain('php');
    for (const e of found) {
      expect(['LABEL', 'ALIAS', 'WORDING', 'SEMANTIC']).toContain(e.matchedBy);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      for (const m of e.mentions) expect(AD.slice(m.start, m.end)).toBe(m.text);
    }
    const python = found.find((e) => e.node.id === 'python');
    expect(python.mentions.map((m: any) => m.text)).toEqual(['Python', 'Python']);
  });

  it('finds a skill named in other words than its label', async () => {
    const t = 'I optimized the performance of our checkout.';
    const { body } = await api.gql('query($t: String!) { extractSkills(text: $t) { node { id } matchedBy confidence mentions { text } } }', { t });
    expect(body.errors).toBeUndefined();
    expect(body.data.extractSkills).toEqual(expect.arrayContaining([{ node: { id: 'performance-optimization' }, matchedBy: 'WORDING', confidence: 0.7, mentions: [{ text: 'optimized the performance' }] }]));
  });

  it('ranks the role a text describes among the first from matchRoles(profileText:)', async () => {
    const { body } = await api.gql('query($t: String!) { matchRoles(profileText: $t, first: 5) { role { id } score coverage } }', { t: AD });
    expect(body.errors).toBeUndefined();
    const ids = body.data.matchRoles.map((m: any) => m.role.id);
    expect(ids.slice(0, 5)).toEqual(expect.arrayContaining(['backend-developer']));
  });

  it('strikes what the person says is not theirs out of a text profile, and names an unknown id', async () => {
    const q = 'query($t: String!, $x: [ID!]) { matchRoles(profileText: $t, excluding: $x, first: 100) { id role { id } matched { id } matchedTools { id } } }';
    const whole = (await api.gql(q, { t: AD })).body.data.matchRoles as any[];
    const { body } = await api.gql(q, { t: AD, x: ['docker', 'postgresql'] });
    expect(body.errors).toBeUndefined();
    const kept = body.data.matchRoles as any[];
    const has = (ms: any[], id: string) => ms.some((m) => [...m.matched, ...m.matchedTools].some((n: any) => n.id === id));
    expect(has(whole, 'docker')).toBe(true);
    expect(has(kept, 'docker')).toBe(false);
    expect(has(kept, 'postgresql')).toBe(false);
    expect(has(kept, 'python')).toBe(true);
    // A different profile, so different ids for the same roles.
    const backend = (ms: any[]) => ms.find((m) => m.role.id === 'backend-developer')?.id;
    expect(backend(kept)).toBeDefined();
    expect(backend(kept)).not.toBe(backend(whole));
    const unknown = await api.gql(q, { t: AD, x: ['no-such-skill'] });
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'excluding' });
  });

  it('gives the gap from a text to a role, with no role to move from', async () => {
    const { body } = await api.gql('query($t: String!) { skillGap(fromText: $t, to: "platform-engineer") { from { id } coverage transferableTools { id } toLearn { skill { id } } } }', { t: AD });
    expect(body.errors).toBeUndefined();
    expect(body.data.skillGap.from).toBeNull();
    expect(body.data.skillGap.transferableTools.map((t: any) => t.id)).toEqual(expect.arrayContaining(['docker']));
    expect(body.data.skillGap.coverage).toBeGreaterThan(0);
    expect(body.data.skillGap.coverage).toBeLessThan(1);
  });

  it('refuses empty, oversized and ambiguous input with BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($t: String!) { extractSkills(text: $t) { confidence } }', { t: '   ' }, 'text'],
      ['query($t: String!) { extractSkills(text: $t) { confidence } }', { t: 'x'.repeat(20_001) }, 'text'],
      ['query($t: String!) { matchRoles(profileText: $t, skills: ["python"]) { score } }', { t: 'Python' }, 'profileText'],
      ['{ matchRoles { score } }', {}, 'skills'],
      ['{ matchRoles(skills: ["python"], excluding: ["docker"]) { score } }', {}, 'excluding'],
      ['query($t: String!) { matchRoles(profileText: $t, excluding: ["docker", "docker"]) { score } }', { t: 'Python' }, 'excluding'],
      ['query($t: String!) { skillGap(from: "backend-developer", fromText: $t, to: "platform-engineer") { coverage } }', { t: 'Python' }, 'from'],
    ];
    for (const [q, v, argument] of cases) {
      const { body } = await api.gql(q, v);
      expect(body.errors?.[0].extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('never writes the text to the log', async () => {
    const secret = 'Zanzibar-7731 wrote Kubernetes operators';
    lines.length = 0;
    await api.gql('query($t: String!) { extractSkills(text: $t) { confidence } matchRoles(profileText: $t) { score } }', { t: secret });
    await api.gql(`{ extractSkills(text: "${secret}") { confidence } }`);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('Zanzibar');
  });
});
