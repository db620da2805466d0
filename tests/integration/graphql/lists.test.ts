// Relationship lists are complete by default (up to ROLEGRAPH_MAX_LIST_FIRST), each has a connection twin
// with totalCount and cursors, and the page maxima are the configured limits.
import { describe, expect, it } from 'vitest';
import { limitsConfig } from '../../../src/config.js';
import { startTestApi } from '../../support/api.js';
import { apiSuite } from '../../support/fixtures.js';

describe('read API: complete lists and their connections', () => {
  const suite = apiSuite();

  async function data(query: string, variables?: Record<string, unknown>) {
    const { body } = await suite.api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as any;
  }

  it('returns every item of a list when first is left out', async () => {
    const rows = await suite.graph.read('MATCH (:Role {id: "backend-developer"})-[:USES_TOOL]->(t:Tool) RETURN t.name AS name ORDER BY t.name, t.id');
    expect(rows.length).toBeGreaterThan(20);
    const d = await data('{ role(id: "backend-developer") { tools { name } skills { skill { id } } } }');
    expect(d.role.tools.map((t: any) => t.name)).toEqual(rows.map((r) => r.name));
    const skills = await suite.graph.read('MATCH (:Role {id: "backend-developer"})-[:REQUIRES_SKILL]->(s) RETURN count(s) AS n');
    expect(d.role.skills).toHaveLength(skills[0].n);
  });

  it('pages a list through its connection, every item once, with the total', async () => {
    const all = (await data('{ role(id: "backend-developer") { skills { importance skill { id } } } }')).role.skills;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const d: any = await data('query($after: String) { role(id: "backend-developer") { skillsConnection(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor importance stated node { id name } } } } }', { after });
      const conn = d.role.skillsConnection;
      expect(conn.totalCount).toBe(all.length);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.edges).toHaveLength(7);
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((s: any) => s.skill.id));
  });

  it('has a connection twin for every kind of list', async () => {
    const d = await data(`{
      role(id: "backend-developer") {
        toolsConnection(first: 2) { totalCount edges { node { id } } }
        collaboratorsConnection { totalCount edges { context node { id } } }
        careerMovesConnection { totalCount edges { kind stated node { id } } }
        responsibilitiesConnection(first: 1) { totalCount edges { node { name stated } } }
        mapsToConnection { totalCount edges { match node { id } } }
      }
      skill(id: "api-design") { rolesConnection(first: 1) { totalCount pageInfo { hasNextPage } edges { importance node { id } } } }
      tool(id: "docker") { rolesConnection { totalCount } skillsConnection { totalCount } }
      practice(id: "infrastructure-as-code") { toolsConnection { totalCount edges { node { id } } } }
      metric(id: "system-uptime") { rolesConnection { totalCount } }
    }`);
    expect(d.role.toolsConnection.edges).toHaveLength(2);
    expect(d.role.toolsConnection.totalCount).toBeGreaterThan(20);
    expect(d.role.collaboratorsConnection.totalCount).toBe(d.role.collaboratorsConnection.edges.length);
    expect(d.role.responsibilitiesConnection.totalCount).toBeGreaterThan(5);
    expect(d.role.mapsToConnection).toMatchObject({ totalCount: 2, edges: [{ match: 'close' }, { match: 'broad' }] });
    expect(d.skill.rolesConnection.pageInfo.hasNextPage).toBe(d.skill.rolesConnection.totalCount > 1);
    expect(d.practice.toolsConnection.edges.map((e: any) => e.node.id)).toContain('terraform');
    expect(d.metric.rolesConnection.totalCount).toBeGreaterThan(0);
  });

  it('counts a relationship stored one way and read both ways once per node', async () => {
    const d = await data('{ role(id: "backend-developer") { collaborators { role { id } } collaboratorsConnection { totalCount } } }');
    expect(d.role.collaboratorsConnection.totalCount).toBe(d.role.collaborators.length);
  });

  it('refuses a cursor of another list kind naming after', async () => {
    const page = await data('{ roles(first: 1) { pageInfo { endCursor } } }');
    const { body } = await suite.api.gql('query($after: String) { role(id: "backend-developer") { toolsConnection(after: $after) { totalCount } } }', { after: page.roles.pageInfo.endCursor });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('lets roles(first: 150) and the analytics lists through when ROLEGRAPH_MAX_FIRST=200', async () => {
    const refused = await suite.api.gql('{ roles(first: 150) { totalCount } }');
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const raised = await startTestApi(suite.graph, { limits: limitsConfig({ ROLEGRAPH_MAX_FIRST: '200' }) });
    try {
      const { body } = await raised.gql('{ roles(first: 150) { totalCount edges { node { id } } } search(text: "engineer", first: 150) { id } similarRoles(role: "backend-developer", first: 150) { score } }');
      expect(body.errors).toBeUndefined();
      expect(body.data!.roles.edges.length).toBe(Math.min(150, body.data!.roles.totalCount));
    } finally {
      await raised.close();
    }
  });
});
