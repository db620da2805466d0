// similarRoles, the evidence: the roles that require, use or practise something $role does, in the API's
// concept space (a node and every node SAME_AS it are one), most shared first, with the Jaccard over
// concepts and the role's own shared skills (by importance, then id) and tools (by id). Teams and
// stakeholders are left out, as in every analytics answer.
// The API ranks these candidates differently: a soft cosine over requirements weighted by importance and
// rarity, with partial credit for related skills and shared ESCO skill groups, blended with the similarity
// of the roles' titles and descriptions, which also finds roles that share no node at all (docs/analytics.md).
// :param role => 'backend-developer'
// :param first => 10
MATCH (r:Role {id: $role})
CALL (r) {
  MATCH (r)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(n)
  RETURN collect(DISTINCT head(COLLECT { MATCH (n)-[:SAME_AS]-{0,4}(y) RETURN elementId(y) AS k ORDER BY k LIMIT 1 })) AS mine
}
MATCH (r)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(:Skill|Tool|Practice)<-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]-(o:Role)
WHERE o <> r AND NOT coalesce(o.roleKind, 'job') IN ['team', 'stakeholder']
WITH DISTINCT r, mine, o
CALL (o) {
  MATCH (o)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(n)
  RETURN collect(DISTINCT head(COLLECT { MATCH (n)-[:SAME_AS]-{0,4}(y) RETURN elementId(y) AS k ORDER BY k LIMIT 1 })) AS theirs
}
WITH r, o, mine, theirs, size([c IN mine WHERE c IN theirs]) AS shared
WITH r, o, shared, toFloat(shared) / (size(mine) + size(theirs) - shared) AS jaccard
ORDER BY shared DESC, jaccard DESC, coalesce(o.name, o.id), o.id
LIMIT toInteger($first)
CALL (r, o) {
  MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill)
  WHERE EXISTS { (o)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(s) }
  WITH s, coalesce(q.importance, 3) AS importance ORDER BY importance DESC, s.id
  RETURN collect(s) AS sharedSkillNodes
}
CALL (r, o) {
  MATCH (r)-[:USES_TOOL]->(t:Tool)
  WHERE EXISTS { (o)-[:REQUIRES_SKILL|USES_TOOL|PRACTICES]->(:Skill|Tool|Practice)-[:SAME_AS]-{0,4}(t) }
  WITH DISTINCT t ORDER BY t.id
  RETURN collect(t.id) AS sharedTools
}
RETURN r AS role, o AS similar, o.id AS id, shared, jaccard,
  [s IN sharedSkillNodes | s.id] AS sharedSkills, sharedTools, sharedSkillNodes
ORDER BY shared DESC, jaccard DESC, coalesce(o.name, o.id), o.id
