// The explorer's only way to data: the public GraphQL API, POST /graphql.

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

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
    if (err.name === 'AbortError') throw err;
    throw new ApiError('The API could not be reached. Is the server still running?', 'NETWORK');
  }
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

export const QUERIES = {
  search: `query ExplorerSearch($text: String!, $first: Int) { search(text: $text, first: $first, kinds: [ROLE]) { kind id name score } }`,
  role: `query ExplorerRole($id: ID!) { role(id: $id) ${NAMED} }`,
  compare: `query ExplorerCompare($roles: [ID!]!) {
  compareRoles(roles: $roles) {
    roles ${NAMED}
    sharedSkills ${NAMED}
    unique { role ${NAMED} skills ${NAMED} }
    jaccard
    weightedSimilarity
    summary
  }
}`,
  gap: `query ExplorerGap($from: ID!, $to: ID!) {
  skillGap(from: $from, to: $to) {
    coverage
    effort
    transferable ${NAMED}
    toLearn { skill ${NAMED} importance }
    learningOrder ${NAMED}
    toolsToLearn ${NAMED}
  }
}`,
  paths: `query ExplorerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {
  careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
    totalCost
    steps { from ${NAMED} to ${NAMED} cost stated toLearn ${NAMED} }
  }
}`,
};

/** Roles matching the text, best first. */
export async function searchRoles(text, signal) {
  const data = await gql(QUERIES.search, { text, first: 8 }, signal);
  return data.search;
}
