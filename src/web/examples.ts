// Example operations for every question family, with variables filled in from the curated graph.
// The playground opens one tab per example; the tests run every one against the seeded graph, so an
// example that stops matching the schema fails CI instead of greeting a new user with an error.

export type ExampleFamily = 'lookup' | 'search' | 'compare' | 'similar' | 'gap' | 'next' | 'paths' | 'match';

export interface Example {
  family: ExampleFamily;
  /** Operation name; GraphiQL titles the tab with it. */
  name: string;
  /** The question the example answers, shown as a comment at the top of the tab. */
  question: string;
  query: string;
  variables: Record<string, unknown>;
}

const examples: Example[] = [
  {
    family: 'lookup',
    name: 'RoleLookup',
    question: 'What does a Platform Engineer do, need and use, and where can the role lead?',
    query: `query RoleLookup($name: String!) {
  role(name: $name) {
    id
    name
    aliases
    summary
    skills {
      skill { id name }
      importance
      stated
    }
    tools { id name }
    careerMoves {
      role { id name }
      kind
      stated
    }
  }
}`,
    variables: { name: 'platform engineer' },
  },
  {
    family: 'search',
    name: 'Search',
    question: 'Search roles, skills, tools and practices at once; typos are forgiven.',
    query: `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    exact
    node {
      __typename
      id
      ... on Role { name }
      ... on Skill { name }
      ... on Tool { name }
      ... on Practice { name }
    }
  }
}`,
    variables: { text: 'platfrom enginer', first: 10 },
  },
  {
    family: 'compare',
    name: 'CompareRoles',
    question: 'What do Backend Developer and Developer Experience Engineer share, and what is unique to each?',
    query: `query CompareRoles($roles: [ID!]!) {
  compareRoles(roles: $roles) {
    summary
    jaccard
    weightedSimilarity
    roles { id name }
    sharedSkills { id name }
    sharedTools { id name }
    unique {
      role { id name }
      skills { id name }
      tools { id name }
    }
  }
}`,
    variables: { roles: ['backend-developer', 'developer-experience-engineer'] },
  },
  {
    family: 'similar',
    name: 'SimilarRoles',
    question: 'Which roles are closest to Backend Developer?',
    query: `query SimilarRoles($role: ID!, $first: Int) {
  similarRoles(role: $role, first: $first) {
    role { id name }
    score
    sharedSkills { id name }
  }
}`,
    variables: { role: 'backend-developer', first: 5 },
  },
  {
    family: 'gap',
    name: 'SkillGap',
    question: 'What must a Backend Developer learn to become a Platform Engineer, and in what order?',
    query: `query SkillGap($from: ID!, $to: ID!) {
  skillGap(from: $from, to: $to) {
    coverage
    effort
    transferable { id name }
    toLearn {
      skill { id name }
      importance
    }
    learningOrder { id name }
    toolsToLearn { id name }
  }
}`,
    variables: { from: 'backend-developer', to: 'platform-engineer' },
  },
  {
    family: 'next',
    name: 'NextRoles',
    question: 'Where can a Backend Developer go next?',
    query: `query NextRoles($from: ID!, $first: Int) {
  nextRoles(from: $from, first: $first) {
    role { id name }
    kind
    stated
    score
  }
}`,
    variables: { from: 'backend-developer', first: 5 },
  },
  {
    family: 'paths',
    name: 'CareerPaths',
    question: 'What are the best routes from Backend Developer to Platform Engineer in up to three steps?',
    query: `query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {
  careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
    totalCost
    steps {
      from { id name }
      to { id name }
      cost
      stated
      toLearn { id name }
    }
  }
}`,
    variables: { from: 'backend-developer', to: 'platform-engineer', maxSteps: 3, first: 3 },
  },
  {
    family: 'match',
    name: 'MatchRoles',
    question: 'I know API design, CI/CD and cloud platforms and use Docker: which roles fit me best?',
    query: `query MatchRoles($skills: [ID!]!, $tools: [ID!], $first: Int) {
  matchRoles(skills: $skills, tools: $tools, first: $first) {
    role { id name }
    coverage
    matched { id name }
    missing { id name }
  }
}`,
    variables: { skills: ['api-design', 'ci-cd-pipelines', 'cloud-platforms'], tools: ['docker'], first: 5 },
  },
];

export const EXAMPLES: readonly Example[] = examples;

/** The text of an example's tab: the question as comment lines that fit the editor, then the operation. */
export function exampleTabQuery(example: Example): string {
  const lines: string[] = [];
  for (const word of example.question.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < 58) lines[last] += ` ${word}`;
    else lines.push(`# ${word}`);
  }
  return `${lines.join('\n')}\n${example.query}\n`;
}
