// Removes the career move from one role to another; no row when either role is unknown.
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
MATCH (a:Role {id: $from})
MATCH (b:Role {id: $to})
OPTIONAL MATCH (a)-[m:CAN_MOVE_TO]->(b)
DELETE m
// Grouping by the matched node keeps "no row" for unknown ids (a bare count() always returns one).
RETURN a.id AS found, count(m) AS removed
