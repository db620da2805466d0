// Compiled statements are kept per document (src/graphql/compile/statements.ts): the same document sent
// again must still answer what its variables and its place in the document ask for.
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../support/fixtures.js';

describe('read API: statements compiled once per document', () => {
  const suite = apiSuite();

  async function data(query: string, variables?: Record<string, unknown>) {
    const { body } = await suite.api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as any;
  }

  it('answers each request of one document with its own variables', async () => {
    const doc = 'query($id: ID!, $n: Int, $withTools: Boolean!) { role(id: $id) { name skills(first: $n) { skill { id } } tools @include(if: $withTools) { name } } }';
    const a = await data(doc, { id: 'backend-developer', n: 3, withTools: true });
    const b = await data(doc, { id: 'backend-developer', n: 5, withTools: false });
    const c = await data(doc, { id: 'platform-engineer', n: 3, withTools: true });
    const again = await data(doc, { id: 'backend-developer', n: 3, withTools: true });
    expect(a.role.skills).toHaveLength(3);
    expect(b.role.skills).toHaveLength(5);
    expect(b.role.skills.slice(0, 3)).toEqual(a.role.skills);
    expect(a.role.tools.length).toBeGreaterThan(0);
    expect(b.role.tools).toBeUndefined();
    expect(c.role.name).not.toBe(a.role.name);
    expect(again).toEqual(a);
  });

  it('reads what each place of a shared fragment asks for', async () => {
    // Roles inside an analytics answer load their lists by a batched statement of their own; in `b` the
    // fragment's skills field is merged with a second selection of it, in `a` it stands alone.
    const doc = `fragment R on Role { skills(first: 2) { skill { id } } }
      query { a: similarRoles(role: "backend-developer", first: 2) { role { ...R } }
        b: similarRoles(role: "backend-developer", first: 2) { role { ...R skills(first: 2) { importance } } } }`;
    for (let i = 0; i < 2; i++) {
      const d = await data(doc);
      expect(d.a[0].role.skills[0].importance).toBeUndefined();
      expect(typeof d.b[0].role.skills[0].importance).toBe('number');
      expect(d.b[0].role.skills.map((s: any) => s.skill.id)).toEqual(d.a[0].role.skills.map((s: any) => s.skill.id));
    }
  });
});
