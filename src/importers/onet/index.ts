// O*NET importer: occupations, job zones, technology skills (Tool + USES_TOOL), skill and knowledge
// ratings (Skill + REQUIRES_SKILL above the importance threshold) and related occupations (CAN_MOVE_TO).
import path from 'node:path';
import type { Graph } from '../../store/graph.js';
import { beginImport, endImport, type ImportContext, type ImportOptions } from '../context.js';
import { openDelimited, type TableSource } from '../csv.js';
import { eachRecord, route } from '../pipeline.js';
import type { ImportReport } from '../report.js';
import { onetDataset, onetSource } from '../sources.js';
import { openXlsx } from '../xlsx.js';
import { ONET_FILES, findOnetFiles } from './files.js';
import {
  ONET_MIN_IMPORTANCE,
  addRating,
  contentModel,
  elementNode,
  jobZoneRow,
  occupationNode,
  ratingRel,
  relatedRow,
  technologyRow,
  type ElementInfo,
  type Rating,
} from './mappers.js';

export interface OnetImportOptions extends ImportOptions {
  /** Release label, e.g. "29.3" (the default). */
  version?: string;
}

function openTable(file: string, required: readonly string[]): TableSource {
  return file.endsWith('.xlsx') ? openXlsx(file, { required }) : openDelimited(file, { delimiter: '\t', required });
}

async function readContentModel(ctx: ImportContext, file: string | undefined): Promise<Map<string, ElementInfo>> {
  if (!file) return new Map();
  const rows: Record<string, string>[] = [];
  await eachRecord(openTable(file, ONET_FILES.contentModel.required), ctx.progress, (rec) => rows.push(rec.values));
  return contentModel(rows);
}

/** Skills / Knowledge: IM and LV rows are paired per occupation and element, then filtered. */
async function importRatings(ctx: ImportContext, file: string, skillType: 'skill' | 'knowledge', elements: Map<string, ElementInfo>) {
  const ratings = new Map<string, Rating>();
  await eachRecord(openTable(file, ONET_FILES.skills.required), ctx.progress, (rec) => addRating(ratings, rec.values, rec.line));
  const known = (label: string, id: string) => ctx.known.has(label, id);
  const seen = new Set<string>();
  const requires = { type: 'REQUIRES_SKILL', fromLabel: 'Role', toLabel: 'Skill' };
  let below = 0;
  for (const r of ratings.values()) {
    const verdict = ratingRel(ctx.ds, r, known);
    if ('below' in verdict) {
      below++;
      continue;
    }
    if ('row' in verdict && !seen.has(r.elementId)) {
      seen.add(r.elementId);
      await ctx.sink.node('Skill', elementNode(ctx.ds, r.elementId, r.elementName, skillType, elements.get(r.elementId)));
    }
    await route(verdict, file, r.line, ctx.report, (row) => ctx.sink.rel(requires, row));
  }
  ctx.report.filter(`${path.basename(file)}: ratings below IM ${ONET_MIN_IMPORTANCE.toFixed(1)} or marked Recommend Suppress`, below);
}

export async function importOnet(graph: Graph, dir: string, opts: OnetImportOptions = {}): Promise<ImportReport> {
  const files = findOnetFiles(dir);
  const ds = onetDataset(opts.version);
  const ctx = await beginImport(graph, ds, onetSource(ds), opts);
  const known = (label: string, id: string) => ctx.known.has(label, id);
  const f = ONET_FILES;

  await eachRecord(openTable(files.occupations, f.occupations.required), ctx.progress, (rec) =>
    route(occupationNode(ds, rec.values), files.occupations, rec.line, ctx.report, async (row) => {
      ctx.known.add('Role', row.id);
      await ctx.sink.node('Role', row);
    }),
  );
  await eachRecord(openTable(files.jobZones, f.jobZones.required), ctx.progress, (rec) =>
    route(jobZoneRow(rec.values, known), files.jobZones, rec.line, ctx.report, (row) => ctx.sink.node('Role', row)),
  );

  const tools = new Set<string>();
  const usesTool = { type: 'USES_TOOL', fromLabel: 'Role', toLabel: 'Tool' };
  await eachRecord(openTable(files.technology, f.technology.required), ctx.progress, (rec) =>
    route(technologyRow(ds, rec.values, known), files.technology, rec.line, ctx.report, async ({ tool, uses }) => {
      if (!tools.has(tool.id)) {
        tools.add(tool.id);
        await ctx.sink.node('Tool', tool);
      }
      await ctx.sink.rel(usesTool, uses);
    }),
  );

  const elements = await readContentModel(ctx, files.contentModel);
  await importRatings(ctx, files.skills, 'skill', elements);
  await importRatings(ctx, files.knowledge, 'knowledge', elements);

  const moves = { type: 'CAN_MOVE_TO', fromLabel: 'Role', toLabel: 'Role' };
  await eachRecord(openTable(files.related, f.related.required), ctx.progress, (rec) =>
    route(relatedRow(ds, rec.values, known), files.related, rec.line, ctx.report, (row) => ctx.sink.rel(moves, row)),
  );
  return endImport(ctx);
}
