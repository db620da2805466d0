// Removes the REQUIRES_SKILL link between a role and a skill; no row when either node is unknown.
// :param role => 'platform-engineer'
// :param skill => 'kubernetes'
MATCH (r:Role {id: $role})
MATCH (s:Skill {id: $skill})
OPTIONAL MATCH (r)-[l:REQUIRES_SKILL]->(s)
DELETE l
// Grouping by the matched node keeps "no row" for unknown ids (a bare count() always returns one).
RETURN r.id AS found, count(l) AS removed
