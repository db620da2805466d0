// careerPaths, the recorded routes: every way from one role to another in at most $maxSteps CAN_MOVE_TO
// moves that never revisits a role nor passes through a team or stakeholder, fewest steps first, then most
// stated moves, then the role ids along the route. Between two roles the move taken is the one
// nextRoles ranks first (stated before recorded by a dataset, then O*NET rank). Each step lists the target's
// skills the role before it lacks, in the API's concept space (a node and every node SAME_AS it are one),
// by importance, then id.
// The API searches a wider move graph (recorded moves plus each role's most similar roles) and orders
// routes by their cost: a price per step by how the move is known, plus the weighted effort of what it asks
// to learn (src/domain/paths.ts, docs/analytics.md). The routes here are the ones it may take that use
// recorded moves only. maxSteps is at most 4, as in the API.
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
// :param maxSteps => 3
// :param first => 5
MATCH (f:Role {id: $from}), (t:Role {id: $to})
MATCH p = (f)-[:CAN_MOVE_TO]->{1,4}(t)
WHERE length(p) <= $maxSteps AND f <> t
  AND all(k IN range(0, length(p)) WHERE NOT nodes(p)[k] IN nodes(p)[k + 1..])
  AND all(x IN nodes(p)[1..-1] WHERE NOT coalesce(x.roleKind, 'job') IN ['team', 'stakeholder'])
WITH DISTINCT nodes(p) AS route
CALL (route) {
  UNWIND range(0, size(route) - 2) AS k
  WITH k, route[k] AS a, route[k + 1] AS b
  CALL (a, b) {
    MATCH (a)-[m:CAN_MOVE_TO]->(b)
    WITH m ORDER BY coalesce(m.stated, false) DESC, coalesce(m.rank, 1.0e308) ASC
    RETURN head(collect({stated: coalesce(m.stated, false), kind: coalesce(m.kind, 'related')})) AS move
  }
  CALL (a, b) {
    OPTIONAL MATCH (b)-[q:REQUIRES_SKILL]->(s:Skill)
    WHERE NOT EXISTS { (a)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(s) }
    WITH s, coalesce(q.importance, 3) AS importance ORDER BY importance DESC, s.id
    RETURN [x IN collect(s.id) WHERE x IS NOT NULL] AS toLearn
  }
  WITH k, a, b, move, toLearn ORDER BY k
  RETURN collect({from: a.id, to: b.id, stated: move.stated, kind: move.kind, toLearn: toLearn}) AS steps
}
WITH route, steps, [r IN route | r.id] AS ids
ORDER BY size(steps), size([s IN steps WHERE s.stated]) DESC, ids
LIMIT toInteger($first)
RETURN route AS roles, steps, ids AS route
