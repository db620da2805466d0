import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput, checkFirst } from '../errors.js';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { SearchArgs } from '../types/SearchArgs.js';
import { SearchHit } from '../types/SearchHit.js';
import { searchNodes, searchTerms, SEARCH_KINDS } from '../../store/reads/search.js';

const SEARCH = { fallback: 10, max: 50 } as const;
/** Longest accepted search text; names and aliases are far shorter. */
const MAX_TEXT = 200;

/**
 * A full-text query costs Neo4j work per term (each is matched exactly, as a prefix and fuzzily: tens of
 * milliseconds a term on the full ESCO + O*NET graph), on
 * top of the hits it returns: TERM_COST per term plus the page.
 */
const TERM_COST = 50;
const searchCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + TERM_COST * searchTerms(typeof args.text === 'string' ? args.text : '').length + (typeof args.first === 'number' ? args.first : SEARCH.fallback) * Math.max(1, childComplexity);

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Search roles, skills, tools and practices by name, alias or description; tolerant of typos ("kubernets", "postgress"). Exact name or alias matches come first, then by relevance.',
    complexity: searchCost,
  })
  search(@Ctx() ctx: Context, @Args(() => SearchArgs) { text, first, kinds }: SearchArgs) {
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (text.length > MAX_TEXT) throw badInput('text', `must be at most ${MAX_TEXT} characters`);
    if (kinds && kinds.length === 0) throw badInput('kinds', 'must name at least one kind, or be left out');
    return searchNodes(ctx.graph, text, checkFirst(first, SEARCH), kinds ?? SEARCH_KINDS);
  }
}
