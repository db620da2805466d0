// Says that a role uses a tool (idempotent: one link per pair).
// :param role => 'platform-engineer'
// :param tool => 'terraform'
// :param subject => 'curator'
MATCH (r:Role {id: $role})
MATCH (t:Tool {id: $tool})
MERGE (r)-[l:USES_TOOL]->(t)
ON CREATE SET l.origin = 'api'
SET l.updatedBy = $subject, l.updatedAt = datetime()
RETURN r {.*} AS node
