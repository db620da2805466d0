// Refusals decided by the HTTP layer (before Apollo): one class, one JSON shape, the same
// `{ errors: [{ message, extensions: { code } }] }` a GraphQL error has.
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '../graphql/errors.js';

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code: ErrorCode, readonly headers: Record<string, string> = {}, readonly extensions: Record<string, unknown> = {}) {
    super(message);
  }
}

export function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

export function sendHttpError(reply: FastifyReply, err: HttpError): FastifyReply {
  return reply.code(err.status).headers(err.headers).type('application/json; charset=utf-8').send(errorBody(err.code, err.message, err.extensions));
}
