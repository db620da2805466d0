// Optional JWT bearer credentials, verified with jose against a shared HS256 secret or a JWKS URL.
// The caller's subject is `sub`; scopes come from `scope` (space separated) or `scopes` (array or string).
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Caller } from '../../graphql/context.js';

export interface JwtOptions {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Oldest accepted token by `iat`, in seconds; 0 or unset: any age. */
  maxAgeSeconds?: number;
}

export type JwtVerifier = (token: string) => Promise<Caller>;

export function scopesOf(payload: JWTPayload): string[] {
  const raw = payload.scope ?? payload.scopes;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  return [...new Set(list.filter((s): s is string => typeof s === 'string' && s.length > 0))];
}

/** A verifier, or null when no JWT key is configured. Rejects on any invalid token. */
export function createJwtVerifier(opts: JwtOptions): JwtVerifier | null {
  // A token without `exp` would be valid forever: refuse it.
  const verifyOpts = {
    issuer: opts.issuer,
    audience: opts.audience,
    requiredClaims: ['exp'],
    ...(opts.maxAgeSeconds ? { maxTokenAge: opts.maxAgeSeconds } : {}),
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (opts.jwksUrl) {
    const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(opts.jwksUrl), { timeoutDuration: 3_000 });
    verify = async (token) => (await jwtVerify(token, jwks, verifyOpts)).payload;
  } else if (opts.secret) {
    const key = new TextEncoder().encode(opts.secret);
    verify = async (token) => (await jwtVerify(token, key, { ...verifyOpts, algorithms: ['HS256'] })).payload;
  } else {
    return null;
  }
  return async (token) => {
    const payload = await verify(token);
    return { subject: payload.sub ?? 'jwt', scopes: scopesOf(payload) };
  };
}
