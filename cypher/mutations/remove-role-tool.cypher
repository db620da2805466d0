// Removes the USES_TOOL link between a role and a tool; no row when either node is unknown.
// :param role => 'platform-engineer'
// :param tool => 'terraform'
MATCH (r:Role {id: $role})
MATCH (t:Tool {id: $tool})
OPTIONAL MATCH (r)-[l:USES_TOOL]->(t)
DELETE l
// Grouping by the matched node keeps "no row" for unknown ids (a bare count() always returns one).
RETURN r.id AS found, count(l) AS removed
