// The graph rows the curated data becomes: every node and relationship carries origin 'curated', whether
// it is stated, the sources it cites and their evidence text; every node is STATED_IN its sources.
import { nameKeys } from '../../domain/names.js';
import type { NodeRow, RelRow } from '../writer.js';
import { ORIGIN, type NodeItem } from './schema.js';

/** A cite resolved against sources.yaml: the source id, the section's name and the quoted passage. */
export interface Cite {
  source: string;
  section: string;
  passage?: string;
}

type Obj = Record<string, unknown>;

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Drops null/undefined values: Neo4j stores no nulls and the driver rejects undefined. */
function compact(props: Obj): Obj {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** The evidence text of one cite: "<source> § <section>: "<passage>"". */
function evidenceOf(c: Cite): string {
  return `${c.source} § ${c.section}` + (c.passage ? `: "${c.passage}"` : '');
}

const provenance = (stated: boolean, cites: Cite[]) => ({
  origin: ORIGIN,
  stated,
  sources: unique(cites.map((c) => c.source)),
  evidence: unique(cites.map(evidenceOf)),
});

export function sourceRow(id: string, fields: { title: string } & Obj): NodeRow {
  return { id, props: compact({ ...fields, name: fields.title, aliases: [], aliasesText: '', keys: nameKeys(fields.title, [id]), origin: ORIGIN }) };
}

/** A node of a node file or statements.yaml; `extra` holds the fields its label adds. */
export function nodeRow(item: NodeItem, cites: Cite[], extra: Obj): NodeRow {
  const aliases = item.aliases ?? [];
  const { origin, stated, sources, evidence } = provenance(item.stated, cites);
  return {
    id: item.id,
    props: compact({ name: item.name, aliases, aliasesText: aliases.join(' | '), keys: nameKeys(item.name, aliases), description: item.description, origin, stated, sources, evidence, ...extra }),
  };
}

export function relRow(from: string, to: string, stated: boolean, cites: Cite[], extra: Obj = {}): RelRow {
  return { from, to, props: compact({ ...provenance(stated, cites), ...extra }) };
}

/** (node)-[:STATED_IN {section, sections, passage}]->(source), one per source the node cites. */
export function statedInRows(id: string, cites: Cite[]): RelRow[] {
  return unique(cites.map((c) => c.source)).map((source) => {
    const mine = cites.filter((c) => c.source === source);
    const passage = mine.find((c) => c.passage)?.passage;
    return { from: id, to: source, props: compact({ origin: ORIGIN, section: mine[0].section, sections: unique(mine.map((c) => c.section)), passage }) };
  });
}
