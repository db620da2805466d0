// What one HTTP request learned on its way through Apollo (operation, error codes, variable names),
// kept beside the request's context so the router can write one log line per request.
import type { Context } from '../context.js';

export interface RequestInfo {
  requestId: string;
  operations: { name: string | null; type: string | null }[];
  variableNames: string[];
  errorCodes: string[];
  caller?: string;
}

const infos = new WeakMap<object, RequestInfo>();

export function attachRequestInfo(ctx: Context, info: RequestInfo): Context {
  infos.set(ctx, info);
  return ctx;
}

export function requestInfoOf(ctx: Context): RequestInfo | undefined {
  return infos.get(ctx);
}
