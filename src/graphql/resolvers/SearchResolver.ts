import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { keywordCandidates, searchTerms, SEARCH_KINDS } from '../../store/reads/search.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { checkPositive } from '../pagination.js';
import { SearchArgs } from '../types/args.js';
import { ofType } from '../types/define.js';
import { SearchHit } from '../types/SearchHit.js';

const DEFAULT_HITS = 10;
/** Longest accepted search text; names and aliases are far shorter. */
const MAX_TEXT = 200;

/**
 * What a search costs Neo4j: the name-key tiers are index seeks (tens of db hits), the full-text tiers
 * (only when those leave the page short) a Lucene query per term on names and aliases: TERM_COST per
 * term, on top of the hits returned (docs/benchmarks.md has the measured db hits).
 */
const TERM_COST = 10;
const searchCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + TERM_COST * searchTerms(typeof args.text === 'string' ? args.text : '').length + (typeof args.first === 'number' ? args.first : DEFAULT_HITS) * Math.max(1, childComplexity);

/** A hit's id: opaque, and the same for the same search text and node. */
function hitId(text: string, nodeId: string): string {
  return `hit:${Buffer.from(JSON.stringify([text, nodeId]), 'utf8').toString('base64url')}`;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Typeahead search over roles, skills, tools and practices by name or alias: exact matches first, then names starting with the text, then word matches, then typo-tolerant ones ("kubernets", "postgress").',
    complexity: searchCost,
  })
  async search(@Ctx() ctx: Context, @Args(() => SearchArgs) { text, first, kinds }: SearchArgs) {
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (text.length > MAX_TEXT) throw badInput('text', `must be at most ${MAX_TEXT} characters`);
    if (kinds && kinds.length === 0) throw badInput('kinds', 'must name at least one kind, or be left out');
    const rows = await keywordCandidates(ctx.graph, text, checkPositive(first, DEFAULT_HITS), kinds ?? SEARCH_KINDS);
    // The node is built from what the search read; its other fields load on demand (storedFields.ts).
    return rows.map((r) => ({ ...r, id: hitId(text, r.id), node: ofType({ id: r.id, name: r.name, origin: r.origin }, r.kind) }));
  }
}
