// Outside production, every answer carries the Cypher statements its fields ran, printed for Neo4j
// Browser (`:param` lines, then the statement), under `extensions.cypher`. An Apollo plugin, registered
// where the server is assembled (src/http/server.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { recorded } from '../compile/print.js';
import type { Context } from '../context.js';

export function cypherExtensionsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const statements = recorded(contextValue.graph);
          if (statements.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cypher: statements };
        },
      };
    },
  };
}
