// Removes the REQUIRES_SKILL link between a role and a skill; no row when either node is unknown.
// :param role => 'platform-engineer'
// :param skill => 'kubernetes'
MATCH (r:Role {id: $role})
MATCH (s:Skill {id: $skill})
OPTIONAL MATCH (r)-[l:REQUIRES_SKILL]->(s)
DELETE l
RETURN count(l) AS removed
