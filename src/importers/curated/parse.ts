// Turns the curated YAML files into plain node and relationship rows for the shared batch writer,
// rejecting bad data with `file:line` messages (unknown reference, missing source, duplicate id,
// importance out of range, unknown field) before anything touches the database.
import { nameKeys } from '../../domain/names.js';
import type { NodeRow, RelRow, RelSpec } from '../batchWriter.js';
import {
  ID_PATTERN, MAX_INFERRED_IMPORTANCE, NODE_FILES, ORIGIN, REL_TYPES, SOURCE_FIELDS, STATEMENT_KINDS,
  type FieldSpec, type RelTypeSpec,
} from './spec.js';
import { parseYamlWithLines, YamlSyntaxError, type ParsedYaml } from './yamlLines.js';

export interface CuratedIssue {
  file: string;
  line: number;
  message: string;
}

export class CuratedDataError extends Error {
  override name = 'CuratedDataError';
  constructor(readonly issues: CuratedIssue[]) {
    super(`Invalid curated data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` + issues.map((i) => `  ${i.file}:${i.line}: ${i.message}`).join('\n'));
  }
}

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

interface Cite {
  source: string;
  section: string;
  passage?: string;
}

type Obj = Record<string, unknown>;
const REQUIRED_FILES = ['sources.yaml', ...Object.keys(NODE_FILES), 'statements.yaml'];
const NODE_COMMON = ['id', 'name', 'aliases', 'description', 'cite', 'stated'];
const LINK_COMMON = ['to', 'cite', 'stated', 'note'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Drops null/undefined values: Neo4j stores no nulls and the driver rejects undefined. */
function compact(props: Obj): Obj {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

class Checker {
  readonly issues: CuratedIssue[] = [];
  private current: { file: string; yaml: ParsedYaml } | null = null;

  constructor(private readonly dirLabel: string) {}

  use(file: string, yaml: ParsedYaml) {
    this.current = { file, yaml };
  }

  /** Records a problem at the line of `at` (or of its key `key`). */
  fail(at: unknown, message: string, key?: string) {
    const loc = typeof at === 'object' && at !== null ? this.current?.yaml.locate(at) : undefined;
    const line = (key !== undefined ? loc?.keys.get(key) : undefined) ?? loc?.line ?? 1;
    this.issues.push({ file: this.dirLabel + (this.current?.file ?? ''), line, message });
  }

  failFile(file: string, line: number, message: string) {
    this.issues.push({ file: this.dirLabel + file, line, message });
  }
}

export function parseCurated(files: Record<string, string>, dirLabel = 'data/curated/'): CuratedData {
  const ck = new Checker(dirLabel);
  const parsed = new Map<string, ParsedYaml>();
  for (const [file, text] of Object.entries(files)) {
    if (!REQUIRED_FILES.includes(file) && !/^relationships\/[^/]+\.ya?ml$/.test(file)) {
      ck.failFile(file, 1, 'unexpected file: not a curated node file nor relationships/*.yaml');
      continue;
    }
    try {
      parsed.set(file, parseYamlWithLines(text));
    } catch (err) {
      if (err instanceof YamlSyntaxError) ck.failFile(file, err.line, `YAML syntax error: ${err.message}`);
      else throw err;
    }
  }
  for (const file of REQUIRED_FILES) {
    if (!(file in files)) ck.failFile(file, 1, 'required file is missing');
  }
  if (ck.issues.length > 0) throw new CuratedDataError(ck.issues);

  const sources = readSources(ck, parsed.get('sources.yaml')!);
  const nodes: NodeGroup[] = [sources.group];
  const ids = new Map<string, Set<string>>();
  const statedIn: { label: string; id: string; cites: Cite[] }[] = [];

  const addNodes = (label: string, rows: { row: NodeRow; cites: Cite[] }[]) => {
    let group = nodes.find((g) => g.label === label);
    if (!group) nodes.push((group = { label, rows: [] }));
    const seen = ids.get(label) ?? new Set<string>();
    ids.set(label, seen);
    for (const { row, cites } of rows) {
      group.rows.push(row);
      seen.add(row.id);
      statedIn.push({ label, id: row.id, cites });
    }
  };

  for (const [file, spec] of Object.entries(NODE_FILES)) {
    const yaml = parsed.get(file)!;
    ck.use(file, yaml);
    addNodes(spec.label, readNodeList(ck, yaml.value, spec.fields, sources.cites, ids.get(spec.label) ?? new Set()));
  }

  const rels: RelGroup[] = [];
  const statements = parsed.get('statements.yaml')!;
  ck.use('statements.yaml', statements);
  if (!isObj(statements.value)) ck.fail(statements.value, 'statements.yaml must be a map of statement lists');
  else {
    for (const [kind, list] of Object.entries(statements.value)) {
      const spec = STATEMENT_KINDS[kind];
      if (!spec) {
        ck.fail(statements.value, `unknown statement kind "${kind}" (expected one of ${Object.keys(STATEMENT_KINDS).join(', ')})`, kind);
        continue;
      }
      const fields = { roles: { type: 'string[]', required: true } as FieldSpec };
      const read = readNodeList(ck, list, fields, sources.cites, ids.get(spec.label) ?? new Set());
      const relRows: RelRow[] = [];
      for (const { row, cites, raw } of read) {
        for (const role of (row.props.roles as string[] | undefined) ?? []) {
          if (!ids.get('Role')?.has(role)) ck.fail(raw, `unknown Role "${role}"`, 'roles');
          else relRows.push({ from: role, to: row.id, props: relProps(row.props.stated as boolean, cites, {}) });
        }
        delete row.props.roles;
      }
      addNodes(spec.label, read);
      rels.push({ spec: { type: spec.relType, fromLabel: 'Role', toLabel: spec.label }, rows: relRows });
    }
  }

  for (const [file, yaml] of [...parsed].filter(([f]) => f.startsWith('relationships/')).sort(([a], [b]) => a.localeCompare(b))) {
    ck.use(file, yaml);
    const group = readRelFile(ck, yaml.value, sources.cites, ids);
    if (group) {
      const same = rels.find((g) => g.spec.type === group.spec.type);
      if (same) ck.fail(yaml.value, `relationship type ${group.spec.type} is already defined in another file`, 'type');
      else rels.push(group);
    }
  }

  const stated = new Map<string, RelRow[]>();
  for (const { label, id, cites } of statedIn) {
    const rows = stated.get(label) ?? [];
    stated.set(label, rows);
    for (const source of unique(cites.map((c) => c.source))) {
      const mine = cites.filter((c) => c.source === source);
      const passage = mine.find((c) => c.passage)?.passage;
      rows.push({ from: id, to: source, props: compact({ origin: ORIGIN, section: mine[0].section, sections: unique(mine.map((c) => c.section)), passage }) });
    }
  }
  for (const [label, rows] of stated) rels.push({ spec: { type: 'STATED_IN', fromLabel: label, toLabel: 'Source' }, rows });

  if (ck.issues.length > 0) throw new CuratedDataError(ck.issues);
  return { nodes, rels };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The evidence text of one cite: "<source> § <section>: “<passage>”". */
function evidenceOf(c: Cite): string {
  return `${c.source} § ${c.section}` + (c.passage ? `: "${c.passage}"` : '');
}

function relProps(stated: boolean, cites: Cite[], extra: Obj): Obj {
  return compact({ origin: ORIGIN, stated, sources: unique(cites.map((c) => c.source)), evidence: unique(cites.map(evidenceOf)), ...extra });
}

type CiteIndex = Map<string, Record<string, string>>;

function readSources(ck: Checker, yaml: ParsedYaml): { group: NodeGroup; cites: CiteIndex } {
  ck.use('sources.yaml', yaml);
  const cites: CiteIndex = new Map();
  const rows: NodeRow[] = [];
  if (!Array.isArray(yaml.value)) {
    ck.fail(yaml.value, 'sources.yaml must be a list of sources');
    return { group: { label: 'Source', rows }, cites };
  }
  for (const item of yaml.value) {
    if (!isObj(item)) {
      ck.fail(yaml.value, 'each source must be a map');
      continue;
    }
    const id = checkId(ck, item, cites);
    for (const key of Object.keys(item)) {
      if (key !== 'id' && key !== 'sections' && !(key in SOURCE_FIELDS)) ck.fail(item, `unknown field "${key}" on a source`, key);
    }
    const props = readFields(ck, item, SOURCE_FIELDS);
    const sections = item.sections ?? {};
    if (!isObj(sections) || !Object.values(sections).every((s) => typeof s === 'string')) {
      ck.fail(item, 'sections must map short keys to section names', 'sections');
    }
    if (id === null) continue;
    cites.set(id, isObj(sections) ? (sections as Record<string, string>) : {});
    const name = String(props.title ?? id);
    rows.push({ id, props: compact({ ...props, name, aliases: [], aliasesText: '', keys: nameKeys(name, [id]), origin: ORIGIN }) });
  }
  return { group: { label: 'Source', rows }, cites };
}

function checkId(ck: Checker, item: Obj, seen: { has(id: string): boolean }): string | null {
  const id = item.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    ck.fail(item, `missing or malformed id ${JSON.stringify(id)} (lower-case slug expected)`, 'id');
    return null;
  }
  if (seen.has(id)) {
    ck.fail(item, `duplicate id "${id}"`, 'id');
    return null;
  }
  return id;
}

function readFields(ck: Checker, item: Obj, fields: Record<string, FieldSpec>): Obj {
  const out: Obj = {};
  for (const [key, spec] of Object.entries(fields)) {
    const v = item[key];
    if (v === undefined || v === null) {
      if (spec.required) ck.fail(item, `missing required field "${key}"`);
      continue;
    }
    if (spec.type === 'string' && typeof v !== 'string') ck.fail(item, `"${key}" must be a string`, key);
    else if (spec.type === 'string[]' && !isStringList(v)) ck.fail(item, `"${key}" must be a list of strings`, key);
    else if (spec.values && !spec.values.includes(v as string)) ck.fail(item, `"${key}" must be one of ${spec.values.join(', ')}; got ${JSON.stringify(v)}`, key);
    else out[key] = v;
  }
  return out;
}

function readCites(ck: Checker, item: Obj, index: CiteIndex): Cite[] {
  const raw = item.cite;
  if (!Array.isArray(raw) || raw.length === 0) {
    ck.fail(item, 'missing source: "cite" must list at least one <source>#<section>', 'cite');
    return [];
  }
  const out: Cite[] = [];
  for (const c of raw) {
    const ref = typeof c === 'string' ? c : isObj(c) ? c.ref : undefined;
    const passage = isObj(c) ? c.passage : undefined;
    if (typeof ref !== 'string' || (passage !== undefined && typeof passage !== 'string')) {
      ck.fail(item, 'a cite is "<source>#<section>" or {ref: "<source>#<section>", passage: "..."}', 'cite');
      continue;
    }
    const [source, sectionKey] = ref.split('#');
    const sections = index.get(source);
    if (!sections) ck.fail(item, `unknown source "${source}" in cite "${ref}"`, 'cite');
    else if (!sectionKey || !(sectionKey in sections)) ck.fail(item, `unknown section "${sectionKey ?? ''}" of source "${source}" in cite "${ref}"`, 'cite');
    else out.push({ source, section: sections[sectionKey], passage: passage as string | undefined });
  }
  return out;
}

function readStated(ck: Checker, item: Obj): boolean {
  if (item.stated === undefined) return true;
  if (typeof item.stated !== 'boolean') ck.fail(item, '"stated" must be true or false', 'stated');
  return item.stated !== false;
}

function readNodeList(ck: Checker, list: unknown, fields: Record<string, FieldSpec>, index: CiteIndex, seen: Set<string>) {
  const out: { row: NodeRow; cites: Cite[]; raw: Obj }[] = [];
  if (!Array.isArray(list)) {
    ck.fail(list, 'expected a list of nodes');
    return out;
  }
  const local = new Set<string>();
  for (const item of list) {
    if (!isObj(item)) {
      ck.fail(list, 'each node must be a map');
      continue;
    }
    for (const key of Object.keys(item)) {
      if (!NODE_COMMON.includes(key) && !(key in fields)) ck.fail(item, `unknown field "${key}"`, key);
    }
    const id = checkId(ck, item, { has: (x) => seen.has(x) || local.has(x) });
    if (typeof item.name !== 'string' || item.name.trim() === '') ck.fail(item, 'missing "name"', 'name');
    if (item.aliases !== undefined && !isStringList(item.aliases)) ck.fail(item, '"aliases" must be a list of strings', 'aliases');
    if (item.description !== undefined && typeof item.description !== 'string') ck.fail(item, '"description" must be a string', 'description');
    const cites = readCites(ck, item, index);
    const extra = readFields(ck, item, fields);
    const stated = readStated(ck, item);
    if (id === null || typeof item.name !== 'string') continue;
    local.add(id);
    const aliases = isStringList(item.aliases) ? item.aliases : [];
    const props = compact({
      name: item.name,
      aliases,
      aliasesText: aliases.join(' | '),
      keys: nameKeys(item.name, aliases),
      description: item.description,
      origin: ORIGIN,
      stated,
      sources: unique(cites.map((c) => c.source)),
      evidence: unique(cites.map(evidenceOf)),
      ...extra,
    });
    out.push({ row: { id, props }, cites, raw: item });
  }
  return out;
}

function readRelFile(ck: Checker, doc: unknown, index: CiteIndex, ids: Map<string, Set<string>>): RelGroup | null {
  if (!isObj(doc)) {
    ck.fail(doc, 'a relationship file is a map with "type" and "links"');
    return null;
  }
  const type = doc.type;
  const spec: RelTypeSpec | undefined = typeof type === 'string' ? REL_TYPES[type] : undefined;
  if (!spec) {
    ck.fail(doc, `unknown relationship type ${JSON.stringify(type)} (expected one of ${Object.keys(REL_TYPES).join(', ')})`, 'type');
    return null;
  }
  for (const key of Object.keys(doc)) if (key !== 'type' && key !== 'links') ck.fail(doc, `unknown field "${key}"`, key);
  const links = doc.links;
  if (!isObj(links)) {
    ck.fail(doc, '"links" must map each source node id to a list of links', 'links');
    return null;
  }
  const rows: RelRow[] = [];
  const pairs = new Set<string>();
  for (const [from, list] of Object.entries(links)) {
    if (!ids.get(spec.fromLabel)?.has(from)) ck.fail(links, `unknown ${spec.fromLabel} "${from}"`, from);
    if (!Array.isArray(list)) {
      ck.fail(links, `the links of "${from}" must be a list`, from);
      continue;
    }
    for (const item of list) {
      if (!isObj(item)) {
        ck.fail(list, 'each link must be a map with "to" and "cite"');
        continue;
      }
      for (const key of Object.keys(item)) {
        if (!LINK_COMMON.includes(key) && !(key in spec.fields)) ck.fail(item, `unknown field "${key}" on ${type}`, key);
      }
      const to = item.to;
      if (typeof to !== 'string' || !ids.get(spec.toLabel)?.has(to)) ck.fail(item, `unknown ${spec.toLabel} ${JSON.stringify(to)}`, 'to');
      else if (spec.fromLabel === spec.toLabel && from === to) ck.fail(item, `a ${type} link from "${from}" to itself`, 'to');
      else if (pairs.has(`${from}\u0000${to}`)) ck.fail(item, `duplicate ${type} link ${from} -> ${to}`, 'to');
      const stated = readStated(ck, item);
      const cites = readCites(ck, item, index);
      const extra: Obj = {};
      for (const [key, field] of Object.entries(spec.fields)) {
        if (field.type === 'importance') {
          const v = item[key];
          if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 5) ck.fail(item, `importance out of range: must be an integer 1–5, got ${JSON.stringify(v)}`, key);
          else if (!stated && (v as number) > MAX_INFERRED_IMPORTANCE) ck.fail(item, `an inferred (stated: false) link may not claim importance above ${MAX_INFERRED_IMPORTANCE}`, key);
          else extra[key] = v;
        } else Object.assign(extra, readFields(ck, item, { [key]: field }));
      }
      if (item.note !== undefined && typeof item.note !== 'string') ck.fail(item, '"note" must be a string', 'note');
      if (typeof to !== 'string') continue;
      pairs.add(`${from}\u0000${to}`);
      rows.push({ from, to, props: relProps(stated, cites, { ...extra, note: item.note }) });
    }
  }
  return { spec: { type: type as string, fromLabel: spec.fromLabel, toLabel: spec.toLabel }, rows };
}
