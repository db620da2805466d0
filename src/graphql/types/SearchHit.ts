import { registerEnumType } from 'type-graphql';
import { addFields, addObjectField, Node, objectType } from './define.js';
import { Origin } from './enums.js';

export enum NodeKind {
  ROLE = 'Role',
  SKILL = 'Skill',
  TOOL = 'Tool',
  PRACTICE = 'Practice',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node search covers.' });

export enum SearchMode {
  KEYWORD = 'keyword',
  SEMANTIC = 'semantic',
  HYBRID = 'hybrid',
}
registerEnumType(SearchMode, { name: 'SearchMode', description: 'How search matches: by names and aliases, by meaning, or both (docs/extract.md, "Search by meaning").' });

export enum HitMatch {
  EXACT = 'exact',
  PREFIX = 'prefix',
  WORDS = 'words',
  FUZZY = 'fuzzy',
  SEMANTIC = 'semantic',
}
registerEnumType(HitMatch, { name: 'HitMatch', description: 'How a search hit matched: the whole name or an alias, its start, the start of every word, a typo-tolerant match, or by meaning.' });

export const SearchHit = objectType('SearchHit', 'One search result. Exact name/alias matches come first, then names starting with the text, then word and typo-tolerant matches. A hit is its own object (its id names the search and the node), so a client cache never merges the hits of two searches, nor a hit with its node.');
addFields(SearchHit, {
  id: { type: 'ID', description: 'The hit\'s own id: the same search text and node give the same id. The node\'s id is node { id }.' },
  kind: { type: 'String', of: () => NodeKind, description: 'What kind of node matched.' },
  name: { type: 'String', description: 'The node\'s name.' },
  origin: { type: 'String', of: () => Origin, nullable: true, description: 'The node\'s origin.' },
  score: { type: 'Float', description: 'Relevance, higher is better, comparable within one search only. KEYWORD: 3–4 an exact name or alias, 2–3 a name or alias starting with the text, 1–2 every word matching the start of a word, 0–1 a typo-tolerant match. SEMANTIC: the cosine of the text and the node. HYBRID: exact and starting-with hits keep their keyword score; the others are fused by reciprocal rank, 60 × Σ 1/(60 + rank), below 2.' },
  matchedBy: { type: 'String', of: () => HitMatch, description: 'How it matched.' },
  exact: { type: 'Boolean', description: 'True when the text is the node\'s name or one of its aliases (case and hyphens ignored).' },
});
addObjectField(SearchHit, 'node', () => Node, 'The node that matched (a Role, Skill, Tool or Practice; select its fields with ... on Role { }).');
