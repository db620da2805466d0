// nextRoles: where a role can lead (src/domain/moves.ts). First the CAN_MOVE_TO moves recorded in the
// graph (stated before implied, then O*NET rank, then score, name, id; one per target), then roles
// inferred from similarity (weighted Jaccard, as similar-roles.cypher) that are not already a recorded move.
// score = weighted Jaccard between the two roles. A REQUIRES_SKILL without importance counts as 3.
// :param from => 'backend-developer'
// :param first => 10
MATCH (r:Role {id: $from})
WITH r, COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) RETURN {id: s.id, imp: coalesce(q.importance, 3)} } AS mine
WITH r, mine, reduce(w = 0, x IN mine | w + x.imp) AS wr
// similarity to every role sharing a skill
CALL (r, mine, wr) {
  MATCH (r)-[a:REQUIRES_SKILL]->(:Skill)<-[b:REQUIRES_SKILL]-(o:Role)
  WHERE o <> r
  WITH o, sum(CASE WHEN coalesce(a.importance, 3) < coalesce(b.importance, 3) THEN coalesce(a.importance, 3) ELSE coalesce(b.importance, 3) END) AS minSum, count(*) AS shared
  WITH o, minSum, shared, COLLECT { MATCH (o)-[q:REQUIRES_SKILL]->(:Skill) RETURN coalesce(q.importance, 3) } AS theirs
  WITH o, toFloat(minSum) / (wr + reduce(w = 0, x IN theirs | w + x) - minSum) AS score,
       toFloat(shared) / (size(mine) + size(theirs) - shared) AS jaccard
  ORDER BY score DESC, jaccard DESC, coalesce(o.name, o.id), o.id
  RETURN collect({role: o, score: score}) AS similar
}
CALL (r, similar) {
  OPTIONAL MATCH (r)-[m:CAN_MOVE_TO]->(o:Role)
  WHERE o <> r
  WITH o, m, coalesce([x IN similar WHERE x.role = o][0].score, 0.0) AS score
  ORDER BY coalesce(m.stated, true) DESC, coalesce(m.rank, 1.0e308) ASC, score DESC, coalesce(o.name, o.id), o.id
  WITH [x IN collect({role: o, kind: coalesce(m.kind, 'related'), stated: coalesce(m.stated, true), recorded: true, score: score}) WHERE x.role IS NOT NULL] AS moves
  // one move per target: the first in this order
  RETURN [i IN range(0, size(moves) - 1) WHERE none(j IN range(0, i - 1) WHERE moves[j].role = moves[i].role) | moves[i]] AS recorded
}
WITH r, recorded + [x IN similar WHERE x.score > 0 AND none(m IN recorded WHERE m.role = x.role) |
  {role: x.role, kind: 'similar', stated: false, recorded: false, score: x.score}] AS moves
UNWIND moves[..toInteger($first)] AS move
RETURN r AS from, move.role AS role, move.role.id AS id, move.kind AS kind, move.stated AS stated, move.recorded AS recorded, move.score AS score
