// Replaces the linker's SAME_AS links (origin 'link') with this run's: each pair of skills, tools or
// practices that stand for one real-world concept, with how it was matched (method), a score in [0, 1],
// the evidence (the shared name key) and whether a person reviewed it. One UNION branch per label, so
// each end is a unique-index seek.
// :param rows => [{a: 'docker', aLabel: 'Tool', b: 'onet-tool:docker', bLabel: 'Tool', method: 'name', score: 1.0, evidence: 'docker', reviewed: false}]
CALL () {
  MATCH ()-[old:SAME_AS {origin: 'link'}]->() DELETE old
}
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.aLabel = 'Skill' MATCH (a:Skill {id: row.a}) RETURN a
  UNION
  WITH row WHERE row.aLabel = 'Tool' MATCH (a:Tool {id: row.a}) RETURN a
  UNION
  WITH row WHERE row.aLabel = 'Practice' MATCH (a:Practice {id: row.a}) RETURN a
}
CALL (row) {
  WITH row WHERE row.bLabel = 'Skill' MATCH (b:Skill {id: row.b}) RETURN b
  UNION
  WITH row WHERE row.bLabel = 'Tool' MATCH (b:Tool {id: row.b}) RETURN b
  UNION
  WITH row WHERE row.bLabel = 'Practice' MATCH (b:Practice {id: row.b}) RETURN b
}
CREATE (a)-[:SAME_AS {origin: 'link', method: row.method, score: row.score, evidence: row.evidence, reviewed: row.reviewed}]->(b)
RETURN count(*) AS written
