// What is measured: each scenario as a rolegraph GraphQL operation, the equivalent raw Cypher query
// (bench/baselines/raw-queries.ts) and, where @neo4j/graphql can express it, the equivalent operation
// against its generated schema. Lists are bounded and ordered the same way on all three sides.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { Graph } from '../../src/store/graph.js';
import type { RawQueryName } from '../baselines/raw-queries.js';

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface Scenario {
  /** Unique key, e.g. "similarRoles" or "similarRoles@curated". */
  name: string;
  description: string;
  /** http: the HTTP/GraphQL layer alone (no database); read: plain reads; engine: the analytics. */
  kind: 'http' | 'read' | 'engine';
  /** Counts toward the reads target (≥ 1.5× @neo4j/graphql req/s, ≤ 1.3× raw p50): roleDetail, rolesPage, search, nested. */
  nested: boolean;
  rolegraph: GraphQLCall;
  /**
   * What the raw baseline answers: a Cypher query of raw-queries.ts, or `path` (the bare server's floor);
   * none where no single query can (skills from a text need the phrase automaton and the model).
   */
  raw?: { query: RawQueryName; params: Record<string, unknown>; path?: string };
  neo4jGraphql?: GraphQLCall;
  /** The p50 target in ms (with ESCO loaded), if the issue sets one. */
  p50TargetMs?: number;
}

export interface ScenarioParams {
  /** Which ids these are: "esco" or "curated". */
  ids: string;
  role: string;
  compare: string[];
  from: string;
  to: string;
  skills: string[];
  searchText: string;
}

const PAGE = 20;
// Nested read bounds: skills per role, roles per skill, tools per role.
const SKILLS = 10;
const PER_SKILL = 5;
const TOOLS = 10;

export const NESTED_ROLEGRAPH = `query Nested($id: ID!) {
  role(id: $id) { id name
    skills(first: ${SKILLS}) { importance skill { id name
      roles(first: ${PER_SKILL}) { importance role { id name tools(first: ${TOOLS}) { id name } } } } } } }`;

