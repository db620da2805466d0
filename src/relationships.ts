// Every relationship list the API reads, declared once. The GraphQL list fields and their connection twins
// (src/graphql/resolvers/relationshipFields.ts), the Cypher that reads them (src/graphql/compile/, and the
// Browser copies in cypher/queries/<owner>-<field>.cypher written by scripts/cypher.ts) and their complexity
// bounds all derive from these rows. Adding a relationship: a row here, and an item shape if it is new.
import type { NodeLabel } from './model.js';

/** Scalar types an item property can have (GraphQL names). */
export type PropType = 'Int' | 'String' | 'Boolean' | 'Float' | '[String]';

export interface PropSpec {
  type: PropType;
  /** A closed vocabulary: the GraphQL enum (src/graphql/types/enums.ts) the stored string is served as. */
  enum?: 'CareerMoveKind';
  description: string;
}

/**
 * What one item of a list is. `node`: the far node itself. `edge`: the relationship's properties with the
 * far node under `nodeField`. `statement`: the far node's id and name with provenance, the link's
 * provenance winning over the node's.
 */
export interface EdgeShape {
  kind: 'edge' | 'statement';
  description: string;
  /** GraphQL field holding the far node (edges only). */
  nodeField?: string;
  props: Record<string, PropSpec>;
  /** Carries stated / evidence / sources. */
  provenance: boolean;
}

/** O*NET's flags on a role–tool link (Technology Skills); curated links carry none, so they read null. */
const ONET_TOOL_FLAGS = {
  hot: { type: 'Boolean', description: 'O*NET "Hot Technology" for this occupation: frequently named in its employer job postings. Null when the source does not say (curated links).' },
  inDemand: { type: 'Boolean', description: 'O*NET "In Demand" for this occupation: among the technologies its job postings ask for most. Null when the source does not say (curated links).' },
} as const satisfies Record<string, PropSpec>;

export const EDGE_SHAPES = {
  RoleSkill: {
    kind: 'edge', nodeField: 'skill', provenance: true,
    description: 'A skill a role requires, with how much it matters and who says so (REQUIRES_SKILL).',
    props: {
      importance: { type: 'Int', description: 'How much the role needs it, 1 (mentioned in passing) to 5 (primary focus); imported links map the taxonomy\'s rating onto the same scale.' },
      relationType: { type: 'String', description: 'ESCO relation type: essential or optional.' },
    },
  },
  SkillRole: {
    kind: 'edge', nodeField: 'role', provenance: true,
    description: 'A role that requires a skill, with how much it matters to that role (REQUIRES_SKILL, read backwards).',
    props: { importance: { type: 'Int', description: 'How much the role needs the skill, 1 to 5.' } },
  },
  Collaboration: {
    kind: 'edge', nodeField: 'role', provenance: true,
    description: 'A role another role works with, and on what (COLLABORATES_WITH, either direction).',
    props: { context: { type: 'String', description: 'What they work together on.' } },
  },
  RoleMove: {
    kind: 'edge', nodeField: 'role', provenance: true,
    description: 'A career move out of a role, as the graph records it (CAN_MOVE_TO). Ranked suggestions are Query.nextRoles.',
    props: {
      kind: { type: 'String', enum: 'CareerMoveKind', description: 'GROWTH, LATERAL, SPECIALIZATION or RELATED.' },
      tier: { type: 'Int', description: 'O*NET Related Occupations tier (1 = primary-short ... 4 = supplemental).' },
      rank: { type: 'Int', description: 'O*NET relatedness rank within the source occupation (1 = closest).' },
    },
  },
  RoleTool: {
    kind: 'edge', nodeField: 'tool', provenance: true,
    description: 'A tool a role uses, with what O*NET says of it for that occupation (USES_TOOL). Served on Role.toolsConnection edges.',
    props: ONET_TOOL_FLAGS,
  },
  ToolRole: {
    kind: 'edge', nodeField: 'role', provenance: true,
    description: 'A role that uses a tool, with what O*NET says of the tool for that occupation (USES_TOOL, read backwards). Served on Tool.rolesConnection edges.',
    props: ONET_TOOL_FLAGS,
  },
  Crosswalk: {
    kind: 'edge', nodeField: 'role', provenance: false,
    description: 'A link between a curated role and an ESCO or O*NET occupation (MAPS_TO).',
    props: {
      match: { type: 'String', description: 'close (same job) or broad (the occupation covers more).' },
      basis: { type: 'String', description: 'Why the two are linked.' },
    },
  },
  Statement: {
    kind: 'statement', provenance: true,
    description: 'A short statement about a role: a responsibility, challenge, trend or hiring criterion, with its provenance.',
    props: {},
  },
} as const satisfies Record<string, EdgeShape>;

export type EdgeShapeName = keyof typeof EDGE_SHAPES;

