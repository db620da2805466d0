// The complexity budget and the page-size caps, checked together in one walk of each operation (with its
// variables and fragments) before execution. One budget covers a whole HTTP request: the operations of a
// batch spend from the same RequestState.cost.
//
// Every field is priced by what it can really return:
// - a list declaring `listBound` (src/graphql/bounds.ts) costs 1 + min(first, its bound) × its selection,
//   where the bound is the largest such list in the graph (the analytics projection measures them);
// - a field declaring `complexity` (type-graphql) prices itself (listComplexity: 1 + page size × selection);
// - any other field taking `first` costs 1 + its page size × its selection;
// - introspection lists are priced by the schema's own sizes (types, fields per type, ...);
// - everything else costs 1 plus its selection.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { boundOf, type ListBounds } from '../bounds.js';
import type { Context } from '../context.js';
import { apiError, ErrorCode } from '../errors.js';
import { introspectionEstimator } from './introspectionCost.js';

// graphql-query-complexity's ESM build imports graphql/index.mjs, a second copy of graphql beside the
// CommonJS one type-graphql builds the schema with; its CommonJS build shares type-graphql's copy.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

/** Assumed page size when `first` is declared but not sent (the resolvers' usual default). */
export const DEFAULT_PAGE = 20;

export interface ComplexityLimits {
  maxComplexity: number;
  /** Cap on `first` of top-level fields (pages, search, analytics). */
  maxFirst: number;
  /** Cap on `first` of nested relationship lists (a role's skills: imported roles have hundreds). */
  maxListFirst: number;
}

/** `value` is the argument's number, or with `items` the length of a list argument. */
type OutOfRange = { field: string; argument: string; value: number; min: number; max: number; items?: boolean };

/** A field's own argument ranges (type-graphql `@Extensions({ argumentRanges })`), e.g. careerPaths' maxSteps 1–4. */
export type ArgumentRanges = Record<string, readonly [min: number, max: number]>;

/**
 * Records every paging argument outside its range: `first` of any field (1 to the cap of its level) and
 * the ranges a field declares. Prices nothing, so it sees every field. One check for every level and
 * both ends, so one mistake always gets one error shape (docs/api.md).
 */
function rangeCheck(schema: GraphQLSchema, limits: ComplexityLimits, found: OutOfRange[]): ComplexityEstimator {
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType()]);
  return ({ type, field, args }) => {
    const declared = (field.extensions?.argumentRanges ?? {}) as ArgumentRanges;
    const ranges: ArgumentRanges = { first: [1, roots.has(type) ? limits.maxFirst : limits.maxListFirst], ...declared };
    for (const [argument, [min, max]] of Object.entries(ranges)) {
      const value = args[argument];
      if (typeof value === 'number' && (value < min || value > max)) found.push({ field: field.name, argument, value, min, max });
    }
    // List arguments a field declares as counted (`itemArguments`: the federation `_entities`
    // representations) hold at most as many items as a top-level page.
    for (const argument of (field.extensions?.itemArguments ?? []) as string[]) {
      const value = args[argument];
      if (Array.isArray(value) && value.length > limits.maxFirst) found.push({ field: field.name, argument, value: value.length, min: 0, max: limits.maxFirst, items: true });
    }
    return undefined;
  };
}

/** Prices lists that declare how long they can be. */
function boundedEstimator(bounds: ListBounds): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const bound = boundOf(field.extensions?.listBound, bounds);
    if (bound === undefined) return undefined;
    const first = typeof args.first === 'number' ? Math.min(args.first, bound) : bound;
    return 1 + Math.max(1, first) * Math.max(1, childComplexity);
  };
}

/** Prices fields that take `first` but declare no complexity of their own. */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE;
  return 1 + childComplexity * Math.max(1, first);
};

/** The cost of an operation and any paging argument out of its range; throws GraphQLError on bad variables. */
export function measure(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, limits: ComplexityLimits, bounds: ListBounds) {
  const outOfRange: OutOfRange[] = [];
  const complexity = getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [
      rangeCheck(schema, limits, outOfRange),
      introspectionEstimator(schema),
      boundedEstimator(bounds),
      fieldExtensionsEstimator(),
      pagedEstimator,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
  return { complexity, outOfRange };
}

function tooComplex(message: string, extra: Record<string, unknown>): GraphQLError {
  return apiError(ErrorCode.QUERY_TOO_COMPLEX, message, { ...extra, http: { status: 400 } });
}

/** Prices kept per parsed document, at most this many variable sets each (a client varies few). */
const PRICES_PER_DOCUMENT = 64;

export function complexityPlugin(limits: ComplexityLimits): ApolloServerPlugin<Context> {
  // Pricing walks the whole document with the schema (~25 µs for `{ __typename }`, a tenth of such a request's
  // CPU). Apollo's document store hands back the same parsed document for the same text, and the bounds object
  // changes only with the projection, so a price is kept per document, bounds and variables.
  const prices = new WeakMap<DocumentNode, WeakMap<ListBounds, Map<string, ReturnType<typeof measure>>>>();
  const remembered = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, bounds: ListBounds) => {
    let byBounds = prices.get(document);
    if (!byBounds) prices.set(document, (byBounds = new WeakMap()));
    let byVariables = byBounds.get(bounds);
    if (!byVariables) byBounds.set(bounds, (byVariables = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let result = byVariables.get(key);
    if (!result) {
      result = measure(schema, document, variables, operationName, limits, bounds);
      if (byVariables.size >= PRICES_PER_DOCUMENT) byVariables.clear();
      byVariables.set(key, result);
    }
    return result;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          let result: ReturnType<typeof measure>;
          const price = (bounds: ListBounds) => remembered(schema, document, request.variables ?? {}, operationName ?? undefined, bounds);
          try {
            result = price(contextValue.analytics.listBounds(limits.maxListFirst));
            // Priced before the graph was measured (every list as long as the largest page): over budget,
            // measure it (load the projection the answer needs anyway) and price again.
            if (contextValue.request.cost + result.complexity > limits.maxComplexity && !contextValue.analytics.measured()) {
              result = price(await contextValue.analytics.measuredBounds());
            }
          } catch (err) {
            const message = (err as Error).message ?? '';
            if (/maximum allowed number of nodes/.test(message)) throw tooComplex('The query selects too many fields to analyse; simplify it.', {});
            // Bad variables are reported by execution next (400 BAD_USER_INPUT); anything else is a bug.
            if (/^Variable "\$/.test(message)) return;
            throw err;
          }
          const bad = result.outOfRange[0];
          if (bad) {
            const rule = bad.items ? `must hold at most ${bad.max} items` : `must be between ${bad.min} and ${bad.max}`;
            throw apiError(ErrorCode.BAD_USER_INPUT, `Argument "${bad.argument}" of field "${bad.field}": ${rule}, got ${bad.value}`, { argument: bad.argument, field: bad.field, http: { status: 400 } });
          }
          const spent = contextValue.request;
          if (spent.cost + result.complexity > limits.maxComplexity) {
            const earlier = spent.cost > 0 ? ` (${spent.cost} already spent by earlier operations of this request)` : '';
            throw tooComplex(
              `The query costs ${result.complexity}${earlier}, over the budget of ${limits.maxComplexity}: ask for fewer items (lower "first"), fewer aliases or fewer nested lists.`,
              { complexity: result.complexity, spent: spent.cost, maxComplexity: limits.maxComplexity },
            );
          }
          spent.cost += result.complexity;
        },
      };
    },
  };
}