/** The read scenarios (detail, page, search, nested) and the analytics on one set of ids. */
export function buildScenarios(p: ScenarioParams, opts: { reads: boolean; suffix?: string }): Scenario[] {
  const sfx = opts.suffix ? `@${opts.suffix}` : '';
  const reads: Scenario[] = [
    {
      name: 'typename',
      description: '{ __typename }: the HTTP and GraphQL layers alone (raw: a bare Fastify route)',
      kind: 'http',
      nested: false,
      rolegraph: { query: '{ __typename }', variables: {} },
      raw: { query: 'rolesPage', params: {}, path: '/typename' },
      neo4jGraphql: { query: '{ __typename }', variables: {} },
    },
    {
      name: 'roleDetail',
      description: 'role(id) with its skills (importance) and tools',
      kind: 'read',
      nested: true,
      rolegraph: {
        // Bounded like the baselines (50 each); without `first` the lists are complete.
        query: 'query RoleDetail($id: ID!) { role(id: $id) { id name skills(first: 50) { importance skill { id name } } tools(first: 50) { id name } } }',
        variables: { id: p.role },
      },
      raw: { query: 'roleDetail', params: { id: p.role } },
      neo4jGraphql: {
        query: `query RoleDetail($id: ID!) { roles(where: { id: { eq: $id } }) { id name
          skillsConnection(first: 50, sort: [{ edge: { importance: DESC } }, { node: { name: ASC } }]) { edges { properties { importance } node { id name } } }
          tools(limit: 50, sort: [{ name: ASC }]) { id name } } }`,
        variables: { id: p.role },
      },
    },
    {
      name: 'rolesPage',
      description: `roles(first: ${PAGE}) connection with totalCount`,
      kind: 'read',
      nested: true,
      rolegraph: {
        query: 'query Page($first: Int) { roles(first: $first) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
        variables: { first: PAGE },
      },
      raw: { query: 'rolesPage', params: { first: PAGE } },
      neo4jGraphql: {
        query: 'query Page($first: Int) { rolesConnection(first: $first, sort: [{ name: ASC }, { id: ASC }]) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
        variables: { first: PAGE },
      },
    },
    {
      name: 'search',
      description: `typeahead: search("${p.searchText}", first: 10, mode: KEYWORD) across kinds (@neo4j/graphql: role name CONTAINS)`,
      kind: 'read',
      nested: true,
      p50TargetMs: 10,
      rolegraph: {
        query: 'query Search($text: String!) { search(text: $text, first: 10, mode: KEYWORD) { kind id name score } }',
        variables: { text: p.searchText },
      },
      raw: { query: 'searchFulltext', params: { index: 'search_index', lucene: `${p.searchText}~`, first: 10 } },
      neo4jGraphql: {
        query: 'query Search($text: String!) { roles(where: { name: { contains: $text } }, limit: 10, sort: [{ name: ASC }]) { id name } }',
        variables: { text: p.searchText },
      },
    },
    {
      // The default mode: keyword tiers fused with the nearest concepts by meaning (issue 16: p50 <= 20 ms).
      name: 'searchHybrid',
      description: `search("${p.searchText}", first: 10), default HYBRID mode: keyword and vector hits fused`,
      kind: 'read',
      nested: false,
      p50TargetMs: 20,
      rolegraph: {
        query: 'query Search($text: String!) { search(text: $text, first: 10) { kind id name score } }',
        variables: { text: p.searchText },
      },
      raw: { query: 'searchFulltext', params: { index: 'search_index', lucene: `${p.searchText}~`, first: 10 } },
    },
    {
      name: 'nested',
      description: `role → skills(${SKILLS}) → roles(${PER_SKILL}) → tools(${TOOLS})`,
      kind: 'read',
      nested: true,
      rolegraph: { query: NESTED_ROLEGRAPH, variables: { id: p.role } },
      raw: { query: 'nested', params: { id: p.role, skills: SKILLS, perSkill: PER_SKILL, tools: TOOLS } },
      neo4jGraphql: {
        query: `query Nested($id: ID!) { roles(where: { id: { eq: $id } }) { id name
          skillsConnection(first: ${SKILLS}, sort: [{ edge: { importance: DESC } }, { node: { name: ASC } }]) { edges { properties { importance } node { id name
            rolesConnection(first: ${PER_SKILL}, sort: [{ edge: { importance: DESC } }, { node: { name: ASC } }]) { edges { properties { importance } node { id name
              tools(limit: ${TOOLS}, sort: [{ name: ASC }]) { id name } } } } } } } } }`,
        variables: { id: p.role },
      },
    },
  ];
  const engine: Scenario[] = [
    {
      name: `compareRoles${sfx}`,
      description: `compareRoles(${p.compare.length} roles)`,
      kind: 'engine',
      nested: false,
      p50TargetMs: 10,
      rolegraph: {
        query: `query Compare($ids: [ID!]!) { compareRoles(roles: $ids) { jaccard weightedSimilarity
          sharedSkills { id name } sharedTools { id name } unique { role { id } skills { id name } tools { id name } } } }`,
        variables: { ids: p.compare },
      },
      raw: { query: 'compareRoles', params: { ids: p.compare } },
    },
    {
      name: `similarRoles${sfx}`,
      description: 'similarRoles(role, first: 10)',
      kind: 'engine',
      nested: false,
      p50TargetMs: 20,
      rolegraph: {
        query: 'query Similar($id: ID!) { similarRoles(role: $id, first: 10) { score role { id name } sharedSkills { id name } } }',
        variables: { id: p.role },
      },
      raw: { query: 'similarRoles', params: { id: p.role, first: 10 } },
    },
    {
      name: `skillGap${sfx}`,
      description: 'skillGap(from, to)',
      kind: 'engine',
      nested: false,
      p50TargetMs: 10,
      rolegraph: {
        query: `query Gap($from: ID!, $to: ID!) { skillGap(from: $from, to: $to) { coverage effort
          transferable { id name } toLearn { importance skill { id name } } toolsToLearn { id name } learningOrder { id name } } }`,
        variables: { from: p.from, to: p.to },
      },
      raw: { query: 'skillGap', params: { from: p.from, to: p.to } },
    },
    {
      name: `careerPaths${sfx}`,
      description: 'careerPaths(from, to, maxSteps: 3, first: 3)',
      kind: 'engine',
      nested: false,
      p50TargetMs: 50,
      rolegraph: {
        query: `query Paths($from: ID!, $to: ID!) { careerPaths(from: $from, to: $to, maxSteps: 3, first: 3) { totalCost
          steps { cost stated from { id name } to { id name } } } }`,
        variables: { from: p.from, to: p.to },
      },
      raw: { query: 'careerPaths', params: { from: p.from, to: p.to, first: 3 } },
    },
    {
      name: `matchRoles${sfx}`,
      description: `matchRoles(${p.skills.length} skills, first: 10)`,
      kind: 'engine',
      nested: false,
      rolegraph: {
        query: 'query Match($skills: [ID!]!) { matchRoles(skills: $skills, first: 10) { coverage role { id name } matched { id name } } }',
        variables: { skills: p.skills },
      },
      raw: { query: 'matchRoles', params: { skills: p.skills, first: 10 } },
    },
    {
      name: `extractSkills${sfx}`,
      description: `extractSkills(text: a one-page CV, ${ONE_PAGE_CV.length} characters)`,
      kind: 'engine',
      nested: false,
      p50TargetMs: 150,
      rolegraph: {
        query: 'query Extract($text: String!) { extractSkills(text: $text, first: 50) { id confidence matchedBy node { id } mentions { start end } } }',
        variables: { text: ONE_PAGE_CV },
      },
    },
  ];
  return opts.reads ? [...reads, ...engine] : engine;
}

