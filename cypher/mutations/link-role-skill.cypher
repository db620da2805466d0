// Says that a role requires a skill, with an importance from 1 to 5 (idempotent: one link per pair).
// :param role => 'platform-engineer'
// :param skill => 'kubernetes'
// :param importance => 4
// :param subject => 'curator'
MATCH (r:Role {id: $role})
MATCH (s:Skill {id: $skill})
MERGE (r)-[l:REQUIRES_SKILL]->(s)
ON CREATE SET l.origin = 'api'
SET l.importance = $importance, l.updatedBy = $subject, l.updatedAt = datetime()
RETURN r {.*} AS node
