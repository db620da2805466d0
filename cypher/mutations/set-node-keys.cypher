// Second half of an upsert, in the same transaction: the lookup keys and the alias text the full-text
// index reads, computed by nameKeys() from the node's final name and aliases, and the NameKey links
// behind name lookups and search (the same clauses as src/store/writes/nameKeys.ts SYNC_NAME_KEYS).
// :param elementId => '4:...:0'
// :param keys => ['platform engineer', 'platform eng']
// :param aliasesText => 'Platform Eng'
MATCH (n) WHERE elementId(n) = $elementId
SET n.keys = $keys, n.aliasesText = $aliasesText
WITH n
CALL (n) {
  MATCH (n)<-[old:NAMES]-(k:NameKey) WHERE NOT k.key IN coalesce(n.keys, [])
  DELETE old
}
CALL (n) {
  UNWIND coalesce(n.keys, []) AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:NAMES]->(n)
}
RETURN n {.*} AS node
