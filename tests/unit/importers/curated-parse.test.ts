import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../../src/store/cypherFiles.js';
import { CuratedDataError, loadCuratedData, parseCurated, readCuratedFiles } from '../../../src/importers/curated/index.js';
import { cypherLiteral, renderCuratedCypher } from '../../../src/importers/curated/cypherScript.js';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/curated/minimal');
const fixture = () => readCuratedFiles(FIXTURE);

/** Parses the fixture with one file replaced and returns the reported issues ("file:line: message"). */
function issuesWith(file: string, text: string): string[] {
  try {
    parseCurated({ ...fixture(), [file]: text });
  } catch (err) {
    expect(err).toBeInstanceOf(CuratedDataError);
    return (err as CuratedDataError).issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
  }
  throw new Error('expected the data to be rejected');
}

describe('parseCurated on a small valid data set', () => {
  const data = parseCurated(fixture());
  const nodes = (label: string) => data.nodes.find((g) => g.label === label)!.rows;
  const rels = (type: string) => data.rels.filter((g) => g.spec.type === type).flatMap((g) => g.rows);

  it('turns nodes into rows with keys, aliasesText, origin, sources and evidence', () => {
    const dev = nodes('Role').find((r) => r.id === 'dev')!;
    expect(dev.props).toMatchObject({
      name: 'Developer',
      aliases: ['Dev', 'Coder'],
      aliasesText: 'Dev | Coder',
      keys: ['developer', 'dev', 'coder'],
      origin: 'curated',
      stated: true,
      sources: ['art'],
      evidence: ['art § Section One'],
      roleKind: 'job',
    });
  });

  it('expands cites into sources and evidence on relationships, keeping stated:false', () => {
    const move = rels('CAN_MOVE_TO')[0];
    expect(move).toEqual({ from: 'dev', to: 'lead', props: { origin: 'curated', stated: false, sources: ['art'], evidence: ['art § Section Two'], kind: 'growth' } });
    const lead = nodes('Role').find((r) => r.id === 'lead')!;
    expect(lead.props.evidence).toEqual(['art § Section Two: "the lead"']);
  });

  it('links statements from their roles and writes STATED_IN for every node but sources', () => {
    expect(rels('HAS_RESPONSIBILITY')).toEqual([expect.objectContaining({ from: 'dev', to: 'write-code' })]);
    const statedIn = data.rels.filter((g) => g.spec.type === 'STATED_IN');
    expect(statedIn.map((g) => g.spec.fromLabel).sort()).toEqual(['Metric', 'Practice', 'Responsibility', 'Role', 'Skill', 'Tool']);
    expect(statedIn.find((g) => g.spec.fromLabel === 'Role')!.rows).toContainEqual({
      from: 'lead', to: 'art', props: { origin: 'curated', section: 'Section Two', sections: ['Section Two'], passage: 'the lead' },
    });
  });
});

