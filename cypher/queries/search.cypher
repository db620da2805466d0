// Typeahead search across roles, skills, tools and practices (Query.search), best tier first; each tier
// scores in its own band: 3-4 an exact name or alias, 2-3 a name or alias starting with the text (shorter
// first), 1-2 every word of the text starting a word of a name or alias (Lucene score), 0-1 typo-tolerant
// matches. The two word tiers run only while the page is short. $key is the folded text
// (src/domain/names.ts nameKey) and $keyPrefix the prefix query of it over the `name_keys` index (one term
// per name or alias); $prefix and $fuzzy are Lucene queries over `search_index`; all built by
// src/store/reads/search.ts.
// :param key => 'kube'
// :param keyPrefix => 'keys:kube*'
// :param prefix => '(name:kube*^4 OR aliasesText:kube*^2)'
// :param fuzzy => '(name:(kube^3 OR kube*^2 OR kube~1)^4 OR aliasesText:(kube^3 OR kube*^2 OR kube~1)^2)'
// :param kinds => ['Role', 'Skill', 'Tool', 'Practice']
// :param candidates => 50
// :param first => 10
CALL () {
  CALL db.index.fulltext.queryNodes('name_keys', $keyPrefix, {limit: 1000}) YIELD node AS n
  WITH n WHERE any(l IN labels(n) WHERE l IN $kinds)
  WITH n, CASE WHEN $key IN n.keys THEN 4.0
    ELSE 2.0 + toFloat(size($key)) / reduce(shortest = 1000, k IN n.keys | CASE WHEN k STARTS WITH $key AND size(k) < shortest THEN size(k) ELSE shortest END) END AS score
  ORDER BY score DESC, n.name, n.id LIMIT $first
  RETURN collect({node: n, score: score}) AS hits
}
CALL (hits) {
  WITH hits WHERE size(hits) < $first
  CALL db.index.fulltext.queryNodes('search_index', $prefix, {limit: $candidates}) YIELD node, score
  WITH hits, node, score WHERE any(l IN labels(node) WHERE l IN $kinds) AND NOT node IN [h IN hits | h.node]
  RETURN collect({node: node, score: 1.0 + score / (1.0 + score)}) AS words
}
WITH hits + coalesce(words, []) AS hits
CALL (hits) {
  WITH hits WHERE size(hits) < $first
  CALL db.index.fulltext.queryNodes('search_index', $fuzzy, {limit: $candidates}) YIELD node, score
  WITH hits, node, score WHERE any(l IN labels(node) WHERE l IN $kinds) AND NOT node IN [h IN hits | h.node]
  RETURN collect({node: node, score: score / (1.0 + score)}) AS typos
}
UNWIND hits + coalesce(typos, []) AS hit
WITH hit.node AS n, hit.score AS score
RETURN [l IN labels(n) WHERE l IN $kinds][0] AS kind, n.id AS id, n.name AS name, n.origin AS origin, score, $key IN n.keys AS exact
ORDER BY score DESC, name, id
LIMIT $first
