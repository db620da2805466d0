// careerPaths: the cheapest routes from one role to another in at most $maxSteps moves
// (src/domain/paths.ts, src/domain/moves.ts; the cost model is in docs/analytics.md).
// Moves out of a role: its CAN_MOVE_TO moves, plus its 10 most similar roles (weighted Jaccard >= 0.1,
// ranked as similar-roles.cypher) that are not already a recorded move.
// A step costs multiplier × (1 + effort), effort = (Σ importance of the target's skills the source lacks
// + 2 per missing tool) / 5; multiplier 1 for a stated move, 1.25 for a recorded but implied one,
// 1.5 for one inferred from similarity. No role is visited twice; sorted by total cost, then number
// of steps, then the role ids along the route.
// Bounded: routes pass only through a neighbourhood of at most ~80 roles ($from, $to, up to 30 roles
// reachable from $from in fewer than $maxSteps recorded moves, and the 25 roles sharing the most
// importance with $from and with $to), so the query stays interactive on an ESCO-size graph. The API
// searches the whole move graph; the two agree whenever the best routes stay in that neighbourhood
// (on the curated graph they always do).
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
// :param maxSteps => 3
// :param first => 5
MATCH (f:Role {id: $from}), (t:Role {id: $to})
CALL (f) {
  OPTIONAL MATCH p = (f)-[:CAN_MOVE_TO]->{1,3}(x:Role)
  WHERE length(p) < $maxSteps
  WITH x, min(length(p)) AS hops ORDER BY hops, x.id LIMIT 30
  RETURN [r IN collect(x) WHERE r IS NOT NULL] AS viaMoves
}
CALL (f, t) {
  UNWIND [f, t] AS r
  CALL (r) {
    MATCH (r)-[a:REQUIRES_SKILL]->(:Skill)<-[b:REQUIRES_SKILL]-(o:Role)
    WHERE o <> r
    WITH o, sum(CASE WHEN coalesce(a.importance, 3) < coalesce(b.importance, 3) THEN coalesce(a.importance, 3) ELSE coalesce(b.importance, 3) END) AS minSum
    ORDER BY minSum DESC, o.id LIMIT 25
    RETURN collect(o) AS near
  }
  RETURN reduce(all = [], l IN collect(near) | all + l) AS near
}
WITH reduce(us = [], r IN [f, t] + viaMoves + near | CASE WHEN r IN us THEN us ELSE us + r END) AS us
UNWIND us AS u
// the roles similar enough to u to be an inferred move, ranked as similar-roles.cypher
CALL (u) {
  WITH COLLECT { MATCH (u)-[q:REQUIRES_SKILL]->(:Skill) RETURN coalesce(q.importance, 3) } AS mine
  OPTIONAL MATCH (u)-[a:REQUIRES_SKILL]->(:Skill)<-[b:REQUIRES_SKILL]-(o:Role)
  WHERE o <> u
  WITH o, mine, sum(CASE WHEN coalesce(a.importance, 3) < coalesce(b.importance, 3) THEN coalesce(a.importance, 3) ELSE coalesce(b.importance, 3) END) AS minSum, count(a) AS shared
  WITH o, mine, minSum, shared, COLLECT { MATCH (o)-[q:REQUIRES_SKILL]->(:Skill) RETURN coalesce(q.importance, 3) } AS theirs
  WITH o, CASE WHEN o IS NULL THEN 0.0 ELSE toFloat(minSum) / (reduce(w = 0, x IN mine | w + x) + reduce(w = 0, x IN theirs | w + x) - minSum) END AS score,
       CASE WHEN o IS NULL THEN 0.0 ELSE toFloat(shared) / (size(mine) + size(theirs) - shared) END AS jaccard
  WHERE score >= 0.1
  ORDER BY score DESC, jaccard DESC, coalesce(o.name, o.id), o.id
  RETURN collect(o) AS similar
}
// recorded moves, one per target: stated before implied, then O*NET rank (the score cannot differ
// between two moves to the same role, so it plays no part here)
CALL (u) {
  OPTIONAL MATCH (u)-[m:CAN_MOVE_TO]->(o:Role)
  WHERE o <> u
  WITH o, m ORDER BY coalesce(m.stated, true) DESC, coalesce(m.rank, 1.0e308) ASC
  WITH [x IN collect({role: o, kind: coalesce(m.kind, 'related'), stated: coalesce(m.stated, true)}) WHERE x.role IS NOT NULL] AS moves
  RETURN [i IN range(0, size(moves) - 1) WHERE none(j IN range(0, i - 1) WHERE moves[j].role = moves[i].role) | moves[i]] AS recorded
}
WITH u, [m IN recorded | {to: m.role, multiplier: CASE WHEN m.stated THEN 1.0 ELSE 1.25 END, stated: m.stated, kind: m.kind}] +
  [o IN [o IN similar WHERE none(m IN recorded WHERE m.role = o)][..10] |
    {to: o, multiplier: 1.5, stated: false, kind: 'similar'}] AS out
UNWIND out AS e
WITH u, e, e.to AS v
WITH u, e,
  reduce(w = 0, x IN COLLECT { MATCH (v)-[q:REQUIRES_SKILL]->(s:Skill) WHERE NOT EXISTS { (u)-[:REQUIRES_SKILL]->(s) } RETURN coalesce(q.importance, 3) } | w + x)
  + 2 * COUNT { MATCH (v)-[:USES_TOOL]->(t:Tool) WHERE NOT EXISTS { (u)-[:USES_TOOL]->(t) } RETURN DISTINCT t } AS missing
WITH collect({from: u.id, to: e.to.id, cost: e.multiplier * (1 + missing / 5.0), stated: e.stated, kind: e.kind}) AS edges
// every simple route of 1..maxSteps moves, grown one move at a time; the last move must reach $to
WITH reduce(paths = [{nodes: [$from], steps: [], cost: 0.0}], i IN range(1, toInteger($maxSteps)) |
  paths + reduce(grown = [], p IN [q IN paths WHERE size(q.steps) = i - 1 AND last(q.nodes) <> $to] |
    grown + [e IN edges WHERE e.from = last(p.nodes) AND NOT e.to IN p.nodes AND (i < $maxSteps OR e.to = $to) |
      {nodes: p.nodes + e.to, steps: p.steps + [e], cost: p.cost + e.cost}])) AS paths
UNWIND paths AS p
WITH p WHERE last(p.nodes) = $to AND size(p.steps) > 0
ORDER BY p.cost, size(p.steps), p.nodes
LIMIT toInteger($first)
CALL (p) {
  UNWIND range(0, size(p.steps) - 1) AS k
  WITH k, p.steps[k] AS step
  MATCH (a:Role {id: step.from}), (b:Role {id: step.to})
  CALL (a, b) {
    OPTIONAL MATCH (b)-[q:REQUIRES_SKILL]->(s:Skill)
    WHERE NOT EXISTS { (a)-[:REQUIRES_SKILL]->(s) }
    WITH s, coalesce(q.importance, 3) AS importance ORDER BY importance DESC, s.id
    RETURN collect(s.id) AS toLearn
  }
  WITH k, step, a, b, toLearn ORDER BY k
  RETURN collect(step {.*, toLearn: toLearn}) AS steps, collect(a) + collect(b)[-1..] AS roles
}
RETURN roles, steps, p.cost AS totalCost, p.nodes AS route
ORDER BY totalCost, size(steps), route