/** Labels a relationship list can end on: the node types, and the four kinds of statement. */
export type FarLabel = NodeLabel | 'Responsibility' | 'Challenge' | 'Trend' | 'HiringCriterion';

/** Bound keys the analytics projection measures (src/analytics/bounds.ts); other lists declare a fixed bound. */
export type MeasuredBound = 'skillsPerRole' | 'toolsPerRole' | 'practicesPerRole' | 'metricsPerRole' | 'collaboratorsPerRole' | 'movesPerRole' | 'rolesPerSkill' | 'rolesPerTool';

export interface Relationship {
  owner: NodeLabel;
  /** GraphQL field on the owner; its connection twin is `<field>Connection`. */
  field: string;
  type: string;
  /** out: (owner)-[:TYPE]->(far); in: (owner)<-[:TYPE]-(far); both: either way, each far node once. */
  direction: 'out' | 'in' | 'both';
  far: FarLabel;
  /** A node list when absent. */
  item?: EdgeShapeName;
  /**
   * For a node list: the shape of its connection twin's edges, which carry the link's properties beside
   * `node` while the list itself stays a list of nodes (Role.tools is [Tool!]!, its twin's edges say hot).
   */
  edge?: EdgeShapeName;
  /** Cypher sort keys over `e` (the relationship) and `m` (the far node); ties end on m.name, m.id. */
  order: string[];
  /** How long the list can be, for pricing: a measured bound or a fixed number. */
  bound: MeasuredBound | number;
  description: string;
}

const BY_NAME = ['m.name', 'm.id'];
const STATEMENTS = 12;

