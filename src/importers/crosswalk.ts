// The crosswalk: curated roles linked to their nearest ESCO and O*NET occupations (data/crosswalk.yaml),
// so overlap and transition questions can mix curated and imported roles. Links whose ends are not
// loaded are skipped and reported; links no longer in the file are removed.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Graph } from '../store/graph.js';
import { PROJECT_ROOT } from '../paths.js';
import { bumpGraphVersion } from '../store/graphVersion.js';
import { writeRels, type RelRow } from './batchWriter.js';
import { ImportError } from './errors.js';
import { ImportReport } from './report.js';

export const CROSSWALK_FILE = path.join(PROJECT_ROOT, 'data', 'crosswalk.yaml');

export interface CrosswalkLink {
  role: string;
  target: string;
  /** The target's title in its dataset (documentation; compared with the loaded name). */
  name: string;
  match: 'close' | 'broad';
  basis: string;
}

const MAPS_TO = { type: 'MAPS_TO', fromLabel: 'Role', toLabel: 'Role' };

/** Reads and validates data/crosswalk.yaml into a flat list of links. */
export function parseCrosswalk(text: string, file = 'crosswalk.yaml'): CrosswalkLink[] {
  let doc: any;
  try {
    doc = parse(text);
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new ImportError(file, line, `invalid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!doc || !Array.isArray(doc.mappings)) throw new ImportError(file, undefined, 'expected a top-level "mappings:" list');
  const links: CrosswalkLink[] = [];
  doc.mappings.forEach((m: any, i: number) => {
    const where = `mappings[${i}]`;
    if (typeof m?.role !== 'string' || !Array.isArray(m.targets)) throw new ImportError(file, undefined, `${where}: needs "role" and a "targets" list`);
    for (const t of m.targets) {
      if (typeof t?.id !== 'string' || typeof t.basis !== 'string' || (t.match !== 'close' && t.match !== 'broad')) {
        throw new ImportError(file, undefined, `${where} (${m.role}): each target needs id, basis and match (close or broad)`);
      }
      links.push({ role: m.role, target: t.id, name: String(t.name ?? ''), match: t.match, basis: t.basis });
    }
  });
  return links;
}

export function loadCrosswalk(file = CROSSWALK_FILE): CrosswalkLink[] {
  if (!fs.existsSync(file)) throw new ImportError(file, undefined, 'file not found');
  return parseCrosswalk(fs.readFileSync(file, 'utf8'), file);
}

export function crosswalkRow(link: CrosswalkLink): RelRow {
  return { from: link.role, to: link.target, props: { basis: link.basis, match: link.match, origin: 'crosswalk' } };
}

export async function curatedRolesExist(graph: Graph): Promise<boolean> {
  const rows = await graph.read("MATCH (r:Role {origin: 'curated'}) RETURN count(r) > 0 AS any");
  return Boolean(rows[0]?.any);
}

/** Writes the links whose ends are loaded; returns a report of written and skipped links. */
export async function applyCrosswalk(graph: Graph, links: CrosswalkLink[], file = CROSSWALK_FILE): Promise<ImportReport> {
  const report = new ImportReport('crosswalk');
  const ids = [...new Set(links.flatMap((l) => [l.role, l.target]))];
  const found = await graph.read('MATCH (r:Role) WHERE r.id IN $ids RETURN r.id AS id, r.name AS name, r.origin AS origin', { ids });
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
  const totals = await writeRels(graph, MAPS_TO, keep.map(crosswalkRow));
  report.wrote('Role-MAPS_TO->Role', 'rel', totals.rows, totals.relationshipsCreated);
  // Links removed from the file (or whose ends are gone) disappear from the graph too.
  const pairs = keep.map((l) => [l.role, l.target]);
  await graph.write("MATCH (a:Role)-[r:MAPS_TO {origin: 'crosswalk'}]->(b:Role) WHERE NOT [a.id, b.id] IN $pairs DELETE r", { pairs });
  await bumpGraphVersion(graph);
  return report.finish();
}
