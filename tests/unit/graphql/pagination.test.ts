import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify } from '../../../src/graphql/errors.js';
import { checkOrigin, decodeCursor, encodeCursor, pageRequest, toConnection } from '../../../src/graphql/pagination.js';

/** The argument a BAD_USER_INPUT answer for what fn throws would name. */
function argumentOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    const known = classify(err);
    return known?.code === 'BAD_USER_INPUT' ? (known.extensions?.argument as string) : undefined;
  }
  return undefined;
}

describe('cursors', () => {
  it('round-trip any name and id', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (name, id) => {
      expect(decodeCursor(encodeCursor({ name, id }))).toEqual({ name, id });
    }));
  });

  it('are opaque url-safe text', () => {
    expect(encodeCursor({ name: 'Backend Developer', id: 'backend-developer' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each(['', 'x', '!!!', 'eyJhIjoxfQ', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a"]').toString('base64url')])('refuses %j naming after', (cursor) => {
    expect(argumentOf(() => decodeCursor(cursor))).toBe('after');
  });
});

describe('page arguments', () => {
  it('default to 20, keep blank search as none, and check origin', () => {
    expect(pageRequest({})).toEqual({ first: 20, after: null, search: null, origin: null });
    expect(pageRequest({ search: '  ', origin: 'esco', first: 100 })).toMatchObject({ search: null, origin: 'esco', first: 100 });
    expect(argumentOf(() => pageRequest({ first: 101 }))).toBe('first');
    expect(argumentOf(() => pageRequest({ first: 0 }))).toBe('first');
    expect(argumentOf(() => checkOrigin('nowhere'))).toBe('origin');
  });

  it('shape a page as a connection', () => {
    const nodes = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const conn = toConnection({ nodes, hasNextPage: true, totalCount: 5 }, null);
    expect(conn.edges.map((e) => decodeCursor(e.cursor))).toEqual([{ name: 'A', id: 'a' }, { name: 'B', id: 'b' }]);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: conn.edges[0].cursor, endCursor: conn.edges[1].cursor });
    expect(toConnection({ nodes: [], hasNextPage: false, totalCount: 0 }, { name: 'A', id: 'a' }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
