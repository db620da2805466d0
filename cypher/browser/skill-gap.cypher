// skillGap: what moving from one role to another asks for (src/domain/gap.ts).
//   transferable / toLearn: the target's skills held / missing, by the target's importance, then id
//   learningOrder: toLearn sorted by level (the longest chain of prerequisite or broader-first pairs
//     among the skills to learn that ends at the skill, never repeating a skill), then by toLearn order
//   coverage = met weight / the target's weight (skills by importance, tools 2 each); 1 if nothing required
//   effort = missing weight / 5 (in importance-5 skills)
// :param from => 'backend-developer'
// :param to => 'platform-engineer'
MATCH (a:Role {id: $from}), (b:Role {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (b)-[q:REQUIRES_SKILL]->(s:Skill)
  WITH s, coalesce(q.importance, 3) AS importance, EXISTS { (a)-[:REQUIRES_SKILL]->(s) } AS held
  ORDER BY importance DESC, s.id
  RETURN [x IN collect({skill: s, importance: importance, held: held}) WHERE x.skill IS NOT NULL] AS target
}
CALL (a, b) {
  OPTIONAL MATCH (b)-[:USES_TOOL]->(t:Tool)
  WITH DISTINCT t ORDER BY t.id
  RETURN [x IN collect({tool: t, held: EXISTS { (a)-[:USES_TOOL]->(t) }}) WHERE x.tool IS NOT NULL] AS tools
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
WITH a, b, target, tools, toLearn, learningOrder,
  reduce(w = 0, x IN target | w + x.importance) + 2 * size(tools) AS total,
  reduce(w = 0, x IN toLearn | w + x.importance) + 2 * size([t IN tools WHERE NOT t.held]) AS missing
RETURN a AS from, b AS to,
  [x IN target WHERE x.held | x.skill.id] AS transferable,
  [x IN toLearn | {skill: x.skill.id, importance: x.importance}] AS toLearn,
  [t IN tools WHERE NOT t.held | t.tool.id] AS toolsToLearn,
  [s IN learningOrder | s.id] AS learningOrder,
  CASE WHEN total = 0 THEN 1.0 ELSE toFloat(total - missing) / total END AS coverage,
  missing / 5.0 AS effort,
  [x IN toLearn | x.skill] AS skillsToLearn
