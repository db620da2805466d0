// Deletes every stored embedding, so the next `rolegraph link` embeds the whole graph again (the link
// benchmark measures a run from scratch this way). Auto-commit, in batches. No parameters.
MATCH (e:Embedding)
CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS removed
