// Everything one GraphQL request may use: its budgeted view of the database, per-request DataLoaders,
// the caller, the shared analytics service, and the request's own record (budget spent, what to log).
import type { AnalyticsService } from '../analytics/service.js';
import type { LimitsConfig } from '../config.js';
import type { Graph } from '../store/graph.js';
import { RequestGraph, type RequestBudget } from '../store/requestGraph.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Caller {
  /** Who is calling (token label or JWT subject); undefined for anonymous callers. */
  subject?: string;
  scopes: string[];
}

/**
 * What one HTTP request learns and spends on its way through Apollo. Shared by every operation of a
 * batch (Apollo clones the context per operation, shallowly), so a batch spends one budget.
 */
export interface RequestState {
  requestId: string;
  /** Complexity spent by this request's operations so far. */
  cost: number;
  operations: { name: string | null; type: string | null }[];
  variableNames: string[];
  errorCodes: string[];
  caller?: string;
}

export function newRequestState(requestId: string): RequestState {
  return { requestId, cost: 0, operations: [], variableNames: [], errorCodes: [] };
}

export interface Context {
  /** The database under this request's deadline and round-trip cap. */
  graph: RequestGraph;
  loaders: Loaders;
  caller: Caller;
  analytics: AnalyticsService;
  request: RequestState;
  /** The limits the server was built with (pagination.ts requestLimits, text.ts); absent: the environment's. */
  limits?: LimitsConfig;
}

/** No deadline and no cap: for scripts and tests that build a context outside an HTTP request. */
export const UNBOUNDED: RequestBudget = { deadline: Number.MAX_SAFE_INTEGER, deadlineMs: Number.MAX_SAFE_INTEGER, maxRoundTrips: Number.MAX_SAFE_INTEGER };

export function createContext(opts: { graph: Graph; analytics: AnalyticsService; request: RequestState; caller?: Caller; budget?: RequestBudget; limits?: LimitsConfig }): Context {
  const graph = new RequestGraph(opts.graph, opts.budget ?? UNBOUNDED);
  return { graph, loaders: createLoaders(graph), caller: opts.caller ?? { scopes: [] }, analytics: opts.analytics, request: opts.request, ...(opts.limits ? { limits: opts.limits } : {}) };
}
