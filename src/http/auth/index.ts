// Resolves the caller of a request from its Authorization header. A credential that is present but
// wrong is refused outright (401), on reads too: a client with a broken token should find out.
import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../../config.js';
import type { Caller } from '../../graphql/context.js';
import { createJwtVerifier } from './jwt.js';
import { matchToken, parseTokens } from './tokens.js';

export { parseTokens, matchToken, secretMatcher, TokenConfigError } from './tokens.js';

export const ANONYMOUS: Caller = Object.freeze({ scopes: [] as string[] }) as Caller;

/** Thrown for a missing-but-required or invalid credential; the router answers 401 UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** Which operations need what; enforced by the access plugin before execution. */
export type { AccessPolicy } from '../../graphql/plugins/access.js';
import type { AccessPolicy } from '../../graphql/plugins/access.js';

export interface Authenticator {
  authenticate(req: IncomingMessage): Promise<Caller>;
  policy: AccessPolicy;
}

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of an `Authorization: Bearer <token>` header; null for any other shape. */
export function bearerToken(header: string): string | null {
  return BEARER.exec(header)?.[1] ?? null;
}

export function createAuthenticator(cfg: AuthConfig): Authenticator {
  const tokens = parseTokens(cfg.tokens);
  const jwt = createJwtVerifier({ secret: cfg.jwtSecret, jwksUrl: cfg.jwksUrl, issuer: cfg.jwtIssuer, audience: cfg.jwtAudience, maxAgeSeconds: cfg.jwtMaxAgeSeconds });
  return {
    policy: { writesEnabled: tokens.length > 0 || jwt !== null, requireAuthForReads: cfg.requireAuthForReads },
    async authenticate(req) {
      const header = req.headers.authorization;
      if (header === undefined || header.trim() === '') return ANONYMOUS;
      const presented = bearerToken(header);
      if (presented === null) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
      const entry = matchToken(tokens, presented);
      if (entry) return { subject: entry.label, scopes: [...entry.scopes] };
      if (jwt && JWT_SHAPE.test(presented)) {
        try {
          return await jwt(presented);
        } catch {
          throw new AuthenticationError('The bearer token is not a valid JWT for this API (bad signature, expired, or wrong issuer/audience)');
        }
      }
      throw new AuthenticationError('The bearer token is not valid');
    },
  };
}
