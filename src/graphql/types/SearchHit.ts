import { registerEnumType } from 'type-graphql';
import { addFields, objectType } from './define.js';

export enum NodeKind {
  ROLE = 'Role',
  SKILL = 'Skill',
  TOOL = 'Tool',
  PRACTICE = 'Practice',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node search covers.' });

export const SearchHit = objectType('SearchHit', 'One search result. Exact name/alias matches come first, then names starting with the text, then word and typo-tolerant matches.');
addFields(SearchHit, {
  kind: { type: 'String', of: () => NodeKind, description: 'What kind of node matched; look it up with role(id:), skill(id:), tool(id:) or practice(id:).' },
  id: { type: 'ID', description: 'The node\'s id.' },
  name: { type: 'String', description: 'The node\'s name.' },
  origin: { type: 'String', nullable: true, description: 'curated, esco, onet or api.' },
  score: { type: 'Float', description: 'Relevance, higher is better: 3–4 an exact name or alias, 2–3 a name or alias starting with the text, 1–2 every word matching the start of a word, 0–1 a typo-tolerant match. Comparable within one search only.' },
  exact: { type: 'Boolean', description: 'True when the text is the node\'s name or one of its aliases (case and hyphens ignored).' },
});
