// compareRoles, the evidence: what 2–5 roles share and what is unique to each, in the API's concept space
// (src/domain/compare.ts): a skill, tool or practice and every node SAME_AS it (rolegraph link) are one
// requirement, so ESCO "Python (computer programming)" and O*NET Python count as shared. Also the mean
// pairwise Jaccard over those concepts, and how many of them all the roles share out of their union.
// Lists are by id. The API also weighs each requirement (importance × how rare it is among all roles),
// orders the lists by that weight, reports the weighted similarity and counts requirements a role borrows
// from the occupations it maps to (docs/analytics.md); this query counts each role's own links only.
// :param roles => ['backend-developer', 'developer-experience-engineer']
UNWIND range(0, size($roles) - 1) AS i
MATCH (r:Role {id: $roles[i]})
WITH i, r ORDER BY i
CALL (r) {
  OPTIONAL MATCH (r)-[l:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(n)
  WITH DISTINCT type(l) AS facet, n WHERE n IS NOT NULL
  // a concept is named by the smallest element id of its SAME_AS component
  WITH facet, n, head(COLLECT { MATCH (n)-[:SAME_AS]-{0,4}(y) RETURN elementId(y) AS k ORDER BY k LIMIT 1 }) AS concept
  ORDER BY n.id
  RETURN collect({facet: facet, id: n.id, concept: concept}) AS items
}
WITH collect({
  role: r,
  items: items,
  concepts: reduce(ks = [], x IN items | CASE WHEN x.concept IN ks THEN ks ELSE ks + x.concept END),
  metrics: COLLECT { MATCH (r)-[:MEASURED_BY]->(m:Metric) RETURN DISTINCT m.id AS id ORDER BY id },
  collaborators: COLLECT { MATCH (r)-[:COLLABORATES_WITH]->(c:Role) RETURN DISTINCT c.id AS id ORDER BY id }
}) AS ps
WITH ps, range(0, size(ps) - 1) AS all,
  // every pair once, in order (0,1), (0,2), ..., (1,2), ...
  reduce(pairs = [], x IN range(0, size(ps) - 2) | pairs + [y IN range(x + 1, size(ps) - 1) | [x, y]]) AS pairs
WITH ps, all, [pair IN pairs |
  {inter: size([c IN ps[pair[0]].concepts WHERE c IN ps[pair[1]].concepts]),
   na: size(ps[pair[0]].concepts), nb: size(ps[pair[1]].concepts)}] AS pairs,
  reduce(u = [], p IN ps | u + [c IN p.concepts WHERE NOT c IN u]) AS union
WITH ps, all, union,
  reduce(j = 0.0, p IN pairs | j + CASE WHEN p.na + p.nb - p.inter = 0 THEN 0.0 ELSE toFloat(p.inter) / (p.na + p.nb - p.inter) END) / size(pairs) AS jaccard,
  [c IN union WHERE all(p IN ps WHERE c IN p.concepts)] AS everywhere
WITH ps, all, union, jaccard, everywhere,
  [facet IN ['REQUIRES_SKILL', 'USES_TOOL', 'PRACTICES'] | [x IN ps[0].items WHERE x.facet = facet AND x.concept IN everywhere | x.id]] AS shared
RETURN [p IN ps | p.role] AS roles,
  shared[0] AS sharedSkills, shared[1] AS sharedTools, shared[2] AS sharedPractices,
  [m IN ps[0].metrics WHERE all(p IN ps WHERE m IN p.metrics)] AS sharedMetrics,
  [c IN ps[0].collaborators WHERE all(p IN ps WHERE c IN p.collaborators)] AS sharedCollaborators,
  [i IN all | {
    role: ps[i].role.id,
    skills: [x IN ps[i].items WHERE x.facet = 'REQUIRES_SKILL' AND all(j IN all WHERE j = i OR NOT x.concept IN ps[j].concepts) | x.id],
    tools: [x IN ps[i].items WHERE x.facet = 'USES_TOOL' AND all(j IN all WHERE j = i OR NOT x.concept IN ps[j].concepts) | x.id],
    practices: [x IN ps[i].items WHERE x.facet = 'PRACTICES' AND all(j IN all WHERE j = i OR NOT x.concept IN ps[j].concepts) | x.id],
    metrics: [m IN ps[i].metrics WHERE all(j IN all WHERE j = i OR NOT m IN ps[j].metrics)],
    collaborators: [c IN ps[i].collaborators WHERE all(j IN all WHERE j = i OR NOT c IN ps[j].collaborators)]
  }] AS unique,
  jaccard, size(everywhere) AS sharedCount, size(union) AS unionCount
