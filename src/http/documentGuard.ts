// Structural caps, checked on the raw documents before Apollo validates them: graphql-js's
// overlapping-fields rule is quadratic in a selection set's size, so a document of thousands of fields
// would block the event loop for seconds however cheap its execution. A document that does not parse is
// left to Apollo, which reports the syntax error (it parses with the same token cap).
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../graphql/errors.js';
import { HttpError } from './errors.js';

export interface DocumentLimits {
  maxTokens: number;
  /** Selections (fields, fragment spreads, inline fragments) in one document; each fragment counted once. */
  maxFields: number;
  /** Root fields of one operation, aliases and root fragments included. */
  maxRootFields: number;
}

export interface DocumentShape {
  selections: number;
  /** Root fields per operation, in document order. */
  rootFields: number[];
}

function countSelections(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let n = 0;
  for (const sel of set.selections) n += 1 + countSelections(sel.kind === Kind.FRAGMENT_SPREAD ? undefined : sel.selectionSet);
  return n;
}

function rootFieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) n++;
    else if (sel.kind === Kind.INLINE_FRAGMENT) n += rootFieldsOf(sel.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(sel.name.value);
      if (!fragment || seen.has(sel.name.value)) continue;
      n += rootFieldsOf(fragment.selectionSet, fragments, new Set([...seen, sel.name.value]));
    }
  }
  return n;
}

export function shapeOf(doc: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let selections = 0;
  const rootFields: number[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) selections += countSelections(def.selectionSet);
    if (def.kind === Kind.OPERATION_DEFINITION) rootFields.push(rootFieldsOf(def.selectionSet, fragments, new Set()));
  }
  return { selections, rootFields };
}

/** A document that does not parse (Apollo reports why) has no shape. */
const UNPARSED: DocumentShape = { selections: 0, rootFields: [] };

/**
 * Shapes of the documents seen lately, by text: clients send the same few documents over and over, and
 * parsing one again costs more than the rest of this check. Bounded by total text size, so many large
 * documents cannot grow it past a few megabytes.
 */
const shapes = new LRUCache<string, DocumentShape>({ maxSize: 4_000_000, maxEntrySize: 1_000_000, sizeCalculation: (_shape, query) => query.length + 64 });

function shapeOfText(query: string, maxTokens: number): DocumentShape {
  const known = shapes.get(query);
  if (known) return known;
  let shape: DocumentShape;
  try {
    shape = shapeOf(parse(query, { maxTokens, noLocation: true }));
  } catch {
    // Left to Apollo, and not kept: whether it parses depends on the token cap of the app asking.
    return UNPARSED;
  }
  shapes.set(query, shape);
  return shape;
}

/** Throws HttpError 400 QUERY_TOO_COMPLEX when a document of the request body breaks a structural cap. */
export function checkDocuments(body: unknown, limits: DocumentLimits): void {
  const operations = Array.isArray(body) ? body : [body];
  for (const op of operations) {
    const query = (op as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') continue;
    const shape = shapeOfText(query, limits.maxTokens);
    if (shape.selections > limits.maxFields) {
      throw new HttpError(400, `The document selects ${shape.selections} fields; the limit is ${limits.maxFields}. Split it, or use fragments.`, ErrorCode.QUERY_TOO_COMPLEX, {}, { limit: 'fields', maxFields: limits.maxFields });
    }
    const most = Math.max(0, ...shape.rootFields);
    if (most > limits.maxRootFields) {
      throw new HttpError(400, `An operation has ${most} root fields (aliases included); the limit is ${limits.maxRootFields}.`, ErrorCode.QUERY_TOO_COMPLEX, {}, { limit: 'rootFields', maxRootFields: limits.maxRootFields });
    }
  }
}
