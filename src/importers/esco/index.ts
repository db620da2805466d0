// ESCO importer: concept files first (groups, occupations, skills), then the relation files, whose
// rows are checked against the concepts loaded so dangling references are skipped and reported.
import type { Graph } from '../../store/graph.js';
import type { NodeRow } from '../batchWriter.js';
import { beginImport, endImport, type ImportContext, type ImportOptions } from '../context.js';
import { openDelimited } from '../csv.js';
import { eachRecord, route, type Mapped } from '../pipeline.js';
import type { ImportReport } from '../report.js';
import { escoDataset, escoSource } from '../sources.js';
import { ESCO_FILES, findEscoFiles, type EscoFileKey } from './files.js';
import { broaderRel, groupNode, occupationNode, occupationSkillRel, skillNode, skillSkillRel } from './mappers.js';
import type { Dataset } from '../dataset.js';

export interface EscoImportOptions extends ImportOptions {
  /** Dataset version label, e.g. "v1.2.0"; defaults from the file naming (v1.1.1 or v1.2). */
  version?: string;
}

function open(files: Record<EscoFileKey, string>, key: EscoFileKey) {
  return openDelimited(files[key], { required: ESCO_FILES[key].required });
}

async function loadConcepts(ctx: ImportContext, file: string, required: readonly string[], label: string, map: (ds: Dataset, v: Record<string, string>) => Mapped<NodeRow>) {
  const src = openDelimited(file, { required });
  await eachRecord(src, ctx.progress, (rec) =>
    route(map(ctx.ds, rec.values), file, rec.line, ctx.report, async (row) => {
      ctx.known.add(label, row.id);
      await ctx.sink.node(label, row);
    }),
  );
}

export async function importEsco(graph: Graph, dir: string, opts: EscoImportOptions = {}): Promise<ImportReport> {
  const { paths, naming } = findEscoFiles(dir);
  const ds = escoDataset(opts.version ?? naming);
  const ctx = await beginImport(graph, ds, escoSource(ds), opts);
  const known = (label: string, id: string) => ctx.known.has(label, id);

  await loadConcepts(ctx, paths.iscoGroups, ESCO_FILES.iscoGroups.required, 'OccupationGroup', groupNode);
  await loadConcepts(ctx, paths.skillGroups, ESCO_FILES.skillGroups.required, 'SkillGroup', groupNode);
  await loadConcepts(ctx, paths.occupations, ESCO_FILES.occupations.required, 'Role', occupationNode);
  await loadConcepts(ctx, paths.skills, ESCO_FILES.skills.required, 'Skill', skillNode);

  const requires = { type: 'REQUIRES_SKILL', fromLabel: 'Role', toLabel: 'Skill' };
  await eachRecord(open(paths, 'occupationSkill'), ctx.progress, (rec) =>
    route(occupationSkillRel(ds, rec.values, known), paths.occupationSkill, rec.line, ctx.report, (row) => ctx.sink.rel(requires, row)),
  );
  const related = { type: 'RELATED_SKILL', fromLabel: 'Skill', toLabel: 'Skill' };
  await eachRecord(open(paths, 'skillSkill'), ctx.progress, (rec) =>
    route(skillSkillRel(ds, rec.values, known), paths.skillSkill, rec.line, ctx.report, (row) => ctx.sink.rel(related, row)),
  );
  for (const key of ['broaderOcc', 'broaderSkill'] as const) {
    await eachRecord(open(paths, key), ctx.progress, (rec) =>
      route(broaderRel(ds, rec.values, known), paths[key], rec.line, ctx.report, (b) =>
        ctx.sink.rel({ type: 'BROADER', fromLabel: b.fromLabel, toLabel: b.toLabel }, b.rel),
      ),
    );
  }
  return endImport(ctx);
}
