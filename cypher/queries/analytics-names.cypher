// Names of every skill, tool, practice and metric, for the analytics projection (summaries, results,
// and telling unknown ids apart in matchRoles). No parameters.
MATCH (n:Skill)
RETURN 'skill' AS kind, n.id AS id, n.name AS name
UNION ALL
MATCH (n:Tool)
RETURN 'tool' AS kind, n.id AS id, n.name AS name
UNION ALL
MATCH (n:Practice)
RETURN 'practice' AS kind, n.id AS id, n.name AS name
UNION ALL
MATCH (n:Metric)
RETURN 'metric' AS kind, n.id AS id, n.name AS name
