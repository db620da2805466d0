import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify } from '../../../src/graphql/errors.js';
import { checkOrigin, decodeCursor, decodeOffset, encodeCursor, encodeOffset, listFirst, pageRequest, toConnection } from '../../../src/graphql/pagination.js';

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

  it('of relationship lists carry the offset to continue from', () => {
    fc.assert(fc.property(fc.nat(), (offset) => {
      expect(decodeOffset(encodeOffset(offset))).toBe(offset + 1);
    }));
    expect(decodeOffset(null)).toBe(0);
    for (const bad of ['!!!', encodeCursor({ name: 'A', id: 'a' }), Buffer.from('{"o":-1}').toString('base64url'), Buffer.from('{"o":1.5}').toString('base64url')]) {
      expect(argumentOf(() => decodeOffset(bad))).toBe('after');
    }
  });
});

describe('page arguments', () => {
  it('default to 20, keep blank search as none, and check origin', () => {
    expect(pageRequest({})).toEqual({ first: 20, after: null, search: null, origin: null });
    // The largest page is the request's limit, checked before execution (complexity plugin), not here.
    expect(pageRequest({ search: '  ', origin: 'esco', first: 150 })).toMatchObject({ search: null, origin: 'esco', first: 150 });
    expect(argumentOf(() => pageRequest({ first: 0 }))).toBe('first');
    expect(argumentOf(() => pageRequest({ first: -3 }))).toBe('first');
    expect(argumentOf(() => checkOrigin('nowhere'))).toBe('origin');
  });

  it('default relationship lists to the whole list up to the cap', () => {
    expect(listFirst(undefined, 500)).toBe(500);
    expect(listFirst(7, 500)).toBe(7);
    expect(argumentOf(() => listFirst(0, 500))).toBe('first');
  });

  it('shape first + 1 items as a connection of first', () => {
    const items = [{ node: { id: 'a', name: 'A' } }, { node: { id: 'b', name: 'B' } }, { node: { id: 'c', name: 'C' } }];
    const conn = toConnection(items, 2, false, (e) => encodeCursor(e.node), 5);
    expect(conn.edges.map((e) => decodeCursor(e.cursor))).toEqual([{ name: 'A', id: 'a' }, { name: 'B', id: 'b' }]);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: conn.edges[0].cursor, endCursor: conn.edges[1].cursor });
    expect(conn.totalCount).toBe(5);
    expect(toConnection([], 2, true, () => 'x', 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
