// The nodes of the in-memory analytics projection (src/analytics/projection.ts), as parallel columns:
// internal node ids (which the other analytics-* queries refer to), ids, names, origins and, for roles,
// what kind of role it is (a job, or a team or stakeholder jobs work with). Rows group up to 256 nodes:
// far fewer records than one per node, while each row stays within one Bolt chunk. Run in the same
// transaction as the other analytics-* queries. No parameters.
MATCH (n:Role) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'role' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names,
  collect(coalesce(n.origin, 'curated')) AS origins, collect(coalesce(n.roleKind, 'job')) AS roleKinds
UNION ALL
MATCH (n:Skill) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'skill' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names,
  collect(coalesce(n.origin, 'curated')) AS origins, [] AS roleKinds
UNION ALL
MATCH (n:Tool) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'tool' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names,
  collect(coalesce(n.origin, 'curated')) AS origins, [] AS roleKinds
UNION ALL
MATCH (n:Practice) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'practice' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names,
  collect(coalesce(n.origin, 'curated')) AS origins, [] AS roleKinds
UNION ALL
MATCH (n:Metric) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'metric' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names,
  collect(coalesce(n.origin, 'curated')) AS origins, [] AS roleKinds
