// One page of tools in a stable order, name then id (Query.tools): the total count and up to $first + 1 nodes
// after the cursor (the extra one tells whether a next page exists). $search is a folded substring
// matched against names and aliases (`keys`); $afterName/$afterId come from the opaque `after` cursor.
// The range on n.name lets the planner walk the name index in order and stop after the page.
// :param search => 'sql'
// :param origin => null
// :param afterName => null
// :param afterId => null
// :param first => 20
CALL () {
  MATCH (n:Tool)
  WHERE ($origin IS NULL OR n.origin = $origin) AND ($search IS NULL OR any(k IN n.keys WHERE k CONTAINS $search))
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Tool)
  WHERE ($origin IS NULL OR n.origin = $origin) AND ($search IS NULL OR any(k IN n.keys WHERE k CONTAINS $search))
    AND n.name >= coalesce($afterName, '') AND ($afterName IS NULL OR n.name > $afterName OR n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT toInteger($first) + 1
  RETURN collect(n {.*}) AS nodes
}
RETURN totalCount, nodes
