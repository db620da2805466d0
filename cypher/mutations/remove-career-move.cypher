// Removes the career move from one role to another; no row when either role is unknown.
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
MATCH (a:Role {id: $from})
MATCH (b:Role {id: $to})
OPTIONAL MATCH (a)-[m:CAN_MOVE_TO]->(b)
DELETE m
RETURN count(m) AS removed
