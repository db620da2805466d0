// What the curated data files may contain: which file holds which label, the extra fields each label
// and relationship type allows, and the allowed values of the enumerated ones.

export const ORIGIN = 'curated';

export interface FieldSpec {
  type: 'string' | 'string[]';
  values?: readonly string[];
  required?: boolean;
}

export interface NodeFileSpec {
  label: string;
  fields: Record<string, FieldSpec>;
}

export const NODE_FILES: Record<string, NodeFileSpec> = {
  'roles.yaml': {
    label: 'Role',
    fields: {
      roleKind: { type: 'string', values: ['job', 'team', 'stakeholder'], required: true },
      summary: { type: 'string' },
      primaryFocus: { type: 'string' },
      impactArea: { type: 'string' },
      primaryUser: { type: 'string' },
      perspective: { type: 'string', values: ['macro', 'micro'] },
      inferredProperties: { type: 'string[]' },
    },
  },
  'skills.yaml': {
    label: 'Skill',
    fields: { category: { type: 'string', values: ['backend', 'frontend', 'platform', 'devex', 'engineering', 'data', 'security', 'soft'] } },
  },
  'tools.yaml': {
    label: 'Tool',
    fields: {
      kind: {
        type: 'string',
        required: true,
        values: ['language', 'runtime', 'framework', 'library', 'database', 'cloud', 'container', 'ci-cd', 'iac', 'platform', 'tool'],
      },
    },
  },
  'practices.yaml': { label: 'Practice', fields: {} },
  'metrics.yaml': { label: 'Metric', fields: {} },
};

/** statements.yaml: one list per statement label, each item linked from the roles it names. */
export const STATEMENT_KINDS: Record<string, { label: string; relType: string }> = {
  responsibilities: { label: 'Responsibility', relType: 'HAS_RESPONSIBILITY' },
  challenges: { label: 'Challenge', relType: 'FACES_CHALLENGE' },
  trends: { label: 'Trend', relType: 'FOLLOWS_TREND' },
  hiringCriteria: { label: 'HiringCriterion', relType: 'HAS_HIRING_CRITERION' },
};

export const SOURCE_FIELDS: Record<string, FieldSpec> = {
  title: { type: 'string', required: true },
  kind: { type: 'string', values: ['article', 'dataset'], required: true },
  publisher: { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  license: { type: 'string' },
  attribution: { type: 'string' },
  file: { type: 'string' },
  note: { type: 'string' },
};

export interface RelTypeSpec {
  fromLabel: string;
  toLabel: string;
  /** Extra fields besides to/cite/stated/note. `importance` is validated as an integer 1–5. */
  fields: Record<string, FieldSpec | { type: 'importance'; required: true }>;
}

export const REL_TYPES: Record<string, RelTypeSpec> = {
  REQUIRES_SKILL: { fromLabel: 'Role', toLabel: 'Skill', fields: { importance: { type: 'importance', required: true } } },
  USES_TOOL: { fromLabel: 'Role', toLabel: 'Tool', fields: {} },
  PRACTICES: { fromLabel: 'Role', toLabel: 'Practice', fields: { context: { type: 'string', required: true } } },
  MEASURED_BY: { fromLabel: 'Role', toLabel: 'Metric', fields: {} },
  COLLABORATES_WITH: { fromLabel: 'Role', toLabel: 'Role', fields: { context: { type: 'string', required: true } } },
  REPORTS_TO: { fromLabel: 'Role', toLabel: 'Role', fields: {} },
  CAN_MOVE_TO: {
    fromLabel: 'Role',
    toLabel: 'Role',
    fields: { kind: { type: 'string', values: ['growth', 'lateral', 'specialization', 'related'], required: true } },
  },
  SUPPORTS: { fromLabel: 'Tool', toLabel: 'Skill', fields: {} },
  IMPLEMENTS: { fromLabel: 'Tool', toLabel: 'Practice', fields: {} },
};

/** Inferred links may not claim more than this importance (docs/curated-data.md, importance rubric). */
export const MAX_INFERRED_IMPORTANCE = 3;

export const ID_PATTERN = /^[a-z0-9][a-z0-9.+-]*$/;
