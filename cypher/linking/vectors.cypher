// The embedding of every concept and role (src/semantic), for the linker's comparisons: one row per
// embedding, the concept's id, its kind and the 384 floats. No parameters.
MATCH (e:Embedding)-[:EMBEDS]->(n)
RETURN n.id AS id, e.kind AS kind, e.vector AS vector
