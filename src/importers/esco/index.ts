// ESCO importer: concept files first (groups, occupations, skills), then the relation files, whose
// rows are checked against the concepts loaded so dangling references are skipped and reported.
import type { Graph } from '../../store/graph.js';
import { openDelimited } from '../csv.js';
import type { Mapped } from '../mapped.js';
import type { ImportReport } from '../report.js';
import { ImportRun, type ImportOptions } from '../run.js';
import { escoDataset, escoSource } from '../sources.js';
import type { NodeRow } from '../writer.js';
import { ESCO_FILES, findEscoFiles, type EscoFileKey } from './files.js';
import { broaderRel, groupNode, occupationNode, occupationSkillRel, skillNode, skillSkillRel } from './mappers.js';

export interface EscoImportOptions extends ImportOptions {
  /** Dataset version label, e.g. "v1.2.0"; defaults from the file naming (v1.1.1 or v1.2). */
  version?: string;
}

const REQUIRES = { type: 'REQUIRES_SKILL', fromLabel: 'Role', toLabel: 'Skill' };
const RELATED = { type: 'RELATED_SKILL', fromLabel: 'Skill', toLabel: 'Skill' };

export async function importEsco(graph: Graph, dir: string, opts: EscoImportOptions = {}): Promise<ImportReport> {
  const { paths, naming } = findEscoFiles(dir);
  const ds = escoDataset(opts.version ?? naming);
  const run = await ImportRun.begin(graph, ds, escoSource(ds), opts);
  const each = (key: EscoFileKey, handle: (v: Record<string, string>, line: number) => Promise<unknown>) =>
    run.eachRecord(openDelimited(paths[key], { required: ESCO_FILES[key].required }), (rec) => handle(rec.values, rec.line));
  const concepts = (key: EscoFileKey, label: string, map: (v: Record<string, string>) => Mapped<NodeRow>) =>
    each(key, (v, line) => run.route(map(v), paths[key], line, (row) => run.node(label, row)));

  await concepts('iscoGroups', 'OccupationGroup', groupNode);
  await concepts('skillGroups', 'SkillGroup', groupNode);
  await concepts('occupations', 'Role', occupationNode);
  await concepts('skills', 'Skill', skillNode);

  await each('occupationSkill', (v, line) =>
    run.route(occupationSkillRel(v, run.isKnown), paths.occupationSkill, line, (row) => run.writer.rel(REQUIRES, row)),
  );
  await each('skillSkill', (v, line) => run.route(skillSkillRel(v, run.isKnown), paths.skillSkill, line, (row) => run.writer.rel(RELATED, row)));
  for (const key of ['broaderOcc', 'broaderSkill'] as const) {
    await each(key, (v, line) =>
      run.route(broaderRel(v, run.isKnown), paths[key], line, (b) => run.writer.rel({ type: 'BROADER', fromLabel: b.fromLabel, toLabel: b.toLabel }, b.rel)),
    );
  }
  return run.finish();
}
