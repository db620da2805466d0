import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { keywordCandidates, searchTerms, SEARCH_KINDS } from '../../store/reads/search.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { valueId } from '../ids.js';
import { checkPositive } from '../pagination.js';
import { SearchArgs } from '../types/args.js';
import { ofType } from '../types/define.js';
import { SearchHit, SearchMode } from '../types/SearchHit.js';
import { fuseHits, keywordBand } from '../../domain/fusion.js';
import { searchByMeaning } from '../../semantic/searchByMeaning.js';

const DEFAULT_HITS = 10;
/** Longest accepted search text; names and aliases are far shorter. */
const MAX_TEXT = 200;

/**
 * What a search costs Neo4j: the name-key tiers are index seeks (tens of db hits), the full-text tiers
 * (only when those leave the page short) a Lucene query per term on names and aliases: TERM_COST per
 * term, on top of the hits returned (docs/benchmarks.md has the measured db hits).
 */
const TERM_COST = 10;
/** Embedding the text and asking the vector indexes (SEMANTIC, HYBRID) costs about what three terms do. */
const MEANING_COST = 30;
const searchCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + TERM_COST * searchTerms(typeof args.text === 'string' ? args.text : '').length + (args.mode === SearchMode.KEYWORD ? 0 : MEANING_COST) + (typeof args.first === 'number' ? args.first : DEFAULT_HITS) * Math.max(1, childComplexity);

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Typeahead search over roles, skills, tools and practices by name or alias: exact matches first, then names starting with the text, then word matches, then typo-tolerant ones ("kubernets", "postgress").',
    complexity: searchCost,
  })
  async search(@Ctx() ctx: Context, @Args(() => SearchArgs) { text, first, kinds, mode }: SearchArgs) {
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (text.length > MAX_TEXT) throw badInput('text', `must be at most ${MAX_TEXT} characters`);
    if (kinds && kinds.length === 0) throw badInput('kinds', 'must name at least one kind, or be left out');
    const n = checkPositive(first, DEFAULT_HITS);
    const labels = kinds ?? SEARCH_KINDS;
    // A graph that was never embedded (rolegraph link not run) is searched by keyword only.
    const meaning = (mode ?? SearchMode.HYBRID) !== SearchMode.KEYWORD && (await ctx.analytics.hasTextVectors());
    const [keyword, semantic] = await Promise.all([
      mode === SearchMode.SEMANTIC ? [] : keywordCandidates(ctx.graph, text, n, labels),
      meaning ? searchByMeaning(ctx.graph, text, n, labels) : [],
    ]);
    const rows = new Map<string, { kind: string; id: string; name: string; origin: string | null; exact: boolean }>();
    for (const r of keyword) rows.set(r.id, r);
    for (const h of semantic) if (!rows.has(h.id)) rows.set(h.id, { kind: h.kind, id: h.id, name: h.name, origin: h.origin, exact: false });
    const hits = mode === SearchMode.SEMANTIC
      ? semantic.map((h) => ({ key: h.id, score: h.score, matchedBy: 'semantic' as const }))
      : meaning
        ? fuseHits(keyword.map((r) => ({ key: r.id, score: r.score })), semantic.map((h) => ({ key: h.id, score: h.score })), n)
        : keyword.map((r) => ({ key: r.id, score: r.score, matchedBy: keywordBand(r.score) }));
    // The node is built from what the search read; its other fields load on demand (storedFields.ts).
    return hits.map((h) => {
      const r = rows.get(h.key)!;
      return { ...r, score: h.score, matchedBy: h.matchedBy, id: valueId('hit', text, r.id), node: ofType({ id: r.id, name: r.name, origin: r.origin }, r.kind) };
    });
  }
}
