// The nodes of the in-memory analytics projection (src/analytics/projection.ts), as parallel columns:
// internal node ids (which analytics-links, analytics-moves and analytics-skill-order refer to), ids
// and names. Rows group up to 256 nodes: far fewer records than one per node, while each row stays
// within one Bolt chunk (the driver decodes rows spanning chunks byte by byte). Run in the same
// transaction as the other analytics-* queries. No parameters.
MATCH (n:Role) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'role' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Skill) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'skill' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Tool) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'tool' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Practice) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'practice' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Metric) WHERE n.id IS NOT NULL
WITH n, id(n) / 256 AS bucket
RETURN 'metric' AS kind, bucket, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
