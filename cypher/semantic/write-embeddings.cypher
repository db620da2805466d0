// Writes one batch of embeddings: each concept's previous Embedding (if any) is replaced by a new
// `(:Embedding:<Kind>Embedding {hash, model, kind, vector})-[:EMBEDS]->(concept)`. The vector is set
// with db.create.setNodeVectorProperty, which validates it and stores it as 32-bit floats (half the
// size of a list of doubles). Rows whose node is gone or has another id since it was read write nothing.
// :param rows => [{node: '4:a1b2c3:42', id: 'docker', kind: 'Tool', hash: 'ab12...', model: 'all-MiniLM-L6-v2-q@1.19.0-beta29/max128', vector: [0.01, -0.02, ...]}]
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.node AND n.id = row.id
CALL (n) {
  MATCH (old:Embedding)-[:EMBEDS]->(n)
  DETACH DELETE old
}
CREATE (e:Embedding {hash: row.hash, model: row.model, kind: row.kind})-[:EMBEDS]->(n)
SET e:$(row.kind + 'Embedding')
WITH e, row
CALL db.create.setNodeVectorProperty(e, 'vector', row.vector)
RETURN count(*) AS written
