// The concepts nearest to each of several query vectors, in one round trip: every vector asks the vector
// index of every requested kind for $candidates neighbours; hits are filtered by origin (when $origins
// is not null), merged across kinds and cut to the best $k per vector. `score` is the cosine similarity
// (the index reports (1 + cosine) / 2, converted back here). Ties: name, then id.
// :param vectors => [[0.01, -0.02, ...]]
// :param indexes => ['skill_embedding', 'tool_embedding']
// :param candidates => 10
// :param k => 10
// :param origins => null
UNWIND range(0, size($vectors) - 1) AS query
UNWIND $indexes AS indexName
CALL db.index.vector.queryNodes(indexName, $candidates, $vectors[query]) YIELD node AS e, score
MATCH (e)-[:EMBEDS]->(c)
WHERE $origins IS NULL OR c.origin IN $origins
WITH query, e.kind AS kind, c, 2 * score - 1 AS score
ORDER BY query, score DESC, c.name, c.id
WITH query, collect({id: c.id, kind: kind, name: c.name, origin: c.origin, score: score})[0..$k] AS hits
RETURN query, hits
ORDER BY query
