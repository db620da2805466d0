// The in-memory analytics projection (src/analytics/projection.ts): one row per role with what it
// requires, uses, practises, is measured by, collaborates with, and the career moves recorded for it.
// No parameters. A REQUIRES_SKILL without an importance counts as 3, the middle of the 1–5 scale.
MATCH (r:Role)
RETURN r.id AS id, r.name AS name,
  COLLECT { MATCH (r)-[q:REQUIRES_SKILL]->(s:Skill) RETURN [s.id, coalesce(q.importance, 3)] } AS skills,
  COLLECT { MATCH (r)-[:USES_TOOL]->(t:Tool) RETURN DISTINCT t.id } AS tools,
  COLLECT { MATCH (r)-[:PRACTICES]->(p:Practice) RETURN DISTINCT p.id } AS practices,
  COLLECT { MATCH (r)-[:MEASURED_BY]->(m:Metric) RETURN DISTINCT m.id } AS metrics,
  COLLECT { MATCH (r)-[:COLLABORATES_WITH]->(c:Role) RETURN DISTINCT c.id } AS collaborators,
  COLLECT {
    MATCH (r)-[m:CAN_MOVE_TO]->(o:Role)
    RETURN {to: o.id, name: o.name, kind: coalesce(m.kind, 'related'), stated: coalesce(m.stated, true), rank: m.rank}
  } AS moves
