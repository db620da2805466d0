// O*NET records -> graph rows. Pure functions over plain records (unit-tested without a database);
// the run adds the provenance every row shares.
import { slugify } from '../../domain/names.js';
import { importedNode } from '../dataset.js';
import { skip, type IsKnown, type Mapped } from '../mapped.js';
import type { NodeRow, RelRow } from '../writer.js';

type Values = Record<string, string>;

const SOC = 'O*NET-SOC Code';

/**
 * Every O*NET occupation is rated on every skill and knowledge element, so importing all ratings would
 * link each occupation to all 68 elements and make overlap meaningless. Only ratings of at least
 * "Important" (IM >= 3.0 on O*NET's 1-5 scale) that O*NET does not recommend suppressing are kept.
 */
export const ONET_MIN_IMPORTANCE = 3.0;

export function occupationNode(v: Values): Mapped<NodeRow> {
  const id = v[SOC]?.trim();
  const name = v.Title?.trim();
  if (!id || !name) return skip('occupation without code or title', id || '(no code)');
  return { row: importedNode(id, name, [], { description: v.Description?.trim() || null, code: id }) };
}

export function jobZoneRow(v: Values, known: IsKnown): Mapped<NodeRow> {
  const id = v[SOC]?.trim() ?? '';
  const zone = Number(v['Job Zone']);
  if (!known('Role', id)) return skip('occupation not in Occupation Data.txt', id);
  if (!Number.isInteger(zone) || zone < 1 || zone > 5) return skip('job zone not 1-5', `${id}: "${v['Job Zone']}"`);
  return { row: { id, props: { jobZone: zone } } };
}

/** Tool.kind from O*NET's commodity title (a coarse mapping onto the model's kinds; "software" otherwise). */
const TOOL_KINDS: [RegExp, string][] = [
  [/object or component oriented development|programming language|compiler/i, 'language'],
  [/web platform development/i, 'framework'],
  [/data ?base|data warehouse/i, 'database'],
  [/operating system/i, 'platform'],
  [/cloud/i, 'cloud'],
  [/configuration management|infrastructure as code/i, 'iac'],
  [/development environment|program testing|file versioning|version control/i, 'tool'],
];

export function toolKind(commodityTitle: string): string {
  return TOOL_KINDS.find(([re]) => re.test(commodityTitle))?.[1] ?? 'software';
}

export function toolId(example: string): string {
  return `onet-tool:${slugify(example)}`;
}

export interface TechnologyRow {
  tool: NodeRow;
  uses: RelRow;
}

export function technologyRow(v: Values, known: IsKnown): Mapped<TechnologyRow> {
  const soc = v[SOC]?.trim() ?? '';
  const example = v.Example?.trim() ?? '';
  const slug = slugify(example);
  if (!known('Role', soc)) return skip('occupation not in Occupation Data.txt', soc);
  if (!slug) return skip('technology without a name', `${soc}: "${example}"`);
  const commodityTitle = v['Commodity Title']?.trim() ?? '';
  const tool = importedNode(toolId(example), example, [], {
    kind: toolKind(commodityTitle),
    commodityCode: v['Commodity Code']?.trim() || null,
    commodityTitle: commodityTitle || null,
  });
  const uses: RelRow = {
    from: soc,
    to: tool.id,
    props: { hot: v['Hot Technology']?.trim() === 'Y', inDemand: v['In Demand']?.trim() === 'Y', stated: true },
  };
  return { row: { tool, uses } };
}

/**
 * Related Occupations records how related O*NET's data finds two occupations (tier, and the file's Index
 * as rank), not a move anyone states: `kind: 'related'`, `stated: false`, like every recorded dataset move.
 */
export function relatedRow(v: Values, known: IsKnown): Mapped<RelRow> {
  const from = v[SOC]?.trim() ?? '';
  const to = v['Related O*NET-SOC Code']?.trim() ?? '';
  if (!known('Role', from)) return skip('occupation not in Occupation Data.txt', from);
  if (!known('Role', to)) return skip('related occupation not in Occupation Data.txt', to);
  const rank = Number(v.Index);
  return {
    row: {
      from,
      to,
      props: { kind: 'related', stated: false, tier: v['Relatedness Tier']?.trim() || null, rank: Number.isFinite(rank) ? rank : null },
    },
  };
}

/** One occupation's rating of one element: the IM and LV rows of Skills/Knowledge combined. */
export interface Rating {
  soc: string;
  elementId: string;
  elementName: string;
  line: number;
  im?: number;
  lv?: number;
  suppress: boolean;
}

export function ratingKey(v: Values): string {
  return `${v[SOC]?.trim()}\t${v['Element ID']?.trim()}`;
}

/** Folds an IM or LV record into the occupation-element rating (other scales are ignored). */
export function addRating(ratings: Map<string, Rating>, v: Values, line: number): void {
  const scale = v['Scale ID']?.trim();
  if (scale !== 'IM' && scale !== 'LV') return;
  const key = ratingKey(v);
  let r = ratings.get(key);
  if (!r) {
    r = { soc: v[SOC].trim(), elementId: v['Element ID'].trim(), elementName: v['Element Name'].trim(), line, suppress: false };
    ratings.set(key, r);
  }
  const value = Number(v['Data Value']);
  if (!Number.isFinite(value)) return;
  if (scale === 'IM') {
    r.im = value;
    r.suppress = v['Recommend Suppress']?.trim() === 'Y';
  } else r.lv = value;
}

export type RatingVerdict = { row: RelRow } | { skip: string; detail: string } | { below: true };

/** REQUIRES_SKILL for a rating that matters, `below` for one under the threshold. */
export function ratingRel(r: Rating, known: IsKnown): RatingVerdict {
  if (!known('Role', r.soc)) return skip('occupation not in Occupation Data.txt', r.soc);
  if (r.im === undefined) return skip('element without an importance (IM) rating', `${r.soc} ${r.elementId}`);
  if (r.im < ONET_MIN_IMPORTANCE || r.suppress) return { below: true };
  const importance = Math.min(5, Math.max(1, Math.round(r.im)));
  return {
    row: { from: r.soc, to: `onet:${r.elementId}`, props: { importance, im: r.im, lv: r.lv ?? null, stated: true } },
  };
}

export interface ElementInfo {
  name: string;
  description: string | null;
  parentName: string | null;
}

/** Skill node for an O*NET element; category is the parent element's name (e.g. "Basic Skills"). */
export function elementNode(elementId: string, name: string, skillType: 'skill' | 'knowledge', info?: ElementInfo): NodeRow {
  return importedNode(`onet:${elementId}`, name, [], {
    skillType,
    category: info?.parentName ?? null,
    description: info?.description ?? null,
    code: elementId,
  });
}

/** Content Model Reference.txt -> element id -> name, description and the parent element's name. */
export function contentModel(records: Iterable<Values>): Map<string, ElementInfo> {
  const names = new Map<string, { name: string; description: string }>();
  for (const v of records) names.set(v['Element ID'].trim(), { name: v['Element Name'].trim(), description: v.Description?.trim() ?? '' });
  const out = new Map<string, ElementInfo>();
  for (const [id, { name, description }] of names) {
    const parent = id.includes('.') ? names.get(id.slice(0, id.lastIndexOf('.'))) : undefined;
    out.set(id, { name, description: description || null, parentName: parent?.name ?? null });
  }
  return out;
}
