// Turns the curated YAML files into plain node and relationship rows for the shared writer, rejecting bad
// data with `file:line` messages before anything touches the database. The shape of each file (fields,
// types, allowed values, importance range) is the zod schemas in schema.ts; what spans files is checked
// here: duplicate ids, references to nodes and to source sections, duplicate and self links.
import type * as z from 'zod';
import { CuratedDataError, type CuratedIssue } from '../errors.js';
import { YamlFile, type Path } from '../yaml.js';
import type { NodeRow, RelRow, RelSpec } from '../writer.js';
import { nodeRow, relRow, sourceRow, statedInRows, type Cite } from './rows.js';
import { NODE_FILES, REL_FILE, REL_TYPES, SOURCES, STATEMENT_KINDS, STATEMENTS, type CiteRef, type NodeItem, type RelFile } from './schema.js';

export interface NodeGroup {
  label: string;
  rows: NodeRow[];
}

export interface RelGroup {
  spec: RelSpec;
  rows: RelRow[];
}

export interface CuratedData {
  /** Node rows per label, Source first. */
  nodes: NodeGroup[];
  /** Relationship rows per (type, from label, to label), STATED_IN included. */
  rels: RelGroup[];
}

const REQUIRED_FILES = ['sources.yaml', ...Object.keys(NODE_FILES), 'statements.yaml'];

/** One file being read: where its problems are reported. */
interface At {
  file: string;
  yaml: YamlFile;
}

class CuratedReader {
  readonly issues: CuratedIssue[] = [];
  readonly nodes: NodeGroup[] = [];
  readonly rels: RelGroup[] = [];
  /** Ids per label; null when the file defining the label failed its schema (references to it are not checked). */
  private readonly ids = new Map<string, Set<string> | null>();
  /** Section names per source id; null when sources.yaml failed its schema. */
  private sections: Map<string, Record<string, string>> | null = new Map();
  private readonly statedIn = new Map<string, RelRow[]>();

  constructor(private readonly dirLabel: string) {}

  fail(file: string, line: number, message: string): void {
    this.issues.push({ file: this.dirLabel + file, line, message });
  }

  failAt(at: At, path: Path, message: string): void {
    this.fail(at.file, at.yaml.lineOf(path), message);
  }

  /** The file's data if it matches the schema; otherwise its problems are recorded and null returned. */
  check<S extends z.ZodType>(at: At, schema: S): z.output<S> | null {
    const result = at.yaml.check(schema);
    if ('data' in result) return result.data;
    for (const p of result.problems) this.fail(at.file, p.line, p.message);
    return null;
  }

  readSources(at: At): void {
    const sources = this.check(at, SOURCES);
    if (!sources) {
      this.sections = null;
      return;
    }
    const rows: NodeRow[] = [];
    sources.forEach(({ id, sections, ...fields }, i) => {
      if (this.sections!.has(id)) return this.failAt(at, [i, 'id'], `duplicate id "${id}"`);
      this.sections!.set(id, sections);
      rows.push(sourceRow(id, fields));
    });
    this.nodes.push({ label: 'Source', rows });
  }

