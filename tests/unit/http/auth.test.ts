import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { SignJWT } from 'jose';
import { AuthenticationError, createAuthenticator, matchToken, parseTokens, TokenConfigError } from '../../../src/http/auth/index.js';
import { scopesOf } from '../../../src/http/auth/jwt.js';
import type { AuthConfig } from '../../../src/config.js';

const WRITE = 'curator-token-0123456789';
const READ = 'reader-token-0123456789';
const cfg = (extra: Partial<AuthConfig> = {}): AuthConfig => ({ tokens: `curator:${WRITE}:read+write,ui:${READ}:read`, requireAuthForReads: false, ...extra });
const req = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe('API tokens', () => {
  it('parses labels and scopes and keeps only digests', () => {
    const entries = parseTokens(`curator:${WRITE}:read+write, ui:${READ}:read`);
    expect(entries.map((e) => [e.label, e.scopes])).toEqual([['curator', ['read', 'write']], ['ui', ['read']]]);
    for (const e of entries) {
      expect(e.digest).toHaveLength(32);
      expect(JSON.stringify(e)).not.toContain(WRITE);
      expect(JSON.stringify(e)).not.toContain(READ);
    }
  });

  it('allows colons inside a token', () => {
    const [e] = parseTokens('svc:abc:def:ghi:jkl:mnop:write');
    expect(matchToken([e], 'abc:def:ghi:jkl:mnop')?.label).toBe('svc');
  });

  it('refuses bad entries without echoing the secret', () => {
    const bad = ['nolabel', ':secretsecretsecret1:read', 'x:short:read', `x:${WRITE}:admin`, `x:${WRITE}:`, `x:${WRITE}:read,x:${READ}:read`];
    for (const spec of bad) {
      let message = '';
      try {
        parseTokens(spec);
      } catch (err) {
        expect(err).toBeInstanceOf(TokenConfigError);
        message = (err as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain(WRITE);
    }
  });

  it('matches only the exact token', () => {
    const entries = parseTokens(cfg().tokens);
    expect(matchToken(entries, WRITE)?.label).toBe('curator');
    expect(matchToken(entries, READ)?.label).toBe('ui');
    expect(matchToken(entries, WRITE + 'x')).toBeNull();
    expect(matchToken(entries, WRITE.slice(0, -1))).toBeNull();
    expect(matchToken(entries, '')).toBeNull();
  });
});

describe('the authenticator', () => {
  it('is read-only with no credential configured', () => {
    expect(createAuthenticator({ tokens: '', requireAuthForReads: false }).policy.writesEnabled).toBe(false);
    expect(createAuthenticator(cfg()).policy.writesEnabled).toBe(true);
    expect(createAuthenticator({ tokens: '', jwtSecret: 'a-long-enough-shared-secret-000000', requireAuthForReads: false }).policy.writesEnabled).toBe(true);
  });

  it('treats a missing header as anonymous and a wrong one as an error', async () => {
    const auth = createAuthenticator(cfg());
    expect(await auth.authenticate(req())).toEqual({ scopes: [] });
    expect(await auth.authenticate(req(`Bearer ${WRITE}`))).toEqual({ subject: 'curator', scopes: ['read', 'write'] });
    expect(await auth.authenticate(req(`bearer ${READ}`))).toEqual({ subject: 'ui', scopes: ['read'] });
    await expect(auth.authenticate(req('Bearer nope-nope-nope-nope'))).rejects.toBeInstanceOf(AuthenticationError);
    await expect(auth.authenticate(req(`Basic ${Buffer.from('a:b').toString('base64')}`))).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('verifies HS256 JWTs, reading scope or scopes, and refuses forged, expired or foreign ones', async () => {
    const secret = 'a-long-enough-shared-secret-000000';
    const auth = createAuthenticator({ tokens: '', jwtSecret: secret, jwtIssuer: 'https://id.example', jwtAudience: 'rolegraph', requireAuthForReads: false });
    const key = new TextEncoder().encode(secret);
    const sign = (claims: Record<string, unknown>, k = key, iss = 'https://id.example', exp: string | number = '5m') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('ada').setIssuer(iss).setAudience('rolegraph').setIssuedAt().setExpirationTime(exp).sign(k);
    expect(await auth.authenticate(req(`Bearer ${await sign({ scope: 'read write' })}`))).toEqual({ subject: 'ada', scopes: ['read', 'write'] });
    expect(await auth.authenticate(req(`Bearer ${await sign({ scopes: ['read'] })}`))).toEqual({ subject: 'ada', scopes: ['read'] });
    await expect(auth.authenticate(req(`Bearer ${await sign({ scope: 'write' }, new TextEncoder().encode('another-secret-another-secret-00'))}`))).rejects.toBeInstanceOf(AuthenticationError);
    await expect(auth.authenticate(req(`Bearer ${await sign({ scope: 'write' }, key, 'https://evil.example')}`))).rejects.toBeInstanceOf(AuthenticationError);
    await expect(auth.authenticate(req(`Bearer ${await sign({ scope: 'write' }, key, 'https://id.example', Math.floor(Date.now() / 1000) - 60)}`))).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('reads scopes from either claim shape', () => {
    expect(scopesOf({ scope: 'read write' })).toEqual(['read', 'write']);
    expect(scopesOf({ scopes: ['write', 'write'] })).toEqual(['write']);
    expect(scopesOf({ scopes: 'read,write' })).toEqual(['read', 'write']);
    expect(scopesOf({})).toEqual([]);
  });
});
