// matchRoles, the evidence: the roles a person's skills and tools reach, in the API's concept space (a node
// and every node SAME_AS it are one, so a profile naming O*NET Python matches a role requiring ESCO
// "Python (computer programming)"), with what of each role the profile has and lacks: skills by importance,
// then id; tools by id. Most matched first. Teams and stakeholders are left out.
// The API ranks by an F-measure: how much of the role the profile covers (each requirement weighted by
// importance and rarity, related skills giving partial credit; a role's tools left out when the profile
// names none) against how much of the profile the role uses (src/domain/match.ts, docs/analytics.md).
// :param skills => ['containerization', 'ci-cd-pipelines', 'cloud-platforms']
// :param tools => ['aws']
// :param first => 10
MATCH (x) WHERE (x:Skill AND x.id IN $skills) OR (x:Tool AND x.id IN $tools)
MATCH (x)-[:SAME_AS]-{0,4}(n:Skill|Tool|Practice)
WITH collect(DISTINCT n) AS held
MATCH (r:Role)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(n)
WHERE n IN held AND NOT coalesce(r.roleKind, 'job') IN ['team', 'stakeholder']
WITH held, r, count(DISTINCT n) AS hits
CALL (r, held) {
  MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill)
  WITH s, coalesce(q.importance, 3) AS importance ORDER BY importance DESC, s.id
  RETURN collect({skill: s, held: s IN held}) AS skills
}
CALL (r, held) {
  OPTIONAL MATCH (r)-[:USES_TOOL]->(t:Tool)
  WITH DISTINCT t ORDER BY t.id
  RETURN [x IN collect({tool: t, held: t IN held}) WHERE x.tool IS NOT NULL] AS tools
}
WITH r, hits, skills, tools
ORDER BY hits DESC, coalesce(r.name, r.id), r.id
LIMIT toInteger($first)
RETURN r AS role, r.id AS id, hits,
  [x IN skills WHERE x.held | x.skill.id] AS matched,
  [x IN skills WHERE NOT x.held | x.skill.id] AS missing,
  [t IN tools WHERE t.held | t.tool.id] AS matchedTools,
  [t IN tools WHERE NOT t.held | t.tool.id] AS missingTools,
  [x IN skills WHERE x.held | x.skill] AS matchedSkills
