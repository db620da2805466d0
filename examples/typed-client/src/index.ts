// The typed client in one import: the generated documents and types, the fetch client, the Apollo
// client, and the cache policies rolegraph ships for Apollo's InMemoryCache (issue 20: a typed client
// with the possibleTypes / typePolicies that make a card-then-detail flow lose nothing).
export * from './gql/index.js';
export type * from './gql/graphql.js';
export * from './operations.js';
export { createClient, documentId, type ApiError, type ClientOptions, type Request, type Result } from './client.js';
export { createApolloClient } from './apollo.js';
export { EMBEDDED_TYPES, possibleTypes, typePolicies } from '../../../src/client/cachePolicies.js';
