// @ts-check
// The explorer's only way to data: the public GraphQL API, POST /graphql. The typedefs below are the
// shapes of the answers to QUERIES, which the other modules import.

/** @typedef {{ id: string, name: string }} Named */
/** @typedef {{ id: string, name: string }} SearchHit a role found by search (its node's id and name) */
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
 * @property {number} effort
 * @property {Named[]} transferable
 * @property {Array<{ skill: Named, importance: number }>} toLearn
 * @property {Named[]} learningOrder
 * @property {Named[]} toolsToLearn
 */
/**
 * A route step. kind EQUIVALENT: no job change, the same occupation under another source's name (cost 0,
 * not counted as a move); RELATED: a dataset's recorded relatedness; SIMILAR: inferred from skills.
 * @typedef {{ from: Named, to: Named, cost: number, stated: boolean, kind: string, toLearn?: Named[] }} PathStep
 */
/** @typedef {{ totalCost: number, steps: PathStep[] }} CareerPath */

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

// Every object is selected with its id (the answers of the questions have one too, docs/api.md), so the
// same operations work unchanged behind a normalising client cache.

export const QUERIES = {
  search: `query ExplorerSearch($text: String!, $first: Int) { search(text: $text, first: $first, kinds: [ROLE]) { id score node { id ... on Role { name } } } }`,
  role: `query ExplorerRole($id: ID!) { role(id: $id) ${NAMED} }`,
  compare: `query ExplorerCompare($roles: [ID!]!) {
  compareRoles(roles: $roles) {
    id
    roles ${NAMED}
    sharedSkills ${NAMED}
    unique { id role ${NAMED} skills ${NAMED} }
    jaccard
    weightedSimilarity
    summary
  }
}`,
  gap: `query ExplorerGap($from: ID!, $to: ID!) {
  skillGap(from: $from, to: $to) {
    id
    coverage
    effort
    transferable ${NAMED}
    toLearn { id skill ${NAMED} importance }
    learningOrder ${NAMED}
    toolsToLearn ${NAMED}
  }
}`,
  paths: `query ExplorerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {
  careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
    id
    totalCost
    steps { id from ${NAMED} to ${NAMED} cost stated kind toLearn ${NAMED} }
  }
}`,
};

/**
 * Roles matching the text, best first.
 * @param {string} text
 * @param {AbortSignal} [signal]
 * @returns {Promise<SearchHit[]>}
 */
export async function searchRoles(text, signal) {
  /** @type {{ search: { node: SearchHit }[] }} */
  const data = await gql(QUERIES.search, { text, first: 8 }, signal);
  // A hit has its own id; the explorer works with the role it found.
  return data.search.map((hit) => hit.node);
}
