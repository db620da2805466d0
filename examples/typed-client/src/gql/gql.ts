/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RoleLookup($name: String!) {\n    role(name: $name) {\n      id\n      name\n      summary\n      skills(first: 5) { id importance stated skill { id name } sources { id title } }\n      collaborators { id context role { id name } }\n    }\n  }\n": typeof types.RoleLookupDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      score\n      exact\n      matchedBy\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Role { name } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query CompareRoles($roles: [ID!]!) {\n    compareRoles(roles: $roles) {\n      id\n      jaccard\n      weightedSimilarity\n      summary\n      sharedSkills { id name }\n      sharedTools { id name }\n    }\n  }\n": typeof types.CompareRolesDocument,
    "\n  query SimilarRoles($role: ID!, $origins: [Origin!], $first: Int) {\n    similarRoles(role: $role, origins: $origins, first: $first) {\n      id\n      score\n      role { id name origin }\n      sharedSkills { id name }\n    }\n  }\n": typeof types.SimilarRolesDocument,
    "\n  query SkillGap($from: ID!, $to: ID!) {\n    skillGap(from: $from, to: $to) {\n      id\n      coverage\n      effort\n      toLearn { id importance skill { id name } }\n      learningOrder { id name }\n      toolsToLearn { id name }\n    }\n  }\n": typeof types.SkillGapDocument,
    "\n  query NextRoles($from: ID!, $first: Int) {\n    nextRoles(from: $from, first: $first) {\n      id\n      recorded\n      stated\n      score\n      role { id name }\n    }\n  }\n": typeof types.NextRolesDocument,
    "\n  query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {\n    careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {\n      id\n      totalCost\n      steps { id cost stated from { id name } to { id name } toLearn { id name } }\n    }\n  }\n": typeof types.CareerPathsDocument,
    "\n  query FromText($text: String!, $to: ID!) {\n    extractSkills(text: $text) {\n      id\n      matchedBy\n      confidence\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Practice { name } }\n      mentions { start end text }\n    }\n    matchRoles(profileText: $text, first: 5) { id score coverage role { id name origin } }\n    skillGap(fromText: $text, to: $to) { id coverage toLearn { id skill { id name } } }\n  }\n": typeof types.FromTextDocument,
};
const documents: Documents = {
    "\n  query RoleLookup($name: String!) {\n    role(name: $name) {\n      id\n      name\n      summary\n      skills(first: 5) { id importance stated skill { id name } sources { id title } }\n      collaborators { id context role { id name } }\n    }\n  }\n": types.RoleLookupDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      score\n      exact\n      matchedBy\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Role { name } }\n    }\n  }\n": types.SearchDocument,
    "\n  query CompareRoles($roles: [ID!]!) {\n    compareRoles(roles: $roles) {\n      id\n      jaccard\n      weightedSimilarity\n      summary\n      sharedSkills { id name }\n      sharedTools { id name }\n    }\n  }\n": types.CompareRolesDocument,
    "\n  query SimilarRoles($role: ID!, $origins: [Origin!], $first: Int) {\n    similarRoles(role: $role, origins: $origins, first: $first) {\n      id\n      score\n      role { id name origin }\n      sharedSkills { id name }\n    }\n  }\n": types.SimilarRolesDocument,
    "\n  query SkillGap($from: ID!, $to: ID!) {\n    skillGap(from: $from, to: $to) {\n      id\n      coverage\n      effort\n      toLearn { id importance skill { id name } }\n      learningOrder { id name }\n      toolsToLearn { id name }\n    }\n  }\n": types.SkillGapDocument,
    "\n  query NextRoles($from: ID!, $first: Int) {\n    nextRoles(from: $from, first: $first) {\n      id\n      recorded\n      stated\n      score\n      role { id name }\n    }\n  }\n": types.NextRolesDocument,
    "\n  query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {\n    careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {\n      id\n      totalCost\n      steps { id cost stated from { id name } to { id name } toLearn { id name } }\n    }\n  }\n": types.CareerPathsDocument,
    "\n  query FromText($text: String!, $to: ID!) {\n    extractSkills(text: $text) {\n      id\n      matchedBy\n      confidence\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Practice { name } }\n      mentions { start end text }\n    }\n    matchRoles(profileText: $text, first: 5) { id score coverage role { id name origin } }\n    skillGap(fromText: $text, to: $to) { id coverage toLearn { id skill { id name } } }\n  }\n": types.FromTextDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleLookup($name: String!) {\n    role(name: $name) {\n      id\n      name\n      summary\n      skills(first: 5) { id importance stated skill { id name } sources { id title } }\n      collaborators { id context role { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoleLookup($name: String!) {\n    role(name: $name) {\n      id\n      name\n      summary\n      skills(first: 5) { id importance stated skill { id name } sources { id title } }\n      collaborators { id context role { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      score\n      exact\n      matchedBy\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Role { name } }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      score\n      exact\n      matchedBy\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Role { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRoles($roles: [ID!]!) {\n    compareRoles(roles: $roles) {\n      id\n      jaccard\n      weightedSimilarity\n      summary\n      sharedSkills { id name }\n      sharedTools { id name }\n    }\n  }\n"): (typeof documents)["\n  query CompareRoles($roles: [ID!]!) {\n    compareRoles(roles: $roles) {\n      id\n      jaccard\n      weightedSimilarity\n      summary\n      sharedSkills { id name }\n      sharedTools { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarRoles($role: ID!, $origins: [Origin!], $first: Int) {\n    similarRoles(role: $role, origins: $origins, first: $first) {\n      id\n      score\n      role { id name origin }\n      sharedSkills { id name }\n    }\n  }\n"): (typeof documents)["\n  query SimilarRoles($role: ID!, $origins: [Origin!], $first: Int) {\n    similarRoles(role: $role, origins: $origins, first: $first) {\n      id\n      score\n      role { id name origin }\n      sharedSkills { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillGap($from: ID!, $to: ID!) {\n    skillGap(from: $from, to: $to) {\n      id\n      coverage\n      effort\n      toLearn { id importance skill { id name } }\n      learningOrder { id name }\n      toolsToLearn { id name }\n    }\n  }\n"): (typeof documents)["\n  query SkillGap($from: ID!, $to: ID!) {\n    skillGap(from: $from, to: $to) {\n      id\n      coverage\n      effort\n      toLearn { id importance skill { id name } }\n      learningOrder { id name }\n      toolsToLearn { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextRoles($from: ID!, $first: Int) {\n    nextRoles(from: $from, first: $first) {\n      id\n      recorded\n      stated\n      score\n      role { id name }\n    }\n  }\n"): (typeof documents)["\n  query NextRoles($from: ID!, $first: Int) {\n    nextRoles(from: $from, first: $first) {\n      id\n      recorded\n      stated\n      score\n      role { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {\n    careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {\n      id\n      totalCost\n      steps { id cost stated from { id name } to { id name } toLearn { id name } }\n    }\n  }\n"): (typeof documents)["\n  query CareerPaths($from: ID!, $to: ID!, $maxSteps: Int, $first: Int) {\n    careerPaths(from: $from, to: $to, maxSteps: $maxSteps, first: $first) {\n      id\n      totalCost\n      steps { id cost stated from { id name } to { id name } toLearn { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FromText($text: String!, $to: ID!) {\n    extractSkills(text: $text) {\n      id\n      matchedBy\n      confidence\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Practice { name } }\n      mentions { start end text }\n    }\n    matchRoles(profileText: $text, first: 5) { id score coverage role { id name origin } }\n    skillGap(fromText: $text, to: $to) { id coverage toLearn { id skill { id name } } }\n  }\n"): (typeof documents)["\n  query FromText($text: String!, $to: ID!) {\n    extractSkills(text: $text) {\n      id\n      matchedBy\n      confidence\n      node { __typename id ... on Tool { name } ... on Skill { name } ... on Practice { name } }\n      mentions { start end text }\n    }\n    matchRoles(profileText: $text, first: 5) { id score coverage role { id name origin } }\n    skillGap(fromText: $text, to: $to) { id coverage toLearn { id skill { id name } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;