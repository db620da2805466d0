// Relay pagination of roles, skills, tools and practices: walking a whole list page by page visits
// every node exactly once in (name, id) order, filters narrow the list and its totalCount, and bad
// arguments are refused naming the argument.
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/graphql/pagination.js';
import { apiSuite } from '../../support/fixtures.js';

const LISTS = [
  { field: 'roles', label: 'Role' },
  { field: 'skills', label: 'Skill' },
  { field: 'tools', label: 'Tool' },
  { field: 'practices', label: 'Practice' },
] as const;

describe('read API: Relay connections', () => {
  const suite = apiSuite();

  async function page(field: string, args: Record<string, unknown>) {
    const { body } = await suite.api.gql(
      `query($first: Int, $after: String, $search: String, $origin: Origin) {
        list: ${field}(first: $first, after: $after, search: $search, origin: $origin) {
          totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        } }`,
      args,
    );
    return body;
  }

  async function walk(field: string, first: number, filters: Record<string, unknown> = {}) {
    const ids: string[] = [];
    const names: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const body = await page(field, { first, after, ...filters });
      expect(body.errors).toBeUndefined();
      const conn = body.data.list;
      totals.add(conn.totalCount);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (conn.edges.length > 0) {
        expect(conn.pageInfo.startCursor).toBe(conn.edges[0].cursor);
        expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
      }
      for (const e of conn.edges) {
        ids.push(e.node.id);
        names.push(e.node.name);
      }
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.edges).toHaveLength(first);
      after = conn.pageInfo.endCursor;
    }
    return { ids, names, totals: [...totals], pages };
  }

  it.each(LISTS)('walks every $field exactly once, in name order, matching totalCount', async ({ field, label }) => {
    const rows = await suite.graph.read(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.name, n.id`);
    const expected = rows.map((r) => r.id as string);
    expect(expected.length).toBeGreaterThan(7);
    const { ids, totals, pages } = await walk(field, 7);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(totals).toEqual([expected.length]);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it('gives the same walk whatever the page size', async () => {
    const small = await walk('roles', 1);
    const large = await walk('roles', 100);
    expect(small.ids).toEqual(large.ids);
    expect(large.pages).toBe(1);
  });

  it('defaults to 20 per page', async () => {
    const body = await page('skills', {});
    expect(body.data.list.edges).toHaveLength(20);
    expect(body.data.list.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by a name or alias substring, ignoring case and hyphens, and counts the filtered total', async () => {
    const { ids, totals } = await walk('roles', 2, { search: 'BACK-END' });
    expect(ids).toEqual(expect.arrayContaining(['backend-developer', 'backend-engineer']));
    expect(totals).toEqual([ids.length]);
    const dx = await walk('roles', 5, { search: 'dx eng' });
    expect(dx.ids).toEqual(['developer-experience-engineer']);
    const none = await page('tools', { search: 'zzz-nothing' });
    expect(none.data.list).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
  });

  it('filters by origin', async () => {
    const esco = await walk('roles', 2, { origin: 'ESCO' });
    expect(esco.ids).toHaveLength(3);
    expect(esco.totals).toEqual([3]);
    const curated = await walk('roles', 50, { origin: 'CURATED' });
    const all = await walk('roles', 50);
    expect(curated.ids.length + esco.ids.length).toBe(all.ids.length);
  });

  it('continues after any edge cursor, not only endCursor', async () => {
    const first = await page('tools', { first: 5 });
    const third = first.data.list.edges[2];
    const rest = await page('tools', { first: 2, after: third.cursor });
    expect(rest.data.list.edges.map((e: any) => e.node.id)).toEqual(first.data.list.edges.slice(3, 5).map((e: any) => e.node.id));
  });

  it.each([0, -1, 101])('refuses first: %d as BAD_USER_INPUT naming first', async (first) => {
    const body = await page('roles', { first });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(body.errors![0].message).toMatch(/first/);
  });

  it.each(['not a cursor', 'bm9wZQ', encodeCursor({ name: 'x', id: 'y' }).slice(0, -3) + '!!!', Buffer.from('{"a":1}').toString('base64url')])(
    'refuses the malformed cursor %j as BAD_USER_INPUT naming after',
    async (after) => {
      const body = await page('skills', { after });
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(body.errors![0].message).toMatch(/after/);
    },
  );

  it('refuses an origin outside the Origin enum', async () => {
    const body = await page('practices', { origin: 'WIKIPEDIA' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors![0].message).toContain('Origin');
  });

  it('prices one document anew for each set of variables (prices are kept per document and variables)', async () => {
    const asked = async (first: number) => (await page('roles', { first })).errors?.[0]?.extensions?.code ?? 'ok';
    // The same text thrice: the price kept for first 5 must not let first 1000 through, nor the refusal stick.
    expect([await asked(5), await asked(1000), await asked(5), await asked(1000)]).toEqual(['ok', 'BAD_USER_INPUT', 'ok', 'BAD_USER_INPUT']);
  });
});