describe('parseCurated rejects bad data with file and line', () => {
  it('an unknown reference in a relationship file', () => {
    const text = 'type: REQUIRES_SKILL\nlinks:\n  dev:\n    - {to: coding, importance: 5, cite: [art#s1]}\n    - {to: nope, importance: 3, cite: [art#s1]}\n';
    expect(issuesWith('relationships/requires-skill.yaml', text)).toEqual(['data/curated/relationships/requires-skill.yaml:5: unknown Skill "nope"']);
  });

  it('an unknown source node id in a relationship file', () => {
    const text = 'type: CAN_MOVE_TO\nlinks:\n  ghost:\n    - {to: lead, kind: growth, cite: [art#s2]}\n';
    expect(issuesWith('relationships/can-move-to.yaml', text)).toEqual(['data/curated/relationships/can-move-to.yaml:3: unknown Role "ghost"']);
  });

  it('a node or link without a source', () => {
    expect(issuesWith('skills.yaml', '- {id: coding, name: Coding, cite: []}\n')[0]).toMatch(/^data\/curated\/skills\.yaml:1: missing source/);
    const text = 'type: CAN_MOVE_TO\nlinks:\n  dev:\n    - {to: lead, kind: growth}\n';
    expect(issuesWith('relationships/can-move-to.yaml', text)[0]).toMatch(/can-move-to\.yaml:4: missing source/);
  });

  it('a cite of an unknown source or section', () => {
    expect(issuesWith('skills.yaml', '- {id: coding, name: Coding, cite: [other#s1]}\n')).toEqual(['data/curated/skills.yaml:1: unknown source "other" in cite "other#s1"']);
    expect(issuesWith('skills.yaml', '- {id: coding, name: Coding, cite: [art#s9]}\n')).toEqual(['data/curated/skills.yaml:1: unknown section "s9" of source "art" in cite "art#s9"']);
  });

  it('importance out of range, and inferred links claiming high importance', () => {
    const text = 'type: REQUIRES_SKILL\nlinks:\n  dev:\n    - {to: coding, importance: 6, cite: [art#s1]}\n  lead:\n    - {to: coding, importance: 5, stated: false, cite: [art#s2]}\n';
    const issues = issuesWith('relationships/requires-skill.yaml', text);
    expect(issues[0]).toMatch(/requires-skill\.yaml:4: importance out of range: must be an integer 1–5, got 6/);
    expect(issues[1]).toMatch(/requires-skill\.yaml:6: an inferred \(stated: false\) link may not claim importance above 3/);
  });

  it('a duplicate id, with the line of the second one', () => {
    const text = '- {id: coding, name: Coding, cite: [art#s1]}\n- {id: coding, name: Coding again, cite: [art#s1]}\n';
    expect(issuesWith('skills.yaml', text)).toEqual(['data/curated/skills.yaml:2: duplicate id "coding"']);
  });

  it('a duplicate link and a self-link', () => {
    const text = 'type: CAN_MOVE_TO\nlinks:\n  dev:\n    - {to: lead, kind: growth, cite: [art#s2]}\n    - {to: lead, kind: lateral, cite: [art#s2]}\n    - {to: dev, kind: growth, cite: [art#s2]}\n';
    expect(issuesWith('relationships/can-move-to.yaml', text)).toEqual([
      'data/curated/relationships/can-move-to.yaml:5: duplicate CAN_MOVE_TO link dev -> lead',
      'data/curated/relationships/can-move-to.yaml:6: a CAN_MOVE_TO link from "dev" to itself',
    ]);
  });

  it('an unknown field (a typo) and an invalid enumerated value', () => {
    const text = '- id: dev\n  name: Developer\n  alias: [Dev]\n  roleKind: boss\n  cite: [art#s1]\n- {id: lead, name: Lead, roleKind: job, cite: [art#s2]}\n';
    expect(issuesWith('roles.yaml', text)).toEqual([
      'data/curated/roles.yaml:3: unknown field "alias"',
      'data/curated/roles.yaml:4: "roleKind" must be one of job, team, stakeholder; got "boss"',
    ]);
  });

  it('a missing required field, a wrong type and a blank alias', () => {
    expect(issuesWith('tools.yaml', '- {id: git, name: Git, cite: [art#s1]}\n')).toEqual(['data/curated/tools.yaml:1: missing required field "kind"']);
    const text = '- {id: dev, name: Developer, roleKind: job, cite: [art#s1]}\n- id: lead\n  name: Lead\n  roleKind: job\n  stated: maybe\n  aliases: [" "]\n  cite: [art#s2]\n';
    expect(issuesWith('roles.yaml', text)).toEqual(['data/curated/roles.yaml:5: "stated" must be true or false', 'data/curated/roles.yaml:6: "aliases" must not hold a blank string']);
  });

  it('a statement naming an unknown role', () => {
    const text = 'responsibilities:\n  - {id: write-code, name: Write code, roles: [dev, nobody], cite: [art#s1]}\n';
    expect(issuesWith('statements.yaml', text)).toEqual(['data/curated/statements.yaml:2: unknown Role "nobody"']);
  });

  it('YAML syntax errors and unknown relationship types', () => {
    expect(issuesWith('metrics.yaml', '- {id: uptime, name: Uptime\n- x\n')[0]).toMatch(/^data\/curated\/metrics\.yaml:\d+: YAML syntax error/);
    expect(issuesWith('relationships/can-move-to.yaml', 'type: LIKES\nlinks: {}\n')[0]).toMatch(/can-move-to\.yaml:1: unknown relationship type "LIKES"/);
  });

  it('a missing required file', () => {
    const files = fixture();
    delete files['metrics.yaml'];
    expect(() => parseCurated(files)).toThrow(/data\/curated\/metrics\.yaml:1: required file is missing/);
  });
});

describe('the committed curated data', () => {
  const data = loadCuratedData();

  it('is valid and gives every node and relationship at least one source', () => {
    for (const { label, rows } of data.nodes) {
      for (const row of rows) {
        expect(row.props.keys, `${label} ${row.id}`).toEqual(expect.arrayContaining([expect.any(String)]));
        if (label !== 'Source') expect((row.props.sources as string[]).length, `${label} ${row.id}`).toBeGreaterThan(0);
      }
    }
    for (const { spec, rows } of data.rels) {
      for (const row of rows) {
        if (spec.type === 'STATED_IN') continue;
        expect((row.props.sources as string[]).length, `${spec.type} ${row.from}->${row.to}`).toBeGreaterThan(0);
        expect(typeof row.props.stated, `${spec.type} ${row.from}->${row.to}`).toBe('boolean');
      }
    }
  });

  it('is in sync with the generated Browser script cypher/seed/curated.cypher (run `npm run seed:cypher`)', () => {
    const committed = fs.readFileSync(path.join(import.meta.dirname, '../../../cypher/seed/curated.cypher'), 'utf8');
    expect(committed).toBe(renderCuratedCypher(data, cypher('schema')));
  });
});

describe('cypherLiteral', () => {
  it('escapes quotes, backslashes and newlines and backticks unusual keys', () => {
    expect(cypherLiteral({ a: "it's \\ \"x\"\nnext", 'odd key': [1, true, null] })).toBe("{a: 'it\\'s \\\\ \"x\"\\nnext', `odd key`: [1, true, null]}");
  });
});
