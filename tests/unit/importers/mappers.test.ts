import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { crosswalkRow, parseCrosswalk } from '../../../src/importers/crosswalk.js';
import { provenance, splitLabels } from '../../../src/importers/dataset.js';
import { ESCO_IMPORTANCE, broaderRel, occupationNode, occupationSkillRel, skillNode } from '../../../src/importers/esco/mappers.js';
import { addRating, contentModel, jobZoneRow, ratingRel, relatedRow, technologyRow, toolKind, type Rating } from '../../../src/importers/onet/mappers.js';
import { Progress } from '../../../src/importers/progress.js';
import { ImportReport } from '../../../src/importers/report.js';
import { escoDataset, onetDataset } from '../../../src/importers/sources.js';
import { nodeMergeQuery, relMergeQuery } from '../../../src/importers/writer.js';

const OCC = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const SKILL = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
const knownAll = () => true;

describe('ESCO mappers', () => {
  it('maps an occupation to a Role with aliases, keys and aliasesText', () => {
    const m = occupationNode({
      conceptUri: OCC, preferredLabel: 'software developer', altLabels: 'programmer\nsoftware developer\nsoftware engineer\n', iscoGroup: '2512', description: 'Implement software.', code: '2512.4',
    });
    expect(m).toEqual({
      row: {
        id: OCC,
        props: {
          name: 'software developer', aliases: ['programmer', 'software engineer'], keys: ['software developer', 'programmer', 'software engineer'],
          aliasesText: 'programmer | software engineer', description: 'Implement software.', iscoGroup: '2512', code: '2512.4',
        },
      },
    });
  });

  it('maps a skill with its type and reuse level', () => {
    const m = skillNode({ conceptUri: SKILL, preferredLabel: 'Python', altLabels: '', skillType: 'knowledge', reuseLevel: 'sector-specific', description: 'Lang.' });
    expect('row' in m && m.row.props).toMatchObject({ name: 'Python', skillType: 'knowledge', reuseLevel: 'sector-specific', aliases: [] });
  });

  it('skips a concept without id or label instead of writing it', () => {
    expect(occupationNode({ conceptUri: OCC, preferredLabel: ' ' })).toMatchObject({ skip: expect.stringContaining('without') });
  });

  it('ranks essential above optional links', () => {
    expect(ESCO_IMPORTANCE.essential).toBeGreaterThan(ESCO_IMPORTANCE.optional);
    const m = occupationSkillRel({ occupationUri: OCC, relationType: 'essential', skillUri: SKILL }, knownAll);
    expect(m).toEqual({ row: { from: OCC, to: SKILL, props: { importance: 4, relationType: 'essential', stated: true } } });
  });

  it('skips links to concepts that are not in the files, saying which end is missing', () => {
    const onlyRole = (label: string) => label === 'Role';
    expect(occupationSkillRel({ occupationUri: OCC, relationType: 'optional', skillUri: SKILL }, onlyRole)).toEqual({ skip: 'skill not in skills file', detail: SKILL });
    expect(occupationSkillRel({ occupationUri: OCC, relationType: 'maybe', skillUri: SKILL }, knownAll)).toMatchObject({ skip: 'unknown relationType "maybe"' });
  });

  it('maps hierarchy rows to BROADER between the labels of the concept types', () => {
    const m = broaderRel({ conceptType: 'Occupation', conceptUri: OCC, broaderType: 'ISCOGroup', broaderUri: 'http://data.europa.eu/esco/isco/C2512' }, knownAll);
    expect(m).toMatchObject({ row: { fromLabel: 'Role', toLabel: 'OccupationGroup', rel: { from: OCC, to: 'http://data.europa.eu/esco/isco/C2512' } } });
    expect(broaderRel({ conceptType: 'Thing', conceptUri: 'a', broaderType: 'SkillGroup', broaderUri: 'b' }, knownAll)).toMatchObject({ skip: 'unknown concept type "Thing"' });
  });

  it('splits multi-line labels, trimming, deduplicating case-insensitively and dropping the name', () => {
    expect(splitLabels('A\r\nb \n\nB\nName\n', 'name')).toEqual(['A', 'b']);
  });
});

