// The errors the layers below the API raise for a caller's mistake. They name what was wrong in the
// caller's terms (the argument, the id); src/graphql/errors.ts turns each into its extensions.code.

/** An id (or name) that matches no node of that kind: NOT_FOUND. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly kind: string, readonly id: string, readonly argument?: string) {
    super(`No ${kind} with id "${id}"${argument ? ` (argument "${argument}")` : ''}`);
  }
}

/** An argument that breaks a rule (range, shape, combination): BAD_USER_INPUT naming the argument. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly argument: string, readonly reason: string) {
    super(`Argument "${argument}": ${reason}`);
  }
}

/**
 * The server cannot take this question on now without risking its memory (building the text extractor of a
 * large graph under a tight heap cap): SERVICE_UNAVAILABLE, with what to do, instead of a crashed process.
 */
export class CapacityError extends Error {
  override name = 'CapacityError';
}
