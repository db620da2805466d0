// schema.graphql is generated from the code; this fails when someone changes the types without
// regenerating it (npm run schema), and checks the public contract names of DESIGN.md are there.
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../../src/graphql/schema.js';
import { checkSchema, firstDifference } from '../../../scripts/schema.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run npm run schema when this fails)', async () => {
    expect(await checkSchema()).toBeNull();
  });

  it('names the line where a drifted file differs', () => {
    expect(firstDifference('a\nb\nc', 'a\nx\nc')).toBe('line 2: code has "b", schema.graphql has "x"');
    expect(firstDifference('a\nb', 'a')).toContain('<end of file>');
  });

  it('keeps the core contract names of DESIGN.md', async () => {
    const schema = await getSchema();
    const signature = (typeName: string, fieldName: string) => {
      const type = schema.getType(typeName) as any;
      const field = type.getFields()[fieldName];
      return `${field.args.map((a: any) => `${a.name}: ${String(a.type)}`).join(', ')} -> ${String(field.type)}`;
    };
    expect(signature('Query', 'role')).toBe('id: ID, name: String -> Role');
    expect(signature('Query', 'skill')).toBe('id: ID, name: String -> Skill');
    expect(signature('Query', 'tool')).toBe('id: ID, name: String -> Tool');
    expect(signature('Query', 'practice')).toBe('id: ID, name: String -> Practice');
    expect(signature('Query', 'roles')).toBe('first: Int, after: String, search: String, origin: Origin -> RoleConnection!');
    expect(signature('Query', 'search')).toMatch(/^text: String!, first: Int, .* -> \[SearchHit!\]!$/);
    const fields = (typeName: string) => Object.keys((schema.getType(typeName) as any).getFields());
    expect(fields('SearchHit')).toEqual(expect.arrayContaining(['kind', 'id', 'name', 'score']));
    expect(fields('Role')).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'summary', 'primaryUser', 'impactArea', 'skills', 'tools', 'metrics', 'practices', 'collaborators', 'reportsTo', 'careerMoves', 'sources']));
    expect(fields('RoleSkill')).toEqual(expect.arrayContaining(['skill', 'importance', 'stated']));
    expect(fields('Collaboration')).toEqual(expect.arrayContaining(['role', 'context']));
    expect(fields('RoleMove')).toEqual(expect.arrayContaining(['role', 'kind', 'stated']));
    expect(fields('Skill')).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'description', 'roles', 'tools']));
    expect(fields('Tool')).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'kind', 'roles', 'skills', 'practices']));
    expect(fields('Practice')).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'description', 'roles', 'tools']));
    expect(fields('RoleConnection')).toEqual(['edges', 'pageInfo', 'totalCount']);
    expect(fields('PageInfo')).toEqual(expect.arrayContaining(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']));
  });

  it('documents every type and field', async () => {
    const schema = await getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type)) continue;
      if (!type.description && type.name !== 'Query') undocumented.push(type.name);
      for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
    }
    // Only the read API's own types are this helper's to check; others are reported by their tests.
    const ours = /^(Query|Role|Skill|Tool|Practice|Metric|Source|Statement|RoleSkill|SkillRole|Collaboration|RoleMove|Crosswalk|SearchHit|PageInfo|(Role|Skill|Tool|Practice)(Connection|Edge))(\.|$)/;
    expect(undocumented.filter((n) => ours.test(n))).toEqual([]);
  });
});
