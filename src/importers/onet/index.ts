// O*NET importer: occupations, job zones, technology skills (Tool + USES_TOOL), skill and knowledge
// ratings (Skill + REQUIRES_SKILL above the importance threshold) and related occupations (CAN_MOVE_TO).
import path from 'node:path';
import { cypher } from '../../store/cypherFiles.js';
import type { Graph } from '../../store/graph.js';
import { openDelimited, type TableSource } from '../csv.js';
import type { ImportReport } from '../report.js';
import { ImportRun, type ImportOptions } from '../run.js';
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

const REQUIRES = { type: 'REQUIRES_SKILL', fromLabel: 'Role', toLabel: 'Skill' };
const USES_TOOL = { type: 'USES_TOOL', fromLabel: 'Role', toLabel: 'Tool' };
const MOVES = { type: 'CAN_MOVE_TO', fromLabel: 'Role', toLabel: 'Role' };

function openTable(file: string, required: readonly string[]): TableSource {
  return file.endsWith('.xlsx') ? openXlsx(file, { required }) : openDelimited(file, { delimiter: '\t', required });
}

async function readContentModel(run: ImportRun, file: string | undefined): Promise<Map<string, ElementInfo>> {
  if (!file) return new Map();
  const rows: Record<string, string>[] = [];
  await run.eachRecord(openTable(file, ONET_FILES.contentModel.required), (rec) => rows.push(rec.values));
  return contentModel(rows);
}

/** Skills / Knowledge: IM and LV rows are paired per occupation and element, then filtered. */
async function importRatings(run: ImportRun, file: string, skillType: 'skill' | 'knowledge', elements: Map<string, ElementInfo>) {
  const ratings = new Map<string, Rating>();
  await run.eachRecord(openTable(file, ONET_FILES.skills.required), (rec) => addRating(ratings, rec.values, rec.line));
  let below = 0;
  for (const r of ratings.values()) {
    const verdict = ratingRel(r, run.isKnown);
    if ('below' in verdict) {
      below++;
      continue;
    }
    if ('row' in verdict && !run.isKnown('Skill', `onet:${r.elementId}`)) {
      await run.node('Skill', elementNode(r.elementId, r.elementName, skillType, elements.get(r.elementId)));
    }
    await run.route(verdict, file, r.line, (row) => run.writer.rel(REQUIRES, row));
  }
  run.report.filter(`${path.basename(file)}: ratings below IM ${ONET_MIN_IMPORTANCE.toFixed(1)} or marked Recommend Suppress`, below);
}

export async function importOnet(graph: Graph, dir: string, opts: OnetImportOptions = {}): Promise<ImportReport> {
  const files = findOnetFiles(dir);
  const ds = onetDataset(opts.version);
  const run = await ImportRun.begin(graph, ds, onetSource(ds), opts);
  const each = (key: Exclude<keyof typeof files, 'contentModel'>, handle: (v: Record<string, string>, line: number) => Promise<unknown>) =>
    run.eachRecord(openTable(files[key], ONET_FILES[key].required), (rec) => handle(rec.values, rec.line));

  await each('occupations', (v, line) => run.route(occupationNode(v), files.occupations, line, (row) => run.node('Role', row)));
  await each('jobZones', (v, line) => run.route(jobZoneRow(v, run.isKnown), files.jobZones, line, (row) => run.writer.node('Role', row)));
  await each('technology', (v, line) =>
    run.route(technologyRow(v, run.isKnown), files.technology, line, async ({ tool, uses }) => {
      if (!run.isKnown('Tool', tool.id)) await run.node('Tool', tool);
      await run.writer.rel(USES_TOOL, uses);
    }),
  );
  await run.writer.flush();
  await graph.write(cypher('importers/onet-tool-flags'), {});

  const elements = await readContentModel(run, files.contentModel);
  await importRatings(run, files.skills, 'skill', elements);
  await importRatings(run, files.knowledge, 'knowledge', elements);

  await each('related', (v, line) => run.route(relatedRow(v, run.isKnown), files.related, line, (row) => run.writer.rel(MOVES, row)));
  return run.finish();
}
