// @ts-check
// The explorer's only way to data: the public GraphQL API, POST /graphql. The typedefs below are the
// shapes of the answers to QUERIES, which the other modules import.

/** @typedef {{ id: string, name: string }} Named */
/** @typedef {{ __typename?: string, id: string, name: string, origin?: string | null, code?: string | null, iscoGroup?: string | null, summary?: string | null, skillType?: string | null, kind?: string | null, exact?: boolean }} SearchHit a node found by search, with what tells it apart from its namesakes */
/**
 * @typedef {object} Comparison
 * @property {Named[]} roles
 * @property {Named[]} sharedSkills
 * @property {Array<{ role: Named | null, skills: Named[] }>} unique
 * @property {number} jaccard
 * @property {number} weightedSimilarity
 * @property {string} summary
 */
/**
 * @typedef {object} SkillGap
 * @property {number | null} coverage
 * @property {number | null} effort
 * @property {string[]} [notes] what the sources do not know, in words
 * @property {Named[]} transferable
 * @property {Array<{ skill: Named, importance: number, inferred?: boolean }>} toLearn
 * @property {Named[]} learningOrder
 * @property {Named[]} toolsToLearn
 */
/**
 * A route step. kind EQUIVALENT: no job change, the same occupation under another source's name (cost
 * 0.5, not counted as a move); RELATED: a dataset's recorded relatedness; SIMILAR: inferred from skills.
 * @typedef {{ from: RoleRef, to: RoleRef, cost: number, stated: boolean, kind: string, toLearn?: Named[] }} PathStep
 */
/** @typedef {{ totalCost: number, steps: PathStep[] }} CareerPath */
/** @typedef {{ id: string, name: string, origin?: string | null }} RoleRef */
/** @typedef {{ id: string, skills: Array<{ importance: number | null, relationType: string | null, skill: { id: string } }> } | null} Needs a role's requirements */
/** @typedef {{ id: string, kind: string, stated: boolean, recorded: boolean, tier: string | null, rank: number | null, score: number, role: RoleRef }} Move */
/** @typedef {{ id: string, score: number, coverage: number, precision: number, text: number | null, role: RoleRef, matched: Named[], missing: Named[], missingTools: Named[] }} Match */
/** @typedef {{ id: string, matchedBy: string, confidence: number, node: { __typename: string, id: string, name: string, origin?: string | null } }} Extracted */

export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {string | undefined} code the first error's extensions.code, or NETWORK / HTTP
   */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/**
 * Runs one operation; resolves to its data, rejects with ApiError (or the AbortError of `signal`).
 * @template T the shape of `data`, given by the caller's annotation
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {AbortSignal} [signal]
 * @returns {Promise<T>}
 */
