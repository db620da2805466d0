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

// A symbol-keyed own property: Apollo clones the context per operation (shallowly), and the clone
// must still reach the same record.
const INFO = Symbol('requestInfo');

export function attachRequestInfo(ctx: Context, info: RequestInfo): Context {
  (ctx as Context & { [INFO]?: RequestInfo })[INFO] = info;
  return ctx;
}

export function requestInfoOf(ctx: Context): RequestInfo | undefined {
  return (ctx as Context & { [INFO]?: RequestInfo })[INFO];
}
