// The README's tour as typed operations. `graphql()` comes from the generated ./gql folder: once
// `npm run client:generate` has seen a document here, the call returns a TypedDocumentNode whose result
// and variables types follow the selection, so a typo in a field or a wrong argument fails `tsc`.
// Every object that has an id selects it, so a normalising cache (Apollo, urql Graphcache) keys it.
import { graphql } from './gql/index.js';

/** One role by name or alias, with what it needs and whom it works with. */
export const RoleLookup = graphql(`
  query RoleLookup($name: String!) {
    role(name: $name) {
      id
      name
      summary
      skills(first: 5) { id importance stated skill { id name } sources { id title } }
      collaborators { id context role { id name } }
    }
  }
`);

/** Typeahead over every node, typo-tolerant; each hit has its own id and points at its node. */
export const Search = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      score
      exact
      matchedBy
      node { __typename id ... on Tool { name } ... on Skill { name } ... on Role { name } }
    }
  }
`);

/** What two to five roles share and what is unique to each. */
export const CompareRoles = graphql(`
  query CompareRoles($roles: [ID!]!) {
    compareRoles(roles: $roles) {
      id
      jaccard
      weightedSimilarity
      summary
      sharedSkills { id name }
      sharedTools { id name }
    }
  }
`);

/** The roles closest to one, optionally only from some sources (curated, ESCO, O*NET). */
export const SimilarRoles = graphql(`
  query SimilarRoles($role: ID!, $origins: [Origin!], $first: Int) {
    similarRoles(role: $role, origins: $origins, first: $first) {
      id
      score
      role { id name origin }
      sharedSkills { id name }
    }
  }
`);

/** What a person in one role must learn to reach another, in a learning order. */
export const SkillGap = graphql(`
  query SkillGap($from: ID!, $to: ID!) {
    skillGap(from: $from, to: $to) {
      id
      coverage
      effort
      toLearn { id importance skill { id name } }
      learningOrder { id name }
      toolsToLearn { id name }
    }
  }
`);

/** Where a role can lead: recorded moves first, then similar roles. */
export const NextRoles = graphql(`
  query NextRoles($from: ID!, $first: Int) {
    nextRoles(from: $from, first: $first) {
      id
      recorded
      stated
      score
      role { id name }
    }
  }
`);

/** The cheapest routes from one role to another. */
export const CareerPaths = graphql(`
  query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {
    careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {
      id
      totalCost
      steps { id cost stated from { id name } to { id name } toLearn { id name } }
    }
  }
`);

/** From a CV or a job ad: the skills it names, the roles it fits, and the gap to a target role. */
export const FromText = graphql(`
  query FromText($text: String!, $to: ID!) {
    extractSkills(text: $text) {
      id
      matchedBy
      confidence
      node { __typename id ... on Tool { name } ... on Skill { name } ... on Practice { name } }
      mentions { start end text }
    }
    matchRoles(profileText: $text, first: 5) { id score coverage role { id name origin } }
    skillGap(fromText: $text, to: $to) { id coverage toLearn { id skill { id name } } }
  }
`);