export const RELATIONSHIPS: readonly Relationship[] = [
  { owner: 'Role', field: 'skills', type: 'REQUIRES_SKILL', direction: 'out', far: 'Skill', item: 'RoleSkill', order: ['e.importance DESC', ...BY_NAME], bound: 'skillsPerRole', description: 'Skills the role requires, most important first.' },
  { owner: 'Role', field: 'tools', type: 'USES_TOOL', direction: 'out', far: 'Tool', edge: 'RoleTool', order: BY_NAME, bound: 'toolsPerRole', description: 'Tools the role uses.' },
  { owner: 'Role', field: 'practices', type: 'PRACTICES', direction: 'out', far: 'Practice', order: BY_NAME, bound: 'practicesPerRole', description: 'Practices and patterns the role applies.' },
  { owner: 'Role', field: 'metrics', type: 'MEASURED_BY', direction: 'out', far: 'Metric', order: BY_NAME, bound: 'metricsPerRole', description: 'What the role is measured by.' },
  { owner: 'Role', field: 'collaborators', type: 'COLLABORATES_WITH', direction: 'both', far: 'Role', item: 'Collaboration', order: BY_NAME, bound: 'collaboratorsPerRole', description: 'Roles this role works with, and on what.' },
  { owner: 'Role', field: 'reportsTo', type: 'REPORTS_TO', direction: 'out', far: 'Role', order: BY_NAME, bound: 10, description: 'Roles this role reports to.' },
  { owner: 'Role', field: 'reports', type: 'REPORTS_TO', direction: 'in', far: 'Role', order: BY_NAME, bound: 10, description: 'Roles that report to this role.' },
  { owner: 'Role', field: 'careerMoves', type: 'CAN_MOVE_TO', direction: 'out', far: 'Role', item: 'RoleMove', order: ['e.stated DESC', 'e.tier', 'e.rank', ...BY_NAME], bound: 'movesPerRole', description: 'Career moves out of this role that the graph records (stated ones first). For ranked suggestions use Query.nextRoles.' },
  { owner: 'Role', field: 'responsibilities', type: 'HAS_RESPONSIBILITY', direction: 'out', far: 'Responsibility', item: 'Statement', order: BY_NAME, bound: STATEMENTS, description: 'What the role is responsible for.' },
  { owner: 'Role', field: 'challenges', type: 'FACES_CHALLENGE', direction: 'out', far: 'Challenge', item: 'Statement', order: BY_NAME, bound: STATEMENTS, description: 'Challenges the role faces.' },
  { owner: 'Role', field: 'trends', type: 'FOLLOWS_TREND', direction: 'out', far: 'Trend', item: 'Statement', order: BY_NAME, bound: STATEMENTS, description: 'Trends shaping the role.' },
  { owner: 'Role', field: 'hiringCriteria', type: 'HAS_HIRING_CRITERION', direction: 'out', far: 'HiringCriterion', item: 'Statement', order: BY_NAME, bound: STATEMENTS, description: 'What employers look for when hiring for the role.' },
  { owner: 'Role', field: 'mapsTo', type: 'MAPS_TO', direction: 'out', far: 'Role', item: 'Crosswalk', order: ["e.match = 'close' DESC", ...BY_NAME], bound: 10, description: 'ESCO and O*NET occupations this curated role corresponds to.' },
  { owner: 'Role', field: 'mappedFrom', type: 'MAPS_TO', direction: 'in', far: 'Role', item: 'Crosswalk', order: ["e.match = 'close' DESC", ...BY_NAME], bound: 10, description: 'Curated roles that correspond to this imported occupation.' },
  { owner: 'Role', field: 'broader', type: 'BROADER', direction: 'out', far: 'Role', order: BY_NAME, bound: 10, description: 'Broader occupations (ESCO hierarchy).' },
  { owner: 'Role', field: 'narrower', type: 'BROADER', direction: 'in', far: 'Role', order: BY_NAME, bound: 100, description: 'Narrower occupations (ESCO hierarchy).' },
  { owner: 'Skill', field: 'roles', type: 'REQUIRES_SKILL', direction: 'in', far: 'Role', item: 'SkillRole', order: ['e.importance DESC', ...BY_NAME], bound: 'rolesPerSkill', description: 'Roles that require this skill, those needing it most first.' },
  { owner: 'Skill', field: 'tools', type: 'SUPPORTS', direction: 'in', far: 'Tool', order: BY_NAME, bound: 100, description: 'Tools that support this skill.' },
  { owner: 'Skill', field: 'broader', type: 'BROADER', direction: 'out', far: 'Skill', order: BY_NAME, bound: 10, description: 'Broader skills (ESCO hierarchy).' },
  { owner: 'Skill', field: 'narrower', type: 'BROADER', direction: 'in', far: 'Skill', order: BY_NAME, bound: 100, description: 'Narrower skills (ESCO hierarchy).' },
  { owner: 'Skill', field: 'prerequisites', type: 'PREREQUISITE_OF', direction: 'in', far: 'Skill', order: BY_NAME, bound: 10, description: 'Skills to learn before this one.' },
  { owner: 'Skill', field: 'prerequisiteOf', type: 'PREREQUISITE_OF', direction: 'out', far: 'Skill', order: BY_NAME, bound: 20, description: 'Skills this one is a prerequisite of.' },
  { owner: 'Skill', field: 'related', type: 'RELATED_SKILL', direction: 'both', far: 'Skill', order: BY_NAME, bound: 100, description: 'Related skills (ESCO), either direction.' },
  { owner: 'Tool', field: 'roles', type: 'USES_TOOL', direction: 'in', far: 'Role', edge: 'ToolRole', order: BY_NAME, bound: 'rolesPerTool', description: 'Roles that use this tool.' },
  { owner: 'Tool', field: 'skills', type: 'SUPPORTS', direction: 'out', far: 'Skill', order: BY_NAME, bound: 20, description: 'Skills this tool supports.' },
  { owner: 'Tool', field: 'practices', type: 'IMPLEMENTS', direction: 'out', far: 'Practice', order: BY_NAME, bound: 20, description: 'Practices this tool implements.' },
  { owner: 'Tool', field: 'sameAsTools', type: 'SAME_AS', direction: 'both', far: 'Tool', order: BY_NAME, bound: 10, description: 'The same tool under another source\'s name (SAME_AS, written by rolegraph link): curated Docker and O*NET Docker. Direct links only; the analytics also follow chains of them.' },
  { owner: 'Tool', field: 'sameAsSkills', type: 'SAME_AS', direction: 'both', far: 'Skill', order: BY_NAME, bound: 10, description: 'Skills that name the same concept as this tool in another source (SAME_AS, written by rolegraph link): O*NET Python and ESCO "Python (computer programming)". Direct links only.' },
  { owner: 'Practice', field: 'roles', type: 'PRACTICES', direction: 'in', far: 'Role', order: BY_NAME, bound: 100, description: 'Roles that apply this practice.' },
  { owner: 'Practice', field: 'tools', type: 'IMPLEMENTS', direction: 'in', far: 'Tool', order: BY_NAME, bound: 100, description: 'Tools that implement this practice.' },
  { owner: 'Metric', field: 'roles', type: 'MEASURED_BY', direction: 'in', far: 'Role', order: BY_NAME, bound: 100, description: 'Roles measured by this metric.' },
];

/** The relationship behind `owner.field`, if there is one. */
export function relationshipOf(owner: string, field: string): Relationship | undefined {
  return RELATIONSHIPS.find((r) => r.owner === owner && r.field === field);
}

/** The relationship as its connection twin reads it: with the twin's edge shape as the item, if it has one. */
export function twinOf(rel: Relationship): Relationship {
  return rel.edge ? { ...rel, item: rel.edge } : rel;
}

export function relationshipsOf(owner: NodeLabel): Relationship[] {
  return RELATIONSHIPS.filter((r) => r.owner === owner);
}
