// What the curated data files may contain, as zod schemas: which file holds which label, the fields each
// label and relationship type allows, and the allowed values of the enumerated ones. References between
// files (ids, cites) are checked in parse.ts, once every file has been read.
import * as z from 'zod';
import { fieldOf } from '../yaml.js';

export const ORIGIN = 'curated';

export const ID_PATTERN = /^[a-z0-9][a-z0-9.+-]*$/;

/** Inferred links may not claim more than this importance (docs/curated-data.md, importance rubric). */
export const MAX_INFERRED_IMPORTANCE = 3;

const badId = (iss: { input?: unknown }) => `missing or malformed id ${JSON.stringify(iss.input)} (lower-case slug expected)`;
const id = z.string({ error: badId }).regex(ID_PATTERN, { error: badId });
const nonBlank = z.string().refine((s) => s.trim() !== '', { error: (iss) => `"${fieldOf(iss.path ?? [])}" must not hold a blank string` });
/** An optional field; YAML's empty value (null) counts as absent. */
const text = z.string().nullish();
const strings = z.array(nonBlank);

const MISSING_SOURCE = 'missing source: "cite" must list at least one <source>#<section>';
const cite = z
  .union([z.string(), z.strictObject({ ref: z.string(), passage: z.string().optional() })], {
    error: 'a cite is "<source>#<section>" or {ref: "<source>#<section>", passage: "..."}',
  })
  .transform((c) => (typeof c === 'string' ? { ref: c } : c));
const cites = z.array(cite, { error: MISSING_SOURCE }).min(1, { error: MISSING_SOURCE });
export type CiteRef = z.output<typeof cite>;

const stated = z.boolean().default(true);

const node = {
  id,
  name: z.string({ error: 'missing "name"' }).refine((s) => s.trim() !== '', { error: 'missing "name"' }),
  aliases: strings.optional(),
  description: z.string().optional(),
  cite: cites,
  stated,
};
const nodeList = <T extends z.ZodRawShape>(fields: T) => z.array(z.strictObject({ ...node, ...fields }), { error: 'expected a list of nodes' });
export type NodeItem = z.output<z.ZodObject<typeof node>>;

export const SOURCES = z.array(
  z.strictObject({
    id,
    title: z.string(),
    kind: z.enum(['article', 'dataset']),
    publisher: text,
    author: text,
    date: text,
    url: text,
    license: text,
    attribution: text,
    file: text,
    note: text,
    sections: z.record(z.string(), z.string({ error: 'sections must map short keys to section names' })).default({}),
  }),
  { error: 'sources.yaml must be a list of sources' },
);

/** The node files: the label each holds and the fields it allows besides id/name/aliases/description/cite/stated. */
export const NODE_FILES = {
  'roles.yaml': {
    label: 'Role',
    schema: nodeList({
      roleKind: z.enum(['job', 'team', 'stakeholder']),
      summary: text,
      primaryFocus: text,
      impactArea: text,
      primaryUser: text,
      perspective: z.enum(['macro', 'micro']).nullish(),
      inferredProperties: strings.nullish(),
    }),
  },
  'skills.yaml': {
    label: 'Skill',
    schema: nodeList({ category: z.enum(['backend', 'frontend', 'platform', 'devex', 'engineering', 'data', 'security', 'soft']).nullish() }),
  },
  'tools.yaml': {
    label: 'Tool',
    schema: nodeList({ kind: z.enum(['language', 'runtime', 'framework', 'library', 'database', 'cloud', 'container', 'ci-cd', 'iac', 'platform', 'tool']) }),
  },
  'practices.yaml': { label: 'Practice', schema: nodeList({}) },
  'metrics.yaml': { label: 'Metric', schema: nodeList({}) },
} as const;

/** statements.yaml: one list per statement label, each item linked from the roles it names. */
export const STATEMENT_KINDS = {
  responsibilities: { label: 'Responsibility', relType: 'HAS_RESPONSIBILITY' },
  challenges: { label: 'Challenge', relType: 'FACES_CHALLENGE' },
  trends: { label: 'Trend', relType: 'FOLLOWS_TREND' },
  hiringCriteria: { label: 'HiringCriterion', relType: 'HAS_HIRING_CRITERION' },
} as const;

const statementList = nodeList({ roles: strings });
export const STATEMENTS = z.strictObject(
  Object.fromEntries(Object.keys(STATEMENT_KINDS).map((k) => [k, statementList.optional()])) as Record<keyof typeof STATEMENT_KINDS, z.ZodOptional<typeof statementList>>,
  { error: (iss) => (iss.code === 'invalid_type' ? 'statements.yaml must be a map of statement lists' : undefined) },
);

const importance = (() => {
  const error = (iss: { input?: unknown }) => `importance out of range: must be an integer 1–5, got ${JSON.stringify(iss.input)}`;
  return z.int({ error }).min(1, { error }).max(5, { error });
})();

/** Relationship types a relationships/*.yaml file may hold, with the fields a link allows besides to/cite/stated/note. */
export const REL_TYPES = {
  REQUIRES_SKILL: { fromLabel: 'Role', toLabel: 'Skill', fields: { importance } },
  USES_TOOL: { fromLabel: 'Role', toLabel: 'Tool', fields: {} },
  PRACTICES: { fromLabel: 'Role', toLabel: 'Practice', fields: { context: z.string() } },
  MEASURED_BY: { fromLabel: 'Role', toLabel: 'Metric', fields: {} },
  COLLABORATES_WITH: { fromLabel: 'Role', toLabel: 'Role', fields: { context: z.string() } },
  REPORTS_TO: { fromLabel: 'Role', toLabel: 'Role', fields: {} },
  CAN_MOVE_TO: { fromLabel: 'Role', toLabel: 'Role', fields: { kind: z.enum(['growth', 'lateral', 'specialization', 'related']) } },
  SUPPORTS: { fromLabel: 'Tool', toLabel: 'Skill', fields: {} },
  IMPLEMENTS: { fromLabel: 'Tool', toLabel: 'Practice', fields: {} },
} as const;
export type RelType = keyof typeof REL_TYPES;

function relFile<T extends RelType>(type: T) {
  const link = z
    .strictObject(
      { to: z.string(), cite: cites, stated, note: z.string().optional(), ...REL_TYPES[type].fields },
      { error: (iss) => (iss.code === 'invalid_type' ? 'each link must be a map with "to" and "cite"' : undefined) },
    )
    .superRefine((l, ctx) => {
      const claimed = (l as { importance?: number }).importance;
      if (!l.stated && claimed !== undefined && claimed > MAX_INFERRED_IMPORTANCE) {
        ctx.addIssue({ code: 'custom', path: ['importance'], message: `an inferred (stated: false) link may not claim importance above ${MAX_INFERRED_IMPORTANCE}` });
      }
    });
  const links = z.record(z.string(), z.array(link, { error: 'the links of a node must be a list' }), {
    error: '"links" must map each source node id to a list of links',
  });
  return z.strictObject({ type: z.literal(type), links });
}

const types = Object.keys(REL_TYPES) as RelType[];
export const REL_FILE = z.discriminatedUnion('type', types.map(relFile) as [ReturnType<typeof relFile>, ...ReturnType<typeof relFile>[]], {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? `unknown relationship type ${JSON.stringify((iss.input as { type?: unknown })?.type)} (expected one of ${types.join(', ')})`
      : 'a relationship file is a map with "type" and "links"',
});
export type RelFile = z.output<typeof REL_FILE>;
