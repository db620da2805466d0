// The title-and-description embedding of every role that has one (src/semantic), for the text half of
// role similarity: internal role id (see analytics-nodes) and the 384 floats. No parameters.
MATCH (e:RoleEmbedding)-[:EMBEDS]->(r:Role)
RETURN id(r) AS role, e.vector AS vector
