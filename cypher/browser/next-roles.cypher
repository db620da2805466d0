// nextRoles, the recorded part: the CAN_MOVE_TO moves out of a role (src/domain/moves.ts), one per target,
// stated by a source article first, then recorded by a dataset (O*NET Related Occupations: kind 'related',
// with their tier and rank), then by O*NET rank, name and id. Moves into teams and stakeholders are left out.
// The API breaks ties among equally ranked moves by the two roles' similarity, and after the recorded moves
// lists similar roles as suggestions (kind 'similar', recorded false); similar-roles.cypher shows their
// evidence.
// :param from => 'backend-developer'
// :param first => 10
MATCH (r:Role {id: $from})
OPTIONAL MATCH (r)-[m:CAN_MOVE_TO]->(o:Role)
WHERE o <> r AND NOT coalesce(o.roleKind, 'job') IN ['team', 'stakeholder']
WITH r, o, m ORDER BY coalesce(m.stated, false) DESC, coalesce(m.rank, 1.0e308) ASC, coalesce(o.name, o.id), o.id
WITH r, [x IN collect({role: o, kind: coalesce(m.kind, 'related'), stated: coalesce(m.stated, false), rank: m.rank, tier: m.tier}) WHERE x.role IS NOT NULL] AS moves
// one move per target: the first in this order
WITH r, [i IN range(0, size(moves) - 1) WHERE none(j IN range(0, i - 1) WHERE moves[j].role = moves[i].role) | moves[i]] AS moves
UNWIND moves[..toInteger($first)] AS move
RETURN r AS from, move.role AS role, move.role.id AS id, move.kind AS kind, move.stated AS stated, true AS recorded,
  move.rank AS rank, move.tier AS tier
