// matchRoles: roles ranked by how much of their weighted requirements a person's skills and tools cover
// (src/domain/match.ts): coverage = met weight / (Σ skill importance + 2 per tool); ties by the number of
// matched skills and tools, then name, then id. Roles the profile does not touch are left out.
// :param skills => ['containerization', 'ci-cd-pipelines', 'cloud-platforms']
// :param tools => ['aws']
// :param first => 10
MATCH (r:Role)
WHERE EXISTS { MATCH (r)-[:REQUIRES_SKILL]->(s:Skill) WHERE s.id IN $skills }
   OR EXISTS { MATCH (r)-[:USES_TOOL]->(t:Tool) WHERE t.id IN $tools }
CALL (r) {
  MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill)
  WITH s, coalesce(q.importance, 3) AS importance ORDER BY importance DESC, s.id
  RETURN collect({skill: s, importance: importance, held: s.id IN $skills}) AS skills
}
CALL (r) {
  OPTIONAL MATCH (r)-[:USES_TOOL]->(t:Tool)
  WITH DISTINCT t ORDER BY t.id
  RETURN [x IN collect({tool: t, held: t.id IN $tools}) WHERE x.tool IS NOT NULL] AS tools
}
WITH r, skills, tools,
  reduce(w = 0, x IN skills | w + x.importance) + 2 * size(tools) AS total,
  reduce(w = 0, x IN skills | w + CASE WHEN x.held THEN 0 ELSE x.importance END) + 2 * size([t IN tools WHERE NOT t.held]) AS missing
WITH r, skills, tools, CASE WHEN total = 0 THEN 1.0 ELSE toFloat(total - missing) / total END AS coverage,
  size([x IN skills WHERE x.held]) + size([t IN tools WHERE t.held]) AS hits
ORDER BY coverage DESC, hits DESC, coalesce(r.name, r.id), r.id
LIMIT toInteger($first)
RETURN r AS role, r.id AS id, coverage,
  [x IN skills WHERE x.held | x.skill.id] AS matched,
  [x IN skills WHERE NOT x.held | x.skill.id] AS missing,
  [t IN tools WHERE t.held | t.tool.id] AS matchedTools,
  [t IN tools WHERE NOT t.held | t.tool.id] AS missingTools,
  [x IN skills WHERE x.held | x.skill] AS matchedSkills
