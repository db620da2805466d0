// The graph's vocabulary, declared once: labels, origins, relationship types and kinds of move. Every
// writer, reader, resolver and the analytics use these names (docs/model.md describes what they mean).

/** Where a node or relationship comes from. */
export const ORIGINS = ['curated', 'esco', 'onet', 'api'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Labels the API reads one node of by id or name. */
export const NODE_LABELS = ['Role', 'Skill', 'Tool', 'Practice', 'Metric', 'Source'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels with pages, search and curation: the concepts a person asks about. */
export const CONCEPT_LABELS = ['Role', 'Skill', 'Tool', 'Practice'] as const;
export type ConceptLabel = (typeof CONCEPT_LABELS)[number];

/** Statement nodes attached to a role, by the relationship that attaches them. */
export const STATEMENT_TYPES = {
  HAS_RESPONSIBILITY: 'responsibilities',
  FACES_CHALLENGE: 'challenges',
  FOLLOWS_TREND: 'trends',
  HAS_HIRING_CRITERION: 'hiringCriteria',
} as const;
export type StatementType = keyof typeof STATEMENT_TYPES;

/** Kinds of career move (CAN_MOVE_TO.kind); `related` is a dataset's recorded relatedness, never stated by an article. */
export const MOVE_KINDS = ['growth', 'lateral', 'specialization', 'related'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** What a curated Role node is: a job a person holds, or a group or party jobs work with (never moved into). */
export const ROLE_KINDS = ['job', 'team', 'stakeholder'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export function isOrigin(value: string): value is Origin {
  return (ORIGINS as readonly string[]).includes(value);
}
