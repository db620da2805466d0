// Names of every skill and tool, for the analytics projection (summaries, and telling unknown ids
// apart in matchRoles). No parameters.
MATCH (s:Skill)
RETURN 'skill' AS kind, s.id AS id, s.name AS name
UNION ALL
MATCH (t:Tool)
RETURN 'tool' AS kind, t.id AS id, t.name AS name
