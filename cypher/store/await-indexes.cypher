// After schema.cypher: waits until every index is online (a fresh database builds them in the background),
// so the first queries do not run without them. Fails after $timeoutSeconds.
// :param timeoutSeconds => 120
CALL db.awaitIndexes($timeoutSeconds)
