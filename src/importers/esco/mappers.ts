// ESCO CSV records -> graph rows. Pure functions over plain records (unit-tested without a database);
// the run adds the provenance every row shares.
import { importedNode, splitLabels } from '../dataset.js';
import { skip, type IsKnown, type Mapped } from '../mapped.js';
import type { NodeRow, RelRow } from '../writer.js';

type Values = Record<string, string>;

/**
 * ESCO marks each occupation-skill link essential or optional; REQUIRES_SKILL.importance (1-5) keeps
 * that order: essential skills weigh twice what optional ones do in weighted similarity and gaps.
 */
export const ESCO_IMPORTANCE: Record<string, number> = { essential: 4, optional: 2 };

/** ESCO conceptType -> graph label. */
export const ESCO_LABEL: Record<string, string> = {
  Occupation: 'Role',
  ISCOGroup: 'OccupationGroup',
  KnowledgeSkillCompetence: 'Skill',
  SkillGroup: 'SkillGroup',
};

function opt(text: string | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

/** A concept file row (occupation, skill, group): conceptUri and preferredLabel required, altLabels as aliases. */
function conceptNode(what: string, v: Values, extra: Record<string, string | null>): Mapped<NodeRow> {
  const id = v.conceptUri?.trim();
  const name = v.preferredLabel?.trim();
  if (!id || !name) return skip(`${what} without conceptUri or preferredLabel`, v.conceptUri || '(no uri)');
  return { row: importedNode(id, name, splitLabels(v.altLabels ?? '', name), extra) };
}

export function occupationNode(v: Values): Mapped<NodeRow> {
  return conceptNode('occupation', v, { description: opt(v.description) ?? opt(v.definition), iscoGroup: opt(v.iscoGroup), code: opt(v.code) });
}

export function skillNode(v: Values): Mapped<NodeRow> {
  return conceptNode('skill', v, { description: opt(v.description) ?? opt(v.definition), skillType: opt(v.skillType), reuseLevel: opt(v.reuseLevel) });
}

/** ISCOGroups_en.csv and skillGroups_en.csv rows (OccupationGroup / SkillGroup). */
export function groupNode(v: Values): Mapped<NodeRow> {
  return conceptNode('group', v, { description: opt(v.description), code: opt(v.code) });
}

export function occupationSkillRel(v: Values, known: IsKnown): Mapped<RelRow> {
  const from = v.occupationUri?.trim() ?? '';
  const to = v.skillUri?.trim() ?? '';
  const relationType = v.relationType?.trim() ?? '';
  const importance = ESCO_IMPORTANCE[relationType];
  if (importance === undefined) return skip(`unknown relationType "${relationType}"`, `${from} -> ${to}`);
  if (!known('Role', from)) return skip('occupation not in occupations file', from);
  if (!known('Skill', to)) return skip('skill not in skills file', to);
  return { row: { from, to, props: { importance, relationType, stated: true } } };
}

export function skillSkillRel(v: Values, known: IsKnown): Mapped<RelRow> {
  const from = v.originalSkillUri?.trim() ?? '';
  const to = v.relatedSkillUri?.trim() ?? '';
  if (!known('Skill', from)) return skip('skill not in skills file', from);
  if (!known('Skill', to)) return skip('related skill not in skills file', to);
  return { row: { from, to, props: { relationType: opt(v.relationType) } } };
}

export interface BroaderRow {
  fromLabel: string;
  toLabel: string;
  rel: RelRow;
}

/** broaderRelations*Pillar rows: child -[:BROADER]-> parent, labels from the concept types. */
export function broaderRel(v: Values, known: IsKnown): Mapped<BroaderRow> {
  const from = v.conceptUri?.trim() ?? '';
  const to = v.broaderUri?.trim() ?? '';
  const fromLabel = ESCO_LABEL[v.conceptType?.trim() ?? ''];
  const toLabel = ESCO_LABEL[v.broaderType?.trim() ?? ''];
  if (!fromLabel || !toLabel) return skip(`unknown concept type "${!fromLabel ? v.conceptType : v.broaderType}"`, `${from} -> ${to}`);
  if (!known(fromLabel, from)) return skip(`${fromLabel} not in the concept files`, from);
  if (!known(toLabel, to)) return skip(`broader ${toLabel} not in the concept files`, to);
  return { row: { fromLabel, toLabel, rel: { from, to, props: {} } } };
}
