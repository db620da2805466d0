// search(text, first, kinds): full-text ranking with exact name/alias matches first, typo tolerance
// through fuzzy terms, and user text that happens to be Lucene syntax.
import { describe, expect, it } from 'vitest';
import { ESCO, apiSuite } from '../../support/fixtures.js';

describe('read API: search', () => {
  const suite = apiSuite();

  async function search(text: string, extra: { first?: number; kinds?: string[] } = {}) {
    const { body } = await suite.api.gql('query($text: String!, $first: Int, $kinds: [NodeKind!]) { search(text: $text, first: $first, kinds: $kinds) { kind hit: id node { id } name score exact origin } }', { text, ...extra });
    return body;
  }

  async function hits(text: string, extra: { first?: number; kinds?: string[] } = {}) {
    const body = await search(text, extra);
    expect(body.errors).toBeUndefined();
    // Each hit as the node it found (a hit's own id names the search too: docs/api.md).
    return (body.data.search as { kind: string; hit: string; node: { id: string }; name: string; score: number; exact: boolean }[]).map(({ node, hit: _hit, ...h }) => ({ ...h, id: node.id }));
  }

  it.each([
    ['kubernets', 'kubernetes', 'TOOL'],
    ['postgress', 'postgresql', 'TOOL'],
    ['terrafrom', 'terraform', 'TOOL'],
    ['developr experiense', 'developer-experience-engineer', 'ROLE'],
    ['infrastructure as cod', 'infrastructure-as-code', 'PRACTICE'],
  ])('tolerates typos: %j finds %s', async (text, id, kind) => {
    const found = await hits(text);
    expect(found.map((h) => h.id)).toContain(id);
    expect(found.find((h) => h.id === id)!.kind).toBe(kind);
  });

  it('puts exact name or alias matches first, then orders by score', async () => {
    const found = await hits('kubernetes');
    expect(found[0]).toMatchObject({ id: 'kubernetes', kind: 'TOOL', exact: true });
    // The ESCO role only mentions Kubernetes in an alias phrase, so it ranks after the exact match.
    expect(found.map((h) => h.id)).toContain(`${ESCO}software-developer`);
    const inexact = found.filter((h) => !h.exact).map((h) => h.score);
    expect(inexact).toEqual([...inexact].sort((a, b) => b - a));
  });

  it('ranks a fuzzy match in a name above one in an alias', async () => {
    const found = await hits('kubernets');
    expect(found[0]).toMatchObject({ id: 'kubernetes', exact: false });
    expect(found.findIndex((h) => h.id === `${ESCO}software-developer`)).toBeGreaterThan(0);
  });

  it('matches aliases exactly, case-insensitively', async () => {
    const found = await hits('DX Engineer');
    expect(found[0]).toMatchObject({ id: 'developer-experience-engineer', kind: 'ROLE', exact: true });
    const pg = await hits('postgres');
    expect(pg[0]).toMatchObject({ id: 'postgresql', exact: true });
  });

  it('finds by prefix', async () => {
    expect((await hits('terra')).map((h) => h.id)).toContain('terraform');
  });

  it('restricts to the requested kinds and honours first', async () => {
    const roles = await hits('backend', { kinds: ['ROLE'], first: 3 });
    expect(roles).toHaveLength(3);
    expect(roles.every((h) => h.kind === 'ROLE')).toBe(true);
    const practices = await hits('platform', { kinds: ['PRACTICE'] });
    expect(practices.length).toBeGreaterThan(0);
    expect(practices.every((h) => h.kind === 'PRACTICE')).toBe(true);
  });

  it.each(['C++', 'node.js', 'ci/cd', '"unbalanced', 'AND', 'OR NOT', '(a OR b', 'title:x', 'k8s~', '*', '\\', '&& ||', '!!!'])(
    'treats Lucene syntax in %j as plain text',
    async (text) => {
      const body = await search(text);
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data.search)).toBe(true);
    },
  );

  it('finds names with Lucene special characters', async () => {
    expect((await hits('CI/CD')).map((h) => h.id)).toContain('ci-cd-pipelines');
    expect((await hits('node.js')).map((h) => h.id)).toContain('node-js');
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ text: 'kubernetes', first: 0 }, 'first'],
    [{ text: 'kubernetes', first: 101 }, 'first'],
    [{ text: 'kubernetes', kinds: [] }, 'kinds'],
  ])('refuses %j as BAD_USER_INPUT naming %s', async (vars, argument) => {
    const { text, ...extra } = vars as { text: string; first?: number; kinds?: string[] };
    const body = await search(text, extra);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
