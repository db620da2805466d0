// What every role requires, uses, practises, is measured by and collaborates with, for the analytics
// projection: rows of parallel columns of internal node ids (see analytics-nodes) and a weight: for skills
// the importance (a REQUIRES_SKILL without one counts as 3, the middle of the 1–5 scale), for tools 1 for an
// O*NET hot technology and 0 otherwise. A row holds the links of up to 64 roles, small enough for one Bolt
// chunk. No parameters.
MATCH (r:Role)-[q:REQUIRES_SKILL]->(s:Skill)
WITH r, s, q, id(r) / 64 AS bucket
RETURN 'skills' AS facet, bucket, collect(id(r)) AS roles, collect(id(s)) AS targets, collect(coalesce(q.importance, 3)) AS weights
UNION ALL
MATCH (r:Role)-[u:USES_TOOL]->(t:Tool)
WITH r, t, u, id(r) / 64 AS bucket
RETURN 'tools' AS facet, bucket, collect(id(r)) AS roles, collect(id(t)) AS targets, collect(CASE WHEN u.hot THEN 1 ELSE 0 END) AS weights
UNION ALL
MATCH (r:Role)-[:PRACTICES]->(p:Practice)
WITH r, p, id(r) / 64 AS bucket
RETURN 'practices' AS facet, bucket, collect(id(r)) AS roles, collect(id(p)) AS targets, [] AS weights
UNION ALL
MATCH (r:Role)-[:MEASURED_BY]->(m:Metric)
WITH r, m, id(r) / 64 AS bucket
RETURN 'metrics' AS facet, bucket, collect(id(r)) AS roles, collect(id(m)) AS targets, [] AS weights
UNION ALL
MATCH (r:Role)-[:COLLABORATES_WITH]->(c:Role)
WITH r, c, id(r) / 64 AS bucket
RETURN 'collaborators' AS facet, bucket, collect(id(r)) AS roles, collect(id(c)) AS targets, [] AS weights
