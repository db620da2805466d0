// Who may run what, decided once per operation before execution: mutations need a credential with
// the `write` scope (and none exist when no credential is configured); reads may be made to need one.
// Subscriptions are refused here too: this API has no subscription transport.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { apiError, ErrorCode } from '../errors.js';
import type { Context } from '../context.js';

/** Every 401 says how to authenticate (RFC 6750). */
export const WWW_AUTHENTICATE = 'Bearer realm="rolegraph"';

const status = (code: number) => ({ http: { status: code, ...(code === 401 ? { headers: new HeaderMap([['www-authenticate', WWW_AUTHENTICATE]]) } : {}) } });

/** Who may do what, as the HTTP layer's authentication configured it. */
export interface AccessPolicy {
  /** False when no credential of any kind is configured: the API is read-only. */
  writesEnabled: boolean;
  requireAuthForReads: boolean;
}

export function accessPlugin(policy: AccessPolicy): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const caller = contextValue.caller;
          if (operation?.operation === 'subscription') {
            throw apiError(ErrorCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are not supported: this API answers queries and mutations.', status(400));
          }
          if (operation?.operation === 'mutation') {
            if (!policy.writesEnabled) throw apiError(ErrorCode.FORBIDDEN, 'Writes are disabled: this API is read-only because no API token or JWT key is configured.', status(403));
            if (!caller.subject) throw apiError(ErrorCode.UNAUTHENTICATED, 'Mutations need a bearer token with the "write" scope (Authorization: Bearer <token>).', status(401));
            if (!caller.scopes.includes('write')) throw apiError(ErrorCode.FORBIDDEN, `The credential "${caller.subject}" does not have the "write" scope.`, status(403));
          } else if (policy.requireAuthForReads && !caller.subject) {
            throw apiError(ErrorCode.UNAUTHENTICATED, 'This API needs a bearer token for every request (Authorization: Bearer <token>).', status(401));
          }
        },
      };
    },
  };
}
