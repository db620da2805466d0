// Typeahead search across roles, skills, tools and practices (Query.search), best tier first; each tier
// scores in its own band: 3-4 an exact name or alias, 2-3 a name or alias starting with the text (shorter
// first), 1-2 every word of the text starting a word of a name or alias (Lucene score), 0-1 typo-tolerant
// matches. The two full-text tiers run only while the page is short. $key is the folded text
// (src/domain/names.ts nameKey); $prefix and $fuzzy are Lucene queries over `search_index` built by
// src/store/reads/search.ts.
// :param key => 'kube'
// :param prefix => '(name:kube*^4 OR aliasesText:kube*^2)'
// :param fuzzy => '(name:(kube^3 OR kube*^2 OR kube~1)^4 OR aliasesText:(kube^3 OR kube*^2 OR kube~1)^2)'
// :param kinds => ['Role', 'Skill', 'Tool', 'Practice']
// :param candidates => 50
// :param first => 10
CALL () {
  MATCH (k:NameKey) WHERE k.key STARTS WITH $key
  WITH k LIMIT 1000
  MATCH (k)-[:NAMES]->(n)
  WHERE any(l IN labels(n) WHERE l IN $kinds)
  WITH n, max(CASE k.key WHEN $key THEN 4.0 ELSE 2.0 + toFloat(size($key)) / size(k.key) END) AS score
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
