// The arguments of the read fields, as tables: lookups, top-level pages, relationship lists and their
// connections, and search. Upper bounds on `first` are the request's limits, checked before execution
// (src/graphql/plugins/complexity.ts); the resolvers check the rest.
import { argsType, type FieldSpec } from './define.js';
import { Origin } from './enums.js';
import { NodeKind, SearchMode } from './SearchHit.js';

const origin = (what: string): FieldSpec => ({ type: 'String', of: () => Origin, nullable: true, description: `Keep only ${what} of this origin.` });
const after: FieldSpec = { type: 'String', nullable: true, description: 'Cursor (an edge cursor or pageInfo.endCursor) to continue after.' };

export interface LookupArgs { id?: string | null; name?: string | null }
export const LookupArgs = argsType<LookupArgs>('LookupArgs', {
  id: { type: 'ID', nullable: true, description: 'The node\'s id.' },
  name: { type: 'String', nullable: true, description: 'A name or alias, matched case-insensitively with spaces, hyphens and underscores alike (e.g. "dx engineer", "BACK-END DEVELOPER", "postgres").' },
});

export interface PageArgs { first?: number | null; after?: string | null; search?: string | null; origin?: Origin | null }
export const PageArgs = argsType<PageArgs>('PageArgs', {
  first: { type: 'Int', nullable: true, description: 'Page size (default 20, at most ROLEGRAPH_MAX_FIRST, 100 unless configured).' },
  after,
  search: { type: 'String', nullable: true, description: 'Keep only nodes whose name or an alias contains this text (case, spaces and hyphens ignored).' },
  origin: origin('nodes'),
});

export interface ListArgs { first?: number | null; origin?: Origin | null }
export const ListArgs = argsType<ListArgs>('ListArgs', {
  first: { type: 'Int', nullable: true, description: 'Most items to return (default: all of them, up to ROLEGRAPH_MAX_LIST_FIRST, 500 unless configured).' },
  origin: origin('items whose node is'),
});

export interface ConnectionArgs extends ListArgs { after?: string | null }
export const ConnectionArgs = argsType<ConnectionArgs>('ConnectionArgs', {
  first: { type: 'Int', nullable: true, description: 'Page size (default: the whole list, up to ROLEGRAPH_MAX_LIST_FIRST, 500 unless configured).' },
  after,
  origin: origin('items whose node is'),
});

export interface SearchArgs { text: string; first?: number | null; kinds?: NodeKind[] | null; mode?: SearchMode | null }
export const SearchArgs = argsType<SearchArgs>('SearchArgs', {
  text: { type: 'String', description: 'What to look for: a name or alias, the start of one, or a few words; typos allowed.' },
  first: { type: 'Int', nullable: true, description: 'Most results (default 10, at most ROLEGRAPH_MAX_FIRST).' },
  kinds: { type: 'String', of: () => [NodeKind], nullable: true, description: 'Only these kinds of node (default: all four).' },
  mode: { type: 'String', of: () => SearchMode, nullable: true, description: 'KEYWORD (names and aliases, typos allowed), SEMANTIC (by meaning) or HYBRID (default: exact and starting-with matches first, then keyword and meaning fused).' },
});
