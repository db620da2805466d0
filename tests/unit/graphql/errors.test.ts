import { describe, expect, it } from 'vitest';
import { CapacityError, InvalidInputError, NotFoundError } from '../../../src/errors.js';
import { classify, ErrorCode } from '../../../src/graphql/errors.js';

describe('classify', () => {
  it('turns a lack of memory for a question into SERVICE_UNAVAILABLE with its own message, not a bug', () => {
    const known = classify(new CapacityError('Reading skills from a text needs about 160 MB of free heap'));
    expect(known).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, message: 'Reading skills from a text needs about 160 MB of free heap' });
  });

  it('names the argument of a bad input and the id of a missing node', () => {
    expect(classify(new InvalidInputError('first', 'must be between 1 and 100'))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, extensions: { argument: 'first' } });
    expect(classify(new NotFoundError('role', 'nobody', 'from'))).toMatchObject({ code: ErrorCode.NOT_FOUND, extensions: { argument: 'from', id: 'nobody' } });
    expect(classify(new Error('something else'))).toBeNull();
  });
});
