// The nodes of the in-memory analytics projection (src/analytics/projection.ts), as parallel columns:
// one row per label with the internal node ids (which analytics-links, analytics-moves and
// analytics-skill-order refer to), the ids and the names. Run in the same transaction as those.
// Columns instead of a row per node keep the transfer small for ESCO-size graphs. No parameters.
MATCH (n:Role) WHERE n.id IS NOT NULL
RETURN 'role' AS kind, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Skill) WHERE n.id IS NOT NULL
RETURN 'skill' AS kind, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Tool) WHERE n.id IS NOT NULL
RETURN 'tool' AS kind, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Practice) WHERE n.id IS NOT NULL
RETURN 'practice' AS kind, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
UNION ALL
MATCH (n:Metric) WHERE n.id IS NOT NULL
RETURN 'metric' AS kind, collect(id(n)) AS nodes, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
