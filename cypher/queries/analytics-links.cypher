// What every role requires, uses, practises, is measured by and collaborates with, for the analytics
// projection: one row per facet with parallel columns of internal node ids (see analytics-nodes) and,
// for skills, the importance (a REQUIRES_SKILL without one counts as 3, the middle of the 1–5 scale).
// No parameters.
MATCH (r:Role)-[q:REQUIRES_SKILL]->(s:Skill)
RETURN 'skills' AS facet, collect(id(r)) AS roles, collect(id(s)) AS targets, collect(coalesce(q.importance, 3)) AS weights
UNION ALL
MATCH (r:Role)-[:USES_TOOL]->(t:Tool)
RETURN 'tools' AS facet, collect(id(r)) AS roles, collect(id(t)) AS targets, [] AS weights
UNION ALL
MATCH (r:Role)-[:PRACTICES]->(p:Practice)
RETURN 'practices' AS facet, collect(id(r)) AS roles, collect(id(p)) AS targets, [] AS weights
UNION ALL
MATCH (r:Role)-[:MEASURED_BY]->(m:Metric)
RETURN 'metrics' AS facet, collect(id(r)) AS roles, collect(id(m)) AS targets, [] AS weights
UNION ALL
MATCH (r:Role)-[:COLLABORATES_WITH]->(c:Role)
RETURN 'collaborators' AS facet, collect(id(r)) AS roles, collect(id(c)) AS targets, [] AS weights
