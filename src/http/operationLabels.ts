// Metric labels for a GraphQL request: its operation name and its outcome, each from a bounded set, so
// no client can grow the number of series (and no label ever carries what a client typed beyond a name).
import { ErrorCode } from '../graphql/errors.js';

/** Label values that no GraphQL name can take (names are [_A-Za-z][_0-9A-Za-z]*). */
export const NO_OPERATION = '(none)';
export const ANONYMOUS = '(anonymous)';
export const BATCH = '(batch)';
export const OTHER = '(other)';
export const OK = 'OK';
export const OTHER_ERROR = 'OTHER_ERROR';

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * Operation names as labels. Known names (the persisted operations) always get their own label; other
 * well-formed names up to 64 characters are admitted first come, up to `maxAdmitted`; the rest are OTHER.
 */
export class OperationLabels {
  private readonly admitted = new Set<string>();

  constructor(private readonly known: ReadonlySet<string> = new Set(), private readonly maxAdmitted = 100) {}

  /** The label of a request that ran these operations (none: refused before any was resolved). */
  label(operations: readonly { name: string | null }[]): string {
    if (operations.length === 0) return NO_OPERATION;
    if (operations.length > 1) return BATCH;
    const { name } = operations[0];
    if (name === null) return ANONYMOUS;
    if (this.known.has(name) || this.admitted.has(name)) return name;
    if (!NAME.test(name) || this.admitted.size >= this.maxAdmitted) return OTHER;
    this.admitted.add(name);
    return name;
  }
}

/** OK, or the first error code of the answer when it is one of the API's codes. */
export function outcomeLabel(errorCodes: readonly string[]): string {
  if (errorCodes.length === 0) return OK;
  return CODES.has(errorCodes[0]) ? errorCodes[0] : OTHER_ERROR;
}
