// Ranked search across roles, skills, tools and practices (Query.search) over the full-text index
// `search_index` (name, aliasesText, description). $query is Lucene syntax built from the user's text by
// src/store/reads/search.ts (escaped terms, each also as prefix and fuzzy term, name matches weighted
// most, then aliases, then descriptions); a node whose name or alias
// folds to exactly $key ranks first, then Lucene's score.
// :param query => '(name:(kubernets^3 OR kubernets*^2 OR kubernets~2)^4 OR aliasesText:(kubernets^3 OR kubernets*^2 OR kubernets~2)^2 OR description:(kubernets^3 OR kubernets*^2 OR kubernets~2))'
// :param key => 'kubernets'
// :param kinds => ['Role', 'Skill', 'Tool', 'Practice']
// :param candidates => 200
// :param first => 10
CALL db.index.fulltext.queryNodes('search_index', $query, {limit: $candidates}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
WHERE kind IS NOT NULL
RETURN kind, node.id AS id, node.name AS name, node.origin AS origin, score, $key IN node.keys AS exact
ORDER BY exact DESC, score DESC, name, id
LIMIT toInteger($first)
