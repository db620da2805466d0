// What every imported node and relationship records about where it came from, and the Source node
// that credits the dataset (wording from ../shared/datasets/SOURCES.md).
import { nameKey, nameKeys } from '../domain/names.js';
import type { NodeRow } from './writer.js';

export interface Dataset {
  origin: 'esco' | 'onet';
  /** e.g. "ESCO v1.1.1", "O*NET 29.3". */
  version: string;
  /** Id of the dataset's Source node, e.g. "esco-v1.1.1". */
  sourceId: string;
}

export function provenance(ds: Dataset): { origin: string; datasetVersion: string; sources: string[] } {
  return { origin: ds.origin, datasetVersion: ds.version, sources: [ds.sourceId] };
}

/** Splits a multi-line label cell (ESCO altLabels) into distinct aliases, leaving out the name itself. */
export function splitLabels(text: string, name = ''): string[] {
  const own = nameKey(name);
  const seen = new Set<string>([own]);
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const label = raw.trim();
    const key = nameKey(label);
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(label);
  }
  return out;
}

/** A node row with the properties every imported node carries besides provenance: name, aliases, keys, aliasesText. */
export function importedNode(id: string, name: string, aliases: string[], extra: Record<string, unknown> = {}): NodeRow {
  return {
    id,
    props: {
      name,
      aliases,
      keys: nameKeys(name, aliases),
      aliasesText: aliases.join(' | '),
      ...extra,
    },
  };
}

export interface SourceInfo {
  title: string;
  publisher: string;
  url: string;
  date?: string;
  license: string;
  attribution: string;
}

export function sourceNode(ds: Dataset, info: SourceInfo): NodeRow {
  return {
    id: ds.sourceId,
    props: { name: info.title, ...info, kind: 'dataset', origin: ds.origin, datasetVersion: ds.version, keys: nameKeys(info.title) },
  };
}
