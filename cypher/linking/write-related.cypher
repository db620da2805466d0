// Writes one batch of RELATED_TO links: two different concepts whose embeddings are close (score is the
// cosine), which the analytics count as partial overlap.
// :param rows => [{a: 'docker', aLabel: 'Tool', b: 'onet-tool:podman', bLabel: 'Tool', score: 0.84}]
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
CREATE (a)-[:RELATED_TO {origin: 'link', method: 'embedding', score: row.score}]->(b)
RETURN count(*) AS written
