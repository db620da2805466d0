// Removes the USES_TOOL link between a role and a tool; no row when either node is unknown.
// :param role => 'platform-engineer'
// :param tool => 'terraform'
MATCH (r:Role {id: $role})
MATCH (t:Tool {id: $tool})
OPTIONAL MATCH (r)-[l:USES_TOOL]->(t)
DELETE l
RETURN count(l) AS removed
