// The error vocabulary of the API and the one place errors are shaped: every refusal carries a stable
// extensions.code from ErrorCode, whether the HTTP layer, a plugin, a resolver or the store raised it.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CapacityError, InvalidInputError, NotFoundError } from '../errors.js';
import { DatabaseUnavailableError, isUnavailable } from '../store/graph.js';
import { DeadlineError, RoundTripLimitError } from '../store/requestGraph.js';

export const ErrorCode = {
  /** An argument breaks a rule; extensions.argument names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An id matches nothing; extensions.argument and extensions.id name it. */
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** Neo4j is down or restarting, the API is starting, or it is saturated: retry after Retry-After. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request (or a database transaction) ran past its deadline. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** Over a budget: complexity, fields, root fields, or database round trips. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer would be larger than ROLEGRAPH_MAX_RESPONSE_BYTES. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** A malformed HTTP request (not JSON, wrong content type, bad persisted query). */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  BATCHING_DISABLED: 'BATCHING_DISABLED',
  /** Subscriptions: this API answers queries and mutations only. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** Safelist mode (ROLEGRAPH_PERSISTED_OPERATIONS): the document or id is not in the manifest (Apollo Router's name). */
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** Apollo's own codes for documents that do not parse or validate. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status of a response whose errors carry these codes (Apollo's choice stands otherwise). */
export const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
};

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Invalid argument: the message names it, and extensions.argument carries its name. */
export function badInput(argument: string, reason: string): InvalidInputError {
  return new InvalidInputError(argument, reason);
}

export function notFound(kind: string, id: string, argument?: string): NotFoundError {
  return new NotFoundError(kind, id, argument);
}

/** Checks an optional page size against the allowed range. */
export function checkFirst(first: number | null | undefined, { fallback, max, argument = 'first' }: { fallback: number; max: number; argument?: string }): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(argument, `must be between 1 and ${max}, got ${first}`);
  return first;
}

const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly.';

/** The code, message and extra extensions for a known error, or null for anything else (a bug). */
export function classify(err: unknown, queryTimeoutMs?: number): { code: ErrorCode; message: string; extensions?: Record<string, unknown> } | null {
  if (err instanceof NotFoundError) return { code: ErrorCode.NOT_FOUND, message: err.message, extensions: err.argument ? { argument: err.argument, id: err.id } : { id: err.id } };
  if (err instanceof InvalidInputError) return { code: ErrorCode.BAD_USER_INPUT, message: err.message, extensions: { argument: err.argument } };
  if (err instanceof DeadlineError) return { code: ErrorCode.QUERY_TIMEOUT, message: err.message };
  if (err instanceof RoundTripLimitError) return { code: ErrorCode.QUERY_TOO_COMPLEX, message: err.message, extensions: { maxRoundTrips: err.limit } };
  if (err instanceof DatabaseUnavailableError || isUnavailable(err)) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: UNAVAILABLE_MESSAGE };
  if (err instanceof CapacityError) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: err.message };
  const neo4jCode = (err as { code?: unknown } | null)?.code;
  if (typeof neo4jCode === 'string') {
    if (/TransactionTimedOut/.test(neo4jCode)) {
      const limit = queryTimeoutMs ? ` (${queryTimeoutMs} ms)` : '';
      return { code: ErrorCode.QUERY_TIMEOUT, message: `The query ran longer than the database timeout${limit} or the request's deadline and was stopped; narrow it down.` };
    }
    // Terminated by a shutdown, a leader switch...: left after the driver's own retries, it means "try again".
    if (neo4jCode.startsWith('Neo.TransientError.')) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: UNAVAILABLE_MESSAGE };
  }
  return null;
}

/**
 * Apollo's refusals of a malformed request (a persisted query whose hash does not match, an unknown
 * persisted-query version, ...): its BadRequestError, or a bare GraphQLError that sets a 4xx status.
 */
function isApolloBadRequest(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.constructor?.name === 'BadRequestError') return true;
  const status = (err as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Shapes every error that leaves the server: known errors get their code; codes set by Apollo and the
 * plugins pass through; anything else is logged in full and, in production, reduced to a generic message
 * with no stack trace.
 */
export function makeFormatError(opts: { production: boolean; queryTimeoutMs?: number; log: (err: unknown, msg: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Errors raised before execution (plugins) arrive wrapped once in a GraphQLError. (Duck-typed: Apollo's
    // GraphQLError may come from another copy of graphql than this module's.)
    const wrapped = (unwrapped as { originalError?: unknown } | null)?.originalError;
    const original = wrapped ?? unwrapped;
    const known = classify(original, opts.queryTimeoutMs);
    if (known) return { message: known.message, path: formatted.path, extensions: { code: known.code, ...known.extensions } };
    let code = formatted.extensions?.code as string | undefined;
    if ((!code || code === ErrorCode.INTERNAL_SERVER_ERROR) && (isApolloBadRequest(original) || isApolloBadRequest(unwrapped))) code = ErrorCode.BAD_REQUEST;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: opts.production ? { ...extensions, code } : { ...formatted.extensions, code } };
    }
    opts.log(original, 'internal error while executing a GraphQL operation');
    if (opts.production) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}
