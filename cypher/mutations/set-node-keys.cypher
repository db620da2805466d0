// Second half of an upsert, in the same transaction: the lookup keys and the alias text the full-text
// index reads, computed by nameKeys() from the node's final name and aliases.
// :param elementId => '4:...:0'
// :param keys => ['platform engineer', 'platform eng']
// :param aliasesText => 'Platform Eng'
MATCH (n) WHERE elementId(n) = $elementId
SET n.keys = $keys, n.aliasesText = $aliasesText
RETURN n {.*} AS node
