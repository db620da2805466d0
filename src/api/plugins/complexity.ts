// The complexity budget and the page-size cap, checked together in one walk of the operation (with its
// variables and fragments) before execution. Fields declaring `complexity` (type-graphql) price
// themselves; otherwise a field costs 1 plus its selection, times `first` where it takes one, or
// times LIST_FACTOR for an unbounded list.
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context.js';
import { apiError, ErrorCode } from '../errors.js';

/** Assumed length of a list field without `first`. */
export const LIST_FACTOR = 10;
/** Assumed page size when `first` is declared but not sent (resolvers' usual default). */
export const DEFAULT_PAGE = 20;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface ComplexityLimits {
  maxComplexity: number;
  maxFirst: number;
}

interface Walk {
  oversized: { field: string; first: number }[];
}

function pagedEstimator(walk: Walk, maxFirst: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const declaresFirst = field.args.some((a) => a.name === 'first');
    const first = typeof args.first === 'number' ? args.first : undefined;
    if (first !== undefined && first > maxFirst) walk.oversized.push({ field: field.name, first });
    if (declaresFirst) return 1 + childComplexity * Math.max(1, Math.min(first ?? DEFAULT_PAGE, maxFirst));
    if (isListType(getNullableType(field.type))) return 1 + childComplexity * LIST_FACTOR;
    return undefined;
  };
}

/** The cost of an operation, and any `first` over the cap; throws GraphQLError on bad variables. */
export function measure(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, maxFirst: number) {
  const walk: Walk = { oversized: [] };
  const complexity = getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), pagedEstimator(walk, maxFirst), simpleEstimator({ defaultComplexity: 1 })],
  });
  return { complexity, oversized: walk.oversized };
}

function tooComplex(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...extra, http: { status: 400 } } });
}

export function complexityPlugin(limits: ComplexityLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let result: ReturnType<typeof measure>;
          try {
            result = measure(schema, document, request.variables ?? {}, operationName ?? undefined, limits.maxFirst);
          } catch (err) {
            // Bad variables are reported by execution (400 BAD_USER_INPUT); too many nodes is a refusal here.
            if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
              throw tooComplex('The query selects too many fields to analyse; simplify it.', {});
            }
            return;
          }
          const big = result.oversized[0];
          if (big) throw apiError(ErrorCode.BAD_USER_INPUT, `Argument "first" of field "${big.field}": must be at most ${limits.maxFirst}, got ${big.first}`, { argument: 'first', http: { status: 400 } });
          if (result.complexity > limits.maxComplexity) {
            throw tooComplex(`The query costs ${result.complexity}, over the budget of ${limits.maxComplexity}: ask for fewer items (lower "first") or fewer nested lists.`, { complexity: result.complexity, maxComplexity: limits.maxComplexity });
          }
        },
      };
    },
  };
}
