// A gap from a person's skills listed by id (skillGap(fromSkills:, fromTools:)), the list the explorer
// keeps when someone strikes out skills extractSkills found in their text: the same answer as the text
// or the role it stands for, its own id, and practices accepted among the skills (as a text counts them).
// On the curated test graph, through the real API.
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../support/fixtures.js';

const TEXT = 'Backend developer: REST APIs in Python with PostgreSQL, Docker and Kubernetes, Terraform for infrastructure as code, CI/CD pipelines.';
const GAP = '{ id coverage effort from { id } transferable { id } transferableTools { id } toLearn { skill { id } importance } learningOrder { id } toolsToLearn { id } }';

describe('skillGap from a list of skills and tools', () => {
  const suite = apiSuite();

  async function data(query: string, variables?: Record<string, unknown>) {
    const { body } = await suite.api.gql(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as any;
  }

  const withoutId = ({ id: _id, ...rest }: any) => rest;

  it('answers as the role does when given everything the role requires, uses and practises', async () => {
    const role = (await data('{ role(id: "backend-developer") { skills { skill { id } } tools { id } practices { id } } }')).role;
    const skills = [...role.skills.map((s: any) => s.skill.id), ...role.practices.map((p: any) => p.id)];
    const tools = role.tools.map((t: any) => t.id);
    expect(role.practices.length).toBeGreaterThan(0);
    const d = await data(`query($skills: [ID!], $tools: [ID!]) {
      byRole: skillGap(from: "backend-developer", to: "platform-engineer") ${GAP}
      byIds: skillGap(fromSkills: $skills, fromTools: $tools, to: "platform-engineer") ${GAP}
      reversed: skillGap(fromSkills: $reversed, fromTools: $tools, to: "platform-engineer") { id }
    }`.replace('$tools: [ID!]) {', '$tools: [ID!], $reversed: [ID!]) {'), { skills, tools, reversed: [...skills].reverse() });
    expect(d.byIds.from).toBeNull();
    expect(withoutId(d.byIds)).toEqual({ ...withoutId(d.byRole), from: null });
    expect(d.byIds.id).not.toBe(d.byRole.id);
    // The id names the profile as a set: the order the ids come in does not matter.
    expect(d.reversed.id).toBe(d.byIds.id);
  });

  it('answers as the text does when given what extractSkills found in it, and differs once one is struck out', async () => {
    const found = (await data('query($t: String!) { extractSkills(text: $t) { node { __typename id } } }', { t: TEXT })).extractSkills.map((e: any) => e.node);
    const skills = found.filter((n: any) => n.__typename !== 'Tool').map((n: any) => n.id);
    const tools = found.filter((n: any) => n.__typename === 'Tool').map((n: any) => n.id);
    expect(found.some((n: any) => n.__typename === 'Practice')).toBe(true);
    expect(tools.length).toBeGreaterThan(1);
    const q = `query($t: String!, $skills: [ID!], $tools: [ID!], $fewer: [ID!]) {
      byText: skillGap(fromText: $t, to: "platform-engineer") ${GAP}
      byIds: skillGap(fromSkills: $skills, fromTools: $tools, to: "platform-engineer") ${GAP}
      fewer: skillGap(fromSkills: $skills, fromTools: $fewer, to: "platform-engineer") ${GAP}
      match: matchRoles(skills: $skills, tools: $tools, first: 3) { role { id } coverage }
      matchText: matchRoles(profileText: $t, first: 3) { role { id } coverage }
    }`;
    const struck = tools.find((id: string) => id === 'kubernetes') ?? tools[0];
    const d = await data(q, { t: TEXT, skills, tools, fewer: tools.filter((id: string) => id !== struck) });
    expect(withoutId(d.byIds)).toEqual(withoutId(d.byText));
    expect(d.match).toEqual(d.matchText);
    expect(d.fewer.coverage).toBeLessThan(d.byIds.coverage);
    expect(d.fewer.transferableTools.map((t: any) => t.id)).not.toContain(struck);
  });

  it('refuses a gap with no start, two starts, tools alone, repeats or an unknown id, naming the argument', async () => {
    const cases: [string, string, string][] = [
      ['{ skillGap(to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'from'],
      ['{ skillGap(from: "backend-developer", fromSkills: ["api-design"], to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'from'],
      ['{ skillGap(fromTools: ["docker"], to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'from'],
      ['{ skillGap(fromText: "Python", fromTools: ["docker"], to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'fromTools'],
      ['{ skillGap(fromSkills: [], to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'fromSkills'],
      ['{ skillGap(fromSkills: ["api-design", "api-design"], to: "platform-engineer") { coverage } }', 'BAD_USER_INPUT', 'fromSkills'],
      ['{ skillGap(fromSkills: ["no-such-skill"], to: "platform-engineer") { coverage } }', 'NOT_FOUND', 'fromSkills'],
      ['{ skillGap(fromSkills: ["api-design"], fromTools: ["no-such-tool"], to: "platform-engineer") { coverage } }', 'NOT_FOUND', 'fromTools'],
      ['{ skillGap(fromSkills: ["api-design"], to: "no-such-role") { coverage } }', 'NOT_FOUND', 'to'],
    ];
    for (const [q, code, argument] of cases) {
      const { body } = await suite.api.gql(q);
      expect(body.errors?.[0].extensions, q).toMatchObject({ code, argument });
    }
  });
});
