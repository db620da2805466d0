// Records that one can move from a role to another, of a kind (growth, lateral, specialization,
// related); one move per ordered pair, its kind updated in place.
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
// :param kind => 'growth'
// :param subject => 'curator'
MATCH (a:Role {id: $from})
MATCH (b:Role {id: $to})
MERGE (a)-[m:CAN_MOVE_TO]->(b)
ON CREATE SET m.origin = 'api'
SET m.kind = $kind, m.updatedBy = $subject, m.updatedAt = datetime()
RETURN a {.*} AS node