export async function gql(query, variables, signal) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (/** @type {Error} */ (err).name === 'AbortError') throw err;
    throw new ApiError('The API could not be reached. Is the server still running?', 'NETWORK');
  }
  /** @type {{ data?: T, errors?: Array<{ message: string, extensions?: { code?: string } }> }} */
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The API answered ${res.status} ${res.statusText} without a GraphQL response.`, 'HTTP');
  }
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors.map((e) => e.message).join(' '), body.errors[0].extensions && body.errors[0].extensions.code);
  }
  if (!res.ok || !body.data) throw new ApiError(`The API answered ${res.status} ${res.statusText}.`, 'HTTP');
  return body.data;
}

const NAMED = '{ id name }';
const ROLE = '{ id name origin }';
/** A role's requirements with their weight, to sort lists by importance and group gaps. */
const NEEDS = '{ id skills { id importance relationType skill { id } } }';
const MATCH = `{ id score coverage precision text role ${ROLE} matched ${NAMED} missing ${NAMED} missingTools ${NAMED} }`;

const GAP = `{
    id
    coverage
    effort
    notes
    transferable ${NAMED}
    toLearn { id skill ${NAMED} importance inferred }
    learningOrder ${NAMED}
    toolsToLearn ${NAMED}
  }`;

// Every object is selected with its id (the answers of the questions have one too, docs/api.md), so the
// same operations work unchanged behind a normalising client cache.

export const QUERIES = {
  search: `query ExplorerSearch($text: String!, $first: Int, $kinds: [NodeKind!]) {
  search(text: $text, first: $first, kinds: $kinds) { id score exact origin
    node { __typename id ... on Role { name origin code iscoGroup summary } ... on Skill { name origin skillType } ... on Tool { name origin kind } } } }`,
  role: `query ExplorerRole($id: ID!) { role(id: $id) ${ROLE} }`,
  compare: `query ExplorerCompare($roles: [ID!]!, $from: ID!, $to: ID!) {
  compareRoles(roles: $roles) {
    id
    roles ${NAMED}
    sharedSkills ${NAMED}
    unique { id role ${NAMED} skills ${NAMED} }
    jaccard
    weightedSimilarity
    summary
  }
  fromNeeds: role(id: $from) ${NEEDS}
  toNeeds: role(id: $to) ${NEEDS}
}`,
  gap: `query ExplorerGap($from: ID!, $to: ID!) {
  skillGap(from: $from, to: $to) ${GAP}
  toNeeds: role(id: $to) ${NEEDS}
}`,
  // From a person's profile: their text as it is, or the skills and tools left once some were struck out.
  profileGap: `query ExplorerProfileGap($text: String, $skills: [ID!], $tools: [ID!], $to: ID!) {
  skillGap(fromText: $text, fromSkills: $skills, fromTools: $tools, to: $to) ${GAP}
  toNeeds: role(id: $to) ${NEEDS}
}`,
  paths: `query ExplorerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {
  careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
    id
    totalCost
    steps { id from ${ROLE} to ${ROLE} cost stated kind toLearn ${NAMED} }
  }
}`,
  next: `query ExplorerNext($from: ID!, $origins: [Origin!], $first: Int) {
  nextRoles(from: $from, origins: $origins, first: $first) { id kind stated recorded tier rank score role ${ROLE} }
}`,
  matchText: `query ExplorerMatchText($text: String!, $first: Int) {
  extractSkills(text: $text, first: 40) { id matchedBy confidence node { __typename id ... on Skill { name origin } ... on Tool { name origin } ... on Practice { name origin } } }
  matchRoles(profileText: $text, first: $first) ${MATCH}
}`,
  // A text less what the person struck out of it: the text still counts for what it is about.
  matchKept: `query ExplorerMatchKept($text: String!, $excluding: [ID!], $first: Int) {
  matchRoles(profileText: $text, excluding: $excluding, first: $first) ${MATCH}
}`,
  picked: `query ExplorerPicked($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Skill { name origin skillType } ... on Tool { name origin kind } } }`,
  rolePage: `query ExplorerRolePage($id: ID!) {
  role(id: $id) {
    id name origin summary description code jobZone iscoGroup aliases
    sources { id title publisher url }
    skills { id importance relationType stated skill { id name origin } }
    toolsConnection { totalCount edges { hot inDemand node { id name kind } } }
    mapsTo { id match basis role ${ROLE} }
    mappedFrom { id match basis role ${ROLE} }
    careerMoves { id kind stated role ${ROLE} }
  }
}`,
  skillPage: `query ExplorerSkillPage($id: ID!) {
  skill(id: $id) {
    id name origin description skillType category aliases
    sources { id title publisher url }
    roles { id importance role ${ROLE} }
    tools ${NAMED}
    broader ${NAMED}
    narrower ${NAMED}
    prerequisites ${NAMED}
    related ${NAMED}
  }
}`,
  toolPage: `query ExplorerToolPage($id: ID!, $first: Int) {
  tool(id: $id) {
    id name origin kind description aliases hot inDemand
    sources { id title publisher url }
    rolesConnection(first: $first) { totalCount edges { hot inDemand node ${ROLE} } }
    skills ${NAMED}
    practices ${NAMED}
    sameAsTools ${ROLE}
    sameAsSkills ${ROLE}
  }
}`,
  matchIds: `query ExplorerMatchIds($skills: [ID!], $tools: [ID!], $first: Int) {
  matchRoles(skills: $skills, tools: $tools, first: $first) ${MATCH}
}`,
};


/**
 * Roles matching the text, best first.
 * @param {string} text
 * @param {AbortSignal} [signal]
 * @returns {Promise<SearchHit[]>}
 */
export async function searchRoles(text, signal) {
  return searchNodes(text, ['ROLE'], signal);
}

/**
 * Skills and tools matching the text, best first (the "what fits my skills" picker).
 * @param {string} text
 * @param {AbortSignal} [signal]
 */
export async function searchSkills(text, signal) {
  return searchNodes(text, ['SKILL', 'TOOL'], signal);
}

/**
 * @param {string} text
 * @param {string[]} kinds
 * @param {AbortSignal} [signal]
 * @returns {Promise<SearchHit[]>}
 */
async function searchNodes(text, kinds, signal) {
  /** @type {{ search: { exact: boolean, node: SearchHit }[] }} */
  const data = await gql(QUERIES.search, { text, first: 8, kinds }, signal);
  // A hit has its own id; the explorer works with the node it found.
  return data.search.map((hit) => ({ ...hit.node, exact: hit.exact }));
}
