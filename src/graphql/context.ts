// Everything one GraphQL request may use: the shared Graph, per-request DataLoaders, the caller.
import type { Graph } from '../store/graph.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Caller {
  /** Who is calling (token label or JWT subject); undefined for anonymous callers. */
  subject?: string;
  scopes: string[];
}

export interface Context {
  graph: Graph;
  loaders: Loaders;
  caller: Caller;
  requestId: string;
}

export function createContext(graph: Graph, requestId: string, caller: Caller = { scopes: [] }): Context {
  return { graph, loaders: createLoaders(graph), caller, requestId };
}
