// The error vocabulary of the API: every refusal carries a stable extensions.code.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError, isUnavailable } from '../store/graph.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Invalid argument: the message names it, and extensions.argument carries its name. */
export function badInput(argument: string, message: string): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${message}`, { argument });
}

export function notFound(kind: string, id: string, argument?: string): GraphQLError {
  return apiError(ErrorCode.NOT_FOUND, `No ${kind} with id "${id}"${argument ? ` (argument "${argument}")` : ''}`, argument ? { argument, id } : { id });
}

/** Checks an optional page size against the allowed range. */
export function checkFirst(first: number | null | undefined, { fallback, max, argument = 'first' }: { fallback: number; max: number; argument?: string }): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(argument, `must be between 1 and ${max}, got ${first}`);
  return first;
}

/**
 * Shapes every error that leaves the server: known codes pass through; a database outage becomes
 * SERVICE_UNAVAILABLE; anything else is logged in full and, in production, reduced to a generic message
 * with no stack trace.
 */
export function makeFormatError(opts: { production: boolean; log: (err: unknown, msg: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseUnavailableError || isUnavailable(original)) {
      return { message: 'The graph database is unavailable; try again shortly.', path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      if (!opts.production) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    opts.log(original, 'internal error while executing a GraphQL operation');
    if (opts.production) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}
