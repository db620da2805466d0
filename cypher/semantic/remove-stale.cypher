// Deletes the embeddings that no longer stand for a concept: the concept was deleted (DETACH DELETE
// leaves its Embedding behind, unlinked) or it no longer carries the label the embedding was made for.
// Auto-commit, in batches, because a re-imported graph can orphan every embedding at once.
MATCH (e:Embedding)
WHERE NOT EXISTS { MATCH (e)-[:EMBEDS]->(n) WHERE e.kind IN labels(n) }
CALL (e) {
  DETACH DELETE e
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS removed
