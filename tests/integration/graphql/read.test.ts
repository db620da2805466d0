// Every read query of the API over HTTP against the real test Neo4j: lookups by id and by name or
// alias, relationship fields, provenance, unknown ids, and partial objects filled in from the graph.
import { GraphQLString, GraphQLList, GraphQLNonNull, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext, newRequestState } from '../../../src/graphql/context.js';
import { AnalyticsService } from '../../../src/analytics/service.js';
import { Hydrate } from '../../../src/graphql/middleware/storedFields.js';
import { ESCO, ESCO_SKILL, apiSuite } from '../../support/fixtures.js';

describe('read API: single lookups and relationship fields', () => {
  const suite = apiSuite();

  async function data(query: string, variables?: Record<string, unknown>) {
    const { status, body } = await suite.api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data;
  }

  it('finds a role by id with its descriptive properties', async () => {
    const d = await data('{ role(id: "backend-developer") { id name aliases summary primaryFocus primaryUser impactArea perspective roleKind origin } }');
    expect(d.role).toMatchObject({ id: 'backend-developer', name: 'Backend Developer', perspective: 'micro', roleKind: 'JOB', origin: 'CURATED' });
    expect(d.role.aliases).toContain('Back-end Developer');
    expect(d.role.summary).toMatch(/server-side/);
    expect(d.role.primaryFocus).toMatch(/API design/);
  });

  it.each([
    ['dx engineer', 'developer-experience-engineer'],
    ['BACK-END DEVELOPER', 'backend-developer'],
    ['Backend   developer', 'backend-developer'],
    ['platform engineer', 'platform-engineer'],
  ])('finds role(name: %j) by name or alias, case-insensitively', async (name, id) => {
    const d = await data('query($name: String) { role(name: $name) { id } }', { name });
    expect(d.role).toEqual({ id });
  });

  it('finds skills, tools, practices and metrics by alias and by id', async () => {
    const d = await data(`{
      tool(name: "postgres") { id name kind }
      k8s: tool(name: "K8S") { id }
      practice(name: "iac") { id name description }
      metric(name: "uptime") { id name }
      skill(id: "api-design") { id name origin }
      byName: skill(name: "API DESIGN") { id }
    }`);
    expect(d.tool).toEqual({ id: 'postgresql', name: 'PostgreSQL', kind: 'database' });
    expect(d.k8s).toEqual({ id: 'kubernetes' });
    expect(d.practice).toMatchObject({ id: 'infrastructure-as-code', name: 'Infrastructure-as-Code (IaC)' });
    expect(d.practice.description).toMatch(/Terraform/);
    expect(d.metric).toEqual({ id: 'system-uptime', name: 'System Uptime' });
    expect(d.skill).toEqual({ id: 'api-design', name: 'API Design', origin: 'CURATED' });
    expect(d.byName).toEqual({ id: 'api-design' });
  });

  it('returns null for unknown ids and names, without errors', async () => {
    const d = await data(`{
      role(id: "no-such-role") { id } r2: role(name: "astronaut") { id }
      skill(id: "nope") { id } tool(id: "nope") { id } practice(name: "nope") { id } metric(id: "nope") { id } source(id: "nope") { id }
    }`);
    expect(Object.values(d).every((v) => v === null)).toBe(true);
  });

  it('returns a role\'s skills most important first, with provenance', async () => {
    const d = await data('{ role(id: "backend-developer") { skills { importance stated evidence sources { id title kind } skill { id name } } } }');
    const skills = d.role.skills as any[];
    expect(skills.length).toBeGreaterThan(10);
    const importances = skills.map((s) => s.importance);
    expect(importances).toEqual([...importances].sort((a, b) => b - a));
    const api = skills.find((s) => s.skill.id === 'api-design');
    expect(api).toMatchObject({ importance: 5, stated: true });
    expect(api.sources.map((s: any) => s.id)).toContain('bd-vs-dxe');
    expect(api.sources[0].title).toMatch(/Backend Developer vs Developer Experience Engineer/);
    expect(api.evidence.length).toBeGreaterThan(0);
  });

  it('limits and filters relationship lists with first and origin', async () => {
    const d = await data(`{ role(id: "backend-developer") {
      two: skills(first: 2) { skill { id } }
      curated: mapsTo { role { id } }
      tools(first: 3) { name }
    } sd: role(id: "${ESCO}software-developer") { all: skills { skill { id } } esco: skills(origin: ESCO) { skill { id } } none: skills(origin: ONET) { skill { id } } } }`);
    expect(d.role.two).toHaveLength(2);
    expect(d.role.tools).toHaveLength(3);
    expect(d.sd.esco).toEqual([{ skill: { id: 'esco-only-skill' } }]);
    expect(d.sd.none).toEqual([]);
  });

  it('follows every relationship of a role', async () => {
    const d = await data(`{ role(id: "backend-developer") {
      tools { id } metrics { id name } practices { id }
      collaborators { role { id } context stated sources { id } }
      reportsTo { id } careerMoves { role { id } kind stated sources { id } }
      responsibilities { id name stated sources { id } } challenges { name } trends { name } hiringCriteria { name }
      sources { id }
      mapsTo { role { id name origin } match basis }
    } be: role(id: "backend-engineer") { reports { id } } }`);
    const r = d.role;
    expect(r.tools.length).toBeGreaterThan(3);
    expect(r.metrics.length).toBeGreaterThan(0);
    expect(r.collaborators.length).toBeGreaterThan(0);
    expect(r.collaborators.every((c: any) => typeof c.role.id === 'string')).toBe(true);
    expect(r.reportsTo.map((x: any) => x.id)).toContain('backend-engineer');
    expect(d.be.reports.map((x: any) => x.id)).toContain('backend-developer');
    expect(r.careerMoves.length).toBeGreaterThan(0);
    expect(r.careerMoves[0]).toHaveProperty('kind');
    expect(r.responsibilities.length).toBeGreaterThan(5);
    expect(r.responsibilities[0].sources.length).toBeGreaterThan(0);
    expect(r.challenges.length + r.hiringCriteria.length).toBeGreaterThan(0);
    expect(r.sources.map((s: any) => s.id)).toContain('bd-vs-dxe');
    expect(r.mapsTo).toEqual([
      { role: { id: `${ESCO}software-developer`, name: 'software developer', origin: 'ESCO' }, match: 'close', basis: 'both write server-side software' },
      { role: { id: `${ESCO}web-developer`, name: 'web developer', origin: 'ESCO' }, match: 'broad', basis: 'web back ends' },
    ]);
  });

  it('reads each collaboration once although it is stored one way', async () => {
    const d = await data('{ a: role(id: "backend-developer") { collaborators { role { id } } } b: role(id: "developer-experience-engineer") { collaborators { role { id } } } }');
    const a = d.a.collaborators.map((c: any) => c.role.id);
    expect(a).toContain('developer-experience-engineer');
    expect(new Set(a).size).toBe(a.length);
    expect(d.b.collaborators.map((c: any) => c.role.id)).toContain('backend-developer');
  });

  it('follows the taxonomy hierarchy and crosswalk of imported roles', async () => {
    const d = await data(`{ sd: role(id: "${ESCO}software-developer") { iscoGroup datasetVersion broader { id } mappedFrom { role { id } match } }
      ict: role(id: "${ESCO}ict") { narrower { id } } }`);
    expect(d.sd).toEqual({ iscoGroup: '2512', datasetVersion: 'ESCO v1.1.1', broader: [{ id: `${ESCO}ict` }], mappedFrom: [{ role: { id: 'backend-developer' }, match: 'close' }] });
    expect(d.ict.narrower.map((r: any) => r.id)).toEqual([`${ESCO}software-developer`, `${ESCO}web-developer`]);
  });

  it('follows the relationships of skills, tools, practices and metrics', async () => {
    const d = await data(`{
      skill(id: "api-design") { roles { role { id } importance stated sources { id } } tools { id } prerequisiteOf { id } }
      rest: skill(id: "rest-apis") { prerequisites { id } related { id } }
      web: skill(id: "${ESCO_SKILL}web-programming") { broader { id } skillType }
      prog: skill(id: "${ESCO_SKILL}programming") { narrower { id } }
      tool(id: "docker") { roles { id } skills { id } practices { id } }
      terraform: tool(id: "terraform") { practices { id } }
      practice(id: "infrastructure-as-code") { roles { id } tools { id } }
      metric(id: "system-uptime") { roles { id } }
    }`);
    const roleIds = d.skill.roles.map((r: any) => r.role.id);
    expect(roleIds).toContain('backend-developer');
    const importances = d.skill.roles.map((r: any) => r.importance);
    expect(importances).toEqual([...importances].sort((a, b) => b - a));
    expect(d.skill.prerequisiteOf).toEqual([{ id: 'rest-apis' }]);
    expect(d.rest.prerequisites).toEqual([{ id: 'api-design' }]);
    expect(d.rest.related).toEqual([{ id: `${ESCO_SKILL}web-programming` }]);
    expect(d.web).toEqual({ broader: [{ id: `${ESCO_SKILL}programming` }], skillType: 'skill/competence' });
    expect(d.prog.narrower).toEqual([{ id: `${ESCO_SKILL}web-programming` }]);
    expect(d.tool.roles.length).toBeGreaterThan(0);
    expect(d.tool.skills.length).toBeGreaterThan(0);
    expect(d.terraform.practices.map((p: any) => p.id)).toContain('infrastructure-as-code');
    expect(d.practice.tools.map((t: any) => t.id)).toContain('terraform');
    expect(d.practice.roles.length).toBeGreaterThan(0);
    expect(d.metric.roles.map((r: any) => r.id)).toContain('backend-developer');
  });

  it('looks up a source by id', async () => {
    const d = await data('{ source(id: "bd-vs-dxe") { id title kind date } }');
    expect(d.source).toMatchObject({ id: 'bd-vs-dxe', kind: 'article', date: '2025-04-21' });
  });

  it('fills in a role given only {id, name} (as analytics return it) from the graph', async () => {
    const ctx = createContext({ graph: suite.graph, analytics: new AnalyticsService(suite.graph), request: newRequestState('hydrate-test') });
    const info = (fieldName: string, returnType: any) => ({ fieldName, returnType, parentType: { name: 'Role' } }) as unknown as GraphQLResolveInfo;
    const root = { id: 'backend-developer', name: 'Backend Developer' };
    const next = async () => undefined;
    const summary = await Hydrate({ root, info: info('summary', GraphQLString), context: ctx, args: {} }, next);
    const aliases = await Hydrate({ root, info: info('aliases', new GraphQLNonNull(new GraphQLList(GraphQLString))), context: ctx, args: {} }, next);
    expect(summary).toMatch(/server-side/);
    expect(aliases).toContain('Back-end Developer');
    const missing = await Hydrate({ root: { id: 'gone', name: 'Gone' }, info: info('aliases', new GraphQLNonNull(new GraphQLList(GraphQLString))), context: ctx, args: {} }, next);
    expect(missing).toEqual([]);
  });
});