describe('O*NET mappers', () => {
  const known = (label: string, id: string) => label === 'Role' && ['15-1252.00', '15-1254.00'].includes(id);

  it('sets the job zone of known occupations only', () => {
    expect(jobZoneRow({ 'O*NET-SOC Code': '15-1252.00', 'Job Zone': '4' }, known)).toEqual({ row: { id: '15-1252.00', props: { jobZone: 4 } } });
    expect(jobZoneRow({ 'O*NET-SOC Code': '99-9999.00', 'Job Zone': '4' }, known)).toMatchObject({ skip: 'occupation not in Occupation Data.txt' });
  });

  it('maps a technology row to a Tool and USES_TOOL with the hot and in-demand flags', () => {
    const m = technologyRow({ 'O*NET-SOC Code': '15-1252.00', Example: 'Python', 'Commodity Code': '43232405', 'Commodity Title': 'Object or component oriented development software', 'Hot Technology': 'Y', 'In Demand': 'N' }, known);
    expect(m).toMatchObject({
      row: {
        tool: { id: 'onet-tool:python', props: { name: 'Python', kind: 'language', commodityCode: '43232405' } },
        uses: { from: '15-1252.00', to: 'onet-tool:python', props: { hot: true, inDemand: false, stated: true } },
      },
    });
  });

  it('derives tool kinds from commodity titles', () => {
    expect(['Data base management system software', 'Web platform development software', 'Operating system software', 'Spreadsheet software'].map(toolKind)).toEqual(['database', 'framework', 'platform', 'software']);
  });

  it('keeps a rating at or above IM 3.0 with im, lv and a rounded importance', () => {
    const ratings = new Map<string, Rating>();
    const base = { 'O*NET-SOC Code': '15-1252.00', 'Element ID': '2.B.3.e', 'Element Name': 'Programming' };
    addRating(ratings, { ...base, 'Scale ID': 'IM', 'Data Value': '4.62', 'Recommend Suppress': 'N' }, 10);
    addRating(ratings, { ...base, 'Scale ID': 'LV', 'Data Value': '5.5' }, 11);
    const [r] = ratings.values();
    expect(ratingRel(r, known)).toEqual({ row: { from: '15-1252.00', to: 'onet:2.B.3.e', props: { importance: 5, im: 4.62, lv: 5.5, stated: true } } });
  });

  it('leaves out ratings below the threshold or marked Recommend Suppress', () => {
    const r = { soc: '15-1252.00', elementId: '2.C.1.a', elementName: 'Administration', line: 2, suppress: false };
    expect(ratingRel({ ...r, im: 2.99 }, known)).toEqual({ below: true });
    expect(ratingRel({ ...r, im: 4, suppress: true }, known)).toEqual({ below: true });
    expect(ratingRel({ ...r, soc: '11-1011.00', im: 4 }, known)).toMatchObject({ skip: 'occupation not in Occupation Data.txt' });
  });

  it('maps related occupations to recorded CAN_MOVE_TO (kind related, not stated) with tier and rank, skipping unknown targets', () => {
    const v = { 'O*NET-SOC Code': '15-1252.00', 'Related O*NET-SOC Code': '15-1254.00', 'Relatedness Tier': 'Primary-Short', Index: '3' };
    expect(relatedRow(v, known)).toEqual({
      row: { from: '15-1252.00', to: '15-1254.00', props: { kind: 'related', stated: false, tier: 'Primary-Short', rank: 3 } },
    });
    expect(relatedRow({ ...v, 'Related O*NET-SOC Code': '17-2061.00' }, known)).toEqual({ skip: 'related occupation not in Occupation Data.txt', detail: '17-2061.00' });
  });

  it('takes element descriptions and parent categories from the content model', () => {
    const cm = contentModel([
      { 'Element ID': '2.B.3', 'Element Name': 'Technical Skills', Description: 'Developed capacities' },
      { 'Element ID': '2.B.3.e', 'Element Name': 'Programming', Description: 'Writing computer programs.' },
    ]);
    expect(cm.get('2.B.3.e')).toEqual({ name: 'Programming', description: 'Writing computer programs.', parentName: 'Technical Skills' });
  });
});

