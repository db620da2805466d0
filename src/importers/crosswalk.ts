// The crosswalk: curated roles linked to their nearest ESCO and O*NET occupations (data/crosswalk.yaml),
// so overlap and transition questions can mix curated and imported roles. Links whose ends are not
// loaded are skipped and reported; links no longer in the file are removed.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { PROJECT_ROOT } from '../paths.js';
import { cypher } from '../store/cypherFiles.js';
import type { Graph } from '../store/graph.js';
import { bumpGraphVersion } from '../store/graphVersion.js';
import { ImportError } from './errors.js';
import { ImportReport } from './report.js';
import { Writer, type RelRow } from './writer.js';
import { YamlFile } from './yaml.js';

export const CROSSWALK_FILE = path.join(PROJECT_ROOT, 'data', 'crosswalk.yaml');

const CROSSWALK = z.strictObject({
  mappings: z.array(
    z.strictObject({
      role: z.string(),
      targets: z.array(
        z.strictObject({
          id: z.string(),
          /** The target's title in its dataset (documentation; compared with the loaded name). */
          name: z.string().default(''),
          match: z.enum(['close', 'broad']),
          basis: z.string(),
        }),
      ),
    }),
  ),
});

export interface CrosswalkLink {
  role: string;
  target: string;
  name: string;
  match: 'close' | 'broad';
  basis: string;
}

const MAPS_TO = { type: 'MAPS_TO', fromLabel: 'Role', toLabel: 'Role' };

/** Reads and validates data/crosswalk.yaml into a flat list of links; the first problem is an ImportError at its line. */
export function parseCrosswalk(text: string, file = 'crosswalk.yaml'): CrosswalkLink[] {
  const yaml = YamlFile.parse(text);
  if (!(yaml instanceof YamlFile)) throw new ImportError(file, yaml.line, yaml.message);
  const checked = yaml.check(CROSSWALK);
  if ('problems' in checked) throw new ImportError(file, checked.problems[0].line, checked.problems[0].message);
  return checked.data.mappings.flatMap((m) => m.targets.map((t) => ({ role: m.role, target: t.id, name: t.name, match: t.match, basis: t.basis })));
}

export function loadCrosswalk(file = CROSSWALK_FILE): CrosswalkLink[] {
  if (!fs.existsSync(file)) throw new ImportError(file, undefined, 'file not found');
  return parseCrosswalk(fs.readFileSync(file, 'utf8'), file);
}

export function crosswalkRow(link: CrosswalkLink): RelRow {
  return { from: link.role, to: link.target, props: { basis: link.basis, match: link.match, origin: 'crosswalk' } };
}

export async function curatedRolesExist(graph: Graph): Promise<boolean> {
  const rows = await graph.read(cypher('importers/curated-roles-exist'));
  return Boolean(rows[0]?.any);
}

/** Writes the links whose ends are loaded; returns a report of written and skipped links. */
export async function applyCrosswalk(graph: Graph, links: CrosswalkLink[], file = CROSSWALK_FILE): Promise<ImportReport> {
  const report = new ImportReport('crosswalk');
  const ids = [...new Set(links.flatMap((l) => [l.role, l.target]))];
  const found = await graph.read(cypher('importers/crosswalk-roles'), { ids });
  const byId = new Map(found.map((r) => [r.id as string, r]));
  const keep: CrosswalkLink[] = [];
  for (const link of links) {
    const role = byId.get(link.role);
    const target = byId.get(link.target);
    if (!role || role.origin !== 'curated') report.skip('curated role not loaded', `${link.role} -> ${link.target}`);
    else if (!target) report.skip('target occupation not loaded', `${link.role} -> ${link.target} (${link.name})`);
    else {
      if (link.name && target.name !== link.name) report.skip(`name differs from ${path.basename(file)} (linked anyway)`, `${link.target}: file says "${link.name}", graph has "${target.name}"`);
      keep.push(link);
    }
  }
  const writer = new Writer(graph, report);
  for (const link of keep) await writer.rel(MAPS_TO, crosswalkRow(link));
  await writer.flush();
  // Links removed from the file (or whose ends are gone) disappear from the graph too.
  await graph.write(cypher('importers/crosswalk-prune'), { pairs: keep.map((l) => [l.role, l.target]) });
  await bumpGraphVersion(graph);
  return report.finish();
}
