// The stored vectors of concepts given by kind and id, in the order asked (a concept without an
// embedding, or that does not exist, is left out). One index seek per concept: the label is chosen by
// a branch per kind, since labels cannot be parameters.
// :param concepts => [{kind: 'Tool', id: 'docker'}, {kind: 'Skill', id: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'}]
UNWIND range(0, size($concepts) - 1) AS query
WITH query, $concepts[query] AS ref
CALL (ref) {
  MATCH (n:Role {id: ref.id}) WHERE ref.kind = 'Role' RETURN n
  UNION
  MATCH (n:Skill {id: ref.id}) WHERE ref.kind = 'Skill' RETURN n
  UNION
  MATCH (n:Tool {id: ref.id}) WHERE ref.kind = 'Tool' RETURN n
  UNION
  MATCH (n:Practice {id: ref.id}) WHERE ref.kind = 'Practice' RETURN n
}
MATCH (e:Embedding)-[:EMBEDS]->(n)
RETURN query, e.vector AS vector
ORDER BY query