describe('provenance', () => {
  it('is the dataset release, set on every row of a run as one $shared parameter', () => {
    expect(provenance(escoDataset())).toEqual({ origin: 'esco', datasetVersion: 'ESCO v1.1.1', sources: ['esco-v1.1.1'] });
    expect(provenance(onetDataset())).toEqual({ origin: 'onet', datasetVersion: 'O*NET 29.3', sources: ['onet-29.3'] });
    expect(nodeMergeQuery('Role', 'merge', true)).toBe('UNWIND $rows AS row MERGE (n:Role {id: row.id}) SET n += row.props SET n += $shared');
    expect(relMergeQuery({ type: 'REQUIRES_SKILL', fromLabel: 'Role', toLabel: 'Skill' })).not.toContain('$shared');
    expect(() => nodeMergeQuery('Role) DETACH DELETE (n')).toThrow('Invalid graph identifier');
  });
});

describe('crosswalk file', () => {
  it('parses mappings into links and rejects a target without basis', () => {
    const links = parseCrosswalk('mappings:\n  - role: backend-developer\n    targets:\n      - { id: "15-1252.00", name: Software Developers, match: close, basis: title match }\n');
    expect(links).toEqual([{ role: 'backend-developer', target: '15-1252.00', name: 'Software Developers', match: 'close', basis: 'title match' }]);
    expect(crosswalkRow(links[0])).toEqual({ from: 'backend-developer', to: '15-1252.00', props: { basis: 'title match', match: 'close', origin: 'crosswalk' } });
    expect(() => parseCrosswalk('mappings:\n  - role: x\n    targets:\n      - { id: "1", match: close }\n', 'cw.yaml')).toThrow('cw.yaml:4: missing required field "basis"');
    expect(() => parseCrosswalk('mappings:\n  - role: x\n    targets:\n      - { id: "1", match: near, basis: b }\n', 'cw.yaml')).toThrow('cw.yaml:4: "match" must be one of close, broad; got "near"');
    expect(() => parseCrosswalk('mappings:\n  - role: x\n    target: []\n', 'cw.yaml')).toThrow('cw.yaml:2: missing required field "targets"');
    expect(() => parseCrosswalk('mappings: [\n', 'cw.yaml')).toThrow(/^cw\.yaml:\d+: YAML syntax error/);
  });
});

describe('progress and report', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, out: Object.assign(new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), { isTTY, columns: 100 }) };
  };
  const phase = (p: Progress) => {
    p.start('skills_en.csv', 1000);
    p.update(5000, 500);
    p.update(13896, 1000);
    p.done();
  };

  it('prints one plain line per file when not on a terminal', () => {
    const { chunks, out } = sink(false);
    phase(new Progress({ out, env: {} }));
    expect(chunks.join('')).toMatch(/^skills_en\.csv: 13,896 rows in \d+s\n$/);
  });

  it('draws a bar on a terminal, and only the plain line under CI or when quiet', () => {
    const tty = sink(true);
    phase(new Progress({ out: tty.out, env: {} }));
    expect(tty.chunks.join('')).toContain('skills_en.csv [');
    expect(tty.chunks.join('')).toMatch(/skills_en\.csv: 13,896 rows in \d+s\n$/);
    const ci = sink(true);
    phase(new Progress({ out: ci.out, env: { CI: 'true' } }));
    expect(ci.chunks.join('')).toMatch(/^skills_en\.csv: 13,896 rows in \d+s\n$/);
    const quiet = sink(true);
    phase(new Progress({ out: quiet.out, quiet: true }));
    expect(quiet.chunks).toEqual([]);
  });

  it('summarises created and updated counts and keeps a few skip examples', () => {
    const r = new ImportReport('test import');
    r.wrote('Role', 'node', 10, 4);
    for (let i = 1; i <= 5; i++) r.skip('rel.csv: skill not in skills file', `rel.csv:${i}: s${i}`);
    const json = r.finish().toJSON();
    expect(json.written.Role).toEqual({ kind: 'node', rows: 10, created: 4, updated: 6 });
    expect(json.skipped['rel.csv: skill not in skills file']).toEqual({ count: 5, examples: ['rel.csv:1: s1', 'rel.csv:2: s2', 'rel.csv:3: s3'] });
    expect(r.format().join('\n')).toContain('5 × rel.csv: skill not in skills file');
  });
});
