// skillGap, the evidence: which of the target role's skills and tools the first role already has and which
// are left to learn, in the API's concept space (src/domain/gap.ts): a requirement is held when the first
// role requires, uses or practises that node or one SAME_AS it (rolegraph link), so O*NET Docker meets
// curated Docker. learningOrder: what to learn, sorted by level (the longest chain of prerequisite or
// broader-first pairs among the skills to learn that ends at the skill, never repeating a skill), then by
// importance and id. requirementsKnown is false when the target lists no skills or tools at all.
// The API also gives partial credit for related skills (RELATED_TO, BROADER, RELATED_SKILL, shared ESCO
// skill groups), orders by what each skill is worth (importance × how rare it is), computes coverage and
// effort, and counts what a role borrows from the occupations it maps to (docs/analytics.md).
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
MATCH (a:Role {id: $from}), (b:Role {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (b)-[q:REQUIRES_SKILL]->(s:Skill)
  WITH s, coalesce(q.importance, 3) AS importance,
    EXISTS { (a)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(s) } AS held
  ORDER BY importance DESC, s.id
  RETURN [x IN collect({skill: s, importance: importance, held: held}) WHERE x.skill IS NOT NULL] AS target
}
CALL (a, b) {
  OPTIONAL MATCH (b)-[:USES_TOOL]->(t:Tool)
  WITH DISTINCT t ORDER BY t.id
  RETURN [x IN collect({tool: t, held: EXISTS { (a)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(t) }}) WHERE x.tool IS NOT NULL] AS tools
}
WITH a, b, target, tools, [x IN target WHERE NOT x.held] AS toLearn
CALL (toLearn) {
  WITH toLearn, [x IN toLearn | x.skill] AS learn
  UNWIND range(0, size(toLearn) - 1) AS priority
  WITH toLearn[priority].skill AS s, priority, learn
  // chains of "learn u before v" pairs among the skills to learn that end at s
  OPTIONAL MATCH p = (:Skill)((u:Skill)-[e:PREREQUISITE_OF|BROADER]-(v:Skill)
    WHERE u IN learn AND v IN learn AND u <> v AND
          ((type(e) = 'PREREQUISITE_OF' AND startNode(e) = u) OR (type(e) = 'BROADER' AND startNode(e) = v)))+(s)
  WITH s, priority, p
  WHERE p IS NULL OR all(k IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[k] IN nodes(p)[k + 1..])
  WITH s, priority, max(coalesce(length(p), 0)) AS level
  ORDER BY level, priority
  RETURN collect(s) AS learningOrder
}
RETURN a AS from, b AS to,
  [x IN target WHERE x.held | x.skill.id] AS transferable,
  [x IN toLearn | {skill: x.skill.id, importance: x.importance}] AS toLearn,
  [t IN tools WHERE t.held | t.tool.id] AS transferableTools,
  [t IN tools WHERE NOT t.held | t.tool.id] AS toolsToLearn,
  [s IN learningOrder | s.id] AS learningOrder,
  size(target) + size(tools) > 0 AS requirementsKnown,
  [x IN toLearn | x.skill] AS skillsToLearn
