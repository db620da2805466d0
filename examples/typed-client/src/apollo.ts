// The same typed documents through Apollo Client 4, with the cache policies rolegraph ships
// (src/client/cachePolicies.ts: possibleTypes for Node, typePolicies for the id-less connections), so a
// card query and a detail query about the same role or gap share one normalised cache and lose nothing.
// With `persisted`, Apollo's persisted-queries link sends the preset's hash instead of the text.
import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
// rolegraph's own file (plain data, safe in a browser bundle); a UI project vendors it beside gql/.
import { possibleTypes, typePolicies } from '../../../src/client/cachePolicies.js';
import { documentId } from './client.js';

export function createApolloClient(url: string, { persisted = false } = {}): ApolloClient {
  const http = new HttpLink({ uri: url });
  const link: ApolloLink = persisted
    ? new PersistedQueryLink({
        // The preset's hash is "sha256:<hex>"; Apollo's extension carries the hex digest alone.
        generateHash: (doc: DocumentNode) => documentId(doc as never).replace(/^sha256:/, ''),
        // The safelist knows every document: never fall back to sending the text.
        disable: () => false,
        retry: () => false,
      }).concat(http)
    : http;
  return new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes, typePolicies }) });
}