  /** Node items of one label (a node file, or one list of statements.yaml under `prefix`). */
  readNodes<I extends NodeItem>(at: At, label: string, items: I[] | null, prefix: Path = []): { item: I; cites: Cite[]; path: Path }[] {
    if (!items) {
      this.ids.set(label, null);
      return [];
    }
    const seen = this.ids.get(label) ?? new Set<string>();
    this.ids.set(label, seen);
    const read: { item: I; cites: Cite[]; path: Path }[] = [];
    items.forEach((item, i) => {
      const path = [...prefix, i];
      if (seen.has(item.id)) return this.failAt(at, [...path, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
      read.push({ item, cites: this.resolveCites(at, [...path, 'cite'], item.cite), path });
    });
    let group = this.nodes.find((g) => g.label === label);
    if (!group) this.nodes.push((group = { label, rows: [] }));
    const statedIn = this.statedIn.get(label) ?? [];
    this.statedIn.set(label, statedIn);
    for (const { item, cites } of read) {
      // What the label adds to the common node fields becomes properties too (roles become links).
      const { id, name, aliases, description, cite, stated, roles, ...extra } = item as NodeItem & { roles?: string[] };
      group.rows.push(nodeRow(item, cites, extra));
      statedIn.push(...statedInRows(id, cites));
    }
    return read;
  }

  readStatements(at: At): void {
    const statements = this.check(at, STATEMENTS);
    if (!statements) {
      for (const { label } of Object.values(STATEMENT_KINDS)) this.ids.set(label, null);
      return;
    }
    const roles = this.ids.get('Role');
    for (const [kind, items] of Object.entries(statements)) {
      const { label, relType } = STATEMENT_KINDS[kind as keyof typeof STATEMENT_KINDS];
      const rows: RelRow[] = [];
      for (const { item, cites, path } of this.readNodes(at, label, items ?? [], [kind])) {
        item.roles.forEach((role, j) => {
          if (roles && !roles.has(role)) this.failAt(at, [...path, 'roles', j], `unknown Role "${role}"`);
          else rows.push(relRow(role, item.id, item.stated, cites));
        });
      }
      this.rels.push({ spec: { type: relType, fromLabel: 'Role', toLabel: label }, rows });
    }
  }

  readRelationships(at: At): void {
    const data: RelFile | null = this.check(at, REL_FILE);
    if (!data) return;
    if (this.rels.some((g) => g.spec.type === data.type)) return this.failAt(at, ['type'], `relationship type ${data.type} is already defined in another file`);
    const { fromLabel, toLabel } = REL_TYPES[data.type];
    const fromIds = this.ids.get(fromLabel);
    const toIds = this.ids.get(toLabel);
    const rows: RelRow[] = [];
    const pairs = new Set<string>();
    for (const [from, links] of Object.entries(data.links)) {
      if (fromIds && !fromIds.has(from)) this.failAt(at, ['links', from], `unknown ${fromLabel} "${from}"`);
      links.forEach(({ to, cite, stated, ...extra }, j) => {
        const path = ['links', from, j];
        if (toIds && !toIds.has(to)) this.failAt(at, [...path, 'to'], `unknown ${toLabel} ${JSON.stringify(to)}`);
        else if (fromLabel === toLabel && from === to) this.failAt(at, [...path, 'to'], `a ${data.type} link from "${from}" to itself`);
        else if (pairs.has(`${from}\u0000${to}`)) this.failAt(at, [...path, 'to'], `duplicate ${data.type} link ${from} -> ${to}`);
        pairs.add(`${from}\u0000${to}`);
        // The type's own fields first, then the note (the property order of the generated Browser script).
        const { note, ...fields } = extra as { note?: string };
        rows.push(relRow(from, to, stated, this.resolveCites(at, [...path, 'cite'], cite), { ...fields, note }));
      });
    }
    this.rels.push({ spec: { type: data.type, fromLabel, toLabel }, rows });
  }

  /** STATED_IN from every node but the sources, in the order the labels were read. */
  finish(): CuratedData {
    for (const [label, rows] of this.statedIn) this.rels.push({ spec: { type: 'STATED_IN', fromLabel: label, toLabel: 'Source' }, rows });
    return { nodes: this.nodes, rels: this.rels };
  }

  private resolveCites(at: At, path: Path, refs: CiteRef[]): Cite[] {
    const out: Cite[] = [];
    refs.forEach(({ ref, passage }, j) => {
      if (!this.sections) return;
      const [source, key] = ref.split('#');
      const sections = this.sections.get(source);
      if (!sections) this.failAt(at, [...path, j], `unknown source "${source}" in cite "${ref}"`);
      else if (!key || !Object.hasOwn(sections, key)) this.failAt(at, [...path, j], `unknown section "${key ?? ''}" of source "${source}" in cite "${ref}"`);
      else out.push({ source, section: sections[key], passage });
    });
    return out;
  }
}

/** Parses what readCuratedFiles() returns ({relative path: text}); throws CuratedDataError listing every problem. */
export function parseCurated(files: Record<string, string>, dirLabel = 'data/curated/'): CuratedData {
  const reader = new CuratedReader(dirLabel);
  const docs = new Map<string, YamlFile>();
  for (const [file, text] of Object.entries(files)) {
    if (!REQUIRED_FILES.includes(file) && !/^relationships\/[^/]+\.ya?ml$/.test(file)) {
      reader.fail(file, 1, 'unexpected file: not a curated node file nor relationships/*.yaml');
      continue;
    }
    const parsed = YamlFile.parse(text);
    if (parsed instanceof YamlFile) docs.set(file, parsed);
    else reader.fail(file, parsed.line, parsed.message);
  }
  for (const file of REQUIRED_FILES) if (!(file in files)) reader.fail(file, 1, 'required file is missing');
  throwIfAny(reader.issues);

  const at = (file: string): At => ({ file, yaml: docs.get(file)! });
  reader.readSources(at('sources.yaml'));
  for (const [file, { label, schema }] of Object.entries(NODE_FILES)) reader.readNodes(at(file), label, reader.check(at(file), schema));
  reader.readStatements(at('statements.yaml'));
  for (const file of [...docs.keys()].filter((f) => f.startsWith('relationships/')).sort()) reader.readRelationships(at(file));
  throwIfAny(reader.issues);
  return reader.finish();
}

/** Problems in reading order: by file, then line. */
function throwIfAny(issues: CuratedIssue[]): void {
  if (issues.length === 0) return;
  throw new CuratedDataError([...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
}
