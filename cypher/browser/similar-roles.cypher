// similarRoles: the roles closest to one role, by weighted Jaccard over required skills
// (Σ min importance / Σ max importance; src/domain/similarity.ts), with the shared skills that drive it.
// Ties: plain Jaccard, then name, then id. A REQUIRES_SKILL without importance counts as 3.
// :param role => 'backend-developer'
// :param first => 10
MATCH (r:Role {id: $role})
WITH r, COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(:Skill) RETURN coalesce(q.importance, 3) } AS mine
MATCH (r)-[a:REQUIRES_SKILL]->(s:Skill)<-[b:REQUIRES_SKILL]-(o:Role)
WHERE o <> r
WITH r, mine, o, s, coalesce(a.importance, 3) AS ia, coalesce(b.importance, 3) AS ib
// strongest drivers first: the smaller importance, then the sum, then id
ORDER BY CASE WHEN ia < ib THEN ia ELSE ib END DESC, ia + ib DESC, s.id
WITH r, mine, o, collect(s) AS shared, sum(CASE WHEN ia < ib THEN ia ELSE ib END) AS minSum
WITH r, o, shared, minSum, mine,
     COLLECT { MATCH (o)-[q:REQUIRES_SKILL]->(:Skill) RETURN coalesce(q.importance, 3) } AS theirs
WITH r, o, shared,
     toFloat(minSum) / (reduce(w = 0, x IN mine | w + x) + reduce(w = 0, x IN theirs | w + x) - minSum) AS score,
     toFloat(size(shared)) / (size(mine) + size(theirs) - size(shared)) AS jaccard
ORDER BY score DESC, jaccard DESC, coalesce(o.name, o.id), o.id
LIMIT toInteger($first)
RETURN r AS role, o AS similar, o.id AS id, score, jaccard, [s IN shared | s.id] AS sharedSkills, shared