/**
 * A one-page CV for the extraction scenario: the labelled senior backend CV of data/quality/texts without its
 * front matter, cut at the last line break before 3,000 characters (issue 16 sets the target on ~3,000).
 */
const ONE_PAGE_CV = (() => {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'data', 'quality', 'texts', '13-cv-backend-java-senior.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return text.slice(0, text.lastIndexOf('\n', 3_000)).trim();
})();

/** A role id by name (name or alias key) and origin; throws a clear error when the data lacks it. */
async function roleByName(graph: Graph, name: string, origin: string): Promise<string> {
  const rows = await graph.read(
    'MATCH (r:Role) WHERE r.origin = $origin AND (toLower(r.name) = $key OR $key IN r.keys) RETURN r.id AS id ORDER BY (toLower(r.name) = $key) DESC, r.id LIMIT 1',
    { key: name.toLowerCase(), origin },
  );
  if (!rows[0]) throw new Error(`The bench database has no ${origin} role named "${name}"`);
  return rows[0].id as string;
}

async function topSkills(graph: Graph, role: string, n: number): Promise<string[]> {
  const rows = await graph.read(
    'MATCH (:Role {id: $role})-[q:REQUIRES_SKILL]->(s:Skill) RETURN s.id AS id ORDER BY coalesce(q.importance, 0) DESC, s.id LIMIT toInteger($n)',
    { role, n },
  );
  return rows.map((r) => r.id as string);
}

export const CURATED = { role: 'backend developer', compare: ['backend developer', 'developer experience engineer'], from: 'backend developer', to: 'platform engineer' };
/** ESCO occupations the scenarios use (kept when the bench builds half of ESCO). */
export const ESCO = { role: 'software developer', compare: ['software developer', 'web developer', 'ICT system developer'], from: 'software developer', to: 'software architect' };

/** Scenario parameters for curated or ESCO ids, resolved by name in the loaded graph. */
export async function resolveParams(graph: Graph, ids: 'curated' | 'esco'): Promise<ScenarioParams> {
  const names = ids === 'curated' ? CURATED : ESCO;
  const role = await roleByName(graph, names.role, ids);
  const compare: string[] = [];
  for (const n of names.compare) compare.push(await roleByName(graph, n, ids));
  return {
    ids,
    role,
    compare,
    from: await roleByName(graph, names.from, ids),
    to: await roleByName(graph, names.to, ids),
    skills: await topSkills(graph, role, 5),
    searchText: 'developer',
  };
}
